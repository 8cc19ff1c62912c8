/**
 * When the digest runs: DIGEST_CRON read in DIGEST_TZ (croner handles the time zone and daylight-saving days).
 * The clock is injected; `tick` runs the latest scheduled time that has come and not yet been handled, so a run
 * missed while the bot was down is caught up once when it comes back, within the grace period. A run that could
 * not be done (it says so by returning false, or throws: the archive not loaded yet, the ledger not writable
 * on a full disk, Slack failing) is tried again with backoff, still within the grace period; posting goes through
 * the ledger, so trying again never posts twice.
 */
import { Cron } from 'croner';
import type { Logger } from '../logger';

export const DEFAULT_GRACE_MS = 6 * 60 * 60 * 1000;
export const TICK_MS = 30_000;
/** The first wait before a run that could not be done is tried again; it doubles up to RETRY_MAX_MS. */
export const RETRY_FIRST_MS = 60_000;
export const RETRY_MAX_MS = 15 * 60_000;

/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export function dayIn(timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

export function addDaysIso(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export interface SchedulerOptions {
  cron: string;
  timeZone: string;
  now: () => Date;
  /** Runs the digest of a scheduled time; false (or a throw) when it could not be done and is to be retried. */
  run: (day: string, at: Date) => Promise<unknown>;
  logger: Logger;
  graceMs?: number;
  /** The first wait before trying a run again (RETRY_FIRST_MS by default). */
  retryMs?: number;
}

export class DigestScheduler {
  private readonly cron: Cron;
  private readonly handled = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  /** A run not done yet: which scheduled time, how many tries so far, and when to try again. */
  private retry: { at: string; tries: number; notBefore: number } | null = null;

  constructor(private readonly options: SchedulerOptions) {
    this.cron = new Cron(options.cron, { timezone: options.timeZone, paused: true });
  }

  /** The latest scheduled time in (now − grace, now], or null. */
  due(now: Date): Date | null {
    let next = this.cron.nextRun(new Date(now.getTime() - (this.options.graceMs ?? DEFAULT_GRACE_MS)));
    let last: Date | null = null;
    while (next && next.getTime() <= now.getTime()) {
      last = next;
      next = this.cron.nextRun(next);
    }
    return last;
  }

  async tick(): Promise<void> {
    if (this.running) return this.running;
    const now = this.options.now();
    const at = this.due(now);
    if (!at || this.handled.has(at.toISOString())) return;
    const key = at.toISOString();
    if (this.retry?.at === key && now.getTime() < this.retry.notBefore) return;
    this.handled.add(key);
    this.running = this.options
      .run(dayIn(this.options.timeZone, at), at)
      .then(
        (done) => done !== false,
        (err) => {
          this.options.logger.error(`scheduled digest failed: ${(err as Error).message}`);
          return false;
        },
      )
      .then((done) => this.settle(key, done))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  /** After a run: done, or to be tried again after a wait that doubles with each try. */
  private settle(key: string, done: boolean): void {
    if (done) {
      this.retry = null;
      return;
    }
    this.handled.delete(key);
    const tries = this.retry?.at === key ? this.retry.tries + 1 : 1;
    const wait = Math.min((this.options.retryMs ?? RETRY_FIRST_MS) * 2 ** (tries - 1), RETRY_MAX_MS);
    this.retry = { at: key, tries, notBefore: this.options.now().getTime() + wait };
    this.options.logger.warn(
      `the scheduled digest was not posted; trying again in ${Math.round(wait / 1000)} s`,
    );
  }

  start(intervalMs = TICK_MS): void {
    void this.tick();
    this.timer = setInterval(() => void this.tick(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
