import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../../src/corpus/parseArticle';
import type { Article } from '../../../src/corpus/types';
import { indexArticle } from '../../../src/indexing/indexArticle';
import { MAX_PASSAGE_CHARS, passagesOf } from '../../../src/indexing/passages';
import { createMemoryLogger } from '../../../src/logger';
import { PassageIndex } from '../../../src/search/engine/passageIndex';
import { MAX_QUERY_TERMS, packPostings } from '../../../src/search/engine/postings';
import { LineStore } from '../../../src/search/stores/lineStore';
import { SavedMetas } from '../../../src/search/stores/savedMetas';
import { openCorpusIndex } from '../../../src/search/sync/openCorpusIndex';
import { queryTerms } from '../../../src/text/terms';
import { tempDir } from '../../support/tmp';

function article(id: string, body: string, title = 'Riverton news'): Article {
  const text = `---\ntitle: "${title}"\noutlet: "The Riverton Ledger"\npublished: 2025-03-12\n---\n\n${body}`;
  return parseArticle({ id, file: `${id}.md`, text }).article;
}

const bridge = article(
  'bridge',
  'The council voted on Tuesday to fund repairs to the Harbor Bridge.\n\nOpponents said the state should pay for the bridge repairs.',
);
const library = article('library', 'The library will open on Sundays starting in May, its director said.');

describe('PassageIndex', () => {
  it('finds passages by stemmed words and returns them best first', () => {
    const index = PassageIndex.create();
    index.add(indexArticle(bridge));
    index.add(indexArticle(library));
    const hits = index.search('repair bridges', { limit: 5 });
    expect(hits.map((h) => h.passage.id).sort()).toEqual(['bridge#1', 'bridge#2']);
    expect(hits[0]?.score).toBeGreaterThanOrEqual(hits[1]?.score ?? Number.POSITIVE_INFINITY);
    expect(index.search('voted Tuesday', { limit: 5 }).map((h) => h.passage.id)).toEqual(['bridge#1']);
  });

  it('tolerates a typo and matches the last word as a prefix', () => {
    const index = PassageIndex.create();
    index.add(indexArticle(library));
    expect(index.search('libary sund', { limit: 5 }).map((h) => h.article.id)).toEqual(['library']);
  });

  it('falls back to fuzzy matching when the exact words do not fill the page', () => {
    const index = PassageIndex.create();
    index.add(indexArticle(bridge));
    index.add(indexArticle(library));
    const ids = (limit: number) => index.search('bridge libary', { limit }).map((h) => h.article.id);
    expect(ids(1)).toEqual(['bridge']);
    expect(new Set(ids(5))).toEqual(new Set(['bridge', 'library']));
  });

  it('needs at least half of the query words to match', () => {
    const index = PassageIndex.create();
    index.add(indexArticle(bridge));
    expect(index.search('bridge ferry schedule delays', { limit: 5 })).toEqual([]);
    expect(index.search('bridge ferry', { limit: 5 })).toHaveLength(2);
  });

  it('finds nothing for a query of stopwords only', () => {
    const index = PassageIndex.create();
    index.add(indexArticle(bridge));
    expect(index.search('the and of', { limit: 5 })).toEqual([]);
  });

  it('replaces an article re-added and forgets a removed one', () => {
    const index = PassageIndex.create();
    index.add(indexArticle(bridge));
    index.add(indexArticle(article('bridge', 'The ferry resumes in April.')));
    expect(index.search('bridge repairs', { limit: 5 })).toEqual([]);
    expect(index.search('ferry', { limit: 5 })).toHaveLength(1);
    index.remove('bridge');
    expect(index.search('ferry', { limit: 5 })).toEqual([]);
    expect(index.size).toEqual({ articles: 0, passages: 0 });
  });

  it('refuses saved data whose passage table does not match its postings', async () => {
    const index = PassageIndex.create();
    index.add(indexArticle(bridge));
    const { postings: exported, table } = await index.export();
    const postings = await packPostings(exported);
    const none = { ...table, article: new Int32Array(0) };
    expect(() =>
      PassageIndex.fromData({
        postings,
        table: none,
        articles: SavedMetas.of([]),
        days: { published: new Int32Array(0), reportStarts: new Int32Array(1), reports: new Int32Array(0) },
        records: new LineStore(),
      }),
    ).toThrow('0 passages for 2 postings slots');
  });

  it('keeps the best of many matching passages, best first, ties in the order they were added', () => {
    const index = PassageIndex.create();
    for (let i = 1; i <= 30; i++)
      index.add(indexArticle(article(`a${i}`, i === 17 ? 'Bridge bridge bridge.' : 'The bridge.')));
    const hits = index.search('bridge', { limit: 3 });
    expect(hits.map((h) => h.article.id)).toEqual(['a17', 'a1', 'a2']);
  });
});

describe('a pasted paragraph', () => {
  const pasted =
    'Residents packed the gymnasium Thursday evening, arguing over whether Riverton should borrow eleven million ' +
    'dollars to replace its crumbling harbor bridge, widen the ferry landing, rebuild flood walls along Mill ' +
    'Creek, hire four inspectors, repave Granite Avenue, restore the lighthouse museum, expand bus service to ' +
    'Oakdale, plant maples beside the boardwalk, upgrade storm drains near Fisher Park, and fund summer ' +
    'lifeguards, while opponents warned that property taxes would climb sharply, pensions remained underfunded, ' +
    'and several councillors faced recall petitions circulating downtown.';

  it('still finds its passage with one word changed, though the query has more terms than are scored', () => {
    const index = PassageIndex.create();
    index.add(indexArticle(article('hearing', pasted)));
    index.add(indexArticle(article('other', 'The council met on Thursday about the harbor bridge.')));
    const changed = pasted.replace('gymnasium', 'auditorium');
    expect(changed.split(/\s+/).length).toBeGreaterThanOrEqual(70);
    expect(queryTerms(changed).length).toBeGreaterThanOrEqual(2 * MAX_QUERY_TERMS - 1);
    expect(index.search(changed, { limit: 3 }).map((h) => h.article.id)[0]).toBe('hearing');
  });
});

describe('passagesOf', () => {
  it('cuts a long paragraph at sentence boundaries, keeping its paragraph number', () => {
    const sentence = 'The council debated the bridge repairs for another hour on Tuesday night. ';
    const long = article('long', `${sentence.repeat(40).trim()}\n\nShort one.`);
    const passages = passagesOf(long);
    expect(passages.length).toBeGreaterThan(2);
    for (const p of passages.slice(0, -1)) {
      expect(p.paragraph).toBe(1);
      expect(p.end - p.start).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
      expect(long.text.slice(p.start, p.end)).toMatch(/^The council.*Tuesday night\.$/s);
    }
    expect(passages.at(-1)).toMatchObject({ paragraph: 2, id: 'long#2' });
  });
});

describe('a name as a phrase (name pairs)', () => {
  const said = article('said', 'Donald Trump spoke to supporters in Des Moines.\n\nThe crowd was large.');
  const apart = article('apart', 'Donald Duck waved while Ivanka Trump spoke in Des Moines.');
  const lower = article('lower', 'In the card game a donald trump beats every other card.');
  const three = article('three', 'Donald Trump Jr. told Des Moines voters to turn out.');
  const names = () => {
    const index = PassageIndex.create();
    for (const a of [said, apart, lower, three]) index.add(indexArticle(a));
    return index;
  };
  const ids = (index: PassageIndex, query: string) =>
    index.matchParagraphs(query, { limit: 10, phrase: 'name' }).metas.map((m) => m.id);

  it('finds a two-word name where it is written as one, from the index alone: no text is read', () => {
    const index = names();
    const reads = jest.spyOn(index.store, 'textAt');
    expect(ids(index, 'Donald Trump').sort()).toEqual(['said', 'three']);
    expect(reads).not.toHaveBeenCalled();
  });

  it('reads the text of a longer name only where every pair of it is held', () => {
    const index = names();
    const reads = jest.spyOn(index.store, 'textAt');
    expect(ids(index, 'Des Moines Voters')).toEqual([]);
    expect(reads).not.toHaveBeenCalled();
    expect(ids(index, 'Donald Trump Jr')).toEqual(['three']);
    expect(reads.mock.calls.map(([n]) => index.store.meta(n)?.id)).toEqual(['three']);
  });

  it('still reads the text of a name with a word that is not a name word (lower case, figures)', () => {
    const index = PassageIndex.create();
    index.add(indexArticle(article('boa', 'Bank of America reported higher profits.')));
    index.add(indexArticle(article('other', 'The bank said America would recover.')));
    index.add(
      indexArticle(article('jet', 'The Boeing 737 was grounded; Boeing said 737 pilots would train.')),
    );
    expect(ids(index, 'Bank of America')).toEqual(['boa']);
    expect(ids(index, 'Boeing 737')).toEqual(['jet']);
  });

  it('keeps each passage its own pairs through a snapshot and a compaction: an edited and a removed article', async () => {
    const corpusDir = tempDir();
    const dataDir = tempDir();
    const logger = createMemoryLogger();
    const file = (name: string, body: string) =>
      writeFileSync(
        join(corpusDir, `${name}.md`),
        `---\ntitle: "Riverton news"\npublished: 2025-03-12\n---\n\n${body}\n`,
      );
    file('said', 'Donald Trump spoke to supporters in Des Moines.');
    file('apart', 'Donald Duck waved while Ivanka Trump spoke in Des Moines.');
    file('three', 'Donald Trump Jr. told Des Moines voters to turn out.');
    await openCorpusIndex({ corpusDir, dataDir, logger });
    file('said', 'Hillary Clinton spoke to supporters in Des Moines.');
    rmSync(join(corpusDir, 'apart.md'));
    await openCorpusIndex({ corpusDir, dataDir, logger });
    const reopened = await openCorpusIndex({ corpusDir, dataDir, logger });
    expect(reopened.stats.snapshot).toBe('reused');
    const named = async (query: string) =>
      (await reopened.archive.matchParagraphs(query, { limit: 10, phrase: 'name' })).metas
        .map((m) => m.id)
        .sort();
    expect(await named('Donald Trump')).toEqual(['three']);
    expect(await named('Hillary Clinton')).toEqual(['said']);
    expect(await named('Des Moines')).toEqual(['said', 'three']);
  });
});
