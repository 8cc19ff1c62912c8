import { easterSunday, fmtDay, fmtWeek, granularityOf, isoWeek, rangeOf } from '../../src/dates/calendar';

describe('calendar', () => {
  it('ISO weeks, including the turn of a year', () => {
    expect(fmtWeek({ y: 2025, m: 8, d: 7 })).toBe('2025-W32');
    expect(isoWeek({ y: 2021, m: 1, d: 1 })).toEqual({ y: 2020, w: 53 });
    expect(isoWeek({ y: 2024, m: 12, d: 30 })).toEqual({ y: 2025, w: 1 });
  });

  it('Easter Sunday, earliest and latest included', () => {
    const easter = (y: number) => fmtDay(easterSunday(y));
    expect(easter(2000)).toBe('2000-04-23');
    expect(easter(2008)).toBe('2008-03-23');
    expect(easter(2011)).toBe('2011-04-24');
    expect(easter(2024)).toBe('2024-03-31');
    expect(easter(2025)).toBe('2025-04-20');
    expect(easter(1818)).toBe('1818-03-22');
    expect(easter(2038)).toBe('2038-04-25');
  });

  it('the day range and granularity of a value', () => {
    expect(rangeOf('2025-07')).toEqual({ start: '2025-07-01', end: '2025-07-31' });
    expect(rangeOf('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(rangeOf('2025-W32')).toEqual({ start: '2025-08-04', end: '2025-08-10' });
    expect(rangeOf('2025-Q3')).toEqual({ start: '2025-07-01', end: '2025-09-30' });
    expect(rangeOf('2024')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(rangeOf('2025-08-13TMO')).toEqual({ start: '2025-08-13', end: '2025-08-13' });
    expect(rangeOf('PAST_REF')).toBeNull();
    expect(granularityOf('2025-W32')).toBe('week');
    expect(granularityOf('P90D')).toBeNull();
  });
});
