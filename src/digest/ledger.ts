/**
 * The digest ledger: the post ledger (`delivery/ledger.ts`) of the data folder's `digest-ledger.json`, one entry
 * per channel and day, read again from disk for every decision and changed under a lock shared by every process
 * (the app's schedule, `digest --post`, a second instance on the same folder).
 */
import { join } from 'node:path';
import { type LedgerEntry, PostLedger } from '../delivery/ledger';
import type { Logger } from '../logger';

export const LEDGER_FILE = 'digest-ledger.json';

export type { LedgerEntry };

export const ledgerKey = (channel: string, day: string) => `${channel}|${day}`;

export class DigestLedger {
  readonly posts: PostLedger;

  constructor(
    dataDir: string,
    private readonly logger: Logger,
    now?: () => Date,
  ) {
    this.posts = new PostLedger(join(dataDir, LEDGER_FILE), now);
  }

  get path(): string {
    return this.posts.file;
  }

  /** The last day a digest for this channel covered; null when none was, or when the ledger cannot be read. */
  async lastPostedUntil(channel: string): Promise<string | null> {
    try {
      const entries = await this.posts.entries();
      const days = Object.entries(entries)
        .filter(([key, e]) => key.startsWith(`${channel}|`) && e.state === 'posted' && e.until)
        .map(([, e]) => e.until as string)
        .sort();
      return days[days.length - 1] ?? null;
    } catch (err) {
      this.logger.warn((err as Error).message);
      return null;
    }
  }
}
