/**
 * A second (third, …) PostgreSQL-fed instance for the benchmark, in its own process as `newsdesk serve` would be:
 * `pgInstance DATABASE_URL CORPUS_DIR DATA_DIR` loads its engine from PostgreSQL and prints one JSON line
 * `{"loadSeconds","articles"}`; then it answers requests, one JSON line each, read from stdin:
 *   `latency`              every command over the fixed query set (the rounds `measurePostgres` uses);
 *   `find WORD COMMITTED`  waits until a search finds `WORD buoy` (an article a worker just committed, at
 *                          COMMITTED ms since the epoch) and replies with the ms it took;
 *   `exit`                 closes the instance and exits.
 * `measurePostgres` starts these at the same time as its own instance, so the instances load and are queried at
 * once, as two instances behind a balancer are.
 */
import os from 'node:os';
import { createInterface } from 'node:readline';
import { createAnswers } from '../answers/answers';
import { postgresArchive } from '../app/postgres';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { measure, type Percentiles } from './latency';
import { BENCH_QUERIES, type BenchCommand } from './queries';

export const BENCH_ROUNDS = 5;

/**
 * An instance is asked nothing before it has settled (first snapshot saved, compact engine swapped in), so the
 * engine it replaced can be closed at once and its memory measured without waiting a minute.
 */
export const BENCH_ARCHIVE = { retireAfterMs: 0 } as const;
const FIND_LIMIT_MS = 60_000;

/** Milliseconds since the epoch with sub-millisecond precision, comparable across the bench's processes. */
export const epochMs = () => performance.timeOrigin + performance.now();

export type Answers = ReturnType<typeof createAnswers>;

export async function latencyOf(answers: Answers): Promise<Record<BenchCommand, Percentiles>> {
  const latency = {} as Record<BenchCommand, Percentiles>;
  for (const command of Object.keys(BENCH_QUERIES) as BenchCommand[]) {
    const run = answers[command] as (input: string) => unknown;
    latency[command] = await measure(run, BENCH_QUERIES[command], BENCH_ROUNDS);
  }
  return latency;
}

/** Waits until the instance answers a search for the marker word with the article's own words. */
export async function findWhenVisible(answers: Answers, word: string, committed: number): Promise<number> {
  // The answer echoes the query: only the article's own words (`<word> buoy`) show that it was found.
  while (!JSON.stringify(await answers.search(word)).includes(`${word} buoy`)) {
    if (epochMs() - committed > FIND_LIMIT_MS) throw new Error('bench: the article never became answerable');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return epochMs() - committed;
}

async function reply(answers: Answers, line: string): Promise<unknown> {
  const [verb, word, committed] = line.trim().split(' ');
  if (verb === 'latency') return { latency: await latencyOf(answers) };
  if (verb === 'find' && word && committed)
    return { visibleMs: await findWhenVisible(answers, word, Number(committed)) };
  throw new Error(`bench instance: unknown request "${line.trim()}"`);
}

async function main(argv: string[]): Promise<void> {
  const [url, corpusDir, dataDir] = argv;
  if (!url || !corpusDir || !dataDir) throw new Error('usage: pgInstance DATABASE_URL CORPUS_DIR DATA_DIR');
  const logger = createLogger({ level: 'error', write: (line) => process.stderr.write(line) });
  const env = { DATABASE_URL: url, CORPUS_DIR: corpusDir, DATA_DIR: dataDir, REINDEX_MINUTES: '0' };
  const source = postgresArchive(loadConfig({ env, cwd: os.tmpdir() }), logger, url, BENCH_ARCHIVE);
  const started = performance.now();
  const opened = await source.load();
  const loadSeconds = Math.round((performance.now() - started) / 10) / 100;
  // Measured as an instance serves once loaded: its first snapshot saved and the compact engine swapped in.
  await source.settled();
  process.stdout.write(`${JSON.stringify({ loadSeconds, articles: opened.stats.articles })}\n`);
  const answers = createAnswers(opened.archive);
  for await (const line of createInterface({ input: process.stdin })) {
    if (line.trim() === 'exit') break;
    process.stdout.write(`${JSON.stringify(await reply(answers, line))}\n`);
  }
  await source.close();
}

if (require.main === module)
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
