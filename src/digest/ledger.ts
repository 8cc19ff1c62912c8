/**
 * The digest ledger: one entry per channel and day, claimed before the digest is posted. By default the post
 * ledger (`delivery/ledger.ts`) of the data folder's `digest-ledger.json`, read again from disk for every
 * decision and changed under a lock shared by every process on the machine; with DATABASE_URL a row per claim in
 * PostgreSQL (`store/postgres/ledger.ts`), shared by every instance.
 */
import { join } from 'node:path';
import { type Ledger, type LedgerEntry, PostLedger } from '../delivery/ledger';
import type { Logger } from '../logger';

export const LEDGER_FILE = 'digest-ledger.json';

export type { LedgerEntry };

export const ledgerKey = (channel: string, day: string) => `${channel}|${day}`;

export class DigestLedger {
  readonly posts: Ledger;

  constructor(
    dataDir: string,
    private readonly logger: Logger,
    now?: () => Date,
    /** Where the claims are kept: the data folder's file when not given. */
    posts?: Ledger,
  ) {
    this.posts = posts ?? new PostLedger(join(dataDir, LEDGER_FILE), now);
  }

  /** The last day a digest for this channel covered; null when none was, or when the ledger cannot be read. */
  async lastPostedUntil(channel: string): Promise<string | null> {
    try {
      const days = (await this.posts.postedUnder(`${channel}|`))
        .flatMap((e) => (e.until ? [e.until] : []))
        .sort();
      return days[days.length - 1] ?? null;
    } catch (err) {
      this.logger.warn((err as Error).message);
      return null;
    }
  }
}
