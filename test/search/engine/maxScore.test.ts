import { Postings, packPostings, queryPlan } from '../../../src/search/engine/postings';

/** A small deterministic generator, so the corpus is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Words by frequency: the first are in most documents (common words), the last in a few. */
const WORDS = Array.from({ length: 400 }, (_, i) => `w${i.toString(36)}ord`);
const COMMON = WORDS.slice(0, 3);

function corpus(documents: number, seed: number): Postings {
  const next = random(seed);
  const postings = new Postings();
  for (let slot = 0; slot < documents; slot++) {
    const weights = new Map<string, number>();
    const length = 5 + Math.floor(next() * 60);
    for (let i = 0; i < length; i++) {
      // Zipf-like: small ranks far more often.
      const word = WORDS[Math.floor(WORDS.length * next() ** 3)] as string;
      const boost = next() < 0.1 ? 1.5 : 1;
      weights.set(word, (weights.get(word) ?? 0) + boost);
    }
    postings.add(slot, weights, length);
  }
  return postings;
}

const QUERIES: string[][] = [
  [COMMON[0] as string],
  [COMMON[1] as string],
  COMMON,
  [WORDS[7] as string, WORDS[150] as string],
  [WORDS[390] as string],
  // long, misremembered: common words, a few rare ones, a word that is not there, one that is misspelt
  [...COMMON, WORDS[40] as string, WORDS[90] as string, 'nowhere', WORDS[200] as string, 'w5ordd'],
  WORDS.slice(0, 12),
  WORDS.slice(100, 140),
  [WORDS[2] as string, WORDS[300] as string, WORDS[301] as string, WORDS[302] as string],
];

const LIMITS = [1, 10, 200, 2000];
const COVERAGES = [0, 0.5, 1];

function expectSame(postings: Postings, fuzzy: boolean): number {
  let compared = 0;
  for (const terms of QUERIES) {
    for (const limit of LIMITS) {
      for (const coverage of COVERAGES) {
        const query = { terms, limit, coverage, fuzzy };
        const exhaustive = postings.search({ ...query, exhaustive: true });
        expect(postings.search(query)).toEqual(exhaustive);
        compared += exhaustive.length;
      }
    }
  }
  return compared;
}

describe('pruned top-k (MaxScore)', () => {
  // These lists are short: pruned even so, as an archive's long ones are.
  beforeAll(() => {
    queryPlan.pruneShortLists = true;
  });
  afterAll(() => {
    queryPlan.pruneShortLists = false;
  });
  const postings = corpus(6000, 19);

  it('gives exactly the exhaustive answers: same slots, same scores, same order', () => {
    expect(expectSame(postings, false)).toBeGreaterThan(10_000);
  });

  it('gives exactly the exhaustive answers with typos and prefixes', () => {
    expect(expectSame(postings, true)).toBeGreaterThan(10_000);
  });

  it('gives exactly the exhaustive answers after removals and once saved and read back', async () => {
    const edited = corpus(3000, 7);
    for (let slot = 0; slot < 3000; slot += 3) edited.remove(slot);
    expectSame(edited, false);
    const restored = Postings.fromData(await packPostings((await edited.export()).data));
    expectSame(restored, false);
  });

  it('reads back compact postings that answer exactly as before, and grows them with new documents', async () => {
    const original = corpus(2500, 11);
    const restored = Postings.fromData(await packPostings((await original.export()).data));
    for (const terms of QUERIES) {
      const query = { terms, limit: 50, coverage: 0.5, fuzzy: false };
      expect(restored.search(query)).toEqual(original.search(query));
    }
    for (let slot = 2500; slot < 2600; slot++)
      restored.add(
        slot,
        new Map([
          [WORDS[5] as string, 2],
          [WORDS[350] as string, 1],
        ]),
        3,
      );
    for (let slot = 0; slot < 2600; slot += 5) restored.remove(slot);
    expectSame(restored, false);
    expect(restored.size).toBe(2600 - 520);
  });

  it('ranks ties by slot, as the exhaustive pass does', () => {
    const flat = new Postings();
    for (let slot = 0; slot < 1000; slot++)
      flat.add(
        slot,
        new Map(
          slot % 7 === 0
            ? [['same', 1]]
            : [
                ['same', 1],
                ['also', 1],
              ],
        ),
        10,
      );
    const query = { terms: ['same', 'also'], limit: 5, coverage: 0, fuzzy: false };
    const top = flat.search(query);
    expect(top.map((s) => s.slot)).toEqual([1, 2, 3, 4, 5]);
    expect(top).toEqual(flat.search({ ...query, exhaustive: true }));
  });
});
