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

describe("a snapshot's passage table, with rows added after", () => {
  /** Rows for a fourth article, half of them with name pairs. */
  const more = (t: PassageTable) => {
    for (let paragraph = 1; paragraph <= 50; paragraph++) {
      const pairs = paragraph % 2 === 0 ? [9000 + paragraph] : [];
      t.push(3, { paragraph, part: paragraph % 3, start: paragraph * 10, end: paragraph * 10 + 5 }, pairs);
    }
  };

  it('answers for every slot, saved or added, as a table built in one go', async () => {
    const saved = table().rows();
    const before = JSON.stringify(saved);
    const reopened = new PassageTable(saved);
    const whole = table();
    more(reopened);
    more(whole);
    expect(reopened.size).toBe(170);
    for (let slot = 0; slot < whole.size; slot++) {
      expect(reopened.passage(slot, 'a')).toEqual(whole.passage(slot, 'a'));
      expect(reopened.article(slot)).toBe(whole.article(slot));
      for (const hash of [slot, 2003, 7.5e14 + 3, 9000 + 2, 9000 + 50, 9000 + 49])
        expect([slot, hash, reopened.holdsPair(slot, hash)]).toEqual([
          slot,
          hash,
          whole.holdsPair(slot, hash),
        ]);
    }
    expect(reopened.rows()).toEqual(whole.rows());
    const some = [169, 0, 121, 3, 120, 60, 150];
    const renumber = (n: number) => 10 - n;
    expect(await reopened.select(some, renumber, new Slicer())).toEqual(
      await whole.select(some, renumber, new Slicer()),
    );
    expect(JSON.stringify(saved)).toBe(before);
  });

  it('gives the saved columns themselves while nothing is added, and numbers added rows after them', () => {
    const saved = table().rows();
    const reopened = new PassageTable(saved);
    expect(reopened.rows().article.buffer).toBe(saved.article.buffer);
    more(reopened);
    expect(reopened.holdsPair(122, 9000 + 2)).toBe(false);
    expect(reopened.holdsPair(121, 9000 + 2)).toBe(true);
    expect(reopened.article(120)).toBe(3);
  });
});
