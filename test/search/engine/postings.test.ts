import { Postings, packPostings } from '../../../src/search/engine/postings';
import { Slicer } from '../../../src/search/engine/slices';

const doc = (...terms: string[]) => {
  const weights = new Map<string, number>();
  for (const t of terms) weights.set(t, (weights.get(t) ?? 0) + 1);
  return weights;
};

function postingsOf(...docs: string[][]): Postings {
  const postings = new Postings();
  docs.forEach((terms, slot) => {
    postings.add(slot, doc(...terms), terms.length);
  });
  return postings;
}

const query = (
  terms: string[],
  extra: Partial<{ limit: number; coverage: number; fuzzy: boolean }> = {},
) => ({
  terms,
  limit: 10,
  coverage: 0,
  fuzzy: false,
  ...extra,
});

describe('Postings', () => {
  const docs = [
    ['tariff', 'steel', 'import'],
    ['tariff', 'tariff', 'steel'],
    ['ferri', 'schedul'],
    ['council', 'vote', 'tariff'],
  ];

  it('scores with BM25: more occurrences and rarer terms rank higher', () => {
    const slots = postingsOf(...docs)
      .search(query(['tariff', 'steel']))
      .map((s) => s.slot);
    expect(slots).toEqual([1, 0, 3]);
  });

  it('needs the given number of distinct query terms', () => {
    const postings = postingsOf(...docs);
    expect(postings.search(query(['tariff', 'steel'], { coverage: 1 })).map((s) => s.slot)).toEqual([1, 0]);
    expect(postings.search(query(['nothing']))).toEqual([]);
  });

  it('leaves no score behind from one query to the next', () => {
    const postings = postingsOf(...docs);
    const first = postings.search(query(['tariff']));
    postings.search(query(['steel']));
    expect(postings.search(query(['tariff']))).toEqual(first);
  });

  it('matches typos and a last-word prefix only when asked, below the exact word', () => {
    const postings = postingsOf(['schedul', 'ferri'], ['schedule', 'ferri'], ['ferri']);
    expect(postings.search(query(['schedul'])).map((s) => s.slot)).toEqual([0]);
    const fuzzy = postings.search(query(['schedul'], { fuzzy: true }));
    expect(fuzzy.map((s) => s.slot)).toEqual([0, 1]);
    expect(postings.search(query(['sched'], { fuzzy: true })).map((s) => s.slot)).toEqual([0, 1]);
  });

  it('forgets removed documents, and drops them from its export', async () => {
    const postings = postingsOf(...docs);
    postings.remove(1);
    postings.remove(1);
    expect(postings.size).toBe(3);
    expect(postings.search(query(['tariff'])).map((s) => s.slot)).toEqual([0, 3]);
    const { data, order } = await postings.export();
    expect(Array.from(order)).toEqual([0, 2, 3]);
    const restored = Postings.fromData(await packPostings(data));
    expect(restored.search(query(['tariff']))).toEqual(
      postings.search(query(['tariff'])).map((s) => ({ ...s, slot: order.indexOf(s.slot) })),
    );
  });

  it('gives the event loop back within a very common term while saving, not only between terms', async () => {
    const postings = new Postings();
    const blocks = 3 * 64; // BLOCKS_PER_PAUSE (postingsExport) times three
    for (let slot = 0; slot < blocks * 128; slot++) postings.add(slot, doc('said', `w${slot % 7}`), 2);
    const slicer = new Slicer(0);
    const pause = jest.spyOn(slicer, 'pause');
    const { data } = await postings.export(slicer);
    const sizing = pause.mock.calls.length;
    // The 8 terms, and 2 more chances within the 192 blocks of "said" (after its 64th and 128th blocks).
    expect(sizing).toBeGreaterThanOrEqual(8 + 2);
    const restored = Postings.fromData(await packPostings(data));
    // Writing the bytes reads every term again, with the same chances.
    expect(pause.mock.calls.length - sizing).toBeGreaterThanOrEqual(8 + 2);
    expect(restored.search(query(['said'], { limit: 3 }))).toEqual(
      postings.search(query(['said'], { limit: 3 })),
    );
  });

  it('takes new documents after being reopened, growing its loaded postings', async () => {
    const restored = Postings.fromData(await packPostings((await postingsOf(...docs).export()).data));
    restored.add(4, doc('tariff', 'tariff', 'tariff'), 3);
    expect(restored.search(query(['tariff']))[0]?.slot).toBe(4);
    expect(() => restored.add(9, doc('x'), 1)).toThrow('slot 9 added out of order');
  });
});

describe('every word required (the rarest list read, the others alongside)', () => {
  /** A seeded generator, so that a failure can be replayed. */
  const random = (seed: number) => () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };

  /** Documents where "rare" is in one in eight, "common" in half and "often" in most: several blocks each. */
  function generated(seed: number): Postings {
    const next = random(seed);
    const postings = new Postings();
    for (let slot = 0; slot < 3000; slot++) {
      const terms = ['filler'];
      if (next() < 0.125) terms.push('rare');
      if (next() < 0.5) terms.push('common', ...(next() < 0.3 ? ['common'] : []));
      if (next() < 0.8) terms.push('often');
      postings.add(slot, doc(...terms), 3 + Math.floor(next() * 40));
    }
    for (let slot = 0; slot < 3000; slot += 7) postings.remove(slot);
    return postings;
  }

  it('gives the exhaustive answer, in memory and saved, for two and three words, with removed documents', async () => {
    for (const seed of [1, 2, 3]) {
      const live = generated(seed);
      const restored = Postings.fromData(await packPostings((await live.export()).data));
      for (const terms of [
        ['rare', 'common'],
        ['common', 'rare', 'often'],
        ['often', 'rare'],
      ]) {
        for (const postings of [live, restored]) {
          const asked = query(terms, { coverage: 1, limit: 50 });
          const found = postings.search(asked);
          expect(found.length).toBeGreaterThan(10);
          expect(found).toEqual(postings.search({ ...asked, exhaustive: true }));
          const kept = postings.searchKept(asked);
          const keptRows = Array.from({ length: kept.count }, (_, i) => ({
            slot: kept.slots[i] as number,
            score: kept.scores[i] as number,
          }));
          expect(keptRows.sort((a, b) => a.slot - b.slot)).toEqual(
            [...found].sort((a, b) => a.slot - b.slot),
          );
        }
      }
    }
  });
});
