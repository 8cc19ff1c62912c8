/**
 * When the digest runs: DIGEST_CRON read in DIGEST_TZ (croner handles the time zone and daylight-saving days).
 * The clock is injected; `tick` runs the latest scheduled time that has come and not yet been handled, so a run
 * missed while the bot was down is caught up once when it comes back, within the grace period.
 */
import { Cron } from 'croner';
import type { Logger } from '../logger';

export const DEFAULT_GRACE_MS = 6 * 60 * 60 * 1000;
export const TICK_MS = 30_000;

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
  run: (day: string, at: Date) => Promise<void>;
  logger: Logger;
  graceMs?: number;
}

export class DigestScheduler {
  private readonly cron: Cron;
  private readonly handled = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

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
    const at = this.due(this.options.now());
    if (!at || this.handled.has(at.toISOString())) return;
    this.handled.add(at.toISOString());
    this.running = this.options
      .run(dayIn(this.options.timeZone, at), at)
      .catch((err) => this.options.logger.error(`scheduled digest failed: ${(err as Error).message}`))
      .finally(() => {
        this.running = null;
      });
    return this.running;
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
