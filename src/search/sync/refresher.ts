/**
 * Keeps a running app's index in step with the corpus folder: every so often (and on demand) it applies what
 * changed, one refresh at a time, and a request waits for a refresh that started after it; a failed refresh is
 * logged and the index keeps answering as it was.
 */
import type { Logger } from '../../logger';

export interface RefresherOptions {
  /** Applies the corpus changes; resolves when done. */
  refresh: () => Promise<void>;
  /** Milliseconds between refreshes; 0: only on demand. */
  everyMs: number;
  logger: Logger;
}

export class IndexRefresher {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  /** The refresh to run once the one under way is done, shared by every request made meanwhile. */
  private next: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly options: RefresherOptions) {}

  start(): void {
    if (this.options.everyMs <= 0 || this.timer || this.stopped) return;
    this.timer = setInterval(() => void this.refresh(), this.options.everyMs);
    this.timer.unref();
  }

  /**
   * Refreshes now, one refresh at a time. The one under way may have read the folder before the caller changed
   * it, so a request made meanwhile waits for one more refresh after it (one for all such requests): what changed
   * before the request is in the index when it resolves. Once stopped, starts nothing.
   */
  refresh(): Promise<void> {
    if (this.stopped) return this.running ?? Promise.resolve();
    if (!this.running) {
      this.running = this.run();
      return this.running;
    }
    this.next ??= this.running.then(() => {
      this.next = null;
      return this.refresh();
    });
    return this.next;
  }

  private run(): Promise<void> {
    return this.options
      .refresh()
      .catch((err: unknown) => {
        this.options.logger.warn(
          `could not refresh the index: ${(err as Error).message}; still answering from it`,
        );
      })
      .finally(() => {
        this.running = null;
      });
  }

  /** Stops the schedule, refuses refreshes from now on, and waits for the one under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
