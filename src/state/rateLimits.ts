/** How often each person may ask, as a port: this process's memory (`slack/guards.ts`) or PostgreSQL, shared. */
export interface RateLimits {
  /** Null when the request may go ahead; otherwise the seconds to wait. */
  check(userId: string): number | null | Promise<number | null>;
}
