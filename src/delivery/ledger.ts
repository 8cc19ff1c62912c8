/**
 * The post ledger: one JSON file in the data folder recording, per key, that a post was claimed and then that it
 * was posted, kept as the other state files are (`state/jsonStateFile.ts`): every change under a lock shared by all
 * processes using the folder, on the ledger as read again from disk, written beside the file and renamed over it.
 * A ledger that is not valid
 * (bad JSON, or not the shape written here) is never replaced: it is reported and nothing is posted until someone
 * fixes or removes it, because an empty ledger would post everything again.
 */
import { join } from 'node:path';
import { JsonStateFile } from '../state/jsonStateFile';

export interface LedgerEntry {
  state: 'claimed' | 'posted';
  claimedAt: string;
  postedAt?: string;
  /** The message's timestamp in Slack, once posted (null when nothing needed posting). */
  ts?: string | null;
  /** The digest's days, for digest entries. */
  since?: string;
  until?: string;
}

export type ClaimResult = { ok: true } | { ok: false; entry: LedgerEntry };

/**
 * The ledger port `deliverOnce` and the digest need: the file below by default, a row per claim in PostgreSQL
 * with DATABASE_URL (`store/postgres/ledger.ts`), so every instance sees the same claims.
 */
export interface Ledger {
  /** Claims `key` unless an entry exists; `replacing` takes over a claim whose claimedAt is exactly that. */
  claim(key: string, extra?: Pick<LedgerEntry, 'since' | 'until'>, replacing?: string): Promise<ClaimResult>;
  markPosted(key: string, ts: string | null): Promise<void>;
  /** Drops a claim that led to no post (a definite failure), so the post can be made later. */
  release(key: string): Promise<void>;
  get(key: string): Promise<LedgerEntry | undefined>;
  /** The posted entries whose key starts with `prefix`. */
  postedUnder(prefix: string): Promise<LedgerEntry[]>;
}

/** The ledger file cannot be trusted: nothing is posted until it is fixed or removed. */
export class LedgerInvalidError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`the post ledger ${file} is not valid (${reason}); nothing is posted until it is fixed or removed`);
  }
}

/** Entries older than this are dropped when the ledger is written (the digest window reads at most a week). */
const KEEP_DAYS = 60;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function validEntry(v: unknown): v is LedgerEntry {
  return isObject(v) && (v.state === 'claimed' || v.state === 'posted') && typeof v.claimedAt === 'string';
}

type Entries = Record<string, LedgerEntry>;

function validLedger(parsed: unknown): { entries: Entries } | string {
  if (!isObject(parsed) || !isObject(parsed.entries)) return '"entries" must be an object of entries';
  for (const [key, entry] of Object.entries(parsed.entries))
    if (!validEntry(entry)) return `entry "${key}" has no valid state`;
  return { entries: parsed.entries as Entries };
}

/** The data folder's ledger of posts made for everyone besides the digest (answers shared, mention replies). */
export const POST_LEDGER_FILE = 'post-ledger.json';

export class PostLedger implements Ledger {
  private readonly state: JsonStateFile<{ entries: Entries }>;

  constructor(
    readonly file: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    const invalid = (at: string, reason: string) => new LedgerInvalidError(at, reason);
    this.state = new JsonStateFile(file, () => ({ entries: {} }), validLedger, invalid);
  }

  static in(dataDir: string, name: string): PostLedger {
    return new PostLedger(join(dataDir, name));
  }

  /** The entries as on disk now; {} when there is no ledger yet; LedgerInvalidError when it cannot be trusted. */
  async entries(): Promise<Entries> {
    return (await this.state.read()).entries;
  }

  async get(key: string): Promise<LedgerEntry | undefined> {
    return (await this.entries())[key];
  }

  async postedUnder(prefix: string): Promise<LedgerEntry[]> {
    const entries = Object.entries(await this.entries());
    return entries.filter(([key, e]) => key.startsWith(prefix) && e.state === 'posted').map(([, e]) => e);
  }

  /** Claims `key` unless an entry exists; `replacing` takes over a claim whose claimedAt is exactly that. */
  claim(
    key: string,
    extra: Pick<LedgerEntry, 'since' | 'until'> = {},
    replacing?: string,
  ): Promise<ClaimResult> {
    return this.change((entries) => {
      const entry = entries[key];
      if (entry && !(entry.state === 'claimed' && entry.claimedAt === replacing)) return { ok: false, entry };
      entries[key] = { state: 'claimed', claimedAt: this.now().toISOString(), ...extra };
      return { ok: true };
    });
  }

  markPosted(key: string, ts: string | null): Promise<void> {
    return this.change((entries) => {
      const entry = entries[key] ?? { state: 'claimed', claimedAt: this.now().toISOString() };
      entries[key] = { ...entry, state: 'posted', postedAt: this.now().toISOString(), ts };
    });
  }

  /** Drops a claim that led to no post (a definite failure), so the post can be made later. */
  release(key: string): Promise<void> {
    return this.change((entries) => {
      if (entries[key]?.state === 'claimed') delete entries[key];
    });
  }

  /** Runs `edit` on the entries as on disk, under the lock, and writes them back without the old ones. */
  private change<T>(edit: (entries: Entries) => T): Promise<T> {
    return this.state.change((state) => {
      const result = edit(state.entries);
      const cutoff = new Date(this.now().getTime() - KEEP_DAYS * 86_400_000).toISOString();
      state.entries = Object.fromEntries(
        Object.entries(state.entries).filter(([, e]) => e.claimedAt >= cutoff),
      );
      return result;
    });
  }
}
