/**
 * The k best of a long stream of scored slots when k is large (a timeline keeps 10,000 of the 600,000 passages
 * that name a candidate): what TopK keeps, the same slots in the same order, at a fraction of the cost. A heap
 * pays a sift of log k for every candidate that beats its root, and in slot order tens of thousands do. Here a
 * candidate above the floor is appended to a buffer of 2k; when the buffer is full, the k-th best score is found
 * by selection (quickselect, linear), the k best are kept and the floor rises to the k-th. Equal scores prefer the
 * lower slot, as in TopK. Each slot must be offered at most once.
 */
import type { Best, Kept, Scored } from './topK';

const MIN_CAPACITY = 64;

export class SelectTopK implements Best {
  private readonly scores: Float64Array;
  private readonly slots: Int32Array;
  /** Scratch for the selection: a copy of the buffer's scores, reordered. */
  private readonly scratch: Float64Array;
  private size = 0;
  /** Once k are kept: the k-th score, and the highest slot kept at that score (a lower one at it still enters). */
  private floor = -Infinity;
  private floorSlot = -1;
  private full = false;

  constructor(private readonly k: number) {
    const capacity = Math.max(MIN_CAPACITY, 2 * Math.max(0, k));
    this.scores = new Float64Array(capacity);
    this.slots = new Int32Array(capacity);
    this.scratch = new Float64Array(capacity);
  }

  /** A score a candidate must reach to be kept (lower than TopK's between selections, never higher); -Infinity before k are kept. */
  threshold(): number {
    return this.full ? this.floor : -Infinity;
  }

  offer(slot: number, score: number): void {
    if (this.k <= 0) return;
    if (this.full && (score < this.floor || (score === this.floor && slot > this.floorSlot))) return;
    this.scores[this.size] = score;
    this.slots[this.size] = slot;
    this.size++;
    if (this.size === this.scores.length) this.keepBest();
  }

  /** The k best in the order offered (a selection keeps that order): no ranking. */
  kept(): Kept {
    this.keepBest();
    return { slots: this.slots, scores: this.scores, count: this.size };
  }

  /** Best first, ties by slot. Empties the buffer. */
  sorted(): Scored[] {
    this.keepBest();
    const out = bestFirst(this.scores, this.slots, this.size, this.scratch);
    this.size = 0;
    return out;
  }

  /** Keeps the k best of the buffer (when it holds more) and raises the floor to the k-th score. */
  private keepBest(): void {
    const { k, scores, slots, scratch } = this;
    if (this.size <= k) return;
    scratch.set(scores.subarray(0, this.size));
    const kth = nthSmallest(scratch, this.size - k, this.size);
    let above = 0;
    for (let i = 0; i < this.size; i++) if ((scores[i] as number) > kth) above++;
    const cut = tieCut(scores, slots, this.size, kth, k - above);
    let kept = 0;
    for (let i = 0; i < this.size; i++) {
      const score = scores[i] as number;
      if (score > kth || (score === kth && (slots[i] as number) <= cut)) {
        scores[kept] = score;
        slots[kept] = slots[i] as number;
        kept++;
      }
    }
    this.size = kept;
    this.floor = kth;
    this.floorSlot = cut;
    this.full = true;
  }
}

/** A slot's place in a sort key: slots are below 2^31, so a rank times SLOT_SPAN plus a slot is an exact double. */
export const SLOT_SPAN = 2 ** 31;
/** Ranks below this keep the keys exact (below 2^53). */
const MAX_KEYED = 2 ** 22;

/**
 * `scores[0..size)` and their slots, best first, ties by slot: what a sort by that comparator gives, by two sorts
 * of numbers with no comparator (each far faster than a sort calling a function). The distinct scores are sorted
 * (in `scratch`, reordered); each entry's key is then the rank of its score among them, best 0, times SLOT_SPAN,
 * plus its slot.
 */
export function bestFirst(
  scores: Float64Array,
  slots: Int32Array,
  size: number,
  scratch: Float64Array,
): Scored[] {
  if (size >= MAX_KEYED) return byComparison(scores, slots, size);
  const distinct = scratch.subarray(0, size);
  distinct.set(scores.subarray(0, size));
  const count = distinctInPlace(distinct.sort());
  const keys = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    keys[i] = (count - 1 - rankOf(distinct, count, scores[i] as number)) * SLOT_SPAN + (slots[i] as number);
  }
  keys.sort();
  const out: Scored[] = new Array(size);
  for (let i = 0; i < size; i++) {
    const key = keys[i] as number;
    const rank = Math.floor(key / SLOT_SPAN);
    out[i] = { slot: key - rank * SLOT_SPAN, score: distinct[count - 1 - rank] as number };
  }
  return out;
}

/** The same order by a comparator (for more entries than the keys hold exactly). */
function byComparison(scores: Float64Array, slots: Int32Array, size: number): Scored[] {
  const order = Array.from({ length: size }, (_, i) => i);
  order.sort(
    (a, b) => (scores[b] as number) - (scores[a] as number) || (slots[a] as number) - (slots[b] as number),
  );
  return order.map((i) => ({ slot: slots[i] as number, score: scores[i] as number }));
}

/** Leaves each value of an ascending array once, in its first places; how many those are. */
export function distinctInPlace(sorted: Float64Array): number {
  let count = 0;
  for (let i = 0; i < sorted.length; i++) {
    const value = sorted[i] as number;
    if (i === 0 || value !== sorted[count - 1]) sorted[count++] = value;
  }
  return count;
}

/** Where `value` is in `sorted[0..count)` (ascending, distinct, holding it). */
export function rankOf(sorted: Float64Array, count: number, value: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The highest slot of the `wanted` lowest slots scored exactly `score` (the ties kept). */
function tieCut(
  scores: Float64Array,
  slots: Int32Array,
  size: number,
  score: number,
  wanted: number,
): number {
  const ties: number[] = [];
  for (let i = 0; i < size; i++) if (scores[i] === score) ties.push(slots[i] as number);
  const sorted = Int32Array.from(ties).sort();
  return sorted[wanted - 1] as number;
}

/**
 * The value at index `n` of `a[0..size)` sorted ascending (Hoare's selection, median-of-three pivots); `a` is
 * reordered. Runs of equal values (a common name's passages share a few hundred scores) split evenly.
 */
export function nthSmallest(a: Float64Array, n: number, size: number): number {
  let lo = 0;
  let hi = size - 1;
  while (lo < hi) {
    const pivot = medianOfThree(a[lo] as number, a[(lo + hi) >> 1] as number, a[hi] as number);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (n <= j) hi = j;
    else if (n >= i) lo = i;
    else return a[n] as number;
  }
  return a[lo] as number;
}

function medianOfThree(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}
