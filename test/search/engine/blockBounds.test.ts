import { BLOCK } from '../../../src/search/engine/blocks';
import { CompactBlocks } from '../../../src/search/engine/compactPostings';
import { Postings, type PostingsQuery, packPostings } from '../../../src/search/engine/postings';

/** The postings as saved and read back: compact blocks, each with its saturation bound. */
async function saved(postings: Postings): Promise<Postings> {
  return Postings.fromData(await packPostings((await postings.export()).data));
}

const BLOCKS = 40;

/**
 * Every document holds "word" once, every third "other" too; the first of each block holds "word" three times
 * in a long document, so a block's largest frequency and its shortest document are never one posting's (the
 * bound from those two is loose, the saved saturation is not).
 */
function corpus(length: (block: number) => number): Postings {
  const postings = new Postings();
  for (let slot = 0; slot < BLOCKS * BLOCK; slot++) {
    const block = Math.floor(slot / BLOCK);
    const first = slot % BLOCK === 0;
    const weights = new Map([['word', first ? 3 : 1]]);
    if (slot % 3 === 0) weights.set('other', 1);
    postings.add(slot, weights, first ? 200 : length(block));
  }
  return postings;
}

/** How many times blocks of saved postings are loaded while `run` runs. */
function loads(run: () => void): number {
  const load = jest.spyOn(CompactBlocks.prototype, 'load');
  try {
    run();
    return load.mock.calls.length;
  } finally {
    load.mockRestore();
  }
}

const ONE_TERM: PostingsQuery = { terms: ['word'], limit: 5, coverage: 1, fuzzy: false };
const TWO_TERMS: PostingsQuery = { terms: ['word', 'other'], limit: 5, coverage: 0.5, fuzzy: false };

const expectExhaustive = (postings: Postings, query: PostingsQuery) =>
  expect(postings.search(query)).toEqual(postings.search({ ...query, exhaustive: true }));

describe('saved block bounds', () => {
  it('skip the blocks that cannot enter the top k: the best documents come first', async () => {
    const live = corpus((block) => 10 + block);
    const restored = await saved(live);
    for (const query of [ONE_TERM, TWO_TERMS]) {
      expectExhaustive(restored, query);
      expect(restored.search(query)).toEqual(live.search(query));
      expect(loads(() => restored.search(query))).toBeLessThan(4);
    }
  });

  it('still read a later block that beats the k-th score: the best documents come last', async () => {
    const restored = await saved(corpus((block) => 60 - block));
    for (const query of [ONE_TERM, TWO_TERMS]) {
      expectExhaustive(restored, query);
      expect(restored.search(query)[0]?.slot).toBeGreaterThan((BLOCKS - 1) * BLOCK);
    }
  });

  it('hold once the average length has moved since they were saved', async () => {
    for (const added of [400, 1]) {
      const restored = await saved(corpus((block) => 60 - block));
      const next = restored.slots;
      for (let slot = next; slot < next + 3 * BLOCKS * BLOCK; slot++)
        restored.add(slot, new Map([['filler', 1]]), added);
      for (const query of [ONE_TERM, TWO_TERMS]) expectExhaustive(restored, query);
    }
  });
});
