/** Latency percentiles of a function over a fixed set of inputs. */
import { performance } from 'node:perf_hooks';

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

/** The p-th percentile (nearest rank) of ascending values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? 0;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** Runs `fn` on every input `rounds` times (after one warm-up pass) and returns the percentiles in ms. */
export async function measure(
  fn: (input: string) => unknown,
  inputs: readonly string[],
  rounds: number,
): Promise<Percentiles> {
  for (const input of inputs) await fn(input);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const start = performance.now();
      await fn(input);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  return {
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
  };
}
