import { unpackDayReports } from '../../src/indexing/dayReports';
import { createMemoryLogger } from '../../src/logger';
import { EmbeddedArchive } from '../../src/search/embeddedArchive';
import {
  indexFingerprint,
  loadSnapshot,
  makeSnapshot,
  saveSnapshot,
} from '../../src/search/snapshot/snapshot';
import { archiveOf } from '../support/archive';
import { articleFrom } from '../support/article';
import { tempDir } from '../support/tmp';

async function reopened(archive: EmbeddedArchive): Promise<EmbeddedArchive> {
  const dir = tempDir();
  const logger = createMemoryLogger('debug');
  const fingerprint = indexFingerprint({ test: true });
  const items = [...(await archive.versions())].map(([id, version]) => ({
    id,
    version,
    firstIndexedAt: '2024-06-08T00:00:00.000Z',
  }));
  const index = await archive.export();
  const snapshot = makeSnapshot({
    fingerprint,
    savedAt: '2024-06-08T00:00:00.000Z',
    items,
    sourceState: [],
    index,
  });
  expect(await saveSnapshot(dir, snapshot, logger)).toBe(true);
  const loaded = await loadSnapshot(dir, fingerprint, logger);
  if (!loaded) throw new Error(logger.lines.join('\n'));
  return EmbeddedArchive.fromData(loaded.index);
}

describe('matchPassages: every passage holding all the words, with the metadata indexing stored', () => {
  const archive = archiveOf(
    articleFrom('Wells Fargo settled the case on Monday.\n\nThe weather was fine.', {
      id: 'bank',
      title: 'A settlement',
      published: '2024-06-07',
    }),
    articleFrom('The well ran dry.\n\nFargo is a city in North Dakota.', {
      id: 'farm',
      published: '2024-06-07',
    }),
  );

  it('needs every word of the query in the passage (no typo or prefix matching)', async () => {
    const found = await archive.matchPassages('Wells Fargo', { limit: 10 });
    expect(found.map((m) => [m.meta.id, m.passage.paragraph])).toEqual([['bank', 1]]);
    expect(await archive.matchPassages('Welsh Fargo', { limit: 10 })).toEqual([]);
  });

  it("gives the article's day reports with its metadata", async () => {
    const [match] = await archive.matchPassages('Wells Fargo', { limit: 10 });
    expect(unpackDayReports(match?.meta.dayReports ?? []).map((r) => r.day)).toEqual(['2024-06-03']);
  });

  it('keeps the day reports through a snapshot', async () => {
    const [match] = await (await reopened(archive)).matchPassages('Wells Fargo', { limit: 10 });
    expect(unpackDayReports(match?.meta.dayReports ?? []).map((r) => r.day)).toEqual(['2024-06-03']);
  });

  describe('asked for a phrase', () => {
    const royals = archiveOf(
      articleFrom(
        "Prince Harry visited the school; William Hague, the former foreign secretary, spoke after him.\n\nPrince William's charity paid for the library.",
        { id: 'royals', published: '2024-06-07' },
      ),
      articleFrom('The well near Fargo ran dry in June.\n\nWells Fargo closed its branch there.', {
        id: 'town',
        published: '2024-06-07',
      }),
    );
    const found = async (query: string, phrase: 'name' | 'words') =>
      (await royals.matchPassages(query, { limit: 10, phrase })).map((m) => [m.meta.id, m.passage.paragraph]);

    it('keeps only the passages where the words stand together', async () => {
      expect(await found('Prince William', 'name')).toEqual([['royals', 2]]);
      expect(await found('Wells Fargo', 'name')).toEqual([['town', 2]]);
    });

    it('matches a one-word name as a word, never by the stem of a common word', async () => {
      expect(await found('Wells', 'name')).toEqual([['town', 2]]);
      expect((await royals.matchPassages('Wells', { limit: 10 })).length).toBe(2);
    });

    it('keeps only the passages of the articles asked for', async () => {
      const only = new Set(['town']);
      const hits = await royals.matchPassages('Wells', { limit: 10, phrase: 'name', within: only });
      expect(hits.map((m) => m.meta.id)).toEqual(['town']);
      expect(await royals.matchPassages('Prince', { limit: 10, within: only })).toEqual([]);
    });

    it('without the option, matches the words anywhere in the passage as before', async () => {
      const loose = await royals.matchPassages('Prince William', { limit: 10 });
      expect(loose.map((m) => m.passage.paragraph).sort()).toEqual([1, 2]);
    });
  });
});
