/** `npm run bench -- --engine postgres` end to end on a tiny archive, on the test run's PostgreSQL server. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SEED_CORPUS } from '../support/cli';
import { tempDir } from '../support/tmp';

const run = promisify(execFile);
const MAIN = join(__dirname, '../../dist/bench/main.js');

describe('npm run bench -- --engine postgres', () => {
  it('measures the PostgreSQL-fed setup: builds with 1 and 2 workers, every command, indexed to answerable', async () => {
    const args = ['--sizes', '12', '--json', '--source', SEED_CORPUS, '--engine', 'postgres'];
    const { stdout } = await run(
      process.execPath,
      [MAIN, ...args, '--database-url', String(process.env.TEST_DATABASE_URL)],
      {
        env: { ...process.env, TMPDIR: tempDir() },
      },
    );
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ engine: 'postgres', sizes: [] });
    const [size] = report.postgres;
    expect(size.articles).toBe(12);
    expect(size.builds.map((b: { workers: number; articles: number }) => [b.workers, b.articles])).toEqual([
      [1, 12],
      [2, 12],
    ]);
    for (const b of size.builds) expect(b.buildSeconds).toBeGreaterThan(0);
    expect(size.instanceArticles).toBe(12);
    expect(Object.keys(size.latency).sort()).toEqual(['ask', 'search', 'timeline', 'whosaid']);
    expect(size.visibleMs.samples).toBe(10);
    expect(size.visibleMs.max).toBeGreaterThan(0);
    expect(size.visibleMs.max).toBeLessThan(5_000);
    // Every article (and the ten written to time the change feed) edited, re-indexed by the workers, applied.
    expect(size.reindex).toMatchObject({ changed: 22 });
    expect(size.reindex.commands).toBeGreaterThan(0);
    expect(size.ackP99msDuringReindex).toBe(size.reindex.ackP99ms);
  }, 120_000);

  it('--workers 2 --instances 2: one build, two instances loaded and queried at once, each seeing new articles', async () => {
    const args = ['--sizes', '12', '--json', '--source', SEED_CORPUS, '--engine', 'postgres'];
    const { stdout } = await run(
      process.execPath,
      [
        MAIN,
        ...args,
        '--workers',
        '2',
        '--instances',
        '2',
        '--database-url',
        String(process.env.TEST_DATABASE_URL),
      ],
      { env: { ...process.env, TMPDIR: tempDir() } },
    );
    const [size] = JSON.parse(stdout).postgres;
    expect(size.builds.map((b: { workers: number }) => b.workers)).toEqual([2]);
    expect(size.instances).toHaveLength(2);
    for (const instance of size.instances) {
      expect(instance.articles).toBe(12);
      expect(instance.loadSeconds).toBeGreaterThan(0);
      expect(Object.keys(instance.latency).sort()).toEqual(['ask', 'search', 'timeline', 'whosaid']);
    }
    expect(size.latency).toEqual(size.instances[0].latency);
    expect(size.visibleMs.samples).toBe(10);
    expect(size.visibleMs.max).toBeLessThan(5_000);
  }, 120_000);

  it('--instances 0: the builds alone, with 1 and 2 workers', async () => {
    const args = ['--sizes', '12', '--json', '--source', SEED_CORPUS, '--engine', 'postgres'];
    const { stdout } = await run(
      process.execPath,
      [MAIN, ...args, '--instances', '0', '--database-url', String(process.env.TEST_DATABASE_URL)],
      { env: { ...process.env, TMPDIR: tempDir() } },
    );
    const [size] = JSON.parse(stdout).postgres;
    expect(size.builds.map((b: { workers: number; articles: number }) => [b.workers, b.articles])).toEqual([
      [1, 12],
      [2, 12],
    ]);
    expect(size.latency).toBeUndefined();
    expect(size.loadSeconds).toBeUndefined();
  }, 120_000);

  it('refuses an engine it does not know', async () => {
    await expect(
      run(process.execPath, [MAIN, '--engine', 'sqlite', '--source', SEED_CORPUS]),
    ).rejects.toMatchObject({
      stderr: expect.stringContaining('bad --engine "sqlite"'),
    });
  });
});
