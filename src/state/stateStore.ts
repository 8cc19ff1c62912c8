/**
 * State that every instance of newsdesk must agree on, as a port: the posting ledgers (a digest or an alert is
 * claimed before it is posted, so two instances whose crons fire together post it once), Slack event dedupe (a
 * retried event answered once, whichever instance gets it) and feedback votes (one per person per answer).
 * `LocalStateStore` (one process's memory) is the default; with DATABASE_URL the PostgreSQL store
 * (`store/postgres/stateStore.ts`) shares it between instances. (The digest's file ledger, `digest/ledger.ts`,
 * still keeps the single-instance digest claims in the data folder; a poster can move onto this port.)
 *
 * The ledger protocol, for a poster: `claim(key)` — true for exactly one caller ever, false for every other
 * (the loser does nothing); post; `markPosted(key, ts)`. A claim with no `posted` after it means a crash between
 * claiming and posting: the next claimant sees `entry(key).state === 'claimed'` and checks the channel before
 * deciding (`release(key)` then lets a retry claim it again).
 */

export type ClaimState = 'claimed' | 'posted';

export interface ClaimEntry {
  state: ClaimState;
  claimedAt: string;
  postedAt: string | null;
  /** The posted message's timestamp in Slack, when one was posted. */
  ts: string | null;
}

export interface VoteTally {
  up: number;
  down: number;
}

export interface StateStore {
  /** Claims `key`: true for the first caller (on any instance), false while a claim or a posting stands. */
  claim(key: string): Promise<boolean>;
  /** Records that the claimed item was posted (with the message's ts). */
  markPosted(key: string, ts: string | null): Promise<void>;
  /** Gives up a claim that was not posted, so it can be claimed again. A posted key stays. */
  release(key: string): Promise<void>;
  entry(key: string): Promise<ClaimEntry | undefined>;
  /** True the first time `eventId` is seen within `ttlMs`, false for a repeat inside that time. */
  dedupe(eventId: string, ttlMs: number): Promise<boolean>;
  /** Records a person's vote on an item (their last vote counts) and gives the item's tally. */
  vote(item: string, user: string, value: 1 | -1): Promise<VoteTally>;
  close(): Promise<void>;
}

/** The state of one process: in memory. */
export class LocalStateStore implements StateStore {
  private readonly claims = new Map<string, ClaimEntry>();
  private readonly events = new Map<string, number>();
  private readonly votes = new Map<string, Map<string, 1 | -1>>();

  constructor(private readonly now: () => number = Date.now) {}

  async claim(key: string): Promise<boolean> {
    if (this.claims.has(key)) return false;
    const claimedAt = new Date(this.now()).toISOString();
    this.claims.set(key, { state: 'claimed', claimedAt, postedAt: null, ts: null });
    return true;
  }

  async markPosted(key: string, ts: string | null): Promise<void> {
    const entry = this.claims.get(key);
    const claimedAt = entry?.claimedAt ?? new Date(this.now()).toISOString();
    this.claims.set(key, { state: 'posted', claimedAt, postedAt: new Date(this.now()).toISOString(), ts });
  }

  async release(key: string): Promise<void> {
    if (this.claims.get(key)?.state === 'claimed') this.claims.delete(key);
  }

  async entry(key: string): Promise<ClaimEntry | undefined> {
    const entry = this.claims.get(key);
    return entry && { ...entry };
  }

  async dedupe(eventId: string, ttlMs: number): Promise<boolean> {
    const t = this.now();
    for (const [id, expires] of this.events) if (expires <= t) this.events.delete(id);
    if (this.events.has(eventId)) return false;
    this.events.set(eventId, t + ttlMs);
    return true;
  }

  async vote(item: string, user: string, value: 1 | -1): Promise<VoteTally> {
    const byUser = this.votes.get(item) ?? new Map<string, 1 | -1>();
    byUser.set(user, value);
    this.votes.set(item, byUser);
    const values = [...byUser.values()];
    return { up: values.filter((v) => v === 1).length, down: values.filter((v) => v === -1).length };
  }

  async close(): Promise<void> {}
}
