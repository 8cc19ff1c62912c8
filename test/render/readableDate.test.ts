import { readableDay, readableValue } from '../../src/render/readableDate';

describe('readable dates', () => {
  it('writes days, weeks, months, years, decades and centuries as people write them', () => {
    expect(readableDay('2025-08-14')).toBe('Thu 14 Aug 2025');
    expect(readableDay(null)).toBe('undated');
    expect(readableValue('2025-W32')).toBe('week of 4 Aug 2025');
    expect(readableValue('2025-07')).toBe('July 2025');
    expect(readableValue('2025')).toBe('2025');
    expect(readableValue('198')).toBe('the 1980s');
    expect(readableValue('18')).toBe('the 1800s');
    expect(readableValue('2025-08-01')).toBe('Fri 1 Aug 2025');
  });

  it('leaves a value it cannot read as it is', () => {
    expect(readableValue('2025-Q3')).toBe('2025-Q3');
    expect(readableDay('soon')).toBe('soon');
  });
});
