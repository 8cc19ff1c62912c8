/**
 * The passage index: term postings over passages (their text, with the article's title and outlet words at a
 * boost), a table of where each passage is, and the articles themselves (see ArticleStore) so a hit can become a
 * citation. Articles are added and removed whole, so a changed file re-indexes only its own passages.
 */
import type {
  MatchedDays,
  ParagraphMatches,
  PassageHit,
  PassageMatch,
  PassageQuery,
} from '../../answers/archive';
import { keepMatched, paragraphMatchesOf } from '../../answers/paragraphMatches';
import type { Article, ArticleMeta } from '../../corpus/types';
import type { IndexedArticle } from '../../indexing/types';
import { type Phrase, phraseNarrows, phraseOf, phrasePairs, phraseTester } from '../../text/phrase';
import { queryTerms } from '../../text/terms';
import { type ArticleRecord, ArticleStore, recordOf } from '../stores/articleStore';
import { DayColumns } from '../stores/dayColumns';
import type { LineStore } from '../stores/lineStore';
import { Lru } from '../stores/lru';
import type { SavedMetas } from '../stores/savedMetas';
import { groupByArticle, type HitRows } from './groupByArticle';
import { PassageTable, type PassageTableData } from './passageTable';
import { Postings, type PostingsData, type PostingsExport } from './postings';
import { Slicer } from './slices';
import { forEachRow, passageRows } from './termRows';
import type { Kept } from './topK';

/** How many article texts the phrase checks keep: about one timeline's worth of a common name's articles. */
export const PHRASE_TEXTS = 4000;
/** A hit must match at least this share of the query's distinct terms. */
export const MIN_TERM_COVERAGE = 0.5;
export const FIELD_BOOST = { text: 1, title: 1.5, outlet: 1.2 } as const;

/** The index as saved: postings and passage table in slot order, articles numbered in `articles` order. */
export interface PassageIndexData {
  postings: PostingsData;
  table: PassageTableData;
  /** The saved articles' metadata. */
  articles: SavedMetas;
  /** Their publication days and reported days, as columns in the same order (see DayColumns). */
  days: MatchedDays;
  /** Their records, as lines of the snapshot. */
  records: LineStore<ArticleRecord>;
}

/** What saving needs: the data, and the article numbers in the order they are saved. */
export interface PassageIndexExport {
  postings: PostingsExport;
  table: PassageTableData;
  articleOrder: number[];
}

/** Whether a passage holds the phrase: by its slot, with its article's number for reading the text. */
type SlotPhraseCheck = (slot: number, article: number) => boolean;

/** Entries at most this many keep a slot times the entries plus an index below 2^53 (slots are below 2^31). */
const MAX_KEYED_ENTRIES = 2 ** 22;

/**
 * Visits the kept entries in ascending order of their slots, with their index in the columns, so that the passage
 * table and the articles' metadata are read front to back rather than at random (most of what grouping 10,000
 * hits cost was waiting for memory). Entries kept in slot order (a one-term query's when every posting is read) are
 * visited as they are; others (from impact lists in score order, from a heap) are sorted as one number each, the
 * slot times the entries plus the index. Too many to key exactly are visited as they are.
 */
function forEachBySlot(kept: Kept, visit: (slot: number, index: number) => void): void {
  const { slots, count } = kept;
  let ascending = true;
  for (let i = 1; i < count && ascending; i++) ascending = (slots[i - 1] as number) < (slots[i] as number);
  if (ascending || count >= MAX_KEYED_ENTRIES) {
    for (let i = 0; i < count; i++) visit(slots[i] as number, i);
    return;
  }
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) keys[i] = (slots[i] as number) * count + i;
  keys.sort();
  for (let k = 0; k < count; k++) {
    const key = keys[k] as number;
    const index = key % count;
    visit((key - index) / count, index);
  }
}

export class PassageIndex {
  /** Each article's first slot and passage count, by article number: those added since the snapshot. */
  private readonly articleSlots = new Map<number, [number, number]>();
  /** The same for the snapshot's articles (numbers below `savedFirst.length`); a removed one has no passages. */
  private savedFirst = new Int32Array(0);
  private savedCount = new Int32Array(0);
  /** Article texts read for phrase checks, by article number (an edited article gets a new one). */
  private readonly texts = new Lru<number, string | null>(PHRASE_TEXTS);

  private constructor(
    private readonly postings: Postings,
    private readonly table: PassageTable,
    readonly store: ArticleStore,
  ) {}

  static create(): PassageIndex {
    return new PassageIndex(new Postings(), new PassageTable(), new ArticleStore());
  }

  static fromData(data: PassageIndexData): PassageIndex {
    if (data.table.article.length !== data.postings.lengths.length) {
      throw new Error(
        `passage index: ${data.table.article.length} passages for ${data.postings.lengths.length} postings slots`,
      );
    }
    const store = new ArticleStore(data.records, data.articles, new DayColumns(data.days));
    const index = new PassageIndex(Postings.fromData(data.postings), new PassageTable(data.table), store);
    const articles = data.articles.count;
    const first = new Int32Array(articles);
    const count = new Int32Array(articles);
    const column = data.table.article;
    for (let slot = 0; slot < column.length; slot++) {
      const article = column[slot] as number;
      if (!(article >= 0 && article < articles)) continue;
      if (count[article] === 0) first[article] = slot;
      count[article] = (count[article] as number) + 1;
    }
    index.savedFirst = first;
    index.savedCount = count;
    return index;
  }

  /** An article's first slot and passage count. */
  private slotsOf(number: number): [number, number] {
    if (number < this.savedFirst.length)
      return [this.savedFirst[number] as number, this.savedCount[number] as number];
    return this.articleSlots.get(number) ?? [0, 0];
  }

  /** The live passages, renumbered densely; articles renumbered in ascending order. */
  async export(slicer = new Slicer()): Promise<PassageIndexExport> {
    const { data, order } = await this.postings.export(slicer);
    const articleOrder = this.store.liveNumbers();
    // Nothing removed (a first build): every slot and article keeps its number, and the rows are saved as they are.
    if (order.length === this.table.size && articleOrder.length === this.store.numberCount)
      return { postings: data, table: this.table.rows(), articleOrder };
    const renumber = new Map(articleOrder.map((n, i) => [n, i]));
    const table = await this.table.select(order, (n) => renumber.get(n) ?? -1, slicer);
    return { postings: data, table, articleOrder };
  }

  /** Adds an article's passages (as prepared by a worker when it was: see `prepareArticle`). */
  add(indexed: IndexedArticle): void {
    const { article, passages, prepared } = indexed;
    this.remove(article.id);
    const number = this.store.add(recordOf(indexed), prepared?.recordLine);
    const { rows, pairs } = prepared
      ? { rows: prepared.passageTerms, pairs: prepared.passagePairs }
      : passageRows(article, passages, FIELD_BOOST);
    if (rows.counts.length !== passages.length)
      throw new Error(
        `passage index: ${passages.length} passages of ${article.id} prepared as ${rows.counts.length}`,
      );
    const first = this.table.size;
    let pairAt = 0;
    const row = this.postings.rowOf(rows);
    forEachRow(rows, (k, from, to, length) => {
      const held = pairs.hashes.subarray(pairAt, pairAt + (pairs.counts[k] ?? 0));
      pairAt += held.length;
      const slot = this.table.push(number, passages[k] as IndexedArticle['passages'][number], held);
      this.postings.addRow(slot, row, from, to, length);
    });
    this.articleSlots.set(number, [first, passages.length]);
  }

  remove(articleId: string): void {
    const number = this.store.remove(articleId);
    if (number === undefined) return;
    this.texts.delete(number);
    const [first, count] = this.slotsOf(number);
    for (let slot = first; slot < first + count; slot++) this.postings.remove(slot);
    this.articleSlots.delete(number);
    if (number < this.savedCount.length) this.savedCount[number] = 0;
  }

  has(articleId: string): boolean {
    return this.store.has(articleId);
  }

  article(articleId: string): Article | undefined {
    return this.store.byId(articleId)?.article;
  }

  close(): void {
    this.store.close();
  }

  record(articleId: string): ArticleRecord | undefined {
    return this.store.byId(articleId);
  }

  get size(): { articles: number; passages: number } {
    return { articles: this.store.size, passages: this.postings.size };
  }

  /** Postings slots, the removed ones included until the index is compacted. */
  get slots(): number {
    return this.postings.slots;
  }

  /** The best passages for a query: exact words first, typos and a last-word prefix when those fall short. */
  search(query: string, params: PassageQuery): PassageHit[] {
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    return this.hits(this.postings.bestMatches({ terms, limit: params.limit, coverage: MIN_TERM_COVERAGE }));
  }

  /**
   * Every passage holding all the query's words exactly (no typos, no prefixes), best first, with its article's
   * metadata: read from memory, no article is parsed; asked for a phrase, the articles whose passages match are
   * read to check it.
   */
  matches(query: string, params: PassageQuery): PassageMatch[] {
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    const phrase = params.phrase ? phraseOf(query, params.phrase) : null;
    const all = this.termMatches(terms, params.limit);
    const { within } = params;
    const found = within ? all.filter((m) => within.has(m.meta.id)) : all;
    return phrase && phraseNarrows(phrase) ? this.holding(found, phrase) : found;
  }

  /** The matches whose passage text holds the phrase; each article read once. */
  private holding(found: PassageMatch[], phrase: Phrase): PassageMatch[] {
    const holds = this.phraseCheck(phrase);
    return found.filter(({ meta, passage }) => {
      const article = this.store.number(meta.id);
      return article !== undefined && holds(article, passage.start, passage.end);
    });
  }

  /**
   * Whether a range of an article's text holds the phrase; each article's text read once (and kept a while: a
   * timeline checks the same articles again for a surname), the phrase compiled once.
   */
  private phraseCheck(phrase: Phrase): (article: number, start: number, end: number) => boolean {
    const holds = phraseTester(phrase);
    return (article, start, end) => {
      const text = this.textOf(article);
      return text !== null && holds(text.slice(start, end));
    };
  }

  /**
   * Whether a passage (by slot) holds the phrase. A name of name words is told from the passages' name pairs
   * (see phrasePairs) without reading any text: a two-word name by its pair alone, a longer one read only where
   * every pair is held. Anything else is read (see phraseCheck).
   */
  private slotPhraseCheck(phrase: Phrase): SlotPhraseCheck {
    const { table } = this;
    const pairs = phrasePairs(phrase);
    const [only] = pairs ?? [];
    if (pairs?.length === 1 && only !== undefined) return (slot) => table.holdsPair(slot, only);
    const text = this.phraseCheck(phrase);
    const readText: SlotPhraseCheck = (slot, article) => text(article, table.start(slot), table.end(slot));
    if (!pairs) return readText;
    return (slot, article) => pairs.every((hash) => table.holdsPair(slot, hash)) && readText(slot, article);
  }

  /** An article's text by number, kept a while (see PHRASE_TEXTS); null when the article is not held. */
  private textOf(article: number): string | null {
    let text = this.texts.get(article);
    if (text === undefined) text = this.texts.set(article, this.store.textAt(article) ?? null);
    return text;
  }

  /**
   * What `matches` finds, grouped by article from the passage table's columns (see groupByArticle): no object is
   * made per passage or per article, and the hits are never ranked.
   */
  matchParagraphs(query: string, params: PassageQuery): ParagraphMatches {
    const terms = queryTerms(query);
    if (terms.length === 0) return paragraphMatchesOf([]);
    const phrase = params.phrase ? phraseOf(query, params.phrase) : null;
    const holds = phrase && phraseNarrows(phrase) ? this.slotPhraseCheck(phrase) : null;
    const kept = this.postings.searchKept({ terms, limit: params.limit, coverage: 1, fuzzy: false });
    const groups = groupByArticle(this.hitRows(kept, params.within, holds), this.store.numberCount);
    // By index: Array.from over a typed array goes through its iterator, a step object per article.
    const found = new Array<ArticleMeta | undefined>(groups.articles.length);
    for (let i = 0; i < found.length; i++) found[i] = this.store.meta(groups.articles[i] as number);
    const matches = {
      metas: found as ArticleMeta[],
      starts: groups.starts,
      paragraphs: groups.paragraphs,
      days: this.store.daysOf(groups.articles),
    };
    // A live passage's article is always held; were one not, its article is left out rather than answered blank.
    return found.includes(undefined) ? keepMatched(matches, (meta) => meta !== undefined) : matches;
  }

  /**
   * The kept hits the filters let through (`within`, holding the phrase), in slot order. No article's metadata is
   * read but to read its text for a phrase: `within` is turned into article numbers once.
   */
  private hitRows(
    kept: Kept,
    within: ReadonlySet<string> | undefined,
    holds: SlotPhraseCheck | null,
  ): HitRows {
    const { table, store } = this;
    const inside = within && new Set([...within].map((id) => store.number(id)));
    const rows: HitRows = {
      count: 0,
      articles: new Int32Array(kept.count),
      paragraphs: new Int32Array(kept.count),
      scores: new Float64Array(kept.count),
      slots: new Int32Array(kept.count),
    };
    forEachBySlot(kept, (slot, index) => {
      const number = table.article(slot);
      if (number < 0 || number >= store.numberCount || (inside && !inside.has(number))) return;
      if (holds && !holds(slot, number)) return;
      const r = rows.count++;
      rows.articles[r] = number;
      rows.paragraphs[r] = table.paragraph(slot);
      rows.scores[r] = kept.scores[index] as number;
      rows.slots[r] = slot;
    });
    return rows;
  }

  private termMatches(terms: string[], limit: number): PassageMatch[] {
    const out: PassageMatch[] = [];
    for (const { slot, score } of this.postings.search({
      terms,
      limit,
      coverage: 1,
      fuzzy: false,
    })) {
      const meta = this.store.meta(this.table.article(slot));
      if (meta) out.push({ passage: this.table.passage(slot, meta.id), meta, score });
    }
    return out;
  }

  private hits(scored: { slot: number; score: number }[]): PassageHit[] {
    const hits: PassageHit[] = [];
    for (const { slot, score } of scored) {
      const article = this.store.record(this.table.article(slot))?.article;
      if (article) hits.push({ passage: this.table.passage(slot, article.id), article, score });
    }
    return hits;
  }
}
