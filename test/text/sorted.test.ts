import { firstAtOrAfter } from '../../src/text/sorted';

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
