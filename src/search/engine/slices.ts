/**
 * Long index work in slices: `pause()` gives the event loop back once the current slice has run its time, so a
 * Slack command is acknowledged while thousands of articles are re-indexed or a large snapshot is saved.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';

/** The longest index work holds the event loop before giving it back. */
export const SLICE_MS = 15;

export class Slicer {
  private start = performance.now();

  constructor(private readonly ms = SLICE_MS) {}

  async pause(): Promise<void> {
    if (performance.now() - this.start < this.ms) return;
    await nextTurn();
    this.start = performance.now();
  }
}
