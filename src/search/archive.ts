/**
 * The archive as the answers see it: the passage index, the quotes extracted from every article, and the
 * articles themselves. Articles are added and removed whole, so a changed file re-indexes only itself.
 */
import type { Article } from '../corpus/types';
import { extractDates, referenceDay, type TimeExpression } from '../dates/extractDates';
import { extractQuotes } from '../quotes/extractQuotes';
import { PassageIndex, type PassageIndexJSON } from './passageIndex';
import { QuoteIndex, type QuoteIndexJSON } from './quoteIndex';

export interface ArchiveJSON {
  passages: PassageIndexJSON;
  quotes: QuoteIndexJSON;
  dates: [string, TimeExpression[]][];
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

  static fromJSON(json: ArchiveJSON): Archive {
    return new Archive(
      PassageIndex.fromJSON(json.passages),
      QuoteIndex.fromJSON(json.quotes),
      new Map(json.dates),
    );
  }

  toJSON(): ArchiveJSON {
    return { passages: this.passages.toJSON(), quotes: this.quotes.toJSON(), dates: [...this.timexes] };
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
