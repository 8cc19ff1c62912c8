/** Small guards the Slack app keeps in memory: events already handled, and how often each user asks. */
import type { EventIds } from '../state/eventIds';
import type { RateLimits } from '../state/rateLimits';

export type Clock = () => number;

/** Remembers event ids for a while, so an event Slack delivers again is answered once. */
export class EventDeduper implements EventIds {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs = 60 * 60 * 1000,
    private readonly now: Clock = Date.now,
  ) {}

  /** True the first time an id is seen (within the time to live), false after. */
  firstTime(id: string): boolean {
    const t = this.now();
    for (const [key, at] of this.seen) {
      if (t - at < this.ttlMs) break;
      this.seen.delete(key);
    }
    if (this.seen.has(id)) return false;
    this.seen.set(id, t);
    return true;
  }
}

export type { EventIds, RateLimits };

/** At most `limit` requests per user in any `windowMs`; says how long to wait when over. */
export class RateLimiter implements RateLimits {
  private readonly requests = new Map<string, number[]>();

  constructor(
    private readonly limit = 10,
    private readonly windowMs = 60_000,
    private readonly now: Clock = Date.now,
  ) {}

  /** Null when the request may go ahead; otherwise the seconds to wait. */
  check(userId: string): number | null {
    const t = this.now();
    const recent = (this.requests.get(userId) ?? []).filter((at) => t - at < this.windowMs);
    if (recent.length >= this.limit) {
      this.requests.set(userId, recent);
      return Math.max(1, Math.ceil(((recent[0] ?? t) + this.windowMs - t) / 1000));
    }
    recent.push(t);
    this.requests.set(userId, recent);
    return null;
  }
}

/**
 * The work in progress, so a stopping app can finish it before it exits; and how many requests reached a
 * listener, so a test (or a health check) can wait for the app's own signal instead of sleeping.
 */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();
  private seen = 0;
  private readonly waiters: { count: number; resolve: () => void }[] = [];

  /** Counts a request that reached a listener, whether it is answered, ignored or a duplicate. */
  received(): void {
    this.seen++;
    for (const w of this.waiters.filter((x) => x.count <= this.seen)) {
      this.waiters.splice(this.waiters.indexOf(w), 1);
      w.resolve();
    }
  }

  get receivedCount(): number {
    return this.seen;
  }

  /** Work begun and not yet done. */
  get pending(): number {
    return this.running.size;
  }

  track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    const done = () => this.running.delete(work);
    work.then(done, done);
    return work;
  }

  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  /** Resolves once `count` requests in all have reached a listener and every piece of work they began is done. */
  async settled(count: number): Promise<void> {
    if (this.seen < count) await new Promise<void>((resolve) => this.waiters.push({ count, resolve }));
    await this.drain();
  }
}
