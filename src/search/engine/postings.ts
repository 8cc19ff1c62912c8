/**
 * Term postings and their BM25+ scoring, in typed arrays: for every term, the slots (numbered documents) that
 * contain it and its weighted frequency in each. A query adds each term's postings into one score array and keeps
 * only the best `limit` documents in a small heap, so a common word over a large archive costs one pass over its
 * postings, not an object per matching document (which is what made MiniSearch's own search slow at scale).
 *
 * The term dictionary for typo and prefix matching is MiniSearch's radix tree (SearchableMap), built the first
 * time a fuzzy query needs it. Removed documents are tombstoned and dropped when the postings are exported.
 */
import SearchableMap from 'minisearch/SearchableMap';
import type { SnapshotReader, SnapshotWriter } from '../snapshot/snapshotFile';
import { BLOCK, RawBlocks, type RawList } from './blocks';
import { maxScoreTopK, popcount, type QueryList, termScore } from './maxScore';
import { Slicer } from './slices';
import { type Scored, TopK } from './topK';

/**
 * Pruning pays for bounds and look-ups per dictionary term: a query that typos and prefixes have grown past this
 * many is scored exhaustively (the same answers), as is a one-term query, which nothing can prune.
 */
const MAX_PRUNED_LISTS = 64;
/** Above this many results the k-th score rises too slowly to prune much, and the bookkeeping costs more. */
const MAX_PRUNED_LIMIT = 256;

/** A query's first this many distinct terms are scored (one bit each in a 32-bit mask); the rest are ignored. */
export const MAX_QUERY_TERMS = 32;

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

/** Postings as saved: dense slots 0..lengths.length-1, one run of postings per term, in term order. */
export interface PostingsData {
  terms: string[];
  counts: Uint32Array;
  slots: Int32Array;
  weights: Float32Array;
  lengths: Float32Array;
}

/** The postings as exported for saving: their runs are produced when written (see `packPostings`). */
export interface PostingsExport {
  terms: string[];
  counts: Uint32Array;
  lengths: Float32Array;
  /** Postings in all. */
  total: number;
  slotRuns: () => AsyncIterable<Int32Array>;
  weightRuns: () => AsyncIterable<Float32Array>;
}

/** An export gathered into one piece (what reading a saved snapshot gives). */
export async function packPostings(data: PostingsExport): Promise<PostingsData> {
  const gather = async <A extends Int32Array | Float32Array>(runs: AsyncIterable<A>, out: A): Promise<A> => {
    let at = 0;
    for await (const run of runs) {
      out.set(run, at);
      at += run.length;
    }
    return out;
  };
  const slots = await gather(data.slotRuns(), new Int32Array(data.total));
  const weights = await gather(data.weightRuns(), new Float32Array(data.total));
  return { terms: data.terms, counts: data.counts, slots, weights, lengths: data.lengths };
}

const FUZZY_WEIGHT = 0.45;
const PREFIX_WEIGHT = 0.375;
const MAX_FUZZY = 2;

interface List extends RawList {
  /** Postings of live documents, as counted at removal epoch `epoch`: the document frequency. */
  df: number;
  epoch: number;
}

const grow = <A extends Int32Array | Float32Array | Float64Array | Uint8Array | Uint32Array>(
  array: A,
  size: number,
): A => {
  if (size <= array.length) return array;
  const next = new (array.constructor as new (n: number) => A)(Math.max(size, array.length * 2, 16));
  next.set(array);
  return next;
};

/** How many of a query's scored terms a document must contain: the share, counted over the terms kept. */
export const requiredTerms = (kept: number, coverage: number): number =>
  Math.max(1, Math.ceil(kept * coverage));

export class Postings {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly lists: List[] = [];
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

  /** Adds a document: its slot must be new (the next free one), its terms with their weighted frequencies. */
  add(slot: number, termWeights: ReadonlyMap<string, number>, length: number): void {
    if (slot !== this.slotCount) throw new Error(`postings: slot ${slot} added out of order`);
    this.reserve(slot + 1);
    this.slotCount = slot + 1;
    this.lengths[slot] = length;
    this.live[slot] = 1;
    this.liveCount++;
    this.totalLength += length;
    for (const [term, weight] of termWeights) this.append(this.listFor(term), slot, weight, length);
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
    if (this.liveCount === 0) return [];
    const terms = query.terms.slice(0, MAX_QUERY_TERMS);
    this.scores = grow(this.scores, this.slotCount);
    this.masks = grow(this.masks, this.slotCount);
    this.touched = grow(this.touched, this.slotCount);
    this.touchedCount = 0;
    const minTerms = requiredTerms(terms.length, query.coverage);
    const expanded = terms.map((term, i) => this.expand(term, i === terms.length - 1, query.fuzzy));
    const lists = expanded.reduce((n, pairs) => n + pairs.length, 0);
    if (!query.exhaustive && lists > 1 && lists <= MAX_PRUNED_LISTS && query.limit <= MAX_PRUNED_LIMIT)
      return maxScoreTopK(this.queryLists(expanded), query.limit, minTerms, this.collection());
    expanded.forEach((pairs, i) => {
      for (const [termId, weight] of pairs) this.accumulate(termId, weight, 1 << i);
    });
    return this.collect(query.limit, minTerms);
  }

  private queryLists(expanded: [number, number][][]): QueryList[] {
    const out: QueryList[] = [];
    expanded.forEach((pairs, i) => {
      for (const [termId, weight] of pairs) {
        const list = this.lists[termId];
        if (!list || list.n === 0) continue;
        out.push({ bit: 1 << i, weight, idf: this.idf(list), source: new RawBlocks(list) });
      }
    });
    return out;
  }

  private collection() {
    const { lengths, live, scores, masks, touched } = this;
    return { lengths, live, average: this.averageLength(), scores, masks, touched };
  }

  private averageLength(): number {
    return this.totalLength / this.liveCount || 1;
  }

  private idf(list: List): number {
    const df = this.documentFrequency(list);
    return Math.log(1 + (this.liveCount - df + 0.5) / (df + 0.5));
  }

  /**
   * The best live slots: exact terms first; typo and prefix matching (which multiply the terms every document is
   * scored on) only when the exact terms do not fill the page, so a misspelling still finds its document.
   */
  bestMatches(query: Omit<PostingsQuery, 'fuzzy'>): Scored[] {
    const exact = this.search({ ...query, fuzzy: false });
    return exact.length >= query.limit ? exact : this.search({ ...query, fuzzy: true });
  }

  private reserve(size: number): void {
    this.lengths = grow(this.lengths, size);
    this.live = grow(this.live, size);
  }

  private listFor(term: string): List {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(term, id);
      this.terms.push(term);
      this.lists.push({
        slots: new Int32Array(4),
        tfs: new Float32Array(4),
        n: 0,
        df: 0,
        epoch: this.epoch,
        maxTf: new Float32Array(1),
        minLength: new Float32Array(1),
      });
      this.dictionary?.set(term, id);
    }
    return this.lists[id] as List;
  }

  private append(list: List, slot: number, weight: number, length: number): void {
    list.slots = grow(list.slots, list.n + 1);
    list.tfs = grow(list.tfs, list.n + 1);
    list.slots[list.n] = slot;
    list.tfs[list.n] = weight;
    const block = Math.floor(list.n / BLOCK);
    list.maxTf = grow(list.maxTf, block + 1);
    list.minLength = grow(list.minLength, block + 1);
    const first = list.n % BLOCK === 0;
    list.maxTf[block] = first ? weight : Math.max(list.maxTf[block] as number, weight);
    list.minLength[block] = first ? length : Math.min(list.minLength[block] as number, length);
    list.n++;
    list.df++;
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
    const list = this.lists[termId];
    if (!list || list.n === 0) return;
    const { scores, masks, lengths, live, touched } = this;
    const idf = this.idf(list);
    const average = this.averageLength();
    for (let i = 0; i < list.n; i++) {
      const slot = list.slots[i] as number;
      if (live[slot] !== 1) continue;
      const tf = list.tfs[i] as number;
      if (masks[slot] === 0) touched[this.touchedCount++] = slot;
      masks[slot] = (masks[slot] as number) | bit;
      scores[slot] = (scores[slot] as number) + termScore(weight, idf, tf, lengths[slot] as number, average);
    }
  }

  private documentFrequency(list: List): number {
    if (list.epoch !== this.epoch) {
      let df = 0;
      for (let i = 0; i < list.n; i++) if (this.live[list.slots[i] as number] === 1) df++;
      list.df = df;
      list.epoch = this.epoch;
    }
    return list.df;
  }

  /** Picks the best documents that contain enough query terms, and clears the score arrays for the next query. */
  private collect(limit: number, minTerms: number): Scored[] {
    const top = new TopK(limit);
    for (let i = 0; i < this.touchedCount; i++) {
      const slot = this.touched[i] as number;
      if (popcount(this.masks[slot] as number) >= minTerms) top.offer(slot, this.scores[slot] as number);
      this.scores[slot] = 0;
      this.masks[slot] = 0;
    }
    return top.sorted();
  }

  /**
   * The live postings, with slots renumbered densely in their order (`order[i]` is the old slot of new slot i), as
   * runs produced on demand: saving a large index never holds a second copy of its postings.
   */
  async export(slicer = new Slicer()): Promise<{ data: PostingsExport; order: number[] }> {
    const order: number[] = [];
    const renumber = new Int32Array(this.slotCount).fill(-1);
    for (let slot = 0; slot < this.slotCount; slot++) {
      if (this.live[slot] !== 1) continue;
      renumber[slot] = order.length;
      order.push(slot);
    }
    const counts = new Uint32Array(this.lists.length);
    let total = 0;
    for (let id = 0; id < this.lists.length; id++) {
      counts[id] = this.documentFrequency(this.lists[id] as List);
      total += counts[id] as number;
      await slicer.pause();
    }
    const lengths = Float32Array.from(order, (slot) => this.lengths[slot] as number);
    const runs = <A extends Int32Array | Float32Array>(
      pick: (list: List, i: number, at: number, out: A) => void,
      make: (n: number) => A,
    ) => this.runs(renumber, counts, slicer, pick, make);
    return {
      data: {
        terms: [...this.terms],
        counts,
        lengths,
        total,
        slotRuns: () =>
          runs(
            (list, i, at, out) => {
              out[at] = renumber[list.slots[i] as number] as number;
            },
            (n) => new Int32Array(n),
          ),
        weightRuns: () =>
          runs(
            (list, i, at, out) => {
              out[at] = list.tfs[i] as number;
            },
            (n) => new Float32Array(n),
          ),
      },
      order,
    };
  }

  /** Each term's live postings in turn, one new array per term, picked by `pick`. */
  private async *runs<A extends Int32Array | Float32Array>(
    renumber: Int32Array,
    counts: Uint32Array,
    slicer: Slicer,
    pick: (list: List, i: number, at: number, out: A) => void,
    make: (n: number) => A,
  ): AsyncGenerator<A> {
    for (let id = 0; id < this.lists.length; id++) {
      const list = this.lists[id] as List;
      const out = make(counts[id] ?? 0);
      let at = 0;
      for (let i = 0; i < list.n; i++)
        if ((renumber[list.slots[i] as number] as number) >= 0) pick(list, i, at++, out);
      yield out;
      await slicer.pause();
    }
  }

  static fromData(data: PostingsData): Postings {
    const postings = new Postings();
    const n = data.lengths.length;
    postings.reserve(n);
    postings.lengths.set(data.lengths);
    postings.live.fill(1, 0, n);
    postings.slotCount = n;
    postings.liveCount = n;
    for (const length of data.lengths) postings.totalLength += length;
    let at = 0;
    data.terms.forEach((term, id) => {
      const count = data.counts[id] ?? 0;
      postings.termIds.set(term, id);
      postings.terms.push(term);
      postings.lists.push(
        withBlocks(
          {
            slots: data.slots.subarray(at, at + count),
            tfs: data.weights.subarray(at, at + count),
            n: count,
          },
          postings.lengths,
        ),
      );
      at += count;
    });
    return postings;
  }
}

/** A read list with its block bounds computed. */
function withBlocks(list: Pick<List, 'slots' | 'tfs' | 'n'>, lengths: Float32Array): List {
  const blocks = Math.ceil(list.n / BLOCK);
  const maxTf = new Float32Array(blocks);
  const minLength = new Float32Array(blocks).fill(Infinity);
  for (let i = 0; i < list.n; i++) {
    const b = Math.floor(i / BLOCK);
    maxTf[b] = Math.max(maxTf[b] as number, list.tfs[i] as number);
    minLength[b] = Math.min(minLength[b] as number, lengths[list.slots[i] as number] as number);
  }
  return { ...list, df: list.n, epoch: 0, maxTf, minLength };
}

const TERMS_PER_LINE = 5000;

/** The postings' section of the snapshot: the terms as lines, then counts, slots, weights and lengths as blocks. */
export async function writePostings(writer: SnapshotWriter, postings: PostingsExport): Promise<void> {
  await writer.lines(postings.terms, TERMS_PER_LINE);
  await writer.bytes(postings.counts);
  await writer.stream(postings.total * Int32Array.BYTES_PER_ELEMENT, postings.slotRuns());
  await writer.stream(postings.total * Float32Array.BYTES_PER_ELEMENT, postings.weightRuns());
  await writer.bytes(postings.lengths);
}

/** Reads what `writePostings` wrote. */
export function readPostings(reader: SnapshotReader): PostingsData {
  const terms = reader.lines<string>();
  const counts = reader.uint32();
  const slots = reader.int32();
  const weights = reader.float32();
  const lengths = reader.float32();
  if (counts.length !== terms.length || slots.length !== weights.length) {
    throw new Error('snapshot postings do not match their terms');
  }
  return { terms, counts, slots, weights, lengths };
}
