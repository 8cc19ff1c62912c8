/**
 * The k best of a stream of scored slots, in a binary min-heap: the worst kept one is at the root, so a candidate
 * that does not beat it costs one comparison. Equal scores prefer the lower slot, so results are deterministic.
 * The heap is two typed arrays (scores and slots), grown as it fills: a timeline keeps 10,000 passages, and an
 * object per candidate offered was most of what the collection allocated.
 */
export interface Scored {
  slot: number;
  score: number;
}

/**
 * The k best as columns, `count` of them, in no promised order. The arrays are the top k's own buffers (longer than
 * `count`): read them before offering it anything more.
 */
export interface Kept {
  slots: Int32Array;
  scores: Float64Array;
  count: number;
}

/**
 * A query's k best before they are put in order: best first for a page of results, or as they are kept for a
 * caller that orders them its own way (a timeline groups 10,000 passages by article and needs no ranking of them).
 */
export interface Best {
  /** Best first, ties by slot. */
  sorted(): Scored[];
  /** The same entries, unordered. */
  kept(): Kept;
}

/** A list already in order, as a Best. */
export function listedBest(list: Scored[]): Best {
  return {
    sorted: () => list,
    kept: () => ({
      slots: Int32Array.from(list, (s) => s.slot),
      scores: Float64Array.from(list, (s) => s.score),
      count: list.length,
    }),
  };
}

const INITIAL_CAPACITY = 64;

export class TopK implements Best {
  private scores: Float64Array;
  private slots: Int32Array;
  private size = 0;

  constructor(private readonly k: number) {
    const capacity = Math.max(0, Math.min(k, INITIAL_CAPACITY));
    this.scores = new Float64Array(capacity);
    this.slots = new Int32Array(capacity);
  }

  get capacity(): number {
    return this.k;
  }

  /** The score a candidate must beat (or tie with a lower slot) once k are kept; -Infinity before. */
  threshold(): number {
    return this.size < this.k ? -Infinity : (this.scores[0] as number);
  }

  offer(slot: number, score: number): void {
    if (this.k <= 0) return;
    if (this.size < this.k) {
      this.reserve(this.size + 1);
      this.scores[this.size] = score;
      this.slots[this.size] = slot;
      this.up(this.size++);
      return;
    }
    const rootScore = this.scores[0] as number;
    if (score < rootScore || (score === rootScore && slot > (this.slots[0] as number))) return;
    this.scores[0] = score;
    this.slots[0] = slot;
    this.down(0);
  }

  /** The entries in heap order. */
  kept(): Kept {
    return { slots: this.slots, scores: this.scores, count: this.size };
  }

  /** Best first. Empties the heap: the worst kept is taken from the root until none is left. */
  sorted(): Scored[] {
    const out: Scored[] = new Array(this.size);
    for (let i = this.size - 1; i >= 0; i--) {
      out[i] = { slot: this.slots[0] as number, score: this.scores[0] as number };
      this.size--;
      if (this.size > 0) {
        this.scores[0] = this.scores[this.size] as number;
        this.slots[0] = this.slots[this.size] as number;
        this.down(0);
      }
    }
    return out;
  }

  /** Whether the entry at i is worse than the one at j: a lower score, or an equal score and a higher slot. */
  private worse(i: number, j: number): boolean {
    const a = this.scores[i] as number;
    const b = this.scores[j] as number;
    return a < b || (a === b && (this.slots[i] as number) > (this.slots[j] as number));
  }

  private reserve(size: number): void {
    if (size <= this.scores.length) return;
    const capacity = Math.min(this.k, Math.max(size, this.scores.length * 2));
    const scores = new Float64Array(capacity);
    const slots = new Int32Array(capacity);
    scores.set(this.scores);
    slots.set(this.slots);
    this.scores = scores;
    this.slots = slots;
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < this.size && this.worse(l, least)) least = l;
      if (r < this.size && this.worse(r, least)) least = r;
      if (least === i) return;
      this.swap(i, least);
      i = least;
    }
  }

  private swap(i: number, j: number): void {
    const score = this.scores[i] as number;
    const slot = this.slots[i] as number;
    this.scores[i] = this.scores[j] as number;
    this.slots[i] = this.slots[j] as number;
    this.scores[j] = score;
    this.slots[j] = slot;
  }
}
