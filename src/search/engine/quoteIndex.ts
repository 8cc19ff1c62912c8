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

/** The saved articles' ids by number, and the number of each (see SavedMetas). */
export interface SavedArticleIds {
  readonly ids: readonly string[];
  number(id: string): number | undefined;
}

/** The quote index as saved: quote lines in slot order, the article of each, and the postings. */
export interface QuoteIndexData {
  lines: LineStore<StoredQuote>;
  /** By slot, the number of the quote's article in `articles`. */
  articleNumbers: Int32Array;
  articles: SavedArticleIds;
  postings: PostingsData;
}

/**
 * The quotes read from a snapshot, kept as read: by slot its article's number, and each article's slots (a
 * counting sort of those numbers), instead of a string and an array per quote: a million quotes open in tens of
 * milliseconds instead of half a second.
 */
class SavedQuoteArticles {
  readonly count: number;
  /** Article n's slots are slots[starts[n]] .. slots[starts[n + 1] - 1]. */
  private readonly starts: Int32Array;
  private readonly slots: Int32Array;
  /** Saved articles since removed or replaced: their saved quotes no longer count. */
  private readonly gone = new Set<string>();

  constructor(
    private readonly numbers: Int32Array,
    private readonly articles: SavedArticleIds,
  ) {
    this.count = numbers.length;
    const { ids } = articles;
    const starts = new Int32Array(ids.length + 1);
    for (const n of numbers) if (n >= 0) starts[n + 1] = (starts[n + 1] as number) + 1;
    for (let n = 0; n < ids.length; n++) starts[n + 1] = (starts[n + 1] as number) + (starts[n] as number);
    const next = starts.slice(0, ids.length);
    const slots = new Int32Array(starts[ids.length] as number);
    numbers.forEach((n, slot) => {
      if (n < 0) return;
      slots[next[n] as number] = slot;
      next[n] = (next[n] as number) + 1;
    });
    this.starts = starts;
    this.slots = slots;
  }

  articleOf(slot: number): string {
    const n = this.numbers[slot] ?? -1;
    return n >= 0 ? (this.articles.ids[n] ?? '') : '';
  }

  /** The saved quotes' slots of an article still as saved; none once it was removed or replaced. */
  slotsOf(articleId: string): Int32Array {
    const n = this.articles.number(articleId);
    if (n === undefined || this.gone.has(articleId)) return new Int32Array(0);
    return this.slots.subarray(this.starts[n], this.starts[n + 1]);
  }

  drop(articleId: string): void {
    if (this.articles.number(articleId) !== undefined) this.gone.add(articleId);
  }
}

/** What saving needs: the live slots in order, each quote's line and article. */
export interface QuoteIndexExport {
  postings: PostingsExport;
  order: Int32Array;
  /** The lines of quote slots `slots[from..to)`, as stored, a run at a time (see LineStore.rawRuns). */
  rawRuns: (slots: ArrayLike<number>, from: number, to: number) => Iterable<Buffer[]>;
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
  /** The article of each slot added since the snapshot (slot `saved.count + i`). */
  private readonly articleOfSlot: string[] = [];
  /** The slots of each article added since the snapshot. */
  private readonly byArticle = new Map<string, number[]>();

  constructor(
    private readonly postings: Postings = new Postings(),
    private readonly lines: LineStore<StoredQuote> = new LineStore(),
    private readonly saved: SavedQuoteArticles = new SavedQuoteArticles(new Int32Array(0), {
      ids: [],
      number: () => undefined,
    }),
  ) {}

  static fromData(data: QuoteIndexData): QuoteIndex {
    const count = data.postings.lengths.length;
    if (data.articleNumbers.length !== count || data.lines.count !== count) {
      throw new Error(`quote index: ${data.lines.count} quotes for ${count} slots`);
    }
    const saved = new SavedQuoteArticles(data.articleNumbers, data.articles);
    return new QuoteIndex(Postings.fromData(data.postings), data.lines, saved);
  }

  async export(slicer = new Slicer()): Promise<QuoteIndexExport> {
    const { data, order } = await this.postings.export(slicer);
    return {
      postings: data,
      order,
      rawRuns: (slots, from, to) => this.lines.rawRuns(slots, from, to, 'quote slot'),
      articleOf: (slot) =>
        slot < this.saved.count
          ? this.saved.articleOf(slot)
          : (this.articleOfSlot[slot - this.saved.count] ?? ''),
    };
  }

  private remember(articleId: string): number {
    const slot = this.saved.count + this.articleOfSlot.push(articleId) - 1;
    const slots = this.byArticle.get(articleId);
    if (slots) slots.push(slot);
    else this.byArticle.set(articleId, [slot]);
    return slot;
  }

  /** An article's slots: those added since the snapshot, or else those it was saved with. */
  private slotsOf(articleId: string): Iterable<number> {
    return this.byArticle.get(articleId) ?? this.saved.slotsOf(articleId);
  }

  private quote(slot: number): StoredQuote | undefined {
    return this.lines.get(slot);
  }

  /** Adds an article's quotes; their lines and terms when made beforehand (see `preparedQuotes`). */
  add(articleId: string, quotes: readonly ExtractedQuote[], prepared?: PreparedQuotes): void {
    this.remove(articleId);
    this.byArticle.set(articleId, []);
    const { lines, terms } = prepared ?? preparedQuotes(articleId, quotes);
    if (lines.length !== quotes.length || terms.counts.length !== quotes.length)
      throw new Error(`quote index: ${quotes.length} quotes of ${articleId} prepared as ${lines.length}`);
    const row = this.postings.rowOf(terms);
    forEachRow(terms, (i, from, to, length) => {
      const slot = this.remember(articleId);
      this.lines.putLine(slot, lines[i] as string);
      this.postings.addRow(slot, row, from, to, length);
    });
  }

  remove(articleId: string): void {
    for (const slot of this.slotsOf(articleId)) {
      this.postings.remove(slot);
      this.lines.delete(slot);
    }
    this.byArticle.delete(articleId);
    this.saved.drop(articleId);
  }

  /** An article's quotes, in order: the lines of its saved quotes, which lie together, read at once. */
  forArticle(articleId: string): StoredQuote[] {
    return this.lines.getMany([...this.slotsOf(articleId)]);
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
