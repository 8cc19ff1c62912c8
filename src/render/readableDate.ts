/**
 * Dates as people write them: "Thu 14 Aug 2025", "week of 4 Aug 2025", "July 2025", "2025", "the 1980s". Pure; the ISO value
 * stays in `--json`, this is only how text and Slack show it. A value it cannot read is shown as it is.
 */
import { rangeOf } from '../dates/calendar';

export const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
export const MONTHS_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
export const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const UNDATED = 'undated';
export const WEEK_OF = (day: string) => `week of ${day}`;
/** TIMEX3 writes a decade as its first three digits ("198") and a century as its first two ("18"). */
export const DECADE = (digits: string) => `the ${digits}0s`;
export const CENTURY = (digits: string) => `the ${digits}00s`;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "14 Aug 2025" (no weekday), or null. */
function shortDay(iso: string): string | null {
  const m = DAY.exec(iso);
  if (!m) return null;
  return `${Number(m[3])} ${MONTHS_SHORT[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** "Thu 14 Aug 2025"; `undated` for null; anything else as it is. */
export function readableDay(iso: string | null): string {
  if (iso === null) return UNDATED;
  const m = DAY.exec(iso);
  const short = shortDay(iso);
  if (!m || !short) return iso;
  const weekday = WEEKDAYS[new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay()];
  return `${weekday} ${short}`;
}

/** An ISO value of any granularity as people write it: a day, "week of …", "July 2025", "2025". */
export function readableValue(value: string): string {
  if (DAY.test(value)) return readableDay(value);
  const week = /^\d{4}-W\d{2}$/.test(value) ? rangeOf(value) : null;
  if (week) return WEEK_OF(shortDay(week.start) ?? week.start);
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return `${MONTHS_LONG[Number(month[2]) - 1] ?? month[2]} ${month[1]}`;
  if (/^\d{3}$/.test(value)) return DECADE(value);
  if (/^\d{2}$/.test(value)) return CENTURY(value);
  return value;
}
