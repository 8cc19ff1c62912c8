/**
 * The digest ledger in the data folder: per channel and day, "claimed" before posting and "posted" after, written
 * atomically (a temporary file, then a rename), so a restart never posts a day twice. A corrupt ledger is set
 * aside with a warning and a new one started; a ledger that cannot be written stops posting, with a warning,
 * rather than risk a duplicate.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../logger';

export const LEDGER_FILE = 'digest-ledger.json';

export interface LedgerEntry {
  state: 'claimed' | 'posted';
  claimedAt: string;
  postedAt?: string;
  /** The message's timestamp in Slack, when one was posted. */
  ts?: string | null;
  since: string;
  until: string;
}

export const ledgerKey = (channel: string, day: string) => `${channel}|${day}`;

export class DigestLedger {
  private entries: Record<string, LedgerEntry> | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly logger: Logger,
  ) {}

  get path(): string {
    return join(this.dataDir, LEDGER_FILE);
  }

  private async load(): Promise<Record<string, LedgerEntry>> {
    if (this.entries) return this.entries;
    let raw: string | null = null;
    try {
      raw = await readFile(this.path, 'utf8');
    } catch {
      this.entries = {};
      return this.entries;
    }
    try {
      const parsed = JSON.parse(raw) as { entries?: Record<string, LedgerEntry> };
      if (!parsed || typeof parsed.entries !== 'object' || parsed.entries === null)
        throw new Error('no "entries"');
      this.entries = parsed.entries;
    } catch (err) {
      const aside = `${this.path}.corrupt-${Date.now()}`;
      this.logger.warn(
        `digest ledger ${this.path} is unreadable (${(err as Error).message}); set aside as ${aside}, starting a new one`,
      );
      await rename(this.path, aside).catch(() => undefined);
      this.entries = {};
    }
    return this.entries;
  }

  private async save(): Promise<boolean> {
    const temp = `${this.path}.${process.pid}.tmp`;
    try {
      await mkdir(this.dataDir, { recursive: true });
      await writeFile(temp, JSON.stringify({ entries: this.entries ?? {} }, null, 2));
      await rename(temp, this.path);
      return true;
    } catch (err) {
      this.logger.warn(
        `cannot write the digest ledger ${this.path} (${(err as Error).message}); not posting, to avoid a duplicate`,
      );
      return false;
    }
  }

  async get(key: string): Promise<LedgerEntry | undefined> {
    return (await this.load())[key];
  }

  /** The last day a digest for this channel covered, or null. */
  async lastPostedUntil(channel: string): Promise<string | null> {
    const entries = await this.load();
    const days = Object.entries(entries)
      .filter(([key, e]) => key.startsWith(`${channel}|`) && e.state === 'posted')
      .map(([, e]) => e.until)
      .sort();
    return days[days.length - 1] ?? null;
  }

  /** Records the intent to post; false when the ledger cannot be written. */
  async claim(key: string, window: { since: string; until: string }, now: Date): Promise<boolean> {
    const entries = await this.load();
    entries[key] = { state: 'claimed', claimedAt: now.toISOString(), ...window };
    return this.save();
  }

  async markPosted(key: string, ts: string | null, now: Date): Promise<boolean> {
    const entries = await this.load();
    const entry = entries[key];
    if (!entry) return false;
    entries[key] = { ...entry, state: 'posted', postedAt: now.toISOString(), ts };
    return this.save();
  }
}
