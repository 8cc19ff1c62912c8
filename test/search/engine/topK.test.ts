import { TopK } from '../../../src/search/engine/topK';

describe('TopK', () => {
  it('keeps the k best of a stream, best first, equal scores in slot order', () => {
    const top = new TopK(3);
    const scores = [0.5, 2, 0.1, 2, 7, 0.5, 3, 2];
    scores.forEach((score, slot) => {
      top.offer(slot, score);
    });
    expect(top.sorted()).toEqual([
      { slot: 4, score: 7 },
      { slot: 6, score: 3 },
      { slot: 1, score: 2 },
    ]);
  });

  it('agrees with a full sort on a long random stream', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const items = Array.from({ length: 2000 }, (_, slot) => ({ slot, score: Math.round(random() * 50) }));
    const top = new TopK(10);
    for (const { slot, score } of items) top.offer(slot, score);
    const expected = [...items].sort((a, b) => b.score - a.score || a.slot - b.slot).slice(0, 10);
    expect(top.sorted()).toEqual(expected);
  });

  it('keeps nothing when k is 0, and fewer than k when the stream is short', () => {
    const none = new TopK(0);
    none.offer(1, 5);
    expect(none.sorted()).toEqual([]);
    const some = new TopK(5);
    some.offer(3, 1);
    expect(some.sorted()).toEqual([{ slot: 3, score: 1 }]);
  });
});
