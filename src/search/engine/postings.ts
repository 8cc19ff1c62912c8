/**
 * Term postings and their BM25+ scoring, in typed arrays: for every term, the slots (numbered documents) that
 * contain it and its weighted frequency in each. A query adds each term's postings into one score array and keeps
 * only the best `limit` documents in a small heap, so a common word over a large archive costs one pass over its
 * postings, not an object per matching document (which is what made MiniSearch's own search slow at scale). A
 * query of several terms is pruned (see maxScore): documents that cannot enter the top k are not scored.
 * Postings read from a snapshot stay compact (see compactPostings); those added since gather in plain columns and
 * are sealed compactly a block at a time (see sealedPostings).
 *
 * The term dictionary for typo and prefix matching is MiniSearch's radix tree (SearchableMap), built the first
 * time a fuzzy query needs it. Removed documents are tombstoned and dropped when the postings are exported.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { BLOCK, type BlockSource, JoinedBlocks, newView, RawBlocks, type RawList } from './blocks';
import { scoreBound, termScore } from './bm25';
import { blockStarts, CompactBlocks, type CompactPostings, TfCodes } from './compactPostings';
import { grow } from './grow';
import { impactBest, impactCandidates, listedTerm, take } from './impactLists';
import { mapTyped } from './mapTyped';
import { type Collection, Cursor, maxScoreTopK, popcount, type QueryList } from './maxScore';
import { type EncodeSource, encodePostings, type PostingsExport } from './postingsExport';
import { SealedBlocks, SealedList, sealPlan } from './sealedPostings';
import { SelectTopK } from './selectTopK';
import { Slicer } from './slices';
import { rowTerms, type TermRows } from './termRows';
import { type Best, type Kept, listedBest, type Scored, TopK } from './topK';

export { type PostingsExport, packPostings, readPostings, writePostings } from './postingsExport';

/** A query's first this many distinct terms are scored (one bit each in a 32-bit mask); the rest are ignored. */
export const MAX_QUERY_TERMS = 32;
/**
 * Pruning pays for bounds and look-ups per dictionary term: a query that typos and prefixes have grown past this
 * many is scored exhaustively (the same answers), as is a one-term query, which nothing can prune.
 */
const MAX_PRUNED_LISTS = 64;
/** Above this many results the k-th score rises too slowly to prune much, and the bookkeeping costs more. */
const MAX_PRUNED_LIMIT = 256;

/** Above this many results, the top k is kept by selection rather than in a heap (see SelectTopK). */
const SELECT_ABOVE = 64;

/** The k best of a stream: a heap for a page of results, selection for a timeline's thousands. */
const topK = (limit: number): TopK | SelectTopK =>
  limit > SELECT_ABOVE ? new SelectTopK(limit) : new TopK(limit);

/** A conjunction is looked up from its rarest list only when the next rarest has this many times its blocks. */
const CONJUNCTIVE_RATIO = 2;

/**
 * Whether queries are pruned (always, but for a test comparing the answers with the exhaustive ones), and whether
 * even a query over short lists is (for the tests of the pruned pass: see worthPruning).
 */
export const queryPlan = { prune: true, pruneShortLists: false };

export interface PostingsQuery {
  /** Distinct query terms; the first MAX_QUERY_TERMS are scored. */
  terms: readonly string[];
  limit: number;
  /** The share of the scored terms a document must contain (at least one term). */
  coverage: number;
  /** Also match terms within a small edit distance, and the last term as a prefix. */
  fuzzy: boolean;
  /** Score every matching document instead of pruning (the reference the pruned answers are tested against). */
  exhaustive?: boolean;
}

/** Postings as saved and read: compact blocks (see compactPostings). */
export type PostingsData = CompactPostings;

const FUZZY_WEIGHT = 0.45;
const PREFIX_WEIGHT = 0.375;
const MAX_FUZZY = 2;

/** A document's terms as term rows give them: `ids[entries[i]]` is entry i's term id, `weights[i]` its weight. */
export interface Row {
  ids: Int32Array;
  entries: Uint32Array;
  weights: Float64Array;
}

const emptyRaw = (): RawList => ({
  slots: new Int32Array(4),
  tfs: new Float32Array(4),
  n: 0,
  maxTf: 0,
  minLength: Infinity,
});

/** How many of a query's scored terms a document must contain: the share, counted over the terms kept. */
export const requiredTerms = (kept: number, coverage: number): number =>
  Math.max(1, Math.ceil(kept * coverage));

/**
 * A term's postings are the compact blocks read from the snapshot (terms 0..frozenTerms-1), then the postings
 * added since in plain columns; per-term bookkeeping is in typed arrays, not an object per term.
 */
export class Postings {
  private readonly termIds = new Map<string, number>();
  private terms: string[] = [];
  private frozen: CompactPostings | null = null;
  private frozenStarts: Uint32Array = new Uint32Array(1);
  private frozenTerms = 0;
  /** Postings added since the snapshot was read, by term id: those sealed, then those not sealed yet. */
  private readonly sealed: (SealedList | undefined)[] = [];
  private readonly tails: (RawList | undefined)[] = [];
  /** The sealed postings' frequency codes. */
  private readonly sealedCodes = new TfCodes();
  /** Per term: its live postings, as counted at removal epoch `epochs[id]`. */
  private dfs = new Uint32Array(16);
  private epochs = new Uint32Array(16);
  private lengths = new Float32Array(16);
  private live = new Uint8Array(16);
  private scores = new Float64Array(16);
  private masks = new Uint32Array(16);
  /** The slots the current query has scored, `touchedCount` of them. */
  private touched = new Int32Array(16);
  private touchedCount = 0;
  private slotCount = 0;
  private liveCount = 0;
  /** Counts removals, so that a term's document frequency is recounted once after any. */
  private epoch = 0;
  private totalLength = 0;
  private dictionary: SearchableMap<number> | null = null;
  private readonly view = newView();

  /** Adds a document: its slot must be new (the next free one), its terms with their weighted frequencies. */
  add(slot: number, termWeights: ReadonlyMap<string, number>, length: number): void {
    this.open(slot, length);
    for (const [term, weight] of termWeights) {
      this.post(term, slot, weight, length);
    }
  }

  /**
   * As `add`, with the document's terms as term ids (see rowOf) named by `entries[from..to)`, and their
   * weights as `weights[from..to)` (term rows).
   */
  addRow(slot: number, row: Row, from: number, to: number, length: number): void {
    this.open(slot, length);
    const { ids, entries, weights } = row;
    for (let i = from; i < to; i++) {
      this.postId(ids[entries[i] as number] as number, slot, weights[i] as number, length);
    }
  }

  /**
   * Term rows (see termRows) as `addRow` takes them: each distinct term looked up once, in the order the rows first
   * name them (a term not seen before gets the next id).
   */
  rowOf(rows: TermRows): Row {
    const ids = Int32Array.from(rowTerms(rows), (term) => this.termId(term));
    return { ids, entries: rows.entries, weights: rows.weights };
  }

  /** Takes the next slot for a document of this length. */
  private open(slot: number, length: number): void {
    if (slot !== this.slotCount) throw new Error(`postings: slot ${slot} added out of order`);
    this.reserve(slot + 1);
    this.slotCount = slot + 1;
    this.lengths[slot] = length;
    this.live[slot] = 1;
    this.liveCount++;
    this.totalLength += length;
  }

  private post(term: string, slot: number, weight: number, length: number): void {
    this.postId(this.termId(term), slot, weight, length);
  }

  private postId(id: number, slot: number, weight: number, length: number): void {
    this.tails[id] ??= emptyRaw();
    const tail = this.tails[id] as RawList;
    append(tail, slot, weight, length);
    this.dfs[id] = (this.dfs[id] as number) + 1;
    if (tail.n >= sealPlan.at) this.seal(id, tail);
  }

  /** Encodes a term's plain columns onto its sealed list and empties them (keeping their room). */
  private seal(id: number, tail: RawList): void {
    this.sealed[id] ??= new SealedList();
    (this.sealed[id] as SealedList).seal(tail, this.lengths, this.sealedCodes);
    tail.n = 0;
    tail.maxTf = 0;
    tail.minLength = Infinity;
  }

  remove(slot: number): void {
    if (this.live[slot] !== 1) return;
    this.live[slot] = 0;
    this.liveCount--;
    this.epoch++;
    this.totalLength -= this.lengths[slot] ?? 0;
  }

  get size(): number {
    return this.liveCount;
  }

  /** Slots in use, removed documents included (they are dropped when the postings are exported). */
  get slots(): number {
    return this.slotCount;
  }

  /** The best live slots for a query, best first (ties by slot). */
  search(query: PostingsQuery): Scored[] {
    return this.best(query).sorted();
  }

  /** The same slots as `search`, unordered: for a caller that orders them its own way. */
  searchKept(query: PostingsQuery): Kept {
    return this.best(query).kept();
  }

  private best(query: PostingsQuery): Best {
    if (this.liveCount === 0) return listedBest([]);
    const terms = query.terms.slice(0, MAX_QUERY_TERMS);
    this.scores = grow(this.scores, this.slotCount);
    this.masks = grow(this.masks, this.slotCount);
    this.touched = grow(this.touched, this.slotCount);
    this.touchedCount = 0;
    const minTerms = requiredTerms(terms.length, query.coverage);
    const expanded = terms.map((term, i) => this.expand(term, i === terms.length - 1, query.fuzzy));
    const lists = expanded.reduce((n, pairs) => n + pairs.length, 0);
    if (!query.exhaustive && queryPlan.prune && !query.fuzzy && minTerms === terms.length && lists > 1) {
      const found = this.conjunctive(expanded, query.limit);
      if (found) return found;
    }
    if (
      !query.exhaustive &&
      queryPlan.prune &&
      lists > 1 &&
      lists <= MAX_PRUNED_LISTS &&
      query.limit <= MAX_PRUNED_LIMIT
    ) {
      const queryLists = this.queryLists(expanded);
      if (worthPruning(queryLists))
        return listedBest(maxScoreTopK(queryLists, query.limit, minTerms, this.collection()));
    }
    const [only] = expanded.flat();
    if (!query.exhaustive && queryPlan.prune && lists === 1 && minTerms === 1 && only)
      return this.single(only, query.limit);
    expanded.forEach((pairs, i) => {
      for (const [termId, weight] of pairs) this.accumulate(termId, weight, 1 << i);
    });
    return this.collect(query.limit, minTerms);
  }

  /**
   * One dictionary term: each posting's score is the term's, offered to the top k at once (no score arrays), and
   * once k are kept a block whose bound (see BlockSource.saturation) cannot beat the k-th score is not decoded. The same answers as accumulate and collect: the same floats, the same ties.
   */
  private single([termId, weight]: [number, number], limit: number): Best {
    const impact = this.fromImpactLists(termId, weight, limit);
    if (impact) return impact;
    const top = topK(limit);
    const source = this.source(termId);
    if (!source) return top;
    const { lengths, live, view } = this;
    const idf = this.idf(termId);
    const average = this.averageLength();
    for (let b = 0; b < source.blocks; b++) {
      if (scoreBound(weight, idf, source.saturation(b, average)) < top.threshold()) continue;
      source.load(b, view);
      for (let i = view.at; i < view.end; i++) {
        const slot = view.slots[i] as number;
        if (live[slot] !== 1) continue;
        top.offer(slot, termScore(weight, idf, view.tfs[i] as number, lengths[slot] as number, average));
      }
    }
    return top;
  }

  /**
   * One dictionary term with impact lists (see impactLists): its saved postings read in the order they score, as
   * far as the k-th score, and the postings added since offered besides. Null when the term has none or they
   * cannot answer exactly (then `single` reads every posting).
   */
  private fromImpactLists(termId: number, weight: number, limit: number): Best | null {
    const lists = this.frozen?.impact;
    const listed = lists && termId < this.frozenTerms ? listedTerm(lists, termId) : -1;
    if (!lists || !this.frozen || listed < 0 || limit <= 0) return null;
    const { lengths, live } = this;
    const average = this.averageLength();
    const idf = this.idf(termId);
    const query = { lists, tfTable: this.frozen.tfTable, lengths, live, average };
    const found = impactCandidates(query, listed, weight, idf, limit);
    if (!found) return null;
    this.forEachAdded(termId, (slot, tf) => {
      if (live[slot] === 1) take(found, slot, termScore(weight, idf, tf, lengths[slot] as number, average));
    });
    return impactBest(found, limit);
  }

  /**
   * Every term required, each exactly one dictionary term: the rarest term's postings are read and each looked up
   * in the other terms' lists, instead of reading every list whole (a timeline's "New Hampshire primary" reads the
   * few postings of "hampshire", not all of "new"). A document's score is summed in query-term order, as
   * accumulate sums it, so the floats are the same. Null when the rarest list is not much the shortest.
   */
  private conjunctive(expanded: [number, number][][], limit: number): Best | null {
    if (expanded.some((pairs) => pairs.length !== 1)) return null;
    const lists = this.queryLists(expanded);
    if (lists.length !== expanded.length) return listedBest([]);
    const lead = lists.reduce((a, b) => (b.source.blocks < a.source.blocks ? b : a));
    const shortestOther = Math.min(...lists.filter((l) => l !== lead).map((l) => l.source.blocks));
    if (lead.source.blocks * CONJUNCTIVE_RATIO > shortestOther) return null;
    const { lengths, live } = this;
    const average = this.averageLength();
    const top = new TopK(limit);
    const leadView = newView();
    // The other lists are read alongside in slot order (the lead's slots ascend), each moved forward to the slot
    // looked up: no search from the start of a list per posting.
    const cursors = lists.map((list, i) => (list === lead ? null : new Cursor(list, i, 0)));
    for (let b = 0; b < lead.source.blocks; b++) {
      lead.source.load(b, leadView);
      for (let i = leadView.at; i < leadView.end; i++) {
        const slot = leadView.slots[i] as number;
        if (live[slot] !== 1) continue;
        let total = 0;
        let all = true;
        for (let l = 0; l < lists.length; l++) {
          const list = lists[l] as QueryList;
          const cursor = cursors[l];
          cursor?.seek(slot);
          if (cursor && cursor.slot !== slot) {
            all = false;
            break;
          }
          const tf = cursor ? cursor.tf() : (leadView.tfs[i] as number);
          total += termScore(list.weight, list.idf, tf, lengths[slot] as number, average);
        }
        if (all) top.offer(slot, total);
      }
    }
    return top;
  }

  /**
   * The best live slots: exact terms first; typo and prefix matching (which multiply the terms every document is
   * scored on) only when the exact terms do not fill the page, so a misspelling still finds its document.
   */
  bestMatches(query: Omit<PostingsQuery, 'fuzzy'>): Scored[] {
    const exact = this.search({ ...query, fuzzy: false });
    return exact.length >= query.limit ? exact : this.search({ ...query, fuzzy: true });
  }

  private queryLists(expanded: [number, number][][]): QueryList[] {
    const out: QueryList[] = [];
    expanded.forEach((pairs, i) => {
      for (const [termId, weight] of pairs) {
        const source = this.source(termId);
        if (source) out.push({ bit: 1 << i, weight, idf: this.idf(termId), source });
      }
    });
    return out;
  }

  /** A term's postings: the saved blocks, then those added since; null when it has none. */
  private source(id: number): BlockSource | null {
    const saved =
      this.frozen && id < this.frozenTerms
        ? new CompactBlocks(this.frozen, this.frozenStarts[id] as number, this.frozenStarts[id + 1] as number)
        : null;
    return joined(saved, this.added(id));
  }

  /** The postings added since the snapshot was read: those sealed, then the plain ones; null when none. */
  private added(id: number): BlockSource | null {
    const list = this.sealed[id];
    const tail = this.tails[id];
    return joined(
      list && list.blocks > 0 ? new SealedBlocks(list, this.sealedCodes.values) : null,
      tail && tail.n > 0 ? new RawBlocks(tail) : null,
    );
  }

  /** Every posting added since the snapshot was read, in slot order. */
  private forEachAdded(id: number, visit: (slot: number, tf: number) => void): void {
    forEachIn(this.added(id), visit);
  }

  private collection(): Collection {
    return { lengths: this.lengths, live: this.live, average: this.averageLength() };
  }

  private averageLength(): number {
    return this.totalLength / this.liveCount || 1;
  }

  private idf(id: number): number {
    const df = this.documentFrequency(id);
    return Math.log(1 + (this.liveCount - df + 0.5) / (df + 0.5));
  }

  private reserve(size: number): void {
    this.lengths = grow(this.lengths, size);
    this.live = grow(this.live, size);
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(term, id);
      this.terms.push(term);
      this.dfs = grow(this.dfs, id + 1);
      this.epochs = grow(this.epochs, id + 1);
      this.dfs[id] = 0;
      this.epochs[id] = this.epoch;
      this.dictionary?.set(term, id);
    }
    return id;
  }

  /** The dictionary terms a query term stands for, with their weights: itself, then typos and completions. */
  private expand(term: string, last: boolean, fuzzy: boolean): [number, number][] {
    const exact = this.termIds.get(term);
    const out: [number, number][] = exact === undefined ? [] : [[exact, 1]];
    if (!fuzzy) return out;
    const dictionary = this.dictionaryMap();
    const seen = new Set<string>([term]);
    if (last && term.length >= 4) {
      for (const [other, id] of dictionary.atPrefix(term)) {
        if (seen.has(other)) continue;
        seen.add(other);
        const distance = other.length - term.length;
        out.push([id, (PREFIX_WEIGHT * other.length) / (other.length + 0.3 * distance)]);
      }
    }
    const maxDistance = term.length >= 5 ? Math.min(MAX_FUZZY, Math.round(term.length * 0.2)) : 0;
    if (maxDistance > 0) {
      for (const [other, [id, distance]] of dictionary.fuzzyGet(term, maxDistance)) {
        if (seen.has(other)) continue;
        seen.add(other);
        out.push([id, (FUZZY_WEIGHT * other.length) / (other.length + distance)]);
      }
    }
    return out;
  }

  private dictionaryMap(): SearchableMap<number> {
    if (this.dictionary === null) this.dictionary = SearchableMap.from<number>(this.termIds);
    return this.dictionary;
  }

  private accumulate(termId: number, weight: number, bit: number): void {
    const source = this.source(termId);
    if (!source) return;
    const { scores, masks, lengths, live, touched, view } = this;
    const idf = this.idf(termId);
    const average = this.averageLength();
    for (let b = 0; b < source.blocks; b++) {
      source.load(b, view);
      for (let i = view.at; i < view.end; i++) {
        const slot = view.slots[i] as number;
        if (live[slot] !== 1) continue;
        const tf = view.tfs[i] as number;
        if (masks[slot] === 0) touched[this.touchedCount++] = slot;
        masks[slot] = (masks[slot] as number) | bit;
        scores[slot] =
          (scores[slot] as number) + termScore(weight, idf, tf, lengths[slot] as number, average);
      }
    }
  }

  private documentFrequency(id: number): number {
    if (this.epochs[id] !== this.epoch) {
      let df = 0;
      this.forEachPosting(id, (slot) => {
        if (this.live[slot] === 1) df++;
      });
      this.dfs[id] = df;
      this.epochs[id] = this.epoch;
    }
    return this.dfs[id] as number;
  }

  /** Every posting of a term, in slot order. */
  private forEachPosting(id: number, visit: (slot: number, tf: number) => void): void {
    forEachIn(this.source(id), visit);
  }

  /** Picks the best documents that contain enough query terms, and clears the score arrays for the next query. */
  private collect(limit: number, minTerms: number): Best {
    const top = topK(limit);
    for (let i = 0; i < this.touchedCount; i++) {
      const slot = this.touched[i] as number;
      if (popcount(this.masks[slot] as number) >= minTerms) top.offer(slot, this.scores[slot] as number);
      this.scores[slot] = 0;
      this.masks[slot] = 0;
    }
    return top;
  }

  /**
   * The live postings, with slots renumbered densely in their order (`order[i]` is the old slot of new slot i),
   * encoded compactly; their bytes are produced when written, so saving never holds a second copy of them.
   */
  async export(slicer = new Slicer()): Promise<{ data: PostingsExport; order: Int32Array }> {
    const { live, slotCount } = this;
    const order = new Int32Array(this.liveCount);
    const renumber = new Int32Array(slotCount).fill(-1);
    for (let slot = 0, at = 0; slot < slotCount; slot++) {
      if (slot % EXPORT_PAUSE_SLOTS === 0) await slicer.pause();
      if (live[slot] !== 1) continue;
      renumber[slot] = at;
      order[at++] = slot;
    }
    const source: EncodeSource = {
      terms: this.terms.length,
      blocks: (id) => this.source(id),
      renumber,
      lengths: this.lengths,
    };
    const lengths = mapTyped(Float32Array, order, (slot) => this.lengths[slot] as number);
    const data = await encodePostings(source, [...this.terms], lengths, slicer);
    return { data, order };
  }

  static fromData(data: PostingsData): Postings {
    const postings = new Postings();
    const n = data.lengths.length;
    const starts = blockStarts(data.counts);
    const blocks = starts[data.counts.length] as number;
    if (data.blockLast.length !== blocks || data.blockOffset.length !== blocks + 1)
      throw new Error('snapshot postings blocks do not match their counts');
    postings.reserve(n);
    postings.lengths.set(data.lengths);
    postings.live.fill(1, 0, n);
    postings.slotCount = n;
    postings.liveCount = n;
    for (const length of data.lengths) postings.totalLength += length;
    postings.frozen = data;
    postings.frozenStarts = starts;
    postings.frozenTerms = data.terms.length;
    postings.terms = data.terms;
    data.terms.forEach((term, id) => {
      postings.termIds.set(term, id);
    });
    postings.dfs = Uint32Array.from(data.counts);
    postings.epochs = new Uint32Array(data.counts.length);
    return postings;
  }
}

/** Slots renumbered between two chances to pause while exporting (see Slicer). */
const EXPORT_PAUSE_SLOTS = 256 * 1024;

/**
 * Below this many postings in all, a query's lists are read whole: either way takes microseconds, and the pruned
 * pass's set-up (a cursor and a bound per list) is then most of its cost. Either way the answers are the same.
 */
const MIN_PRUNED_POSTINGS = 8 * BLOCK;

function worthPruning(lists: readonly QueryList[]): boolean {
  if (queryPlan.pruneShortLists) return true;
  let postings = 0;
  for (const list of lists) postings += list.source.blocks * BLOCK;
  return postings >= MIN_PRUNED_POSTINGS;
}

/** Two runs of blocks one after the other, either of them absent or empty. */
function joined(first: BlockSource | null, second: BlockSource | null): BlockSource | null {
  if (!first || first.blocks === 0) return second;
  return second ? new JoinedBlocks(first, second) : first;
}

/** Every posting of a run of blocks, in slot order. */
function forEachIn(source: BlockSource | null, visit: (slot: number, tf: number) => void): void {
  if (!source) return;
  const view = newView();
  for (let b = 0; b < source.blocks; b++) {
    source.load(b, view);
    for (let i = view.at; i < view.end; i++) visit(view.slots[i] as number, view.tfs[i] as number);
  }
}

function append(list: RawList, slot: number, weight: number, length: number): void {
  if (list.n >= list.slots.length || list.n >= list.tfs.length) {
    list.slots = grow(list.slots, list.n + 1);
    list.tfs = grow(list.tfs, list.n + 1);
  }
  list.slots[list.n] = slot;
  list.tfs[list.n] = weight;
  list.maxTf = Math.max(list.maxTf, Math.fround(weight));
  list.minLength = Math.min(list.minLength, Math.fround(length));
  list.n++;
}
