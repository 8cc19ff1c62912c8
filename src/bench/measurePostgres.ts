/**
 * One size of the benchmark for the PostgreSQL-fed setup, in its own process (as `measureSize.ts` is for the
 * embedded one): `measurePostgres CORPUS_DIR SERVER_URL [WORKERS] [INSTANCES]` prints one JSON object.
 *   build: the corpus indexed into a fresh database by each number of `newsdesk worker once` processes in
 *          WORKERS (default `1,2`; each its own database): the wall time (the first poll of the corpus
 *          included) and the time from the first article stored to the last (the workers' extraction, the
 *          part that divides among them);
 *   load:  INSTANCES (default 1) instances' embedded engines built from PostgreSQL at the same time, as
 *          `newsdesk serve` does with DATABASE_URL: the first in this process, the others in their own
 *          (`pgInstance.ts`);
 *   query: every command over the fixed query set on every instance at once (the same queries and rounds as
 *          embedded);
 *   visible: an article extracted and stored by a worker, until every instance answers it through the change
 *          feed (LISTEN/NOTIFY), ten times;
 *   ack:   the real app on the first instance acknowledging slash commands while two workers re-index 1,000
 *          edited articles and the instance applies them (`ackPostgres.ts`);
 *   restart: the first instance stopped and started again from its engine snapshot.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createAnswers } from '../answers/answers';
import { type PostgresSource, postgresArchive } from '../app/postgres';
import { loadConfig } from '../config';
import { indexArticle } from '../indexing/indexArticle';
import { createLogger, type Logger } from '../logger';
import type { OpenedIndex } from '../search/sync/openCorpusIndex';
import { FolderSource } from '../sources/folderSource';
import { PostgresArchive } from '../store/postgres/archive';
import { pollSource } from '../store/postgres/indexing';
import { createPool } from '../store/postgres/pool';
import { IndexQueue } from '../store/postgres/queue';
import type { AckFigures } from './ackDuringReindex';
import { measureAckWhileWorkersReindex } from './ackPostgres';
import { type Peer, startPeer } from './instancePeer';
import { type Percentiles, percentile } from './latency';
import { type Answers, BENCH_ARCHIVE, epochMs, findWhenVisible, latencyOf } from './pgInstance';
import type { BenchCommand } from './queries';

const VISIBLE_SAMPLES = 10;
/** Articles edited and re-indexed by the workers while the acknowledgement time is measured (as embedded). */
const ACK_CHANGED = 1_000;
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

export interface InstanceFigures {
  loadSeconds: number;
  articles: number;
  latency: Record<BenchCommand, Percentiles>;
}

/** The builds, and (unless `--instances 0`, builds only) the instances loaded over the last one. */
export type PostgresFigures = { builds: WorkerBuild[] } & Partial<ServedFigures>;

export interface ServedFigures {
  /** An instance's embedded engine built from PostgreSQL. */
  loadSeconds: number;
  /** The same instance restarted: its engine restored from the snapshot it saved when it stopped. */
  restartSeconds?: number;
  /** The articles in that engine once loaded (every article of the corpus). */
  instanceArticles: number;
  loadedHeapMB: number;
  /** The latency on the first instance (the one in the bench's own process). */
  latency: Record<BenchCommand, Percentiles>;
  /** Every instance loaded and queried at the same time (`--instances`), the first being this process's. */
  instances?: InstanceFigures[];
  /** From a worker's commit of an article to every instance answering a search that finds it (ms): the slowest. */
  visibleMs: { p50: number; max: number; samples: number };
  /** The p99 time to acknowledge a slash command while workers re-index edited articles and the instance applies
   * them (ms); `reindex` says how it was taken. */
  ackP99msDuringReindex?: number;
  reindex?: AckFigures;
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

/** How a `newsdesk worker` process of the bench is set up. */
function workerEnv(corpusDir: string, url: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    DATABASE_URL: url,
    CORPUS_DIR: corpusDir,
    DATA_DIR: path.join(os.tmpdir(), `newsdesk-bench-worker-${process.pid}`),
    REINDEX_MINUTES: '0',
    LOG_LEVEL: 'error',
  };
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
  const env = workerEnv(corpusDir, url);
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

/** Articles written, queued and extracted here, as a worker does; timed from the commit to the answer on every
 * instance (this process's and its peers'): each sample is the slowest instance's time. */
async function visibility(
  corpusDir: string,
  url: string,
  answers: Answers,
  peers: Peer[],
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
      const committed = epochMs();
      const found = await Promise.all([
        findWhenVisible(answers, word, committed),
        ...peers.map((peer) =>
          peer.ask<{ visibleMs: number }>(`find ${word} ${committed}`).then((r) => r.visibleMs),
        ),
      ]);
      times.push(Math.max(...found));
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

type Latency = InstanceFigures['latency'];

/** Every command's latency on this process's instance and on its peers at the same time. */
async function latencies(answers: Answers, peers: Peer[]): Promise<{ own: Latency; peers: Latency[] }> {
  const [own, others] = await Promise.all([
    latencyOf(answers),
    Promise.all(peers.map((peer) => peer.ask<{ latency: Latency }>('latency').then((r) => r.latency))),
  ]);
  return { own, peers: others };
}

async function buildAll(corpusDir: string, serverUrl: string, tag: string, workerCounts: number[]) {
  const builds: WorkerBuild[] = [];
  let url = '';
  for (const workers of workerCounts) {
    url = await freshDatabase(serverUrl, `${tag}_${workers}`);
    process.stderr.write(`bench: postgres: building with ${workers} worker(s)…\n`);
    builds.push(await build(corpusDir, url, workers));
  }
  return { builds, url };
}

async function dropAll(serverUrl: string, tag: string, workerCounts: number[]): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  for (const workers of workerCounts)
    await client.query(
      `DROP DATABASE IF EXISTS ${client.escapeIdentifier(`${tag}_${workers}`)} WITH (FORCE)`,
    );
  await client.end();
}

function parseOptions(argv: string[]) {
  const [corpusDir, serverUrl, rawWorkers = '1,2', rawInstances = '1'] = argv;
  if (!corpusDir || !serverUrl)
    throw new Error('usage: measurePostgres CORPUS_DIR SERVER_URL [WORKERS e.g. 1,2] [INSTANCES]');
  const workerCounts = rawWorkers.split(',').map(Number);
  const instances = Number(rawInstances);
  if (
    !workerCounts.every((n) => Number.isInteger(n) && n > 0) ||
    !(Number.isInteger(instances) && instances >= 0)
  )
    throw new Error(`bench: bad workers "${rawWorkers}" or instances "${rawInstances}"`);
  return { corpusDir, serverUrl, workerCounts, instances };
}

/** The acknowledgement while two workers re-index ACK_CHANGED edited articles and `instance` applies them. */
function ackWhileTwoWorkers(instance: PostgresSource, opened: OpenedIndex, dirs: BenchDirs, logger: Logger) {
  process.stderr.write(
    `bench: postgres: ${ACK_CHANGED} articles re-indexed by 2 workers while commands come in…\n`,
  );
  const { corpusDir, url } = dirs;
  const work = () =>
    Promise.all([1, 2].map(() => runWorker(workerEnv(corpusDir, url)))).then(() => undefined);
  return measureAckWhileWorkersReindex({ instance, opened, ...dirs, work, logger, changed: ACK_CHANGED });
}

interface BenchDirs {
  corpusDir: string;
  dataDir: string;
  url: string;
}

/** Loads this process's instance and its peers at the same time, then measures them; the instance is restarted last. */
async function measureInstances(corpusDir: string, url: string, peers: Peer[], logger: Logger) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-bench-instance-'));
  const env = { DATABASE_URL: url, CORPUS_DIR: corpusDir, DATA_DIR: dataDir, REINDEX_MINUTES: '0' };
  const instance = () => postgresArchive(loadConfig({ env, cwd: os.tmpdir() }), logger, url, BENCH_ARCHIVE);
  let source = instance();
  try {
    const timed = async () => {
      const started = performance.now();
      const opened = await source.load();
      return { opened, seconds: round2((performance.now() - started) / 1000) };
    };
    const { opened, seconds: loadSeconds } = await timed();
    // Latency and memory as the instance serves once loaded: first snapshot saved, compact engine swapped in.
    await source.settled();
    const peerLoads = await Promise.all(peers.map((peer) => peer.loaded));
    const answers = createAnswers(opened.archive);
    const latency = await latencies(answers, peers);
    const visibleMs = await visibility(corpusDir, url, answers, peers, logger);
    await source.retired();
    (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    const reindex = await ackWhileTwoWorkers(source, opened, { corpusDir, dataDir, url }, logger);
    await source.close();
    source = instance();
    const { seconds: restartSeconds } = await timed();
    const instances: InstanceFigures[] = [
      { loadSeconds, articles: opened.stats.articles, latency: latency.own },
      ...peerLoads.map((loaded, i) => ({ ...loaded, latency: latency.peers[i] as Latency })),
    ];
    const loadedHeapMB = Math.round(((m.heapUsed + m.arrayBuffers) / MB) * 10) / 10;
    const ackP99msDuringReindex = reindex.ackP99ms;
    const instanceArticles = opened.stats.articles;
    const figures = { loadSeconds, restartSeconds, instanceArticles, loadedHeapMB, visibleMs, reindex };
    return { ...figures, latency: latency.own, instances, ackP99msDuringReindex };
  } finally {
    await source.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(argv: string[]): Promise<void> {
  const { corpusDir, serverUrl, workerCounts, instances } = parseOptions(argv);
  const logger = createLogger({ level: 'error', write: (line) => process.stderr.write(line) });
  const tag = `newsdesk_bench_${process.pid}`;
  const peerDirs: string[] = [];
  const peers: Peer[] = [];
  try {
    const { builds, url } = await buildAll(corpusDir, serverUrl, tag, workerCounts);
    if (instances > 0)
      process.stderr.write(`bench: postgres: loading ${instances} instance(s) and querying…\n`);
    for (let i = 1; i < instances; i++) {
      peerDirs.push(await mkdtemp(path.join(os.tmpdir(), 'newsdesk-bench-peer-')));
      peers.push(startPeer(url, corpusDir, peerDirs[peerDirs.length - 1] as string));
    }
    // `--instances 0` measures the builds alone (1 and 2 workers on a quiet machine, without loading instances).
    const served = instances > 0 ? await measureInstances(corpusDir, url, peers, logger) : {};
    const figures: PostgresFigures = { builds, ...served };
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } finally {
    await Promise.all(peers.map((peer) => peer.close()));
    await Promise.all(peerDirs.map((dir) => rm(dir, { recursive: true, force: true })));
    await dropAll(serverUrl, tag, workerCounts);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
