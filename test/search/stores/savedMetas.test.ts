import type { ArticleMeta } from '../../../src/corpus/types';
import { NO_DAY } from '../../../src/indexing/dayReports';
import { Slicer } from '../../../src/search/engine/slices';
import { type ArticleRecord, ArticleStore, metaOf } from '../../../src/search/stores/articleStore';
import { DayColumns } from '../../../src/search/stores/dayColumns';
import { LineStore } from '../../../src/search/stores/lineStore';
import { SavedMetas } from '../../../src/search/stores/savedMetas';
import { articleFrom } from '../../support/article';

const meta = (id: string, title = `Title ${id}`): ArticleMeta => ({
  id,
  title,
  outlet: 'The Gazette',
  authors: [],
  url: null,
  published: '2024-06-03',
});

const line = (metas: ArticleMeta[]) => Buffer.from(JSON.stringify(metas));
/** Five articles, two to a line: a, b | c, d | e. */
const ids = ['a', 'b', 'c', 'd', 'e'];
const lines = () => [line([meta('a'), meta('b')]), line([meta('c'), meta('d')]), line([meta('e')])];

describe('SavedMetas: the ids at once, the rest a line at a time when first needed', () => {
  it('finds numbers without parsing, and parses only the line asked for', () => {
    const [first, , last] = lines();
    const saved = new SavedMetas(ids, [first as Buffer, Buffer.from('not JSON'), last as Buffer], 2);
    expect(saved.count).toBe(5);
    expect(saved.number('d')).toBe(3);
    expect(saved.number('z')).toBeUndefined();
    expect(saved.get(1)).toEqual(meta('b'));
    expect(saved.get(4)).toEqual(meta('e'));
    expect(saved.get(5)).toBeUndefined();
    expect(() => saved.get(2)).toThrow();
  });

  it('parses a line once, and gives the same objects after', () => {
    const saved = new SavedMetas(ids, lines(), 2);
    expect(saved.get(2)).toBe(saved.get(2));
    expect([0, 1, 2, 3, 4].map((n) => saved.get(n)?.id)).toEqual(ids);
  });

  it('parses every line ahead when asked, in slices', async () => {
    const saved = new SavedMetas(ids, lines(), 2);
    await saved.parseAll(new Slicer(0));
    expect([0, 1, 2, 3, 4].map((n) => saved.get(n)?.title)).toEqual(ids.map((id) => `Title ${id}`));
    const [first, second] = lines();
    const broken = new SavedMetas(ids, [first as Buffer, second as Buffer, Buffer.from('not JSON')], 2);
    await expect(broken.parseAll(new Slicer(0))).rejects.toThrow();
  });

  it('refuses lines that do not match the ids', () => {
    expect(() => new SavedMetas(ids, lines().slice(0, 2), 2)).toThrow('2 lines of metadata for 5 articles');
    const swapped = new SavedMetas(['b', 'a', 'c', 'd', 'e'], lines(), 2);
    expect(() => swapped.get(0)).toThrow('line 0 of metadata does not match the article ids');
    const short = new SavedMetas(ids, [line([meta('a')]), ...lines().slice(1)], 2);
    expect(() => short.get(0)).toThrow('line 0 of metadata does not match the article ids');
  });
});

/** Day columns of `count` saved articles, undated and reporting nothing. */
const savedDays = (count: number) =>
  new DayColumns({
    published: new Int32Array(count).fill(NO_DAY),
    reportStarts: new Int32Array(count + 1),
    reports: new Int32Array(0),
  });

describe('ArticleStore over saved metadata', () => {
  const record = (id: string, title: string): ArticleRecord => ({
    article: articleFrom('The bridge reopened on Monday.', { id, title }),
    dates: [],
    people: [],
  });

  function storeOfSaved(): ArticleStore {
    const records = new LineStore<ArticleRecord>();
    ids.forEach((id, n) => {
      records.put(n, record(id, `Title ${id}`));
    });
    return new ArticleStore(records, new SavedMetas(ids, lines(), 2), savedDays(ids.length));
  }

  it('removes and replaces saved articles as it does added ones', () => {
    const store = storeOfSaved();
    expect(store.size).toBe(5);
    expect(store.remove('b')).toBe(1);
    expect(store.remove('b')).toBeUndefined();
    expect(store.has('b')).toBe(false);
    expect(store.meta(1)).toBeUndefined();
    expect(store.record(1)).toBeUndefined();
    expect(store.add(record('d', 'Title d, edited'))).toBe(5);
    expect(store.number('d')).toBe(5);
    expect(store.meta(3)).toBeUndefined();
    expect(store.meta(5)).toEqual(metaOf(record('d', 'Title d, edited').article));
    expect(store.add(record('f', 'Title f'))).toBe(6);
    expect(store.remove('f')).toBe(6);
    expect(store.size).toBe(4);
    expect(store.numberCount).toBe(7); // every number given is below it, the snapshot's included
    expect(store.liveNumbers()).toEqual([0, 2, 4, 5]);
    expect(store.allMetas().map((m) => [m.id, m.title])).toEqual([
      ['a', 'Title a'],
      ['c', 'Title c'],
      ['e', 'Title e'],
      ['d', 'Title d, edited'],
    ]);
    expect(store.byId('d')?.article.title).toBe('Title d, edited');
    expect(store.byId('c')?.article.title).toBe('Title c');
    expect(store.text('b')).toBeUndefined();
  });

  it("refuses a snapshot whose articles' days are not one per article", () => {
    const records = new LineStore<ArticleRecord>();
    ids.forEach((id, n) => {
      records.put(n, record(id, `Title ${id}`));
    });
    expect(() => new ArticleStore(records, new SavedMetas(ids, lines(), 2), savedDays(4))).toThrow(
      "snapshot: 5 article lines and 4 articles' days for 5 articles",
    );
  });

  it('answers which articles it holds without parsing their metadata', () => {
    const records = new LineStore<ArticleRecord>();
    ids.forEach((id, n) => {
      records.put(n, record(id, `Title ${id}`));
    });
    const broken = [Buffer.from('not JSON'), Buffer.from('not JSON'), Buffer.from('not JSON')];
    const store = new ArticleStore(records, new SavedMetas(ids, broken, 2), savedDays(ids.length));
    expect(store.remove('c')).toBe(2);
    expect(store.size).toBe(4);
    expect(store.liveNumbers()).toEqual([0, 1, 3, 4]);
    expect(store.byId('e')?.article.id).toBe('e');
    expect(() => store.meta(0)).toThrow();
  });
});
