/**
 * The quotes of every article, extracted at index time, with term postings over their words so that "who said …"
 * finds candidate quotes without reading every article: exact words first, typos and a last-word prefix only when
 * the exact words do not fill the list.
 */
import type { ExtractedQuote } from '../quotes/extractQuotes';
import { Postings, type PostingsData } from './postings';
import { queryTerms, termWeights } from './terms';

export interface StoredQuote extends ExtractedQuote {
  id: string;
  articleId: string;
}

/** The quotes in slot order and their postings. */
export interface QuoteIndexData {
  quotes: StoredQuote[];
  postings: PostingsData;
}

/** A candidate must share at least this share of the query's distinct terms. */
export const MIN_QUOTE_TERM_COVERAGE = 0.5;

export class QuoteIndex {
  private readonly slots: (StoredQuote | null)[] = [];
  private readonly byArticle = new Map<string, number[]>();

  constructor(private readonly postings: Postings = new Postings()) {}

  static fromData(data: QuoteIndexData): QuoteIndex {
    if (data.quotes.length !== data.postings.lengths.length) {
      throw new Error(`quote index: ${data.quotes.length} quotes for ${data.postings.lengths.length} slots`);
    }
    const index = new QuoteIndex(Postings.fromData(data.postings));
    for (const q of data.quotes) index.remember(q);
    return index;
  }

  export(): QuoteIndexData {
    const { data, order } = this.postings.export();
    return { quotes: order.map((slot) => this.slots[slot] as StoredQuote), postings: data };
  }

  private remember(quote: StoredQuote): number {
    const slot = this.slots.push(quote) - 1;
    const slots = this.byArticle.get(quote.articleId);
    if (slots) slots.push(slot);
    else this.byArticle.set(quote.articleId, [slot]);
    return slot;
  }

  add(articleId: string, quotes: readonly ExtractedQuote[]): void {
    this.remove(articleId);
    this.byArticle.set(articleId, []);
    quotes.forEach((q, i) => {
      const slot = this.remember({ ...q, id: `${articleId}~${i + 1}`, articleId });
      const weights = termWeights(q.text, 1);
      let length = 0;
      for (const weight of weights.values()) length += weight;
      this.postings.add(slot, weights, length);
    });
  }

  remove(articleId: string): void {
    for (const slot of this.byArticle.get(articleId) ?? []) {
      this.postings.remove(slot);
      this.slots[slot] = null;
    }
    this.byArticle.delete(articleId);
  }

  forArticle(articleId: string): StoredQuote[] {
    return (this.byArticle.get(articleId) ?? []).map((slot) => this.slots[slot] as StoredQuote);
  }

  /** Quotes sharing words with the query, best first. */
  candidates(query: string, limit: number): StoredQuote[] {
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    const base = { terms, limit, minTerms: Math.ceil(terms.length * MIN_QUOTE_TERM_COVERAGE) };
    let scored = this.postings.search({ ...base, fuzzy: false });
    if (scored.length < limit) scored = this.postings.search({ ...base, fuzzy: true });
    return scored.map(({ slot }) => this.slots[slot]).filter((q): q is StoredQuote => q != null);
  }

  all(): StoredQuote[] {
    return this.slots.filter((q): q is StoredQuote => q !== null);
  }

  get size(): number {
    return this.postings.size;
  }
}
