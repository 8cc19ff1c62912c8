/**
 * The quotes of every article, extracted at index time, with a MiniSearch index over their words so that
 * "who said …" finds candidate quotes without reading every article.
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import type { ExtractedQuote } from '../quotes/extractQuotes';
import { processTerm, tokenize } from './terms';

export interface StoredQuote extends ExtractedQuote {
  id: string;
  articleId: string;
}

/** The word index itself, so that opening a snapshot does not tokenise every quote again. */
export type QuoteSearchData = AsPlainObject;

interface QuoteDoc {
  id: string;
  text: string;
}

const OPTIONS: Options<QuoteDoc> = {
  idField: 'id',
  fields: ['text'],
  storeFields: [],
  tokenize: (text) => tokenize(text),
  processTerm: (term) => processTerm(term),
  searchOptions: { fuzzy: (term) => (term.length >= 5 ? 0.2 : false), maxFuzzy: 2 },
};

export class QuoteIndex {
  private readonly quotes = new Map<string, StoredQuote>();
  private readonly byArticle = new Map<string, string[]>();

  constructor(private readonly miniSearch: MiniSearch<QuoteDoc> = new MiniSearch(OPTIONS)) {}

  static fromData(quotes: readonly StoredQuote[], search: QuoteSearchData): QuoteIndex {
    const index = new QuoteIndex(MiniSearch.loadJS<QuoteDoc>(search, OPTIONS));
    for (const q of quotes) {
      index.quotes.set(q.id, q);
      const ids = index.byArticle.get(q.articleId);
      if (ids) ids.push(q.id);
      else index.byArticle.set(q.articleId, [q.id]);
    }
    return index;
  }

  searchData(): QuoteSearchData {
    return this.miniSearch.toJSON();
  }

  add(articleId: string, quotes: readonly ExtractedQuote[]): void {
    this.remove(articleId);
    const stored = quotes.map((q, i) => ({ ...q, id: `${articleId}~${i + 1}`, articleId }));
    for (const q of stored) this.quotes.set(q.id, q);
    this.byArticle.set(
      articleId,
      stored.map((q) => q.id),
    );
    this.miniSearch.addAll(stored.map((q) => ({ id: q.id, text: q.text })));
  }

  remove(articleId: string): void {
    for (const id of this.byArticle.get(articleId) ?? []) {
      this.miniSearch.discard(id);
      this.quotes.delete(id);
    }
    this.byArticle.delete(articleId);
  }

  forArticle(articleId: string): StoredQuote[] {
    return (this.byArticle.get(articleId) ?? []).map((id) => this.quotes.get(id) as StoredQuote);
  }

  /** Quotes sharing words with the query, best first. */
  candidates(query: string, limit: number): StoredQuote[] {
    return this.miniSearch
      .search(query)
      .slice(0, limit)
      .map((r) => this.quotes.get(String(r.id)))
      .filter((q): q is StoredQuote => q !== undefined);
  }

  all(): StoredQuote[] {
    return [...this.quotes.values()];
  }

  get size(): number {
    return this.quotes.size;
  }
}
