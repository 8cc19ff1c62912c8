import { PassageTable } from '../../../src/search/engine/passageTable';
import { Slicer } from '../../../src/search/engine/slices';

/** Passages of three articles, some with name pair hashes ("Donald Trump", "White House"). */
function table(): PassageTable {
  const t = new PassageTable();
  for (let article = 0; article < 3; article++) {
    for (let paragraph = 1; paragraph <= 40; paragraph++) {
      const pairs = paragraph % 3 === 0 ? [article * 1000 + paragraph, 7.5e14 + paragraph] : [];
      t.push(article, { paragraph, part: 0, start: paragraph * 100, end: paragraph * 100 + 80 }, pairs);
    }
  }
  return t;
}

describe('the passage table saved whole', () => {
  it('gives every row as select does when every slot and article keeps its number', async () => {
    const t = table();
    const all = Array.from({ length: t.size }, (_, i) => i);
    expect(t.rows()).toEqual(await t.select(all, (n) => n, new Slicer()));
  });

  it('keeps showing the rows it gave while more are added, the columns growing', () => {
    const t = table();
    const rows = t.rows();
    const before = { end: [...rows.end], pairs: [...rows.pairs] };
    for (let i = 0; i < 500; i++) t.push(3, { paragraph: i + 1, part: 0, start: 0, end: 9 }, [i, i + 0.5]);
    expect([...rows.end]).toEqual(before.end);
    expect([...rows.pairs]).toEqual(before.pairs);
    expect(rows.article.length).toBe(120);
  });
});
