/**
 * The shared state in PostgreSQL: a claim is a row under a unique key (the first INSERT wins, on any instance),
 * an event id is a row with an expiry (taken over once expired), a vote is a row per item and person. Expired
 * event rows are swept now and then by whoever records events.
 */
import type { Pool } from 'pg';
import type { ClaimEntry, StateStore, VoteTally } from '../../state/stateStore';
import { run, statement } from './pool';

const CLAIM = statement(
  'state_claim',
  `INSERT INTO state_claims (key) VALUES ($1) ON CONFLICT (key) DO NOTHING RETURNING key`,
);
const POSTED = statement(
  'state_posted',
  `INSERT INTO state_claims (key, state, posted_at, ts) VALUES ($1, 'posted', now(), $2)
   ON CONFLICT (key) DO UPDATE SET state = 'posted', posted_at = now(), ts = $2`,
);
const RELEASE = statement('state_release', `DELETE FROM state_claims WHERE key = $1 AND state = 'claimed'`);
const ENTRY = statement(
  'state_entry',
  'SELECT state, claimed_at, posted_at, ts FROM state_claims WHERE key = $1',
);
const DEDUPE = statement(
  'state_dedupe',
  `INSERT INTO state_events (event_id, expires_at) VALUES ($1, now() + make_interval(secs => $2))
   ON CONFLICT (event_id) DO UPDATE SET expires_at = EXCLUDED.expires_at
   WHERE state_events.expires_at <= now() RETURNING event_id`,
);
const SWEEP = statement('state_sweep', 'DELETE FROM state_events WHERE expires_at <= now()');
const VOTE = statement(
  'state_vote',
  `INSERT INTO state_votes (item, user_id, value) VALUES ($1, $2, $3)
   ON CONFLICT (item, user_id) DO UPDATE SET value = $3, voted_at = now()`,
);
const TALLY = statement(
  'state_tally',
  `SELECT count(*) FILTER (WHERE value = 1)::int AS up, count(*) FILTER (WHERE value = -1)::int AS down
   FROM state_votes WHERE item = $1`,
);

/** One event in this many sweeps the expired ones. */
const SWEEP_EVERY = 200;

interface EntryRow {
  state: 'claimed' | 'posted';
  claimed_at: Date;
  posted_at: Date | null;
  ts: string | null;
}

export class PostgresStateStore implements StateStore {
  private events = 0;

  constructor(private readonly pool: Pool) {}

  async claim(key: string): Promise<boolean> {
    return (await run(this.pool, CLAIM, [key])).length === 1;
  }

  async markPosted(key: string, ts: string | null): Promise<void> {
    await run(this.pool, POSTED, [key, ts]);
  }

  async release(key: string): Promise<void> {
    await run(this.pool, RELEASE, [key]);
  }

  async entry(key: string): Promise<ClaimEntry | undefined> {
    const row = (await run<EntryRow>(this.pool, ENTRY, [key]))[0];
    if (!row) return undefined;
    const postedAt = row.posted_at ? row.posted_at.toISOString() : null;
    return { state: row.state, claimedAt: row.claimed_at.toISOString(), postedAt, ts: row.ts };
  }

  async dedupe(eventId: string, ttlMs: number): Promise<boolean> {
    if (++this.events % SWEEP_EVERY === 0) await run(this.pool, SWEEP);
    return (await run(this.pool, DEDUPE, [eventId, ttlMs / 1000])).length === 1;
  }

  async vote(item: string, user: string, value: 1 | -1): Promise<VoteTally> {
    await run(this.pool, VOTE, [item, user, value]);
    return (await run<VoteTally>(this.pool, TALLY, [item]))[0] ?? { up: 0, down: 0 };
  }

  /** The pool is the caller's. */
  async close(): Promise<void> {}
}
