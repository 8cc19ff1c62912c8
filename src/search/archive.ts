/**
 * The archive as the answers see it: the passage index, the quotes extracted from every article, and the
 * articles themselves with the time expressions found in them. Articles are added and removed whole, so a changed
 * file re-indexes only itself.
 */
import type { Article, ArticleMeta } from '../corpus/types';
import { extractDates, referenceDay, type TimeExpression } from '../dates/extractDates';
import { type ExtractedQuote, extractQuotes } from '../quotes/extractQuotes';
import type { ArticleStore } from './articleStore';
import { PassageIndex, type PassageIndexData, type PassageIndexExport } from './passageIndex';
import { QuoteIndex, type QuoteIndexData, type QuoteIndexExport } from './quoteIndex';
import { Slicer } from './slices';

/** The archive as read from a snapshot. */
export interface ArchiveData {
  passages: PassageIndexData;
  quotes: QuoteIndexData;
}

/** The archive as it is saved: the indexes' exports, and the store their article numbers refer to. */
export interface ArchiveExport {
  passages: PassageIndexExport;
  quotes: QuoteIndexExport;
  store: ArticleStore;
}

/** An article's time expressions, resolved against its publication date. */
const datesOf = (article: Article) => extractDates(article, referenceDay(article.published));

export class Archive {
  private constructor(
    readonly passages: PassageIndex,
    readonly quotes: QuoteIndex,
  ) {}

  static create(): Archive {
    return new Archive(PassageIndex.create(), new QuoteIndex());
  }

  static fromData(data: ArchiveData): Archive {
    return new Archive(PassageIndex.fromData(data.passages), QuoteIndex.fromData(data.quotes));
  }

  /** The archive as it is saved, computed in slices that give the event loop back. */
  async export(slicer = new Slicer()): Promise<ArchiveExport> {
    const passages = await this.passages.export(slicer);
    return { passages, quotes: await this.quotes.export(slicer), store: this.passages.store };
  }

  add(article: Article): void {
    this.insert(article, datesOf(article), extractQuotes(article));
  }

  /**
   * As `add`, giving the event loop back between the extractions (each can take tens of milliseconds on a long
   * article). The article appears in the indexes all at once, at the end.
   */
  async addInSlices(article: Article, slicer: Slicer): Promise<void> {
    const dates = datesOf(article);
    await slicer.pause();
    const quotes = extractQuotes(article);
    await slicer.pause();
    this.insert(article, dates, quotes);
  }

  private insert(article: Article, dates: TimeExpression[], quotes: ExtractedQuote[]): void {
    this.passages.add(article, dates);
    this.quotes.add(article.id, quotes);
  }

  remove(articleId: string): void {
    this.passages.remove(articleId);
    this.quotes.remove(articleId);
  }

  /** The time expressions of an article, resolved against its publication date. */
  dates(articleId: string): TimeExpression[] {
    return this.passages.record(articleId)?.dates ?? [];
  }

  has(articleId: string): boolean {
    return this.passages.has(articleId);
  }

  article(articleId: string): Article | undefined {
    return this.passages.article(articleId);
  }

  /** Every article's id, title, outlet, authors, link and date, without reading the articles. */
  articleMetas(): ArticleMeta[] {
    return this.passages.store.allMetas();
  }

  get size(): { articles: number; passages: number; quotes: number } {
    return { ...this.passages.size, quotes: this.quotes.size };
  }
}
