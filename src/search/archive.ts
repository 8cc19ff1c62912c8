/**
 * The archive as the answers see it: the passage index, the quotes extracted from every article, and the
 * articles themselves. Articles are added and removed whole, so a changed file re-indexes only itself.
 */
import type { Article } from '../corpus/types';
import { extractDates, referenceDay, type TimeExpression } from '../dates/extractDates';
import { extractQuotes } from '../quotes/extractQuotes';
import { PassageIndex } from './passageIndex';
import type { PostingsData } from './postings';
import { QuoteIndex, type QuoteIndexData } from './quoteIndex';

/** An article and the time expressions found in it. */
export interface ArchiveRecord {
  article: Article;
  dates: TimeExpression[];
}

/** The archive in exported form: its records in passage order, the passage postings and the quote index. */
export interface ArchiveData {
  records: ArchiveRecord[];
  postings: PostingsData;
  quotes: QuoteIndexData;
}

export class Archive {
  private constructor(
    readonly passages: PassageIndex,
    readonly quotes: QuoteIndex,
    private readonly timexes: Map<string, TimeExpression[]>,
  ) {}

  static create(): Archive {
    return new Archive(PassageIndex.create(), new QuoteIndex(), new Map());
  }

  static fromData(data: ArchiveData): Archive {
    return new Archive(
      PassageIndex.fromData({ postings: data.postings, articles: data.records.map((r) => r.article) }),
      QuoteIndex.fromData(data.quotes),
      new Map(data.records.map((r) => [r.article.id, r.dates])),
    );
  }

  export(): ArchiveData {
    const passages = this.passages.export();
    const records = passages.articles.map((article) => ({ article, dates: this.dates(article.id) }));
    return { records, postings: passages.postings, quotes: this.quotes.export() };
  }

  add(article: Article): void {
    this.passages.add(article);
    this.quotes.add(article.id, extractQuotes(article));
    this.timexes.set(article.id, extractDates(article, referenceDay(article.published)));
  }

  remove(articleId: string): void {
    this.passages.remove(articleId);
    this.quotes.remove(articleId);
    this.timexes.delete(articleId);
  }

  /** The time expressions of an article, resolved against its publication date. */
  dates(articleId: string): TimeExpression[] {
    return this.timexes.get(articleId) ?? [];
  }

  has(articleId: string): boolean {
    return this.passages.has(articleId);
  }

  article(articleId: string): Article | undefined {
    return this.passages.article(articleId);
  }

  allArticles(): Article[] {
    return this.passages.allArticles();
  }

  get size(): { articles: number; passages: number; quotes: number } {
    return { ...this.passages.size, quotes: this.quotes.size };
  }
}
