/**
 * The k best of a stream of scored slots, in a binary min-heap: the worst kept one is at the root, so a candidate
 * that does not beat it costs one comparison. Equal scores prefer the lower slot, so results are deterministic.
 */
export interface Scored {
  slot: number;
  score: number;
}

const worse = (a: Scored, b: Scored): boolean =>
  a.score < b.score || (a.score === b.score && a.slot > b.slot);

export class TopK {
  private readonly heap: Scored[] = [];

  constructor(private readonly k: number) {}

  get capacity(): number {
    return this.k;
  }

  /** The score a candidate must beat (or tie with a lower slot) once k are kept; -Infinity before. */
  threshold(): number {
    return this.heap.length < this.k ? -Infinity : (this.heap[0] as Scored).score;
  }

  offer(slot: number, score: number): void {
    if (this.k <= 0) return;
    if (this.heap.length < this.k) {
      this.heap.push({ slot, score });
      this.up(this.heap.length - 1);
      return;
    }
    const root = this.heap[0] as Scored;
    if (score < root.score || (score === root.score && slot > root.slot)) return;
    this.heap[0] = { slot, score };
    this.down(0);
  }

  /** Best first. */
  sorted(): Scored[] {
    return [...this.heap].sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
  }

  private up(i: number): void {
    const { heap } = this;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i] as Scored, heap[parent] as Scored)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const { heap } = this;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < heap.length && worse(heap[l] as Scored, heap[least] as Scored)) least = l;
      if (r < heap.length && worse(heap[r] as Scored, heap[least] as Scored)) least = r;
      if (least === i) return;
      this.swap(i, least);
      i = least;
    }
  }

  private swap(i: number, j: number): void {
    const a = this.heap[i] as Scored;
    this.heap[i] = this.heap[j] as Scored;
    this.heap[j] = a;
  }
}
