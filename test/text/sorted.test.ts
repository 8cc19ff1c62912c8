import { firstAtOrAfter, spansWithin, startsAscending, startsAscendingOnce } from '../../src/text/sorted';

describe('firstAtOrAfter', () => {
  const spans = [{ start: 0 }, { start: 10 }, { start: 10 }, { start: 25 }];
  const start = (s: { start: number }) => s.start;

  it('finds the first item whose key is at or after the value, ties at their first', () => {
    expect(firstAtOrAfter(spans, start, -5)).toBe(0);
    expect(firstAtOrAfter(spans, start, 0)).toBe(0);
    expect(firstAtOrAfter(spans, start, 1)).toBe(1);
    expect(firstAtOrAfter(spans, start, 10)).toBe(1);
    expect(firstAtOrAfter(spans, start, 11)).toBe(3);
  });

  it('gives the length when every key is below the value, and 0 for no items', () => {
    expect(firstAtOrAfter(spans, start, 26)).toBe(4);
    expect(firstAtOrAfter([], start, 3)).toBe(0);
  });
});

describe('startsAscending', () => {
  it('tells items in order of their start (ties in order) from items out of it', () => {
    expect(startsAscending([{ start: 0 }, { start: 4 }, { start: 4 }, { start: 9 }])).toBe(true);
    expect(startsAscending([{ start: 0 }, { start: 9 }, { start: 4 }])).toBe(false);
    expect(startsAscending([])).toBe(true);
  });

  it('tells each list once, by the list: another list with other starts is told on its own', () => {
    const ordered = [{ start: 1 }, { start: 2 }];
    const reversed = [{ start: 2 }, { start: 1 }];
    expect(startsAscendingOnce(ordered)).toBe(true);
    expect(startsAscendingOnce(reversed)).toBe(false);
    expect(startsAscendingOnce(ordered)).toBe(true);
  });
});

describe('spansWithin', () => {
  const dates = [
    { start: 2, end: 8, text: 'Monday' },
    { start: 10, end: 14, text: 'June' },
    { start: 12, end: 22, text: 'June 2024 …' },
    { start: 20, end: 25, text: 'today' },
    { start: 30, end: 34, text: '2023' },
  ];
  const sentence = { start: 10, end: 22 };

  it('gives the items that start and end inside the span, in their order, whether searched or scanned', () => {
    const texts = (ascending: boolean) => spansWithin(dates, sentence, ascending).map((d) => d.text);
    expect(texts(true)).toEqual(['June', 'June 2024 …']);
    expect(texts(false)).toEqual(['June', 'June 2024 …']);
  });

  it('scans items out of order, and a span with nothing in it gives none', () => {
    const shuffled = [...dates].reverse();
    expect(spansWithin(shuffled, sentence, false).map((d) => d.text)).toEqual(['June 2024 …', 'June']);
    expect(spansWithin(dates, { start: 26, end: 29 }, true)).toEqual([]);
  });
});
