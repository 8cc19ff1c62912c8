/**
 * `newsdesk worker` as processes: two workers index a few hundred articles together (2,000 on demand), one of them killed
 * (SIGKILL) halfway while it holds claims; the survivor takes those over after the lease, and in the end every
 * article is stored exactly once (revision 1: none indexed twice) and none is lost. Then the archive answers
 * through the command line with DATABASE_URL set, as it does from the data folder.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Pool } from 'pg';
import { cli } from '../support/cli';
import { testDatabase } from '../support/postgres';
import { tempDir, writeFiles } from '../support/tmp';

/** 300 in every run; the Must show's 2,000 with NEWSDESK_WORKER_ARTICLES=2000 (about 100 s on the loaded 2-core machine). */
const ARTICLES = Number(process.env.NEWSDESK_WORKER_ARTICLES ?? 300);
const MAIN = join(__dirname, '../../dist/main.js');
const TOWNS = ['Riverton', 'Millbrook', 'Cedar Falls', 'Port Alder', 'Granite Bay'];
const TOPICS = ['ferry fares', 'library hours', 'school levy', 'bridge repairs', 'water rates'];

function corpus(): string {
  const dir = tempDir();
  const files: Record<string, string> = {};
  for (let n = 0; n < ARTICLES; n++) {
    const town = TOWNS[n % TOWNS.length] as string;
    const topic = TOPICS[Math.floor(n / TOWNS.length) % TOPICS.length] as string;
    const day = String((n % 27) + 1).padStart(2, '0');
    files[`story-${n}.md`] = [
      '---',
      `title: "${town} council takes up ${topic}, meeting ${n}"`,
      'outlet: "The Valley Courier"',
      `published: 2025-04-${day}`,
      '---',
      '',
      `The ${town} council voted on ${topic} on Monday after a long debate, the clerk said.`,
      '',
      `"We heard every resident who came to speak about ${topic}," said council member Lena Ortiz number ${n}. "Now we act."`,
      '',
      `A second vote is set for next Tuesday, when the budget for ${topic} comes back to the floor.`,
    ].join('\n');
  }
  writeFiles(dir, files);
  return dir;
}

function worker(env: NodeJS.ProcessEnv): { child: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [MAIN, 'worker', 'once'], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) process.stderr.write(stderr);
      resolve(code);
    });
  });
  return { child, exited };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('two newsdesk worker processes', () => {
  it(
    'index every article once, including when one is killed halfway',
    async () => {
      const url = await testDatabase();
      const dir = corpus();
      const env = {
        PATH: process.env.PATH,
        DATABASE_URL: url,
        CORPUS_DIR: dir,
        DATA_DIR: tempDir(),
        INDEX_LEASE_SECONDS: '2',
        REINDEX_MINUTES: '0',
        LOG_LEVEL: 'warn',
      };
      const pool = new Pool({ connectionString: url });
      const count = async (sql: string, values: unknown[] = []) =>
        Number((await pool.query(sql, values)).rows[0]?.n ?? 0);
      try {
        const deadline = Date.now() + 30_000 + ARTICLES * 30;
        const heldBy = (pid: number | undefined) =>
          count('SELECT count(*) AS n FROM index_queue WHERE claimed_by LIKE $1', [`%:${pid}:%`]).catch(
            () => 0,
          );
        const doomed = worker(env);
        // The second starts once the first holds claims: on a loaded machine it could otherwise index every
        // article before the first had started, and there would be nothing to kill it halfway through.
        while (Date.now() < deadline && (await heldBy(doomed.child.pid)) === 0) await sleep(20);
        const survivor = worker(env);
        let held = 0;
        // Kill the first worker once a third of the articles are in, at a moment it holds claims.
        while (Date.now() < deadline) {
          const stored = await count('SELECT count(*) AS n FROM articles').catch(() => 0);
          held = await heldBy(doomed.child.pid);
          if (stored >= ARTICLES / 3 && held > 0) break;
          await sleep(20);
        }
        doomed.child.kill('SIGKILL');
        expect(held).toBeGreaterThan(0);
        expect(await doomed.exited).toBeNull();
        expect(await survivor.exited).toBe(0);

        expect(await count('SELECT count(*) AS n FROM articles WHERE NOT removed')).toBe(ARTICLES);
        expect(await count('SELECT count(*) AS n FROM articles WHERE revision <> 1')).toBe(0);
        expect(await count('SELECT count(*) AS n FROM index_queue')).toBe(0);
        expect(await count('SELECT count(DISTINCT article_id) AS n FROM quotes')).toBe(ARTICLES);

        // An instance's engine, built from PostgreSQL through the change feed, holds every article.
        const indexed = await cli(['index', '--json'], { env });
        expect(JSON.parse(indexed.stdout)).toMatchObject({ articles: ARTICLES });

        const found = await cli(['whosaid', 'Now we act', '--json'], { env });
        expect(found.code).toBe(0);
        const answer = JSON.parse(found.stdout) as { quotes?: unknown[]; matches?: unknown[] };
        expect(JSON.stringify(answer)).toContain('Lena Ortiz');
      } finally {
        await pool.end();
      }
    },
    120_000 + ARTICLES * 60,
  );
});
