/**
 * Per-person rate limits shared by every instance: a person's recent requests are one row in PostgreSQL, checked
 * and appended by one function call under that row's lock (`newsdesk_rate_check`, migration 4), so two
 * instances answering the same person count into the same window. The database's clock is the one clock.
 */
import type { RateLimits } from '../../state/rateLimits';
import { type Db, run, statement } from './pool';

const CHECK = statement('rate_check', 'SELECT newsdesk_rate_check($1, $2, $3) AS wait_ms');

export class PostgresRateLimits implements RateLimits {
  constructor(
    private readonly db: Db,
    private readonly limit = 10,
    private readonly windowMs = 60_000,
  ) {}

  async check(userId: string): Promise<number | null> {
    const row = (
      await run<{ wait_ms: string | null }>(this.db, CHECK, [userId, this.windowMs, this.limit])
    )[0];
    if (!row || row.wait_ms === null) return null;
    return Math.max(1, Math.ceil(Number(row.wait_ms) / 1000));
  }
}
