/**
 * A post ledger in PostgreSQL (the `Ledger` port of `delivery/ledger.ts`): a claim is a row of `state_claims`
 * under a unique key (the ledger's name, then the key), so of many instances claiming at once exactly one INSERT
 * wins. A claim left by a process that stopped is taken over only by naming its claim time (`replacing`), after
 * `deliverOnce` has looked in the channel for a message carrying the key, exactly as with the file ledger. Times
 * come from the caller's clock at millisecond precision, so a claim time read back names the row exactly.
 */
import type { ClaimResult, Ledger, LedgerEntry } from '../../delivery/ledger';
import { type Db, run, statement } from './pool';

const CLAIM = statement(
  'ledger_claim',
  `INSERT INTO state_claims AS c (key, claimed_at, since, until) VALUES ($1, $2, $3, $4)
   ON CONFLICT (key) DO UPDATE SET claimed_at = EXCLUDED.claimed_at, since = EXCLUDED.since, until = EXCLUDED.until
   WHERE c.state = 'claimed' AND $5::timestamptz IS NOT NULL AND c.claimed_at = $5::timestamptz
   RETURNING key`,
);
const POSTED = statement(
  'ledger_posted',
  `INSERT INTO state_claims AS c (key, state, claimed_at, posted_at, ts) VALUES ($1, 'posted', $2, $2, $3)
   ON CONFLICT (key) DO UPDATE SET state = 'posted', posted_at = $2, ts = $3`,
);
const RELEASE = statement('ledger_release', `DELETE FROM state_claims WHERE key = $1 AND state = 'claimed'`);
const ENTRY = statement(
  'ledger_entry',
  'SELECT state, claimed_at, posted_at, ts, since, until FROM state_claims WHERE key = $1',
);
const POSTED_UNDER = statement(
  'ledger_posted_under',
  `SELECT state, claimed_at, posted_at, ts, since, until FROM state_claims
   WHERE starts_with(key, $1) AND state = 'posted'`,
);
const SWEEP = statement(
  'ledger_sweep',
  `DELETE FROM state_claims WHERE starts_with(key, $1) AND claimed_at < $2`,
);

/** Entries older than this are dropped now and then (as the file ledger drops them when it is written). */
const KEEP_DAYS = 60;
const SWEEP_EVERY = 100;

interface Row {
  state: 'claimed' | 'posted';
  claimed_at: Date;
  posted_at: Date | null;
  ts: string | null;
  since: string | null;
  until: string | null;
}

function entryOf(row: Row): LedgerEntry {
  return {
    state: row.state,
    claimedAt: row.claimed_at.toISOString(),
    ...(row.posted_at && { postedAt: row.posted_at.toISOString() }),
    ...(row.state === 'posted' && { ts: row.ts }),
    ...(row.since !== null && { since: row.since }),
    ...(row.until !== null && { until: row.until }),
  };
}

export class PostgresLedger implements Ledger {
  private claims = 0;

  constructor(
    private readonly db: Db,
    /** Keeps this ledger's keys apart from another's in the one table (`digest`, `post`). */
    readonly name: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private key(key: string): string {
    return `${this.name}:${key}`;
  }

  async claim(
    key: string,
    extra: Pick<LedgerEntry, 'since' | 'until'> = {},
    replacing?: string,
  ): Promise<ClaimResult> {
    if (++this.claims % SWEEP_EVERY === 0) await this.sweep();
    // A lost race against a release (the row gone between the INSERT and the read) is tried again.
    for (let attempt = 0; attempt < 3; attempt++) {
      const at = this.now().toISOString();
      const values = [this.key(key), at, extra.since ?? null, extra.until ?? null, replacing ?? null];
      if ((await run(this.db, CLAIM, values)).length === 1) return { ok: true };
      const entry = await this.get(key);
      if (entry) return { ok: false, entry };
    }
    throw new Error(`the claim on ${key} changed three times while it was being read`);
  }

  async markPosted(key: string, ts: string | null): Promise<void> {
    await run(this.db, POSTED, [this.key(key), this.now().toISOString(), ts]);
  }

  async release(key: string): Promise<void> {
    await run(this.db, RELEASE, [this.key(key)]);
  }

  async get(key: string): Promise<LedgerEntry | undefined> {
    const row = (await run<Row>(this.db, ENTRY, [this.key(key)]))[0];
    return row && entryOf(row);
  }

  async postedUnder(prefix: string): Promise<LedgerEntry[]> {
    return (await run<Row>(this.db, POSTED_UNDER, [this.key(prefix)])).map(entryOf);
  }

  private async sweep(): Promise<void> {
    const cutoff = new Date(this.now().getTime() - KEEP_DAYS * 86_400_000).toISOString();
    await run(this.db, SWEEP, [this.key(''), cutoff]);
  }
}
