import type { ParagraphMatches, PassageQuery } from '../../src/answers/archive';
import { paragraphsAt } from '../../src/answers/paragraphMatches';
import { dayOf, unpackDayReports } from '../../src/indexing/dayReports';
import { indexArticle } from '../../src/indexing/indexArticle';
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

describe('matchPassages: every passage holding all the words, with the metadata and days indexing stored', () => {
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

  /** The publication day and reported days of each article matchParagraphs gives, from its day columns. */
  const daysOf = ({ metas, days }: ParagraphMatches) =>
    metas.map((m, i) => [
      m.id,
      dayOf(days.published[i] as number),
      unpackDayReports([...days.reports.subarray(days.reportStarts[i], days.reportStarts[i + 1])]).map(
        (r) => r.day,
      ),
    ]);

  it("gives each matching article's publication day and the days it reports, as columns", async () => {
    expect(daysOf(await archive.matchParagraphs('Wells Fargo', { limit: 10 }))).toEqual([
      ['bank', '2024-06-07', ['2024-06-03']],
    ]);
  });

  it('keeps the days through a snapshot', async () => {
    const again = await reopened(archive);
    expect(daysOf(await again.matchParagraphs('Wells Fargo', { limit: 10 }))).toEqual([
      ['bank', '2024-06-07', ['2024-06-03']],
    ]);
  });

  it("keeps each article's days through edits, removals and a snapshot that numbers the articles anew", async () => {
    const filing = (id: string, published: string, day: string) =>
      articleFrom(`Wells Fargo filed the papers on ${day}.`, { id, published });
    const changing = archiveOf(
      filing('first', '2024-06-07', 'Monday'),
      filing('second', '2024-06-14', 'Tuesday'),
      filing('third', '2024-06-21', 'Wednesday'),
    );
    // The second is edited (a new number, its old row left behind) and the first removed (a gap in the numbers).
    changing.putNow(indexArticle(filing('second', '2024-06-15', 'Thursday')), 'v-second-2');
    changing.removeNow('first');
    const expected = [
      ['third', '2024-06-21', ['2024-06-19']],
      ['second', '2024-06-15', ['2024-06-13']],
    ];
    const sorted = (rows: unknown[][]) => [...rows].sort((a, b) => String(b[0]).localeCompare(String(a[0])));
    const query = { limit: 10 };
    expect(sorted(daysOf(await changing.matchParagraphs('Wells Fargo', query)))).toEqual(expected);
    const again = await reopened(changing);
    expect(sorted(daysOf(await again.matchParagraphs('Wells Fargo', query)))).toEqual(expected);
    again.putNow(indexArticle(filing('fourth', '2024-06-28', 'Friday')), 'v-fourth');
    expect(sorted(daysOf(await again.matchParagraphs('Wells Fargo', query)))).toEqual([
      ...expected,
      ['fourth', '2024-06-28', ['2024-06-28']],
    ]);
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

  describe('matchParagraphs: the same matches grouped by article, without a passage object each', () => {
    const election = archiveOf(
      articleFrom(
        'Hillary Clinton spoke in Iowa on Monday.\n\nClinton said she would win.\n\nBill Clinton joined her on stage.\n\nThe crowd cheered Hillary Clinton again.',
        { id: 'iowa', published: '2024-06-07' },
      ),
      articleFrom(
        'Clinton and Clinton again.\n\nHillary Clinton, the senator, and Hillary Clinton the candidate.',
        {
          id: 'twice',
          published: '2024-06-08',
        },
      ),
      articleFrom('The hills of Clinton county are green.\n\nHillary walked there.', {
        id: 'county',
        published: '2024-06-09',
      }),
    );
    /** matchPassages grouped by article: articles by their best passage, paragraphs once each, in reading order. */
    const grouped = async (query: string, options: PassageQuery) => {
      const out = new Map<string, number[]>();
      for (const m of await election.matchPassages(query, options)) {
        const list = out.get(m.meta.id) ?? [];
        if (!list.includes(m.passage.paragraph)) list.push(m.passage.paragraph);
        out.set(m.meta.id, list);
      }
      return [...out].map(([id, list]) => [id, list.sort((x, y) => x - y)]);
    };
    const paragraphs = async (query: string, options: PassageQuery) => {
      const found = await election.matchParagraphs(query, options);
      return found.metas.map((meta, i) => [meta.id, paragraphsAt(found, i)]);
    };

    it.each<[string, PassageQuery]>([
      ['Clinton', { limit: 100 }],
      ['Clinton', { limit: 3 }],
      ['Hillary Clinton', { limit: 100, phrase: 'name' }],
      ['Hillary Clinton', { limit: 100 }],
      ['Clinton', { limit: 100, phrase: 'name', within: new Set(['iowa', 'county']) }],
      ['clinton county', { limit: 100, phrase: 'words' }],
    ])('%s %o', async (query, options) => {
      const expected = await grouped(query, options);
      expect(expected.length).toBeGreaterThan(0);
      expect(await paragraphs(query, options)).toEqual(expected);
    });

    it('groups the same on a reopened snapshot with articles added, edited and removed since', async () => {
      const archive = await reopened(
        archiveOf(
          articleFrom('Clinton rallied in Ames.\n\nThe Clinton campaign bused in students.', {
            id: 'ames',
            published: '2024-06-01',
          }),
          articleFrom('Clinton spoke briefly.\n\nWeather delayed the Clinton motorcade.', {
            id: 'weather',
            published: '2024-06-02',
          }),
          articleFrom('A quiet day in Clinton county.', { id: 'quiet', published: '2024-06-03' }),
        ),
      );
      const edited = articleFrom(
        'Clinton rallied in Ames again.\n\nStudents cheered Clinton twice: Clinton!',
        {
          id: 'ames',
          published: '2024-06-01',
        },
      );
      archive.putNow(indexArticle(edited), 'v-ames-2');
      archive.removeNow('weather');
      archive.putNow(
        indexArticle(articleFrom('Clinton in Dubuque.', { id: 'dubuque', published: '2024-06-04' })),
        'v-dubuque',
      );
      const byPassages = async (query: string, options: PassageQuery) => {
        const out = new Map<string, number[]>();
        for (const m of await archive.matchPassages(query, options))
          out.set(m.meta.id, [...new Set([...(out.get(m.meta.id) ?? []), m.passage.paragraph])]);
        return [...out].map(([id, list]) => [id, list.sort((x, y) => x - y)]);
      };
      const byArticle = async (query: string, options: PassageQuery) => {
        const found = await archive.matchParagraphs(query, options);
        return found.metas.map((meta, i) => [meta.id, paragraphsAt(found, i)]);
      };
      for (const [query, options] of [
        ['Clinton', { limit: 100 }],
        ['Clinton', { limit: 2 }],
        ['Clinton', { limit: 100, within: new Set(['ames', 'weather', 'no-such-article']) }],
        ['Clinton county', { limit: 100, phrase: 'words' }],
      ] as [string, PassageQuery][]) {
        const expected = await byPassages(query, options);
        expect(expected.length).toBeGreaterThan(0);
        expect(await byArticle(query, options)).toEqual(expected);
      }
      expect((await byArticle('Clinton', { limit: 100 })).map(([id]) => id)).not.toContain('weather');
    });

    it('gives the metadata matchPassages gives', async () => {
      const { metas } = await election.matchParagraphs('Hillary Clinton', { limit: 10, phrase: 'name' });
      const [match] = await election.matchPassages('Hillary Clinton', { limit: 10, phrase: 'name' });
      expect(metas[0]).toBe(match?.meta);
    });
  });
});
