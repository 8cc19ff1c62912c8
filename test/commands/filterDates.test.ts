import { FILTER_DATE_RULES, readFilterDate } from '../../src/commands/filterDates';
import { parseDay } from '../../src/dates/calendar';

describe('the filter date rules', () => {
  it.each(FILTER_DATE_RULES.flatMap((r) => r.examples.map((e) => [r.id, ...e] as const)))(
    '%s reads "%s" on %s as %s',
    (id, phrase, today, value) => {
      const rule = FILTER_DATE_RULES.find((r) => r.id === id);
      const match = rule?.pattern.exec(phrase);
      expect(match).toBeTruthy();
      expect(rule?.value(match as RegExpExecArray, parseDay(today) ?? { y: 0, m: 0, d: 0 })).toBe(value);
      expect(readFilterDate(phrase, today)?.rule).toBe(id);
    },
  );

  it.each(FILTER_DATE_RULES.flatMap((r) => r.refuses.map((p) => [r.id, p] as const)))(
    '%s does not read "%s"',
    (id, phrase) => {
      const rule = FILTER_DATE_RULES.find((r) => r.id === id);
      const match = rule?.pattern.exec(phrase);
      if (match) expect(rule?.value(match, { y: 2025, m: 9, d: 10 })).toBeNull();
      else expect(match).toBeNull();
    },
  );

  it('gives the range a phrase covers: since takes its first day, until its last', () => {
    expect(readFilterDate('last week', '2025-08-13')).toMatchObject({
      start: '2025-08-04',
      end: '2025-08-10',
    });
    expect(readFilterDate('July 2025', '2026-01-01')).toMatchObject({
      start: '2025-07-01',
      end: '2025-07-31',
    });
    expect(readFilterDate('2025-13-45', '2026-01-01')).toBeNull();
    expect(readFilterDate('soonish', '2026-01-01')).toBeNull();
  });
});
