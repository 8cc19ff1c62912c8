/** Calendar arithmetic on plain UTC dates, and TIMEX3 value formats. */

export interface Day {
  y: number;
  m: number; // 1-12
  d: number;
}

/** A number zero-padded to `w` digits: 7 → "07". */
export const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

export const fmtYear = (y: number) => pad(y, 4);
export const fmtMonth = (y: number, m: number) => `${fmtYear(y)}-${pad(m)}`;
export const fmtDay = (day: Day) => `${fmtMonth(day.y, day.m)}-${pad(day.d)}`;

export function parseDay(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

const toDate = (day: Day) => new Date(Date.UTC(day.y, day.m - 1, day.d));
const fromDate = (date: Date): Day => ({
  y: date.getUTCFullYear(),
  m: date.getUTCMonth() + 1,
  d: date.getUTCDate(),
});

export function addDays(day: Day, n: number): Day {
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() + n);
  return fromDate(date);
}

/** Month arithmetic: the year and month `n` months away. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + n;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/**
 * Easter Sunday of a year in the Gregorian calendar (the Western churches' date), by the anonymous algorithm of
 * 1876 (Meeus, Astronomical Algorithms, ch. 8): 2024 → 31 March, 2025 → 20 April.
 */
export function easterSunday(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (day: Day) => toDate(day).getUTCDay();

/** ISO 8601 week: { year, week } (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(day: Day): { y: number; w: number } {
  const date = toDate(day);
  const dow = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - dow + 3);
  const y = date.getUTCFullYear();
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const w =
    1 + Math.round(((date.getTime() - jan4.getTime()) / 86400000 - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7);
  return { y, w };
}

export const fmtWeek = (day: Day) => {
  const { y, w } = isoWeek(day);
  return `${fmtYear(y)}-W${pad(w)}`;
};

export const quarterOf = (m: number) => Math.floor((m - 1) / 3) + 1;
export const fmtQuarter = (y: number, q: number) => `${fmtYear(y)}-Q${q}`;

/** The inclusive day range an ISO value prefix covers: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn, seasons. */
export function rangeOf(value: string): { start: string; end: string } | null {
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (day?.[1]) return { start: day[1], end: day[1] };
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const y = Number(month[1]);
    const m = Number(month[2]);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { start: `${fmtMonth(y, m)}-01`, end: `${fmtMonth(y, m)}-${pad(last)}` };
  }
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) return weekRange(Number(week[1]), Number(week[2]));
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
  if (quarter) {
    const y = Number(quarter[1]);
    const q = Number(quarter[2]);
    const end = new Date(Date.UTC(y, q * 3, 0)).getUTCDate();
    return { start: `${fmtMonth(y, q * 3 - 2)}-01`, end: `${fmtMonth(y, q * 3)}-${pad(end)}` };
  }
  const year = /^(\d{4})(?:-(?:SP|SU|FA|WI|H[12]))?$/.exec(value);
  if (year) return { start: `${year[1]}-01-01`, end: `${year[1]}-12-31` };
  return null;
}

function weekRange(y: number, w: number): { start: string; end: string } {
  const jan4 = toDate({ y, m: 1, d: 4 });
  const monday = addDays(fromDate(jan4), -((jan4.getUTCDay() + 6) % 7) + 7 * (w - 1));
  return { start: fmtDay(monday), end: fmtDay(addDays(monday, 6)) };
}

/** The granularity of a value: year, month, week or day (null for durations, sets and references). */
export function granularityOf(value: string): 'year' | 'month' | 'week' | 'day' | null {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}(?:-(?:Q[1-4]|SP|SU|FA|WI|H[12]))?$/.test(value)) return /Q/.test(value) ? 'month' : 'year';
  return null;
}
