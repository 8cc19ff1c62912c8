/**
 * The embedded engine behind the archive port: the passage index (postings over passages, the articles with
 * their dates and people), the quote index, and each article's version. It stores what indexing gives it and
 * extracts nothing itself; articles are put and removed whole, so a changed article re-indexes only itself.
 */
import type {
  ArchiveReader,
  ArchiveSize,
  ArchiveWriter,
  ArticleVersion,
  DateWindow,
  ParagraphMatches,
  PassageHit,
  PassageMatch,
  PassageQuery,
  StoredQuote,
} from '../answers/archive';
import { inWindow } from '../answers/archive';
import { type ArticleFilter, isFiltering, matchesFilter } from '../answers/articleFilter';
import type { Article, ArticleMeta } from '../corpus/types';
import type { TimeExpression } from '../dates/extractDates';
import type { IndexedArticle, PersonRecord } from '../indexing/types';
import type { Logger } from '../logger';
import { PassageIndex, type PassageIndexData, type PassageIndexExport } from './engine/passageIndex';
import { QuoteIndex, type QuoteIndexData, type QuoteIndexExport } from './engine/quoteIndex';
import { Slicer } from './engine/slices';
import type { ArticleStore } from './stores/articleStore';
import type { LineFile } from './stores/lineFile';

/** The archive as read from a snapshot. */
export interface ArchiveData {
  passages: PassageIndexData;
  quotes: QuoteIndexData;
  /** Each article's version: made when first asked for (the archive then owns the map). */
  versions: () => Map<string, ArticleVersion>;
  /** The snapshot file the stored lines are read from. */
  file?: LineFile;
}

/** The archive as it is saved: the indexes' exports, and the store their article numbers refer to. */
export interface ArchiveExport {
  passages: PassageIndexExport;
  quotes: QuoteIndexExport;
  store: ArticleStore;
}

/**
 * With a filter, how many more candidates than asked for are read before the filter keeps the first `limit`:
 * the postings rank without knowing the articles' metadata.
 */
export const FILTER_OVERFETCH = 20;

export class EmbeddedArchive implements ArchiveReader, ArchiveWriter {
  /** Each article's version, once asked for; until then, how to make it (from the snapshot). */
  private versionMap: Map<string, ArticleVersion> | null = null;
  /** The read-ahead of a snapshot's metadata, once started (see readAhead). */
  private ahead: Promise<void> | null = null;

  private constructor(
    readonly passages: PassageIndex,
    readonly quotes: QuoteIndex,
    private savedVersions: (() => Map<string, ArticleVersion>) | null,
    private readonly file: LineFile | null = null,
  ) {}

  static create(): EmbeddedArchive {
    return new EmbeddedArchive(PassageIndex.create(), new QuoteIndex(), null);
  }

  /** The archive of a snapshot; the versions are read when first needed (a sync, not an answer, needs them). */
  static fromData(data: ArchiveData): EmbeddedArchive {
    return new EmbeddedArchive(
      PassageIndex.fromData(data.passages),
      QuoteIndex.fromData(data.quotes),
      data.versions,
      data.file ?? null,
    );
  }

  private get stored(): Map<string, ArticleVersion> {
    if (!this.versionMap) {
      this.versionMap = this.savedVersions?.() ?? new Map();
      this.savedVersions = null;
    }
    return this.versionMap;
  }

  /**
   * Reads ahead what a snapshot's archive otherwise reads when an answer first needs it (the articles' metadata),
   * in slices that give the event loop back: a running app does this behind its first answers.
   */
  readAhead(slicer = new Slicer()): Promise<void> {
    this.ahead ??= this.passages.store.readAhead(slicer);
    return this.ahead;
  }

  /**
   * Starts readAhead behind the first answers, as a running app opens a snapshot (the embedded app and a
   * PostgreSQL instance alike): a failure is a warning, and the metadata is then read when an answer needs it.
   */
  readAheadBehind(logger: Logger): void {
    this.readAhead().catch((err: unknown) => {
      logger.warn(`could not read the articles' metadata ahead (${(err as Error).message})`);
    });
  }

  /** The read-ahead under way or done (see readAhead), null when none was started. */
  get readingAhead(): Promise<void> | null {
    return this.ahead;
  }

  /** Lines of a snapshot's metadata not read yet: 0 once readAhead is done (or when nothing came from one). */
  get unreadMetadata(): number {
    return this.passages.store.unreadMetadata;
  }

  /** Closes the files the archive reads its articles and quotes from; it cannot answer after. */
  close(): void {
    this.passages.close();
    this.quotes.close();
    this.file?.close();
  }

  /** The archive as it is saved, computed in slices that give the event loop back. */
  async export(slicer = new Slicer()): Promise<ArchiveExport> {
    const passages = await this.passages.export(slicer);
    return { passages, quotes: await this.quotes.export(slicer), store: this.passages.store };
  }

  /** Slots held by the postings, removed ones included until the archive is compacted. */
  get slots(): { passages: number; quotes: number } {
    return { passages: this.passages.slots, quotes: this.quotes.slots };
  }

  /**
   * Whether replaced and removed articles' slots are worth compacting away: past a third of the slots held (and
   * a thousand), for passages or quotes.
   */
  worthCompacting(): boolean {
    const { slots } = this;
    const size = this.sizeNow();
    return slots.passages > size.passages * 1.5 + 1000 || slots.quotes > size.quotes * 1.5 + 1000;
  }

  // The writer port.

  putNow(indexed: IndexedArticle, version: ArticleVersion): void {
    this.passages.add(indexed);
    const { prepared } = indexed;
    const quotes = prepared && { lines: prepared.quoteLines, terms: prepared.quoteTerms };
    this.quotes.add(indexed.article.id, indexed.quotes, quotes);
    this.stored.set(indexed.article.id, version);
  }

  async put(indexed: IndexedArticle, version: ArticleVersion): Promise<void> {
    this.putNow(indexed, version);
  }

  removeNow(articleId: string): void {
    this.passages.remove(articleId);
    this.quotes.remove(articleId);
    this.stored.delete(articleId);
  }

  async remove(articleId: string): Promise<void> {
    this.removeNow(articleId);
  }

  async versions(): Promise<Map<string, ArticleVersion>> {
    return new Map(this.stored);
  }

  version(articleId: string): ArticleVersion | undefined {
    return this.stored.get(articleId);
  }

  // The reader port.

  async searchPassages(query: string, options: PassageQuery): Promise<PassageHit[]> {
    const { filter, limit } = options;
    if (!isFiltering(filter)) return this.passages.search(query, { limit });
    return this.passages
      .search(query, { limit: limit * FILTER_OVERFETCH })
      .filter((hit) => matchesFilter(hit.article, filter))
      .slice(0, limit);
  }

  async matchPassages(query: string, options: PassageQuery): Promise<PassageMatch[]> {
    return this.passages.matches(query, options);
  }

  async matchParagraphs(query: string, options: PassageQuery): Promise<ParagraphMatches> {
    return this.passages.matchParagraphs(query, options);
  }

  async searchQuotes(query: string, limit: number, filter?: ArticleFilter): Promise<StoredQuote[]> {
    if (!isFiltering(filter)) return this.quotes.candidates(query, limit);
    return this.quotes
      .candidates(query, limit * FILTER_OVERFETCH)
      .filter((q) => this.passesFilter(q.articleId, filter))
      .slice(0, limit);
  }

  /** From the metadata kept in memory: no article is read. */
  private passesFilter(articleId: string, filter: ArticleFilter): boolean {
    const n = this.passages.store.number(articleId);
    const meta = n === undefined ? undefined : this.passages.store.meta(n);
    return meta !== undefined && matchesFilter(meta, filter);
  }

  async quotesOf(articleId: string): Promise<StoredQuote[]> {
    return this.quotes.forArticle(articleId);
  }

  async article(articleId: string): Promise<Article | undefined> {
    return this.passages.record(articleId)?.article;
  }

  async datesOf(articleId: string): Promise<TimeExpression[]> {
    return this.passages.record(articleId)?.dates ?? [];
  }

  async peopleOf(articleId: string): Promise<PersonRecord[]> {
    return this.passages.record(articleId)?.people ?? [];
  }

  async articleMetas(window?: DateWindow): Promise<ArticleMeta[]> {
    const all = this.passages.store.allMetas();
    return window ? all.filter((meta) => inWindow(meta.published, window)) : all;
  }

  async size(): Promise<ArchiveSize> {
    return this.sizeNow();
  }

  sizeNow(): ArchiveSize {
    return { ...this.passages.size, quotes: this.quotes.size };
  }
}
