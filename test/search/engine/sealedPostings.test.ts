import { BLOCK } from '../../../src/search/engine/blocks';
import { impactPlan } from '../../../src/search/engine/impactLists';
import { Postings, type PostingsQuery, packPostings } from '../../../src/search/engine/postings';
import { sealPlan } from '../../../src/search/engine/sealedPostings';

/** A small deterministic generator, so the corpus is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Passages of a few lengths where "common" is in most (a count of 1 to 4, at times boosted as a title word is),
 * "often" in half, "rare" in a few and "schedule" beside "scheduled" for the typos; every ninth removed.
 */
function fill(postings: Postings, from: number, to: number, seed: number): Postings {
  const next = random(seed);
  for (let slot = from; slot < to; slot++) {
    const weights = new Map<string, number>([['filler', 1]]);
    if (next() < 0.8) weights.set('common', 1 + Math.floor(next() * next() * 4) + (next() < 0.1 ? 0.5 : 0));
    if (next() < 0.5) weights.set('often', 1 + Math.floor(next() * 2));
    if (next() < 0.04) weights.set('rare', 1);
    weights.set(next() < 0.5 ? 'schedule' : 'scheduled', 1);
    postings.add(slot, weights, 10 + 5 * Math.floor(next() * 12));
  }
  for (let slot = from; slot < to; slot += 9) postings.remove(slot);
  return postings;
}

/** Builds with `sealPlan.at` set to `at` while adding (Infinity: every posting stays plain). */
function sealedAt<T>(at: number, build: () => T): T {
  const before = sealPlan.at;
  sealPlan.at = at;
  try {
    return build();
  } finally {
    sealPlan.at = before;
  }
}

const QUERIES: PostingsQuery[] = [
  ['common'],
  ['rare'],
  ['rare', 'common'],
  ['common', 'often', 'rare'],
  ['often', 'filler'],
  ['schedul'],
].flatMap((terms) =>
  [1, 9, 60, 300, 2500].flatMap((limit) => [
    { terms, limit, coverage: 1, fuzzy: false },
    { terms, limit, coverage: 0, fuzzy: terms.length === 1 },
  ]),
);

const answers = (postings: Postings) => QUERIES.map((q) => postings.search(q));
const saved = async (postings: Postings) => packPostings((await postings.export()).data);

describe('sealed postings (a term compacted a few blocks at a time as documents are added)', () => {
  it('answer every query as the plain columns do, and save the very same postings', async () => {
    const plain = sealedAt(Infinity, () => fill(new Postings(), 0, 3000, 7));
    for (const at of [BLOCK, 4 * BLOCK, 3]) {
      const sealed = sealedAt(at, () => fill(new Postings(), 0, 3000, 7));
      expect(answers(sealed)).toEqual(answers(plain));
      expect(await saved(sealed)).toEqual(await saved(plain));
    }
  });

  it('give the exhaustive answer when a query prunes by their block bounds', () => {
    const sealed = sealedAt(BLOCK, () => fill(new Postings(), 0, 3000, 11));
    for (const q of QUERIES) expect(sealed.search(q)).toEqual(sealed.search({ ...q, exhaustive: true }));
  });

  it('join the postings of a reopened snapshot, its impact lists included', async () => {
    const plan = { ...impactPlan };
    Object.assign(impactPlan, { minPostings: 500, prefix: 400 });
    try {
      const first = sealedAt(Infinity, () => fill(new Postings(), 0, 2000, 5));
      const reopened = async (at: number) => {
        const postings = Postings.fromData(await saved(first));
        return sealedAt(at, () => fill(postings, postings.slots, postings.slots + 2200, 6));
      };
      const plain = await reopened(Infinity);
      const sealed = await reopened(BLOCK);
      expect(answers(sealed)).toEqual(answers(plain));
      expect(await saved(sealed)).toEqual(await saved(plain));
    } finally {
      Object.assign(impactPlan, plan);
    }
  });
});
