/**
 * How late the event loop is: a timer every few milliseconds notes how much later than asked it ran. A request
 * read right after the loop was held (a long answer, a busy machine) sees the delay and is shed at once rather
 * than admitted behind it (see frontDoor.ts).
 */
const SAMPLE_MS = 20;

export interface LoopLag {
  /** How late the last sample ran (ms): 0 when the loop is keeping up. */
  now(): number;
  stop(): void;
}

export function watchLoopLag(sampleMs = SAMPLE_MS): LoopLag {
  let expected = performance.now() + sampleMs;
  let lag = 0;
  const timer = setInterval(() => {
    const at = performance.now();
    lag = Math.max(0, at - expected);
    expected = at + sampleMs;
  }, sampleMs);
  timer.unref();
  return {
    now: () => Math.max(lag, performance.now() - expected),
    stop: () => clearInterval(timer),
  };
}
