import { groupByArticle, type HitRows } from '../../../src/search/engine/groupByArticle';

/** Hits as [article, paragraph, score, slot], in the order given. */
function rows(hits: [number, number, number, number][]): HitRows {
  return {
    count: hits.length,
    articles: Int32Array.from(hits, (h) => h[0]),
    paragraphs: Int32Array.from(hits, (h) => h[1]),
    scores: Float64Array.from(hits, (h) => h[2]),
    slots: Int32Array.from(hits, (h) => h[3]),
  };
}

/** The groups as [article, paragraphs] in their order. */
function grouped(hits: [number, number, number, number][], articles = 10): [number, number[]][] {
  const g = groupByArticle(rows(hits), articles);
  return [...g.articles].map((a, k) => [a, [...g.paragraphs.subarray(g.starts[k], g.starts[k + 1])]]);
}

/** What ranking the hits best first (ties by slot) and grouping them as met gives, paragraphs sorted and once each. */
function byRanking(hits: [number, number, number, number][]): [number, number[]][] {
  const ranked = [...hits].sort((a, b) => b[2] - a[2] || a[3] - b[3]);
  const out = new Map<number, Set<number>>();
  for (const [article, paragraph] of ranked) out.set(article, (out.get(article) ?? new Set()).add(paragraph));
  return [...out].map(([a, ps]) => [a, [...ps].sort((x, y) => x - y)]);
}

describe('groupByArticle', () => {
  it('orders the articles by their best hit and gives each its paragraphs once, in reading order', () => {
    // Article 3's passages 1, 2 and two parts of paragraph 4; article 7's best hit outranks all of article 3's.
    const hits: [number, number, number, number][] = [
      [3, 1, 0.5, 10],
      [3, 2, 0.9, 11],
      [3, 4, 0.2, 12],
      [3, 4, 0.3, 13],
      [7, 1, 1.4, 40],
      [7, 3, 0.1, 42],
    ];
    expect(grouped(hits)).toEqual([
      [7, [1, 3]],
      [3, [1, 2, 4]],
    ]);
    expect(grouped(hits)).toEqual(byRanking(hits));
  });

  it('breaks a tie between best hits by the lower slot, as the ranking does', () => {
    const hits: [number, number, number, number][] = [
      [5, 2, 0.7, 30],
      [2, 1, 0.7, 20],
      [5, 1, 0.4, 29],
    ];
    expect(grouped(hits).map(([a]) => a)).toEqual([2, 5]);
  });

  it('gathers an article whose hits are not next to one another, and sorts paragraphs given out of order', () => {
    const hits: [number, number, number, number][] = [
      [1, 6, 0.3, 1],
      [4, 2, 0.8, 2],
      [1, 2, 0.5, 90],
      [1, 6, 0.1, 91],
    ];
    expect(grouped(hits)).toEqual([
      [4, [2]],
      [1, [2, 6]],
    ]);
  });

  it('sorts a long article given back to front, after an article whose repeats were dropped', () => {
    // Article 9 (best) has paragraph 3 in three parts; article 2 (a re-indexed one) comes back to front, twice.
    const repeats: [number, number, number, number][] = [0, 1, 2].map((i) => [9, 3, 0.9, i]);
    const long = Array.from({ length: 50 }, (_, i): [number, number, number, number] => [
      2,
      50 - (i % 25),
      0.5,
      10 + i,
    ]);
    expect(grouped([...repeats, ...long])).toEqual([
      [9, [3]],
      [2, Array.from({ length: 25 }, (_, i) => 26 + i)],
    ]);
  });

  it('agrees with ranking then grouping on many random hits', () => {
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const hits: [number, number, number, number][] = Array.from({ length: 2000 }, (_, slot) => [
      next(300),
      1 + next(60),
      next(40) / 8,
      slot,
    ]);
    expect(grouped(hits, 300)).toEqual(byRanking(hits));
  });

  it('gives nothing for no hits', () => {
    expect(grouped([])).toEqual([]);
  });
});
