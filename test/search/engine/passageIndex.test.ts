import { parseArticle } from '../../../src/corpus/parseArticle';
import type { Article } from '../../../src/corpus/types';
import { indexArticle } from '../../../src/indexing/indexArticle';
import { MAX_PASSAGE_CHARS, passagesOf } from '../../../src/indexing/passages';
import { PassageIndex } from '../../../src/search/engine/passageIndex';
import { MAX_QUERY_TERMS, packPostings } from '../../../src/search/engine/postings';
import { LineStore } from '../../../src/search/stores/lineStore';
import { SavedMetas } from '../../../src/search/stores/savedMetas';
import { queryTerms } from '../../../src/text/terms';

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
      PassageIndex.fromData({ postings, table: none, articles: SavedMetas.of([]), records: new LineStore() }),
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
