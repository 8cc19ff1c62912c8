/**
 * A source whose items arrive from outside (a feed, a CMS, a wire drop, a webhook): it keeps every item it has
 * been given, by the item's own id, so an article that falls off the end of a feed stays in the archive; it is
 * removed only when the source says so (withdrawn, deleted, gone from a complete listing). A poll asks the
 * kind's poller for what is there now; an item whose version changed replaces the old one. Embargoed items are
 * held and listed only once the embargo lifts. What it holds is saved in the data folder, so a restart does
 * not forget articles that have since left the feed.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../corpus/types';
import type { Logger } from '../logger';
import { composeArticle, itemId, type WireItem } from './compose';
import type { SourceConfig } from './config';
import { instantOf } from './dates';
import type { ArticleSource, SourceScan } from './types';

export interface StoredItem {
  guid: string;
  id: string;
  version: string;
  modified: string | null;
  embargoedUntil: string | null;
  article: Article;
}

/** What a poll found: the items there now, and the ids the source says are gone. */
export interface PollResult {
  items: WireItem[];
  /** Item ids (guids) the source withdrew or deleted. */
  removed: string[];
  /** The listing is the whole source: an item it no longer lists was deleted (a WordPress site). */
  complete?: boolean;
  /** The ids of every item the source still has (when `items` holds only the changed ones): the others were deleted. */
  present?: string[];
  /** Items that could not be used, with why (logged, the rest goes on). */
  skipped?: { item: string; reason: string }[];
}

export interface Poller {
  poll(): Promise<PollResult>;
  /**
   * What the poller must remember across restarts (a feed's ETag, a CMS cursor, the drop files read), saved
   * with the items it produced, so a restart neither re-reads a whole site nor misses a 304's meaning.
   */
  saveState?(): PollerState;
  /** Takes back what `saveState` gave (read from disk: check every field). */
  restoreState?(state: PollerState): void;
}

/** A poller's saved state: plain JSON. */
export type PollerState = Record<string, unknown>;

export interface SourceStatus {
  name: string;
  kind: string;
  lastPoll: string | null;
  lastSuccess: string | null;
  articles: number;
  new: number;
  updated: number;
  removed: number;
  /** Items held until their embargo lifts. */
  held: number;
  error: string | null;
}

export interface ApplyCounts {
  new: number;
  updated: number;
  removed: number;
}

export interface RemoteSourceOptions {
  config: SourceConfig;
  /** Null for a source that is only pushed to. */
  poller: Poller | null;
  /** Where the items are saved between runs; null keeps them in memory only. */
  dataDir: string | null;
  logger: Logger;
  now?: () => Date;
}

export class RemoteSource implements ArticleSource {
  readonly name: string;
  private readonly items = new Map<string, StoredItem>();
  private readonly status: SourceStatus;
  private readonly now: () => Date;

  constructor(private readonly options: RemoteSourceOptions) {
    this.name = options.config.name;
    this.now = options.now ?? (() => new Date());
    this.status = emptyStatus(options.config);
    const saved = this.load();
    for (const item of saved.items ?? []) this.items.set(item.guid, item);
    if (saved.poller) options.poller?.restoreState?.(saved.poller);
    if (saved.status)
      Object.assign(this.status, saved.status, { name: this.name, kind: options.config.kind });
  }

  get config(): SourceConfig {
    return this.options.config;
  }

  statusNow(): SourceStatus {
    const now = this.now().getTime();
    const held = [...this.items.values()].filter((i) => !lifted(i, now)).length;
    return { ...this.status, articles: this.items.size - held, held };
  }

  /** Asks the poller what is there now and applies it; a failure is kept as the status's error. */
  async poll(): Promise<ApplyCounts | null> {
    if (!this.options.poller) return null;
    this.status.lastPoll = this.now().toISOString();
    try {
      const result = await this.options.poller.poll();
      for (const s of result.skipped ?? [])
        this.options.logger.warn(`${this.name}: skipped ${s.item}: ${s.reason}`);
      const counts = this.apply(result);
      Object.assign(this.status, counts, { lastSuccess: this.status.lastPoll, error: null });
      this.save();
      return counts;
    } catch (err) {
      this.status.error = (err as Error).message;
      this.options.logger.warn(`${this.name}: poll failed: ${this.status.error}; keeping what it had`);
      this.save();
      return null;
    }
  }

  /** Applies delivered items and removals (a poll, or a webhook). */
  apply(result: PollResult): ApplyCounts {
    const counts = { new: 0, updated: 0, removed: 0 };
    const seen = new Set<string>();
    for (const item of result.items) {
      seen.add(item.guid);
      const outcome = this.put(item);
      if (outcome) counts[outcome]++;
    }
    const gone = new Set(result.removed);
    const present = result.present ? new Set([...result.present, ...seen]) : result.complete ? seen : null;
    if (present) for (const guid of this.items.keys()) if (!present.has(guid)) gone.add(guid);
    for (const guid of gone) if (this.items.delete(guid)) counts.removed++;
    if (counts.new + counts.updated + counts.removed > 0) this.save();
    return counts;
  }

  private put(item: WireItem): 'new' | 'updated' | null {
    const before = this.items.get(item.guid);
    const older = instantOf(item.modified) ?? -1;
    if (before && older >= 0 && older < (instantOf(before.modified) ?? -1)) return null;
    const read = composeArticle(this.name, item, this.options.config.outlet);
    if (!read.ok) {
      this.options.logger.warn(`${this.name}: skipped ${item.url ?? item.guid}: ${read.skipped.reason}`);
      return null;
    }
    if (before?.version === read.version) return null;
    this.items.set(item.guid, {
      guid: item.guid,
      id: itemId(this.name, item.guid),
      version: read.version,
      modified: item.modified,
      embargoedUntil: item.embargoedUntil ?? null,
      article: read.article,
    });
    return before ? 'updated' : 'new';
  }

  /** The time (ms) the next held item's embargo lifts, or null. */
  nextLift(): number | null {
    const now = this.now().getTime();
    const times = [...this.items.values()]
      .map((i) => instantOf(i.embargoedUntil))
      .filter((t): t is number => t !== null && t > now);
    return times.length ? Math.min(...times) : null;
  }

  async scan(): Promise<SourceScan> {
    const now = this.now().getTime();
    const items = [...this.items.values()]
      .filter((i) => lifted(i, now))
      .map((i) => ({
        id: i.id,
        version: i.version,
        read: async () => ({ ok: true as const, article: i.article, version: i.version }),
      }));
    return { items, skipped: [] };
  }

  private file(): string | null {
    return this.options.dataDir ? join(this.options.dataDir, 'sources', `${this.name}.json`) : null;
  }

  private load(): Saved {
    const file = this.file();
    if (!file) return {};
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as Saved;
      return {
        items: Array.isArray(data.items) ? data.items : [],
        ...(data.status && { status: data.status }),
        ...(typeof data.poller === 'object' && data.poller !== null && { poller: data.poller }),
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
        this.options.logger.warn(
          `${this.name}: could not read ${file} (${(err as Error).message}); starting empty`,
        );
      return {};
    }
  }

  private save(): void {
    const file = this.file();
    if (!file || !this.options.dataDir) return;
    try {
      mkdirSync(join(this.options.dataDir, 'sources'), { recursive: true });
      const poller = this.options.poller?.saveState?.();
      const saved: Saved = {
        status: this.status,
        items: [...this.items.values()],
        ...(poller && { poller }),
      };
      writeFileSync(`${file}.tmp`, JSON.stringify(saved));
      renameSync(`${file}.tmp`, file);
    } catch (err) {
      this.options.logger.warn(`${this.name}: could not save ${file}: ${(err as Error).message}`);
    }
  }
}

/** A source's status before its first poll. */
export function emptyStatus(config: Pick<SourceConfig, 'name' | 'kind'>): SourceStatus {
  return {
    name: config.name,
    kind: config.kind,
    lastPoll: null,
    lastSuccess: null,
    articles: 0,
    new: 0,
    updated: 0,
    removed: 0,
    held: 0,
    error: null,
  };
}

/** What is saved between runs: the items, the last poll's status and the poller's own state. */
interface Saved {
  items?: StoredItem[];
  status?: SourceStatus;
  poller?: PollerState;
}

function lifted(item: StoredItem, now: number): boolean {
  const until = instantOf(item.embargoedUntil);
  return until === null || until <= now;
}
