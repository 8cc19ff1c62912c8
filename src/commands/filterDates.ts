/**
 * The dates a filter takes (`since:Aug 1`, `until:yesterday`), as rules: each is data with an id, the reason it
 * exists and examples (the phrase, the day it is read on, the value it gives), and a test runs every example.
 * A rule reads the whole phrase and gives an ISO value (a day, a week, a month, a year); `since:` takes the first
 * day of its range, `until:` the last. A phrase no rule reads is refused by the caller, never guessed.
 */
import {
  addDays,
  addMonths,
  type Day,
  fmtDay,
  fmtMonth,
  fmtWeek,
  parseDay,
  rangeOf,
} from '../dates/calendar';
import { parseIsoDay } from '../dates/isoDay';

export interface FilterDateRule {
  id: string;
  reason: string;
  pattern: RegExp;
  /** The ISO value the phrase names, read on `today`; null when the match is not a real date. */
  value: (match: RegExpExecArray, today: Day) => string | null;
  /** [phrase, today, value]. */
  examples: readonly (readonly [string, string, string])[];
  /** Phrases this rule must not read. */
  refuses: readonly string[];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** A day of a month: in the year given, else the latest such day that is not after today. */
function monthDay(
  monthName: string,
  dayText: string,
  yearText: string | undefined,
  today: Day,
): string | null {
  const m = monthNumber(monthName);
  const d = Number(dayText);
  const y = yearText
    ? Number(yearText)
    : today.m > m || (today.m === m && today.d >= d)
      ? today.y
      : today.y - 1;
  return parseIsoDay(fmtDay({ y, m, d }));
}

export const FILTER_DATE_RULES: readonly FilterDateRule[] = [
  {
    id: 'iso-day',
    reason: 'the unambiguous form every tool writes: YYYY-MM-DD',
    pattern: /^(\d{4}-\d{2}-\d{2})$/,
    value: (m) => parseIsoDay(m[1] ?? ''),
    examples: [['2025-08-01', '2026-01-10', '2025-08-01']],
    refuses: ['2025-13-45', '2025-02-30', '25-08-01'],
  },
  {
    id: 'month-day',
    reason:
      'how people write a day in English: "Aug 1", "August 1, 2025"; without a year, the latest one so far',
    pattern: new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?$`, 'i'),
    value: (m, today) => monthDay(m[1] ?? '', m[2] ?? '', m[3], today),
    examples: [
      ['Aug 1', '2025-09-10', '2025-08-01'],
      ['August 1, 2024', '2025-09-10', '2024-08-01'],
      ['Dec 24', '2025-09-10', '2024-12-24'],
    ],
    refuses: ['Aug 32', 'Feb 30 2025', 'Augur 1'],
  },
  {
    id: 'day-month',
    reason: 'the day-first English form: "1 Aug", "1 August 2025"',
    pattern: new RegExp(`^(\\d{1,2})\\s+${MONTH}(?:\\s+(\\d{4}))?$`, 'i'),
    value: (m, today) => monthDay(m[2] ?? '', m[1] ?? '', m[3], today),
    examples: [
      ['1 Aug', '2025-09-10', '2025-08-01'],
      ['14 August 2025', '2026-01-10', '2025-08-14'],
    ],
    refuses: ['31 June', '1 Smarch'],
  },
  {
    id: 'month-year',
    reason: 'a whole month: "Aug 2025", "July 2025"',
    pattern: new RegExp(`^${MONTH}\\s+(\\d{4})$`, 'i'),
    value: (m) => fmtMonth(Number(m[2]), monthNumber(m[1] ?? '')),
    examples: [['July 2025', '2026-01-10', '2025-07']],
    refuses: ['July 25'],
  },
  {
    id: 'year',
    reason: 'a whole year: "2025"',
    pattern: /^((?:19|20)\d{2})$/,
    value: (m) => m[1] ?? null,
    examples: [['2025', '2026-01-10', '2025']],
    refuses: ['202', '3025'],
  },
  {
    id: 'relative-day',
    reason: 'the days people name from today: "today", "yesterday"',
    pattern: /^(today|yesterday)$/i,
    value: (m, today) => fmtDay(addDays(today, m[1]?.toLowerCase() === 'today' ? 0 : -1)),
    examples: [
      ['yesterday', '2025-03-01', '2025-02-28'],
      ['today', '2025-03-01', '2025-03-01'],
    ],
    refuses: ['tomorrow', 'yesterdays'],
  },
  {
    id: 'relative-period',
    reason:
      'the calendar week, month or year before (or of) today: "last week" is Monday to Sunday before this one',
    pattern: /^(last|this)\s+(week|month|year)$/i,
    value: (m, today) => {
      const back = m[1]?.toLowerCase() === 'last' ? 1 : 0;
      if (m[2]?.toLowerCase() === 'week') return fmtWeek(addDays(today, -7 * back));
      if (m[2]?.toLowerCase() === 'year') return String(today.y - back);
      const month = addMonths(today.y, today.m, -back);
      return fmtMonth(month.y, month.m);
    },
    examples: [
      ['last week', '2025-08-13', '2025-W32'],
      ['this month', '2025-08-13', '2025-08'],
      ['last month', '2025-01-13', '2024-12'],
      ['last year', '2025-01-13', '2024'],
    ],
    refuses: ['last fortnight', 'next week'],
  },
];

/** The days a phrase names, read on `today` (YYYY-MM-DD), and the rule that read it; null when none does. */
export function readFilterDate(
  phrase: string,
  today: string,
): { start: string; end: string; rule: string; value: string } | null {
  const day = parseDay(today);
  if (!day) return null;
  const text = phrase.trim().replace(/\s+/g, ' ');
  for (const rule of FILTER_DATE_RULES) {
    const match = rule.pattern.exec(text);
    if (!match) continue;
    const value = rule.value(match, day);
    const range = value === null ? null : rangeOf(value);
    return range && value !== null ? { ...range, rule: rule.id, value } : null;
  }
  return null;
}
