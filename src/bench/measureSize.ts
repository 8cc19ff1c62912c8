/**
 * One size of the benchmark, run in its own process so heap figures are its own:
 *   build: index the corpus from nothing into an empty data folder;
 *   query: open the saved snapshot, time every command over the fixed query set, then edit 1,000 articles and
 *          time Slack acknowledgements while the running app re-indexes them (this changes the corpus).
 * Prints one JSON object on standard output.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { createAnswers } from '../answers/answers';
import { createIndexer } from '../indexing/pool';
import { createLogger, type Logger } from '../logger';
import { EmbeddedArchive } from '../search/embeddedArchive';
import { ENGINE_INDEX_WORKER } from '../search/indexWorker';
import { indexFingerprint, loadSnapshot, SNAPSHOT_FILE } from '../search/snapshot/snapshot';
import { INDEX_OPTIONS, openCorpusIndex } from '../search/sync/openCorpusIndex';
import { type AckFigures, measureAckDuringReindex } from './ackDuringReindex';
import { measure, type Percentiles } from './latency';
import { BENCH_QUERIES, type BenchCommand } from './queries';

const MB = 1024 * 1024;
/**
 * Rounds of each command's queries after a warm-up: 20 rounds of 5 to 8 queries give a p95 of 100 to 160 calls
 * (5 rounds gave 25 to 40, where the p95 was the second or third slowest call and moved by several ms from run to
 * run). The latency part of a size takes four times as long as it did with 5.
 */
const ROUNDS = 20;
const mb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;
/** How often the build's live memory is sampled (each sample runs a full garbage collection, so not often). */
const SAMPLE_MS = 10_000;

/**
 * Live memory: the JavaScript heap plus typed-array memory (where the postings live), after a full garbage
 * collection when the process runs with --expose-gc (as the bench starts it), so garbage is not counted.
 */
const liveBytes = () => {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** Runs `work`, sampling live memory while it runs; returns its result and the peak. */
async function withPeakHeap<T>(work: () => Promise<T>): Promise<{ result: T; peakMB: number }> {
  let peak = liveBytes();
  const sampler = setInterval(() => {
    peak = Math.max(peak, liveBytes());
  }, SAMPLE_MS);
  try {
    const result = await work();
    return { result, peakMB: mb(Math.max(peak, liveBytes())) };
  } finally {
    clearInterval(sampler);
  }
}

export interface BuildFigures {
  articles: number;
  buildSeconds: number;
  /** Peak live memory (JavaScript heap and typed arrays, sampled after garbage collection) while building. */
  heapMB: number;
  snapshotMB: number;
}

export interface QueryFigures {
  /** Reading the snapshot and restoring the index from it, as a running app does: the median of three loads. */
  snapshotLoadSeconds: number;
  /** The same loads until every article and quote line had been checked too (behind the first answers). */
  snapshotCheckedSeconds: number;
  /** The first of those loads, when the file may not be in the page cache yet. */
  firstSnapshotLoadSeconds: number;
  /** Opening the index as the app does: the snapshot, then a check of every corpus file for changes. */
  openSeconds: number;
  /** Heap (as above) once the snapshot is open, before any query. */
  loadedHeapMB: number;
  /** The part read at start that was mapped from the page cache rather than read (not in loadedHeapMB). */
  loadedMappedMB: number;
  latency: Record<BenchCommand, Percentiles>;
  ack: AckFigures;
}

/** How many articles are edited for the acknowledgement-while-re-indexing figure. */
const CHANGED_ARTICLES = 1000;

/** The extraction workers, as INDEX_WORKERS says (one per core by default). */
const benchIndexer = () => {
  const raw = process.env.INDEX_WORKERS;
  const workerFile = ENGINE_INDEX_WORKER;
  return createIndexer(
    raw === undefined || raw === '' ? { workerFile } : { threads: Number(raw), workerFile },
  );
};

async function build(corpusDir: string, dataDir: string, logger: Logger): Promise<BuildFigures> {
  const indexer = benchIndexer();
  const { result: opened, peakMB } = await withPeakHeap(() =>
    openCorpusIndex({ corpusDir, dataDir, logger, index: indexer.index }),
  );
  await indexer.close();
  const snapshot = await stat(path.join(dataDir, SNAPSHOT_FILE));
  return {
    articles: opened.stats.articles,
    buildSeconds: opened.stats.seconds,
    heapMB: peakMB,
    snapshotMB: mb(snapshot.size),
  };
}

const SNAPSHOT_LOADS = 3;

interface Load {
  /** Until the index answers: the snapshot read (its lines left to be checked behind, as the app does) and restored. */
  seconds: number;
  /** Until every line has been checked too. */
  checkedSeconds: number;
  /** Bytes of the part read at start that were mapped rather than read (see StartPart). */
  mappedBytes: number;
}

/** Each of SNAPSHOT_LOADS loads of the snapshot, as a running app opens it. */
async function snapshotLoads(dataDir: string, logger: Logger): Promise<Load[]> {
  const loads: Load[] = [];
  for (let i = 0; i < SNAPSHOT_LOADS; i++) {
    const started = performance.now();
    const snapshot = await loadSnapshot(dataDir, indexFingerprint(INDEX_OPTIONS), logger, 'behind');
    if (!snapshot) throw new Error('bench: there is no snapshot to load');
    const archive = EmbeddedArchive.fromData(snapshot.index);
    const seconds = Math.round(performance.now() - started) / 1000;
    await snapshot.checked;
    const checkedSeconds = Math.round(performance.now() - started) / 1000;
    const { startPart } = snapshot;
    loads.push({ seconds, checkedSeconds, mappedBytes: startPart.how === 'mapped' ? startPart.bytes : 0 });
    archive.close();
  }
  return loads;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function query(corpusDir: string, dataDir: string, logger: Logger): Promise<QueryFigures> {
  const loads = await snapshotLoads(dataDir, logger);
  const opened = await openCorpusIndex({ corpusDir, dataDir, logger });
  if (opened.stats.snapshot !== 'reused') throw new Error(`bench: the snapshot was ${opened.stats.snapshot}`);
  const loadedHeapMB = mb(liveBytes());
  const answers = createAnswers(opened.archive);
  const latency = {} as Record<BenchCommand, Percentiles>;
  for (const command of Object.keys(BENCH_QUERIES) as BenchCommand[]) {
    const run = answers[command] as (input: string) => unknown;
    latency[command] = await measure(run, BENCH_QUERIES[command], ROUNDS);
  }
  const indexer = benchIndexer();
  const dirs = { corpusDir, dataDir, index: indexer.index };
  const ack = await measureAckDuringReindex(opened, dirs, CHANGED_ARTICLES, logger);
  await indexer.close();
  return {
    snapshotLoadSeconds: median(loads.map((l) => l.seconds)),
    snapshotCheckedSeconds: median(loads.map((l) => l.checkedSeconds)),
    firstSnapshotLoadSeconds: loads[0]?.seconds ?? 0,
    openSeconds: opened.stats.seconds,
    loadedHeapMB,
    loadedMappedMB: mb(loads[0]?.mappedBytes ?? 0),
    latency,
    ack,
  };
}

async function main(argv: string[]): Promise<void> {
  const [mode, corpusDir, dataDir] = argv;
  if ((mode !== 'build' && mode !== 'query') || !corpusDir || !dataDir) {
    throw new Error('usage: measureSize build|query CORPUS_DIR DATA_DIR');
  }
  // Errors only, so that warnings about the copied articles do not drown the figures.
  const logger = createLogger({ level: 'error', write: (line) => process.stderr.write(line) });
  const figures =
    mode === 'build' ? await build(corpusDir, dataDir, logger) : await query(corpusDir, dataDir, logger);
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
