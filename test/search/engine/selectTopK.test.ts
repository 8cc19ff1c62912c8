import { bestFirst, nthSmallest, SelectTopK } from '../../../src/search/engine/selectTopK';
import { type Kept, TopK } from '../../../src/search/engine/topK';

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
}

/** A stream of distinct slots with few distinct scores (as a common term's passages have), shuffled or in slot order. */
function stream(length: number, levels: number, seed: number, shuffled: boolean) {
  const next = random(seed);
  const items = Array.from({ length }, (_, slot) => ({ slot, score: Math.floor(next() * levels) / 7 }));
  if (shuffled)
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [items[i], items[j]] = [items[j] as (typeof items)[number], items[i] as (typeof items)[number]];
    }
  return items;
}

describe('SelectTopK', () => {
  it('keeps exactly what the heap keeps: the same slots, scores and order, ties by slot', () => {
    const cases = [
      { length: 20_000, levels: 40, k: 1000, shuffled: false },
      { length: 20_000, levels: 40, k: 1000, shuffled: true },
      { length: 5000, levels: 3, k: 700, shuffled: true },
      { length: 5000, levels: 100_000, k: 65, shuffled: true },
      { length: 300, levels: 10, k: 1000, shuffled: true },
    ];
    cases.forEach(({ length, levels, k, shuffled }, seed) => {
      const items = stream(length, levels, seed + 1, shuffled);
      const heap = new TopK(k);
      const select = new SelectTopK(k);
      let aboveHeap = 0;
      for (const { slot, score } of items) {
        heap.offer(slot, score);
        select.offer(slot, score);
        if (select.threshold() > heap.threshold()) aboveHeap++;
      }
      expect(aboveHeap).toBe(0);
      expect(select.sorted()).toEqual(heap.sorted());
    });
  });

  it('kept: the entries sorted gives, unordered from the heap, in the order offered from the selection', () => {
    const cases = [
      { length: 20_000, levels: 40, k: 1000, shuffled: false },
      { length: 5000, levels: 3, k: 700, shuffled: true },
      { length: 300, levels: 10, k: 1000, shuffled: true },
    ];
    const rows = ({ slots, scores, count }: Kept) =>
      Array.from({ length: count }, (_, i) => ({ slot: slots[i] as number, score: scores[i] as number }));
    cases.forEach(({ length, levels, k, shuffled }, seed) => {
      const items = stream(length, levels, seed + 11, shuffled);
      const [sorted, heap, select] = [new TopK(k), new TopK(k), new SelectTopK(k)];
      for (const { slot, score } of items) for (const top of [sorted, heap, select]) top.offer(slot, score);
      const expected = sorted.sorted().sort((a, b) => a.slot - b.slot);
      const selected = rows(select.kept());
      const offered = new Map(items.map(({ slot }, i) => [slot, i]));
      const order = selected.map(({ slot }) => offered.get(slot) as number);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(selected.sort((a, b) => a.slot - b.slot)).toEqual(expected);
      expect(rows(heap.kept()).sort((a, b) => a.slot - b.slot)).toEqual(expected);
    });
  });

  it('keeps nothing when k is 0', () => {
    const none = new SelectTopK(0);
    none.offer(1, 5);
    expect(none.sorted()).toEqual([]);
  });
});

describe('bestFirst', () => {
  it('orders as the comparator does: best score first, ties by slot, large slots and scores exact', () => {
    const next = random(5);
    for (const levels of [1, 3, 50, 1e9]) {
      const size = 3000;
      const scores = Float64Array.from({ length: size }, () => Math.floor(next() * levels) / 3 + 1e-3);
      const slots = Int32Array.from({ length: size }, (_, i) => 2 ** 31 - 1 - i * 7919);
      const expected = Array.from({ length: size }, (_, i) => ({ slot: slots[i], score: scores[i] })).sort(
        (a, b) => (b.score as number) - (a.score as number) || (a.slot as number) - (b.slot as number),
      );
      expect(bestFirst(scores, slots, size, new Float64Array(size))).toEqual(expected);
    }
  });
});

describe('nthSmallest', () => {
  it('finds the value a sort puts at an index, with long runs of equal values', () => {
    const next = random(11);
    for (const levels of [1, 2, 5, 1000]) {
      const values = Float64Array.from({ length: 999 }, () => Math.floor(next() * levels));
      const sorted = Float64Array.from(values).sort();
      for (const n of [0, 1, 500, 997, 998]) {
        expect(nthSmallest(Float64Array.from(values), n, values.length)).toBe(sorted[n]);
      }
    }
  });
});
