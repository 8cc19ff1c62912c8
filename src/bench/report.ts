/** The benchmark report, as JSON (the contract's shape) and as a Markdown table for the README. */
import type { AckFigures } from './ackDuringReindex';
import type { PostgresFigures } from './measurePostgres';
import { BENCH_QUERIES, type BenchCommand } from './queries';

export interface SizeReport {
  articles: number;
  buildSeconds: number;
  heapMB: number;
  snapshotMB: number;
  snapshotLoadSeconds: number;
  p50ms: Record<BenchCommand, number>;
  p95ms: Record<BenchCommand, number>;
  p99ms: Record<BenchCommand, number>;
  /** Not measured yet: the acknowledgement time of a slash command while articles are re-indexed. */
  /** Heap once the snapshot is open (heapMB is the peak while building). */
  loadedHeapMB?: number;
  /** The snapshot's part read at start, mapped from the page cache (not in loadedHeapMB); 0 when it was read. */
  loadedMappedMB?: number;
  /** Until every article and quote line of the snapshot had been checked too, behind the first answers. */
  snapshotCheckedSeconds?: number;
  /** The first snapshot load (snapshotLoadSeconds is the median of three). */
  firstSnapshotLoadSeconds?: number;
  /** Opening the index as the app does: the snapshot and a check of every corpus file. */
  openSeconds?: number;
  ackP99msDuringReindex: number | null;
  /** How the acknowledgement figure was taken: articles edited, how long their re-indexing took, commands sent. */
  reindex?: AckFigures;
}

/** The PostgreSQL-fed setup at one size (`--engine postgres|both`). */
export interface PostgresSizeReport extends PostgresFigures {
  articles: number;
}

export interface BenchReport {
  machine: string;
  /** Which setups were measured: `embedded` (the figures of `sizes`), `postgres` or `both`. */
  engine?: string;
  sizes: SizeReport[];
  postgres?: PostgresSizeReport[];
}

const COMMANDS = Object.keys(BENCH_QUERIES) as BenchCommand[];

function row(s: SizeReport): string {
  const latency = COMMANDS.map((c) => `${s.p50ms[c]} / ${s.p95ms[c]} / ${s.p99ms[c]}`);
  const ack = s.ackP99msDuringReindex === null ? 'not measured' : String(s.ackP99msDuringReindex);
  return `| ${s.articles} | ${s.buildSeconds} | ${s.heapMB} | ${s.snapshotMB} | ${s.snapshotLoadSeconds} | ${latency.join(' | ')} | ${ack} |`;
}

function postgresRow(s: PostgresSizeReport): string {
  const build = (w: number) => s.builds.find((b) => b.workers === w);
  const builds = [1, 2].map((w) => `${build(w)?.buildSeconds ?? '–'} (${build(w)?.drainSeconds ?? '–'})`);
  const { latency } = s;
  const latencies = COMMANDS.map((c) =>
    latency ? `${latency[c].p50} / ${latency[c].p95} / ${latency[c].p99}` : 'not measured',
  );
  const visible = s.visibleMs ? `${s.visibleMs.p50} / ${s.visibleMs.max}` : 'not measured';
  const load = s.loadSeconds === undefined ? 'not measured' : `${s.loadSeconds} (${s.restartSeconds ?? '–'})`;
  const ack = s.ackP99msDuringReindex ?? 'not measured';
  return `| ${s.articles} | ${builds.join(' | ')} | ${load} | ${s.loadedHeapMB ?? '–'} | ${latencies.join(' | ')} | ${visible} | ${ack} |`;
}

function instanceRows(s: PostgresSizeReport): string[] {
  if (!s.instances || s.instances.length < 2) return [];
  return s.instances.map((instance, i) => {
    const latency = COMMANDS.map(
      (c) => `${instance.latency[c].p50} / ${instance.latency[c].p95} / ${instance.latency[c].p99}`,
    );
    return `| ${s.articles} | instance ${i + 1} of ${s.instances?.length} | ${instance.loadSeconds} | ${latency.join(' | ')} |`;
  });
}

function postgresTable(rows: PostgresSizeReport[]): string[] {
  const header = `| articles | build s, 1 worker (extraction s) | build s, 2 workers (extraction s) | instance load s (restart from its snapshot) | heap MB | ${COMMANDS.map((c) => `${c} p50/p95/p99 ms`).join(' | ')} | indexed → answerable p50/max ms | ack p99 ms while workers re-index |`;
  const rule = `|${'---|'.repeat(7 + COMMANDS.length)}`;
  const perInstance = rows.flatMap(instanceRows);
  const instanceHeader = `| articles | instance | load s | ${COMMANDS.map((c) => `${c} p50/p95/p99 ms`).join(' | ')} |`;
  const instances = perInstance.length
    ? [
        'Instances loaded and queried at the same time:',
        '',
        instanceHeader,
        `|${'---|'.repeat(3 + COMMANDS.length)}`,
        ...perInstance,
        '',
      ]
    : [];
  return ['PostgreSQL-fed (DATABASE_URL):', '', header, rule, ...rows.map(postgresRow), '', ...instances];
}

export function renderReport(report: BenchReport): string {
  const header = `| articles | build s | heap MB | snapshot MB | load s | ${COMMANDS.map((c) => `${c} p50/p95/p99 ms`).join(' | ')} | ack p99 ms |`;
  const rule = `|${'---|'.repeat(6 + COMMANDS.length)}`;
  const embedded = report.sizes.length ? ['Embedded:', '', header, rule, ...report.sizes.map(row), ''] : [];
  const postgres = report.postgres?.length ? postgresTable(report.postgres) : [];
  return [`Machine: ${report.machine}`, '', ...embedded, ...postgres].join('\n');
}
