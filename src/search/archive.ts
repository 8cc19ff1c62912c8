/**
 * The archive as the answers see it: the passage index, the quotes extracted from every article, and the
 * articles themselves. Articles are added and removed whole, so a changed file re-indexes only itself.
 */
import type { Article } from '../corpus/types';
import { extractQuotes } from '../quotes/extractQuotes';
import { PassageIndex, type PassageIndexJSON } from './passageIndex';
import { QuoteIndex, type QuoteIndexJSON } from './quoteIndex';

export interface ArchiveJSON {
  passages: PassageIndexJSON;
  quotes: QuoteIndexJSON;
}

export class Archive {
  private constructor(
    readonly passages: PassageIndex,
    readonly quotes: QuoteIndex,
  ) {}

  static create(): Archive {
    return new Archive(PassageIndex.create(), new QuoteIndex());
  }

  static fromJSON(json: ArchiveJSON): Archive {
    return new Archive(PassageIndex.fromJSON(json.passages), QuoteIndex.fromJSON(json.quotes));
  }

  toJSON(): ArchiveJSON {
    return { passages: this.passages.toJSON(), quotes: this.quotes.toJSON() };
  }

  add(article: Article): void {
    this.passages.add(article);
    this.quotes.add(article.id, extractQuotes(article));
  }

  remove(articleId: string): void {
    this.passages.remove(articleId);
    this.quotes.remove(articleId);
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
