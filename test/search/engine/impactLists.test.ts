import { BM25 } from '../../../src/search/engine/bm25';
import { impactCandidates, impactPlan, listedTerm } from '../../../src/search/engine/impactLists';
import { Postings, packPostings } from '../../../src/search/engine/postings';
import type { Kept } from '../../../src/search/engine/topK';

/** A small deterministic generator, so the corpus is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Passages of a few lengths (so that many share a score), where "common" is in most with a count of 1 to 4, at
 * times boosted (a title word), and "rare" in a few.
 */
function corpus(documents: number, seed: number): Postings {
  const next = random(seed);
  const postings = new Postings();
  for (let slot = 0; slot < documents; slot++) {
    const weights = new Map<string, number>();
    if (next() < 0.8) weights.set('common', 1 + Math.floor(next() * next() * 4) + (next() < 0.1 ? 0.5 : 0));
    if (next() < 0.05) weights.set('rare', 1);
    weights.set('filler', 1);
    postings.add(slot, weights, 10 + 5 * Math.floor(next() * 12));
  }
  return postings;
}

const saved = async (postings: Postings) =>
  Postings.fromData(await packPostings((await postings.export()).data));

const LIMITS = [1, 7, 60, 250, 400, 2000];

/** The kept entries as rows by slot. */
const bySlot = ({ slots, scores, count }: Kept) =>
  Array.from({ length: count }, (_, i) => ({ slot: slots[i] as number, score: scores[i] as number })).sort(
    (a, b) => a.slot - b.slot,
  );

/** Ranked and unranked (searchKept), the answers are those of reading every posting. */
function expectExhaustive(postings: Postings, terms: string[]): void {
  for (const limit of LIMITS) {
    const query = { terms, limit, coverage: 1, fuzzy: false };
    const exhaustive = postings.search({ ...query, exhaustive: true });
    expect(postings.search(query)).toEqual(exhaustive);
    expect(bySlot(postings.searchKept(query))).toEqual([...exhaustive].sort((a, b) => a.slot - b.slot));
  }
}

describe('impact lists', () => {
  const plan = { ...impactPlan };
  beforeAll(() => {
    impactPlan.minPostings = 500;
    impactPlan.prefix = 250;
  });
  afterAll(() => {
    Object.assign(impactPlan, plan);
  });

  it('are saved for the terms in more passages than the threshold, each group shortest passage first, ties by slot', async () => {
    const data = await packPostings((await corpus(3000, 1).export()).data);
    const { impact, lengths } = data;
    expect([...impact.terms].map((t) => data.terms[t])).toEqual(['common', 'filler']);
    const common = listedTerm(impact, data.terms.indexOf('common'));
    const first = impact.termGroups[common] as number;
    const end = impact.termGroups[common + 1] as number;
    expect(end - first).toBeGreaterThan(4);
    for (let g = first; g < end; g++) {
      const slots = impact.slots.subarray(impact.groupStart[g], impact.groupStart[g + 1]);
      expect(slots.length).toBeGreaterThanOrEqual(Math.min(250, impact.groupTotal[g] as number));
      const order = [...slots].map((slot) => [lengths[slot] as number, slot] as const);
      const sorted = [...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      expect(order).toEqual(sorted);
    }
  });

  it('answer a one-term query exactly as reading every posting does: same slots, scores and order', async () => {
    const restored = await saved(corpus(3000, 2));
    expectExhaustive(restored, ['common']);
    expectExhaustive(restored, ['rare']);
  });

  it('find the k best among the saved postings alone, up to the prefix; beyond it they cannot', async () => {
    const data = await packPostings((await corpus(3000, 3).export()).data);
    const listed = listedTerm(data.impact, data.terms.indexOf('common'));
    const live = new Uint8Array(data.lengths.length).fill(1);
    const average = data.lengths.reduce((a, b) => a + b, 0) / data.lengths.length;
    const query = { lists: data.impact, tfTable: data.tfTable, lengths: data.lengths, live, average };
    expect(impactCandidates(query, listed, 1, 0.3, 250)?.count).toBeGreaterThanOrEqual(250);
    expect(impactCandidates(query, listed, 1, 0.3, 2000)).toBeNull();
  });

  it('answer when the k-th lies in the last run a group saved: the rest is longer, so scores lower', async () => {
    // One frequency, so one group: its 250 shortest passages and the rest of that length are saved.
    const postings = new Postings();
    for (let slot = 0; slot < 2000; slot++) postings.add(slot, new Map([['flat', 1]]), 10 + (slot % 17));
    const data = await packPostings((await postings.export()).data);
    const listed = listedTerm(data.impact, data.terms.indexOf('flat'));
    const live = new Uint8Array(data.lengths.length).fill(1);
    const average = data.lengths.reduce((a, b) => a + b, 0) / data.lengths.length;
    const query = { lists: data.impact, tfTable: data.tfTable, lengths: data.lengths, live, average };
    expect(data.impact.groupStart[1]).toBeLessThan(2000);
    expect(impactCandidates(query, listed, 1, 0.3, 250)?.count).toBeGreaterThanOrEqual(250);
    expectExhaustive(Postings.fromData(data), ['flat']);
  });

  it('stay exact when the best passages are removed and when new ones are added after reading', async () => {
    const restored = await saved(corpus(3000, 4));
    const best = restored.search({ terms: ['common'], limit: 600, coverage: 1, fuzzy: false });
    for (const { slot } of best.slice(0, 400)) restored.remove(slot);
    expectExhaustive(restored, ['common']);
    const next = random(9);
    for (let slot = 3000; slot < 3300; slot++)
      restored.add(slot, new Map([['common', 1 + Math.floor(next() * 5)]]), 10 + 5 * Math.floor(next() * 12));
    expectExhaustive(restored, ['common']);
  });

  it('take every run that ties with the k-th score, in any group (with b = 0 a length does not count)', async () => {
    const params = BM25 as { b: number };
    const b = params.b;
    params.b = 0;
    try {
      const restored = await saved(corpus(3000, 5));
      expectExhaustive(restored, ['common']);
    } finally {
      params.b = b;
    }
  });
});
