/** The benchmark end to end on a tiny archive: the compiled script (npm test builds it first), in a temp folder. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SEED_CORPUS } from '../support/cli';
import { tempDir } from '../support/tmp';

const run = promisify(execFile);
const MAIN = join(__dirname, '../../dist/bench/main.js');

describe('npm run bench', () => {
  it('prints the report in the contract shape for the sizes asked', async () => {
    const { stdout } = await run(
      process.execPath,
      [MAIN, '--sizes', '12', '--json', '--source', SEED_CORPUS],
      {
        env: { ...process.env, TMPDIR: tempDir() },
      },
    );
    const report = JSON.parse(stdout);
    expect(typeof report.machine).toBe('string');
    expect(report.sizes).toHaveLength(1);
    const [size] = report.sizes;
    expect(size.articles).toBe(12);
    for (const key of ['buildSeconds', 'heapMB', 'snapshotMB']) expect(size[key]).toBeGreaterThan(0);
    expect(size.snapshotLoadSeconds).toBeGreaterThanOrEqual(0);
    for (const p of ['p50ms', 'p95ms', 'p99ms']) {
      expect(Object.keys(size[p]).sort()).toEqual(['ask', 'search', 'timeline', 'whosaid']);
    }
    expect(size.ackP99msDuringReindex).toBeGreaterThan(0);
    expect(size.reindex).toMatchObject({ changed: 12, commands: expect.any(Number) });
    expect(size.reindex.commands).toBeGreaterThan(0);
  }, 60_000);

  it('refuses bad sizes, naming them', async () => {
    await expect(
      run(process.execPath, [MAIN, '--sizes', 'ten', '--source', SEED_CORPUS]),
    ).rejects.toMatchObject({
      stderr: expect.stringContaining('bad --sizes "ten"'),
    });
  });
});
