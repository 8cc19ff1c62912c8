/**
 * Top-k retrieval that skips documents that cannot enter the top k (MaxScore, document at a time): every query
 * list's postings carry an upper bound of their BM25+ contribution (and its blocks', see BlockSource.saturation).
 * The lists are read together in slot order. The weakest lists whose bounds together cannot lift a document to
 * the k-th score so far (or that hold fewer distinct terms than a document must contain) are not read through: a
 * document is found in the stronger lists and only looked up in the weaker ones, strongest first, until what is
 * left of their bounds cannot lift it. As the k-th score rises, more lists become look-ups only, so the common
 * words of a query are read for a few documents instead of whole. The answers are exactly the exhaustive ones:
 * each document offered is summed in query-list order as the exhaustive pass sums it, documents come in slot
 * order (so a later one must beat the k-th score, not tie it), and every bound is padded above rounding error.
 */

import { type BlockSource, newView } from './blocks';
import { SLACK, scoreBound, termScore } from './bm25';
import { type Scored, TopK } from './topK';

/** One dictionary term a query term stands for. */
export interface QueryList {
  /** The query term's bit. */
  bit: number;
  weight: number;
  idf: number;
  source: BlockSource;
}

/** The documents: their lengths and whether each is live, and the average length. */
export interface Collection {
  lengths: Float32Array;
  live: Uint8Array;
  average: number;
}

/** Upper bound of a list's contribution to any document: its blocks' highest saturation bound. */
function boundOf(list: QueryList, average: number): number {
  const { source } = list;
  let bound = 0;
  for (let b = 0; b < source.blocks; b++) bound = Math.max(bound, source.saturation(b, average));
  return source.blocks === 0 ? 0 : scoreBound(list.weight, list.idf, bound);
}

/** Upper bound of a list's contribution to any document of block `b`. */
const blockBound = (list: QueryList, b: number, average: number): number =>
  scoreBound(list.weight, list.idf, list.source.saturation(b, average));

/** No posting left in a list: above every slot. */
const END = 0x7fffffff;

/** A list read in slot order, one block decoded at a time; blocks ahead are passed over by their last slots. */
export class Cursor {
  /** The current posting's slot, END once the list is read. */
  slot = -1;
  private block = -1;
  /** The current posting: `view.slots[at]`. */
  at = 0;
  readonly view = newView();

  constructor(
    readonly list: QueryList,
    /** The list's place in query-list order. */
    readonly index: number,
    readonly bound: number,
  ) {
    this.enter(0);
  }

  /** The current posting's weighted frequency. */
  tf(): number {
    return this.view.tfs[this.at] as number;
  }

  next(): void {
    if (++this.at < this.view.end) this.slot = this.view.slots[this.at] as number;
    else this.enter(this.block + 1);
  }

  /** The block the current posting is in. */
  get blockAt(): number {
    return this.block;
  }

  /** Moves to the first posting of block `b` (past the end when there is none). */
  enterBlock(b: number): void {
    this.enter(b);
  }

  /** Moves to the first posting at or after `target`. */
  seek(target: number): void {
    if (this.slot >= target) return;
    const { source } = this.list;
    if (source.last(this.block) < target) {
      let b = this.block + 1;
      while (b < source.blocks && source.last(b) < target) b++;
      this.enter(b);
      if (this.slot >= target) return;
    }
    const { slots } = this.view;
    let lo = this.at;
    let hi = this.view.end - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((slots[mid] as number) < target) lo = mid + 1;
      else hi = mid;
    }
    this.at = lo;
    this.slot = slots[lo] as number;
  }

  private enter(b: number): void {
    this.block = b;
    if (b >= this.list.source.blocks) {
      this.slot = END;
      return;
    }
    this.list.source.load(b, this.view);
    this.at = this.view.at;
    this.slot = this.at < this.view.end ? (this.view.slots[this.at] as number) : END;
  }
}

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
  /** The lists' cursors, weakest bound first. */
  private readonly cursors: Cursor[];
  /** below[i]: the bounds of cursors 0..i-1 summed; belowBits[i]: their bits. */
  private readonly below: Float64Array;
  private readonly belowBits: Int32Array;
  /** Cursors from this one on are read through; those before it are only looked up. */
  private essential = 0;
  private readonly top: TopK;
  /** The k-th score so far, lowered by the slack; -Infinity until k documents qualify. */
  private threshold = -Infinity;
  /** By query-list index: the current document's score from that list, and the slot it was taken for. */
  private readonly parts: Float64Array;
  private readonly partSlots: Int32Array;

  constructor(
    private readonly lists: readonly QueryList[],
    limit: number,
    private readonly minTerms: number,
    private readonly c: Collection,
  ) {
    this.cursors = lists
      .map((list, i) => new Cursor(list, i, boundOf(list, c.average)))
      .sort((a, b) => a.bound - b.bound || a.index - b.index);
    const n = lists.length;
    this.below = new Float64Array(n + 1);
    this.belowBits = new Int32Array(n + 1);
    this.cursors.forEach((cursor, i) => {
      this.below[i + 1] = (this.below[i] as number) + cursor.bound;
      this.belowBits[i + 1] = (this.belowBits[i] as number) | cursor.list.bit;
    });
    this.top = new TopK(limit);
    this.parts = new Float64Array(n);
    this.partSlots = new Int32Array(n).fill(-1);
    this.raiseEssential();
  }

  run(): Scored[] {
    const strongest = this.cursors.length - 1;
    while (this.essential < strongest) {
      const slot = this.nextSlot();
      if (slot === END) return this.top.sorted();
      this.score(slot);
    }
    if (this.essential === strongest) this.readStrongest(this.cursors[strongest] as Cursor);
    return this.top.sorted();
  }

  /** The lowest slot the lists read through are at. */
  private nextSlot(): number {
    let slot = END;
    for (let i = this.essential; i < this.cursors.length; i++)
      slot = Math.min(slot, (this.cursors[i] as Cursor).slot);
    return slot;
  }

  /** Scores a document from the lists read through, then looks it up in the others. */
  private score(slot: number): void {
    const live = this.c.live[slot] === 1;
    let partial = 0;
    let mask = 0;
    for (let i = this.essential; i < this.cursors.length; i++) {
      const cursor = this.cursors[i] as Cursor;
      if (cursor.slot !== slot) continue;
      if (live) {
        partial += this.take(cursor, slot);
        mask |= cursor.list.bit;
      }
      cursor.next();
    }
    if (live) this.lookUp(slot, partial, mask);
  }

  /**
   * Once only the strongest list is read through (the common case once the k-th score has risen): its postings
   * block by block, each scored and dropped at once unless the lists looked up could lift it to the k-th score,
   * and a block whose bound cannot is not decoded. Any of its documents has every bit within reach (else the list
   * would be looked up only).
   */
  private readStrongest(cursor: Cursor): void {
    const { lengths, live, average } = this.c;
    const { weight, idf, bit } = cursor.list;
    const strongest = this.essential;
    const rest = this.below[strongest] as number;
    for (; cursor.slot !== END; cursor.enterBlock(this.nextBlockWorthReading(cursor, rest))) {
      const { slots, tfs, end } = cursor.view;
      for (let p = cursor.at; p < end; p++) {
        const slot = slots[p] as number;
        if (live[slot] !== 1) continue;
        const s = termScore(weight, idf, tfs[p] as number, lengths[slot] as number, average);
        if ((s + rest) * SLACK <= this.threshold) continue;
        this.parts[cursor.index] = s;
        this.partSlots[cursor.index] = slot;
        this.lookUp(slot, s, bit);
        if (this.essential > strongest) return;
      }
    }
  }

  /** The next block of the strongest list holding a posting that could still qualify (the block count if none). */
  private nextBlockWorthReading(cursor: Cursor, rest: number): number {
    const { list } = cursor;
    let b = cursor.blockAt + 1;
    while (b < list.source.blocks && (blockBound(list, b, this.c.average) + rest) * SLACK <= this.threshold)
      b++;
    return b;
  }

  /** Looks a document up in the lists not read through, strongest first, while it may still qualify; offers it. */
  private lookUp(slot: number, found: number, foundBits: number): void {
    let partial = found;
    let mask = foundBits;
    for (let i = this.essential - 1; i >= 0; i--) {
      if (!this.mayQualify(partial, mask, i + 1)) return;
      const cursor = this.cursors[i] as Cursor;
      cursor.seek(slot);
      if (cursor.slot !== slot) continue;
      partial += this.take(cursor, slot);
      mask |= cursor.list.bit;
    }
    if (popcount(mask) < this.minTerms || partial * SLACK <= this.threshold) return;
    this.top.offer(slot, this.exactScore(slot));
    if (this.top.threshold() > -Infinity) {
      this.threshold = this.top.threshold() / SLACK;
      this.raiseEssential();
    }
  }

  /** A list's score for the document its cursor is at, noted for the exact sum. */
  private take(cursor: Cursor, slot: number): number {
    const { list } = cursor;
    const s = termScore(list.weight, list.idf, cursor.tf(), this.c.lengths[slot] as number, this.c.average);
    this.parts[cursor.index] = s;
    this.partSlots[cursor.index] = slot;
    return s;
  }

  /** Whether a document with this score and these bits can still beat the k-th score on cursors 0..i-1. */
  private mayQualify(partial: number, mask: number, i: number): boolean {
    return (
      (partial + (this.below[i] as number)) * SLACK > this.threshold &&
      popcount(mask | (this.belowBits[i] as number)) >= this.minTerms
    );
  }

  /** Makes look-ups only of the weakest lists a document cannot qualify on alone. */
  private raiseEssential(): void {
    while (this.essential < this.cursors.length && !this.mayQualify(0, 0, this.essential + 1))
      this.essential++;
  }

  /** The document's score summed in query-list order, as the exhaustive pass sums it. */
  private exactScore(slot: number): number {
    let total = 0;
    for (let i = 0; i < this.lists.length; i++)
      if (this.partSlots[i] === slot) total += this.parts[i] as number;
    return total;
  }
}

export function popcount(mask: number): number {
  let v = mask - ((mask >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
