/**
 * One size of the benchmark for the PostgreSQL-fed setup, in its own process (as `measureSize.ts` is for the
 * embedded one): `measurePostgres CORPUS_DIR SERVER_URL` prints one JSON object.
 *   build: the corpus indexed into a fresh database by 1, then by 2 `newsdesk worker once` processes (each its
 *          own database): the wall time (the first poll of the corpus included) and the time from the first
 *          article stored to the last (the workers' extraction, the part that divides among them);
 *   load:  an instance's embedded engine built from PostgreSQL, as `newsdesk serve` does with DATABASE_URL;
 *   query: every command over the fixed query set on that instance (the same queries and rounds as embedded);
 *   visible: an article extracted and stored by a worker, until the instance answers it through the change
 *          feed (LISTEN/NOTIFY), ten times.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createAnswers } from '../answers/answers';
import { postgresArchive } from '../app/postgres';
import { loadConfig } from '../config';
import { indexArticle } from '../indexing/indexArticle';
import { createLogger, type Logger } from '../logger';
import { FolderSource } from '../sources/folderSource';
import { PostgresArchive } from '../store/postgres/archive';
import { pollSource } from '../store/postgres/indexing';
import { createPool } from '../store/postgres/pool';
import { IndexQueue } from '../store/postgres/queue';
import { measure, type Percentiles, percentile } from './latency';
import { BENCH_QUERIES, type BenchCommand } from './queries';

const ROUNDS = 5;
const VISIBLE_SAMPLES = 10;
const MAIN = path.join(__dirname, '..', 'main.js');
const MB = 1024 * 1024;

export interface WorkerBuild {
  workers: number;
  /** From starting the workers to the last one exiting, the first poll of the corpus included. */
  buildSeconds: number;
  /** From the first article stored to the last: the extraction the workers share. */
  drainSeconds: number;
  articles: number;
}

export interface PostgresFigures {
  builds: WorkerBuild[];
  /** An instance's embedded engine built from PostgreSQL. */
  loadSeconds: number;
  /** The same instance restarted: its engine restored from the snapshot it saved when it stopped. */
  restartSeconds?: number;
  /** The articles in that engine once loaded (every article of the corpus). */
  instanceArticles: number;
  loadedHeapMB: number;
  latency: Record<BenchCommand, Percentiles>;
  /** From a worker's commit of an article to the instance answering a search that finds it (ms). */
  visibleMs: { p50: number; max: number; samples: number };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.href;
}

async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  return databaseUrl(serverUrl, name);
}

function runWorker(env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN, 'worker', 'once'], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`worker exited ${code}: ${stderr}`)),
    );
  });
}

async function build(corpusDir: string, url: string, workers: number): Promise<WorkerBuild> {
  const env = {
    PATH: process.env.PATH ?? '',
    DATABASE_URL: url,
    CORPUS_DIR: corpusDir,
    DATA_DIR: path.join(os.tmpdir(), `newsdesk-bench-worker-${process.pid}`),
    REINDEX_MINUTES: '0',
    LOG_LEVEL: 'error',
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: workers }, () => runWorker(env)));
  const buildSeconds = (performance.now() - started) / 1000;
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT count(*)::int AS n,
         extract(epoch FROM max(first_indexed_at) - min(first_indexed_at))::float8 AS span FROM articles`,
    );
    const row = rows[0] as { n: number; span: number | null };
    return {
      workers,
      buildSeconds: round2(buildSeconds),
      drainSeconds: round2(row.span ?? 0),
      articles: row.n,
    };
  } finally {
    await client.end();
  }
}

const visibleArticle = (word: string) =>
  [
    '---',
    `title: "Harbour pilots replace the ${word} buoy"`,
    'outlet: "The Bench Gazette"',
    'published: 2030-01-15',
    '---',
    '',
    `Harbour pilots said on Tuesday that the ${word} buoy would be replaced before the winter storms.`,
  ].join('\n');

/** Articles written, queued and extracted here, as a worker does; timed from the commit to the answer. */
async function visibility(
  corpusDir: string,
  url: string,
  answers: ReturnType<typeof createAnswers>,
  logger: Logger,
): Promise<PostgresFigures['visibleMs']> {
  const pool = createPool(url, { max: 2 });
  const archive = new PostgresArchive(pool);
  const queue = new IndexQueue(pool, archive);
  const source = new FolderSource({ dir: corpusDir, logger });
  const pause = () => new Promise<void>((resolve) => setImmediate(resolve));
  const times: number[] = [];
  try {
    for (let i = 0; i < VISIBLE_SAMPLES; i++) {
      const word = `quillomar${i}x`;
      await writeFile(path.join(corpusDir, `zz-visible-${i}.md`), visibleArticle(word));
      await pollSource({ pool, source, queue, archive, logger, pause, wait: true });
      const [item] = await queue.claim('bench', 1);
      if (!item) throw new Error('bench: the new article was not queued');
      const indexed = await indexArticle(item.article);
      await queue.finish('bench', item, indexed);
      const committed = performance.now();
      // The answer echoes the query: only the article's own words (`<word> buoy`) show that it was found.
      while (!JSON.stringify(await answers.search(word)).includes(`${word} buoy`)) {
        if (performance.now() - committed > 60_000)
          throw new Error('bench: the article never became answerable');
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      times.push(performance.now() - committed);
    }
  } finally {
    await pool.end();
  }
  times.sort((a, b) => a - b);
  return {
    p50: round2(percentile(times, 50)),
    max: round2(times[times.length - 1] ?? 0),
    samples: times.length,
  };
}

async function main(argv: string[]): Promise<void> {
  const [corpusDir, serverUrl] = argv;
  if (!corpusDir || !serverUrl) throw new Error('usage: measurePostgres CORPUS_DIR SERVER_URL');
  const logger = createLogger({ level: 'error', write: (line) => process.stderr.write(line) });
  const tag = `newsdesk_bench_${process.pid}`;
  const builds: WorkerBuild[] = [];
  let url = '';
  for (const workers of [1, 2]) {
    url = await freshDatabase(serverUrl, `${tag}_${workers}`);
    process.stderr.write(`bench: postgres: building with ${workers} worker(s)…\n`);
    builds.push(await build(corpusDir, url, workers));
  }
  process.stderr.write('bench: postgres: loading an instance and querying…\n');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-bench-instance-'));
  const env = { DATABASE_URL: url, CORPUS_DIR: corpusDir, DATA_DIR: dataDir, REINDEX_MINUTES: '0' };
  const instance = () => postgresArchive(loadConfig({ env, cwd: os.tmpdir() }), logger, url);
  let source = instance();
  try {
    const started = performance.now();
    const opened = await source.load();
    const loadSeconds = round2((performance.now() - started) / 1000);
    (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    const answers = createAnswers(opened.archive);
    const latency = {} as Record<BenchCommand, Percentiles>;
    for (const command of Object.keys(BENCH_QUERIES) as BenchCommand[]) {
      const run = answers[command] as (input: string) => unknown;
      latency[command] = await measure(run, BENCH_QUERIES[command], ROUNDS);
    }
    const visibleMs = await visibility(corpusDir, url, answers, logger);
    await source.close();
    source = instance();
    const restarted = performance.now();
    await source.load();
    const restartSeconds = round2((performance.now() - restarted) / 1000);
    const loadedHeapMB = Math.round(((m.heapUsed + m.arrayBuffers) / MB) * 10) / 10;
    const instanceArticles = opened.stats.articles;
    const figures: PostgresFigures = {
      builds,
      loadSeconds,
      restartSeconds,
      instanceArticles,
      loadedHeapMB,
      latency,
      visibleMs,
    };
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } finally {
    await source.close();
    await rm(dataDir, { recursive: true, force: true });
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    for (const workers of [1, 2])
      await client.query(
        `DROP DATABASE IF EXISTS ${client.escapeIdentifier(`${tag}_${workers}`)} WITH (FORCE)`,
      );
    await client.end();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
