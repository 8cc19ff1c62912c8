/** The benchmark report, as JSON (the contract's shape) and as a Markdown table for the README. */
import type { AckFigures } from './ackDuringReindex';
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
  /** The first snapshot load (snapshotLoadSeconds is the median of three). */
  firstSnapshotLoadSeconds?: number;
  /** Opening the index as the app does: the snapshot and a check of every corpus file. */
  openSeconds?: number;
  ackP99msDuringReindex: number | null;
  /** How the acknowledgement figure was taken: articles edited, how long their re-indexing took, commands sent. */
  reindex?: AckFigures;
}

export interface BenchReport {
  machine: string;
  sizes: SizeReport[];
}

const COMMANDS = Object.keys(BENCH_QUERIES) as BenchCommand[];

function row(s: SizeReport): string {
  const latency = COMMANDS.map((c) => `${s.p50ms[c]} / ${s.p95ms[c]} / ${s.p99ms[c]}`);
  const ack = s.ackP99msDuringReindex === null ? 'not measured' : String(s.ackP99msDuringReindex);
  return `| ${s.articles} | ${s.buildSeconds} | ${s.heapMB} | ${s.snapshotMB} | ${s.snapshotLoadSeconds} | ${latency.join(' | ')} | ${ack} |`;
}

export function renderReport(report: BenchReport): string {
  const header = `| articles | build s | heap MB | snapshot MB | load s | ${COMMANDS.map((c) => `${c} p50/p95/p99 ms`).join(' | ')} | ack p99 ms |`;
  const rule = `|${'---|'.repeat(6 + COMMANDS.length)}`;
  return [`Machine: ${report.machine}`, '', header, rule, ...report.sizes.map(row), ''].join('\n');
}
