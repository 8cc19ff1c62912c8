/**
 * Top-k retrieval that stops scoring documents that cannot enter the top k (MaxScore, term at a time): every
 * query term's postings carry an upper bound of their BM25+ contribution. Terms are read strongest bound first;
 * once the terms left cannot together lift a new document above the k-th score so far (or hold fewer terms than a
 * document must contain), no new document is taken in, and the documents already found are only updated, each
 * dropped as soon as its bound falls below the k-th score. The common words of a long query are then looked up
 * for a few candidates instead of read whole. The answers are exactly the exhaustive ones: the few documents left
 * are scored again summing their terms in the exhaustive order, and every bound is padded above rounding error.
 */
import { BLOCK, type BlockSource, type BlockView } from './blocks';
import { type Scored, TopK } from './topK';

export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/** One posting's score: shared by the exhaustive and the pruned pass, so both compute the same float. */
export function termScore(weight: number, idf: number, tf: number, length: number, average: number): number {
  const { k, b, d } = BM25;
  const norm = k * (1 - b + (b * length) / average);
  return weight * idf * (d + (tf * (k + 1)) / (tf + norm));
}

/** A bound is used only when padded by this share: far above the rounding error of any sum of scores. */
const SLACK = 1 + 1e-9;

/** One dictionary term a query term stands for. */
export interface QueryList {
  /** The query term's bit. */
  bit: number;
  weight: number;
  idf: number;
  source: BlockSource;
}

/** The documents, and the score arrays a query works in (all zero before and after a query). */
export interface Collection {
  lengths: Float32Array;
  live: Uint8Array;
  average: number;
  scores: Float64Array;
  masks: Uint32Array;
  touched: Int32Array;
}

/** Upper bound of a list's contribution to any document: its largest frequency in its shortest document. */
function boundOf(list: QueryList, average: number): number {
  const { source } = list;
  let maxTf = 0;
  let minLength = Infinity;
  for (let b = 0; b < source.blocks; b++) {
    maxTf = Math.max(maxTf, source.maxTf(b));
    minLength = Math.min(minLength, source.minLength(b));
  }
  return source.blocks === 0 ? 0 : termScore(list.weight, list.idf, maxTf, minLength, average) * SLACK;
}

/** The position of `slot` in a list (its view set to the block), or -1 when the list does not hold it. */
export function findSlot(source: BlockSource, slot: number, view: BlockView): number {
  let lo = 0;
  let hi = source.blocks - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (source.last(mid) < slot) lo = mid + 1;
    else hi = mid;
  }
  if (source.blocks === 0 || source.last(lo) < slot) return -1;
  source.load(lo, view);
  let a = view.at;
  let z = view.end - 1;
  while (a < z) {
    const mid = (a + z) >> 1;
    if ((view.slots[mid] as number) < slot) a = mid + 1;
    else z = mid;
  }
  return view.slots[a] === slot ? a : -1;
}

const newView = (): BlockView => ({ slots: new Int32Array(0), tfs: new Float32Array(0), at: 0, end: 0 });

/** The best `limit` live documents holding at least `minTerms` of the query's bits. */
export function maxScoreTopK(
  lists: readonly QueryList[],
  limit: number,
  minTerms: number,
  collection: Collection,
): Scored[] {
  return new MaxScore(lists, limit, minTerms, collection).run();
}

class MaxScore {
  /** Indexes into the lists, strongest bound first. */
  private readonly order: number[];
  private readonly bounds: number[];
  /** From the i-th list in `order` on: the bounds summed, the distinct bits. */
  private readonly restBound: number[];
  private readonly restBits: number[];
  private count = 0;
  private readonly view = newView();
  /** The bits of the document exactScore scored last. */
  private exactMask = 0;
  /**
   * Whether every candidate's score, summed in `order`, is already the float the exhaustive pass sums in
   * query-list order: the lists are read in that order, or there are at most two (a + b is b + a, exactly).
   */
  private readonly sumsInQueryOrder: boolean;
  /** Each list has a bit of its own (no typos or prefixes): a mask of at most two bits is a sum of at most two. */
  private readonly bitPerList: boolean;

  constructor(
    private readonly lists: readonly QueryList[],
    private readonly limit: number,
    private readonly minTerms: number,
    private readonly c: Collection,
  ) {
    this.bounds = lists.map((list) => boundOf(list, c.average));
    this.order = lists
      .map((_, i) => i)
      .sort((a, b) => (this.bounds[b] as number) - (this.bounds[a] as number) || a - b);
    this.restBound = new Array(lists.length + 1).fill(0);
    this.restBits = new Array(lists.length + 1).fill(0);
    let bits = 0;
    for (let i = lists.length - 1; i >= 0; i--) {
      const list = lists[this.order[i] as number] as QueryList;
      bits |= list.bit;
      this.restBound[i] =
        (this.restBound[i + 1] as number) + (this.bounds[this.order[i] as number] as number);
      this.restBits[i] = popcount(bits);
    }
    this.sumsInQueryOrder = lists.length <= 2 || this.order.every((list, i) => list === i);
    this.bitPerList = new Set(lists.map((list) => list.bit)).size === lists.length;
  }

  run(): Scored[] {
    let threshold = -Infinity;
    let i = 0;
    for (; i < this.order.length; i++) {
      if (!this.admitsNew(i, threshold)) break;
      this.addAll(this.lists[this.order[i] as number] as QueryList);
      threshold = this.threshold();
      if (this.admitsNew(i + 1, threshold)) threshold = Math.max(threshold, this.completedThreshold());
    }
    for (; i < this.order.length; i++) {
      this.prune(i, threshold);
      this.update(this.lists[this.order[i] as number] as QueryList);
      // After the last list, only finish reads the threshold, and only to tell which sums to score again.
      if (i + 1 < this.order.length || !this.sumsInQueryOrder) threshold = this.threshold();
    }
    return this.finish(threshold);
  }

  /** Whether a document no list read so far holds can still qualify on lists i.. of `order`. */
  private admitsNew(i: number, threshold: number): boolean {
    return (this.restBits[i] as number) >= this.minTerms && (this.restBound[i] as number) > threshold;
  }

  /** Adds every live posting of a list to the scores, taking in new documents. */
  private addAll(list: QueryList): void {
    const { scores, masks, touched, live, lengths, average } = this.c;
    const { view } = this;
    for (let b = 0; b < list.source.blocks; b++) {
      list.source.load(b, view);
      for (let p = view.at; p < view.end; p++) {
        const slot = view.slots[p] as number;
        if (live[slot] !== 1) continue;
        if (masks[slot] === 0) touched[this.count++] = slot;
        masks[slot] = (masks[slot] as number) | list.bit;
        const s = termScore(list.weight, list.idf, view.tfs[p] as number, lengths[slot] as number, average);
        scores[slot] = (scores[slot] as number) + s;
      }
    }
  }

  /** Drops the candidates that lists i.. of `order` cannot lift to the k-th score or to enough terms. */
  private prune(i: number, threshold: number): void {
    const { scores, masks, touched } = this.c;
    const rest = this.restBound[i] as number;
    const restBits = this.restBits[i] as number;
    let kept = 0;
    for (let t = 0; t < this.count; t++) {
      const slot = touched[t] as number;
      const mask = masks[slot] as number;
      if (((scores[slot] as number) + rest) * SLACK > threshold && popcount(mask) + restBits >= this.minTerms)
        touched[kept++] = slot;
      else this.clear(slot);
    }
    this.count = kept;
  }

  /** Adds a list's postings to the candidates only: looked up one by one when they are few, else read through. */
  private update(list: QueryList): void {
    const { scores, masks, touched, lengths, average } = this.c;
    const { view } = this;
    const postings = list.source.blocks * BLOCK;
    // A look-up decodes a block of a saved list: worth it only for far fewer candidates than postings.
    if (this.count * BLOCK < postings) {
      for (let t = 0; t < this.count; t++) {
        const slot = touched[t] as number;
        const p = findSlot(list.source, slot, view);
        if (p < 0) continue;
        masks[slot] = (masks[slot] as number) | list.bit;
        const s = termScore(list.weight, list.idf, view.tfs[p] as number, lengths[slot] as number, average);
        scores[slot] = (scores[slot] as number) + s;
      }
      return;
    }
    for (let b = 0; b < list.source.blocks; b++) {
      list.source.load(b, view);
      for (let p = view.at; p < view.end; p++) {
        const slot = view.slots[p] as number;
        if (masks[slot] === 0) continue;
        masks[slot] = (masks[slot] as number) | list.bit;
        const s = termScore(list.weight, list.idf, view.tfs[p] as number, lengths[slot] as number, average);
        scores[slot] = (scores[slot] as number) + s;
      }
    }
  }

  /** The k-th best score among the candidates that hold enough terms (their scores can only grow). */
  private threshold(): number {
    const { scores, masks, touched } = this.c;
    const top = new TopK(this.limit);
    for (let t = 0; t < this.count; t++) {
      const slot = touched[t] as number;
      if (popcount(masks[slot] as number) >= this.minTerms) top.offer(slot, scores[slot] as number);
    }
    return top.threshold() / SLACK;
  }

  /**
   * A higher k-th score than the candidates' partial scores give: the best `limit` candidates so far scored in
   * full (every list looked up), the k-th best of those that hold enough terms. Their final scores are known, so
   * the final k-th score is at least that; a document only the lists left hold must beat it to be taken in.
   */
  private completedThreshold(): number {
    const { scores, touched } = this.c;
    const best = new TopK(this.limit);
    for (let t = 0; t < this.count; t++)
      best.offer(touched[t] as number, scores[touched[t] as number] as number);
    const top = new TopK(this.limit);
    for (const { slot } of best.sorted()) {
      const score = this.exactScore(slot);
      if (popcount(this.exactMask) >= this.minTerms) top.offer(slot, score);
    }
    return top.threshold() / SLACK;
  }

  /**
   * The best candidates, each scored again summing its terms in query-list order as the exhaustive pass does
   * (unless its sum is that already; when every sum is, each candidate is offered as it is and `threshold`, a
   * lower bound of the k-th score, is not needed), and clears the score arrays. Every candidate left has had every
   * list added (in `order`): those read before pruning whole, the rest looked up or read through.
   */
  private finish(threshold: number): Scored[] {
    const { scores, masks, touched } = this.c;
    const top = new TopK(this.limit);
    const rescoring = !this.sumsInQueryOrder;
    for (let t = 0; t < this.count; t++) {
      const slot = touched[t] as number;
      const score = scores[slot] as number;
      if (popcount(masks[slot] as number) >= this.minTerms && (!rescoring || score * SLACK >= threshold))
        top.offer(slot, this.summedExactly(masks[slot] as number) ? score : this.exactScore(slot));
      this.clear(slot);
    }
    this.count = 0;
    return top.sorted();
  }

  /** Whether a finished candidate's sum is the exhaustive pass's float already (see sumsInQueryOrder). */
  private summedExactly(mask: number): boolean {
    return this.sumsInQueryOrder || (this.bitPerList && popcount(mask) <= 2);
  }

  /** A document's score summed over every list in query-list order, as the exhaustive pass sums it; its bits in exactMask. */
  private exactScore(slot: number): number {
    const { lengths, average } = this.c;
    let total = 0;
    this.exactMask = 0;
    for (const list of this.lists) {
      const p = findSlot(list.source, slot, this.view);
      if (p < 0) continue;
      this.exactMask |= list.bit;
      total += termScore(list.weight, list.idf, this.view.tfs[p] as number, lengths[slot] as number, average);
    }
    return total;
  }

  private clear(slot: number): void {
    this.c.scores[slot] = 0;
    this.c.masks[slot] = 0;
  }
}

export function popcount(mask: number): number {
  let v = mask - ((mask >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
