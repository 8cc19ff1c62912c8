import { firstAtOrAfter, startsAscending, startsAscendingOnce } from '../../src/text/sorted';

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
