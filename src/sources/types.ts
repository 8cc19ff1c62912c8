/**
 * Where articles come from: a port, so a feed, a CMS or a wire drop can feed the archive as a folder does. A
 * source lists what it holds now, each item with a stable id and a version; what the archive has and the source
 * no longer lists was removed. Reading an item is separate from listing it, so a sync reads only what changed.
 */
import type { Article, SkippedFile } from '../corpus/types';

/** One article as the source has it now. */
export interface SourceItem {
  id: string;
  /**
   * The item's version when the source knows it without reading the item (a feed's modified time, a file whose
   * size and time are as last read); null when only reading tells.
   */
  version: string | null;
  /** Reads the item: the article and its version, or why it cannot be used. */
  read(): Promise<ReadItem>;
}

export type ReadItem = { ok: true; article: Article; version: string } | { ok: false; skipped: SkippedFile };

export interface SourceScan {
  items: SourceItem[];
  /** Entries the source could not even list as articles (a binary file, a symlink out of the folder). */
  skipped: SkippedFile[];
}

export interface ArticleSource {
  /** Names the source in warnings and statistics. */
  readonly name: string;
  scan(): Promise<SourceScan>;
}
