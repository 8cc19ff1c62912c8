/**
 * Slack event ids in PostgreSQL (the `EventIds` port of `state/eventIds.ts`), shared by every instance: an event
 * id is a row with an expiry, so an event Slack delivers again to any instance is answered once; an expired row
 * is taken over. Expired rows are swept now and then by whoever records events. When the database cannot be
 * asked, the event is answered: better a repeat answered twice than an event never answered.
 */
import type { Logger } from '../../logger';
import type { EventIds } from '../../state/eventIds';
import { type Db, run, statement } from './pool';

const FIRST_TIME = statement(
  'event_first_time',
  `INSERT INTO state_events (event_id, expires_at) VALUES ($1, now() + make_interval(secs => $2))
   ON CONFLICT (event_id) DO UPDATE SET expires_at = EXCLUDED.expires_at
   WHERE state_events.expires_at <= now() RETURNING event_id`,
);
const SWEEP = statement('event_sweep', 'DELETE FROM state_events WHERE expires_at <= now()');

/** One event in this many sweeps the expired ones. */
const SWEEP_EVERY = 200;

/** How long an event id is remembered: Slack retries for minutes, not hours. */
export const EVENT_TTL_MS = 60 * 60 * 1000;

export class PostgresEventIds implements EventIds {
  private events = 0;

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
    private readonly ttlMs = EVENT_TTL_MS,
  ) {}

  async firstTime(id: string): Promise<boolean> {
    try {
      if (++this.events % SWEEP_EVERY === 0) await run(this.db, SWEEP);
      return (await run(this.db, FIRST_TIME, [id, this.ttlMs / 1000])).length === 1;
    } catch (err) {
      this.logger.warn(
        `could not check event ${id} against the shared state (${(err as Error).message}); answering it`,
      );
      return true;
    }
  }
}
