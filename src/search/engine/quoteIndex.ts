/**
 * The quotes of every article, extracted at index time, with term postings over their words so that "who said …"
 * finds candidate quotes without reading every article: exact words first, typos and a last-word prefix only when
 * the exact words do not fill the list. The quotes themselves are kept on disk as JSON lines (see LineStore) and
 * read when a candidate is.
 */
import type { StoredQuote } from '../../answers/archive';
import type { ExtractedQuote } from '../../quotes/extractQuotes';
import { queryTerms } from '../../text/terms';
import { LineStore } from '../stores/lineStore';
import { Postings, type PostingsData, type PostingsExport } from './postings';
import { Slicer } from './slices';
import { forEachRow, quoteRows, type TermRows } from './termRows';

export type { StoredQuote };

/** The quote index as saved: quote lines in slot order, the article of each, and the postings. */
export interface QuoteIndexData {
  lines: LineStore<StoredQuote>;
  articleIds: readonly string[];
  postings: PostingsData;
}

/** What saving needs: the live slots in order, each quote's line and article. */
export interface QuoteIndexExport {
  postings: PostingsExport;
  order: number[];
  rawLine: (slot: number) => Buffer;
  articleOf: (slot: number) => string;
}

/** A candidate must share at least this share of the query's distinct terms. */
export const MIN_QUOTE_TERM_COVERAGE = 0.5;

/** An article's quotes as stored: each one's JSON line and the terms of its words. */
export interface PreparedQuotes {
  lines: readonly string[];
  terms: TermRows;
}

/** A quote as stored: with its id (the article's, and its number there) and its article. */
export const storedQuote = (articleId: string, q: ExtractedQuote, i: number): StoredQuote => ({
  ...q,
  id: `${articleId}~${i + 1}`,
  articleId,
});

export const preparedQuotes = (articleId: string, quotes: readonly ExtractedQuote[]): PreparedQuotes => ({
  lines: quotes.map((q, i) => JSON.stringify(storedQuote(articleId, q, i))),
  terms: quoteRows(quotes),
});

export class QuoteIndex {
  private readonly articleOfSlot: string[] = [];
  private readonly byArticle = new Map<string, number[]>();

  constructor(
    private readonly postings: Postings = new Postings(),
    private readonly lines: LineStore<StoredQuote> = new LineStore(),
  ) {}

  static fromData(data: QuoteIndexData): QuoteIndex {
    const count = data.postings.lengths.length;
    if (data.articleIds.length !== count || data.lines.count !== count) {
      throw new Error(`quote index: ${data.lines.count} quotes for ${count} slots`);
    }
    const index = new QuoteIndex(Postings.fromData(data.postings), data.lines);
    data.articleIds.forEach((id) => {
      index.remember(id);
    });
    return index;
  }

  async export(slicer = new Slicer()): Promise<QuoteIndexExport> {
    const { data, order } = await this.postings.export(slicer);
    return {
      postings: data,
      order,
      rawLine: (slot) => this.rawLine(slot),
      articleOf: (slot) => this.articleOfSlot[slot] ?? '',
    };
  }

  private remember(articleId: string): number {
    const slot = this.articleOfSlot.push(articleId) - 1;
    const slots = this.byArticle.get(articleId);
    if (slots) slots.push(slot);
    else this.byArticle.set(articleId, [slot]);
    return slot;
  }

  private quote(slot: number): StoredQuote | undefined {
    return this.lines.get(slot);
  }

  private rawLine(slot: number): Buffer {
    const raw = this.lines.raw(slot);
    if (!raw) throw new Error(`quote slot ${slot} is not stored`);
    return raw;
  }

  /** Adds an article's quotes; their lines and terms when made beforehand (see `preparedQuotes`). */
  add(articleId: string, quotes: readonly ExtractedQuote[], prepared?: PreparedQuotes): void {
    this.remove(articleId);
    this.byArticle.set(articleId, []);
    const { lines, terms } = prepared ?? preparedQuotes(articleId, quotes);
    if (lines.length !== quotes.length || terms.counts.length !== quotes.length)
      throw new Error(`quote index: ${quotes.length} quotes of ${articleId} prepared as ${lines.length}`);
    forEachRow(terms, (i, words, weights, from, to, length) => {
      const slot = this.remember(articleId);
      this.lines.putLine(slot, lines[i] as string);
      this.postings.addRow(slot, words, weights, from, to, length);
    });
  }

  remove(articleId: string): void {
    for (const slot of this.byArticle.get(articleId) ?? []) {
      this.postings.remove(slot);
      this.lines.delete(slot);
    }
    this.byArticle.delete(articleId);
  }

  forArticle(articleId: string): StoredQuote[] {
    return (this.byArticle.get(articleId) ?? [])
      .map((slot) => this.quote(slot))
      .filter((q): q is StoredQuote => q !== undefined);
  }

  close(): void {
    this.lines.closeSpill();
  }

  /** Quotes sharing words with the query, best first. */
  candidates(query: string, limit: number): StoredQuote[] {
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    return this.postings
      .bestMatches({ terms, limit, coverage: MIN_QUOTE_TERM_COVERAGE })
      .map(({ slot }) => this.quote(slot))
      .filter((q): q is StoredQuote => q !== undefined);
  }

  get size(): number {
    return this.postings.size;
  }

  /** Postings slots, the removed ones included until the index is compacted. */
  get slots(): number {
    return this.postings.slots;
  }
}
