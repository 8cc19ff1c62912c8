/**
 * Turning a recognised expression into a TIMEX3 value against the reference date (the publication date) and the
 * sentence's tense. Without a reference date nothing is invented: relative values stay underspecified
 * ("XXXX-WXX-5", "XXXX-12") or become PAST_REF / PRESENT_REF / FUTURE_REF.
 */
import {
  addDays,
  addMonths,
  type Day,
  fmtDay,
  fmtMonth,
  fmtQuarter,
  fmtWeek,
  fmtYear,
  pad,
  quarterOf,
  weekday,
} from './calendar';
import { UNITS } from './lexicon';
import type { Tense } from './tense';

export interface Context {
  /** The reference date, or null when the article has none. */
  dct: Day | null;
  tense: Tense;
  /** The value of the date expression just before this one, for "a week earlier" and "the day before". */
  anchor: string | null;
  /** The fiscal quarter a results report has just named ("1989-Q3"), for "a year ago" and "the 1988 quarter". */
  quarter?: string | null;
  /** A past-tense verb right before the expression governs it ("ended Jan. 31"): the day has come. */
  pastVerb?: boolean;
}

export type Relation = 'last' | 'this' | 'next';

/** Which occurrence a bare month or weekday means: the last one, this one, or the next one. */
function direction(ctx: Context): 'back' | 'forward' | 'nearest' {
  if (ctx.tense === 'future') return 'forward';
  if (ctx.tense === 'past') return 'back';
  return 'nearest';
}

export function weekdayValue(target: number, ctx: Context, relation: Relation | null): string {
  if (!ctx.dct) return `XXXX-WXX-${target === 0 ? 7 : target}`;
  const today = weekday(ctx.dct);
  const back = (today - target + 7) % 7;
  const forward = (target - today + 7) % 7;
  let shift: number;
  if (relation === 'last') shift = -(back === 0 ? 7 : back);
  else if (relation === 'next') shift = forward === 0 ? 7 : forward;
  else if (relation === 'this') shift = forward;
  else shift = direction(ctx) === 'forward' ? forward : -back;
  return fmtDay(addDays(ctx.dct, shift));
}

/**
 * A month without a year: its year follows from "last"/"next" or from the tense (past: the last such month). The
 * month just after the publication month stays this year's even in a past-tense report: "announced a cutback in
 * September" in August is a plan, where last September would be written "last September".
 */
export function monthValue(month: number, ctx: Context, relation: Relation | null): string {
  if (!ctx.dct) return `XXXX-${pad(month)}`;
  const { y, m } = ctx.dct;
  if (relation === 'last') return fmtMonth(month < m ? y : y - 1, month); // "last April": the latest April gone
  if (relation === 'next') return fmtMonth(month > m ? y : y + 1, month);
  if (relation === 'this' || month === m) return fmtMonth(y, month);
  const dir = direction(ctx);
  const ahead = (month - m + 12) % 12;
  if (dir === 'back') return fmtMonth(month < m || ahead === 1 ? y : y - 1, month);
  if (dir === 'forward') return fmtMonth(month > m ? y : y + 1, month);
  return fmtMonth(ahead <= 6 ? (month > m ? y : y + 1) : month < m ? y : y - 1, month);
}

/** A month and day without a year: the occurrence nearest the reference date, leaning with the tense. */
export function monthDayValue(month: number, day: number, ctx: Context): string {
  const md = `${pad(month)}-${pad(day)}`;
  if (!ctx.dct) return `XXXX-${md}`;
  const { y } = ctx.dct;
  const candidates = [y - 1, y, y + 1].map((year) => ({
    year,
    days: daysBetween(ctx.dct as Day, { y: year, m: month, d: day }),
  }));
  const dir = direction(ctx);
  // Nearest wins; the tense decides only between occurrences both far from the reference date, unless a past verb
  // governs the day ("the year ended Jan. 31"): then it is the latest such day gone.
  const near = candidates.filter((c) => Math.abs(c.days) <= FAR_DAYS);
  const leaning = candidates.filter((c) =>
    dir === 'back' ? c.days <= 0 : dir === 'forward' ? c.days >= 0 : true,
  );
  const gone = candidates.filter((c) => c.days <= 0);
  const pool = ctx.pastVerb ? gone : near.length ? near : leaning.length ? leaning : candidates;
  const best = pool.sort((a, b) => Math.abs(a.days) - Math.abs(b.days))[0];
  return `${fmtYear(best?.year ?? y)}-${md}`;
}

/** A month and day within this many days of the reference date is that occurrence, whatever the tense. */
const FAR_DAYS = 120;

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return (Date.UTC(to.y, to.m - 1, to.d) - Date.UTC(from.y, from.m - 1, from.d)) / 86400000;
}

/** A relation's shift from the reference unit: "last year" -1, "next month" +1. */
export const SHIFT: Readonly<Record<Relation, number>> = { last: -1, this: 0, next: 1 };

/** "last year", "this month", "next week", "last quarter". */
export function relativeUnitValue(unit: string, relation: Relation, ctx: Context): string {
  if (!ctx.dct) return relation === 'last' ? 'PAST_REF' : relation === 'next' ? 'FUTURE_REF' : 'PRESENT_REF';
  const n = SHIFT[relation];
  const { y, m } = ctx.dct;
  if (unit === 'year') return fmtYear(y + n);
  if (unit === 'month') {
    const t = addMonths(y, m, n);
    return fmtMonth(t.y, t.m);
  }
  // On a Sunday, American weeks have already turned: "last week" is the week that ended yesterday.
  if (unit === 'week') return fmtWeek(addDays(ctx.dct, 7 * n + (weekday(ctx.dct) === 0 ? 1 : 0)));
  if (unit === 'weekend') return `${fmtWeek(addDays(ctx.dct, relation === 'this' ? 0 : 7 * n))}-WE`;
  if (unit === 'quarter') {
    const t = addMonths(y, m, 3 * n);
    return fmtQuarter(t.y, quarterOf(t.m));
  }
  return fmtYear(y + n);
}

/**
 * Units shorter than a day, in days. "Two hours later", "48 hours ago": the shift is known to the day at best (the
 * reference is a day), so it gives the day it lands on, never a year.
 */
const DAY_FRACTIONS: Readonly<Record<string, number>> = {
  hour: 1 / 24,
  minute: 1 / 1440,
  second: 1 / 86_400,
};

/** "three weeks ago" from the reference date, at the precision of the unit (a day for hours, minutes, seconds). */
export function shiftedValue(base: Day | null, unit: string, amount: number | null, sign: 1 | -1): string {
  if (!base) return sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
  if (amount === null) return sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
  const n = sign * amount;
  const fraction = DAY_FRACTIONS[unit];
  if (fraction !== undefined) return fmtDay(addDays(base, Math.round(n * fraction)));
  if (unit === 'day') return fmtDay(addDays(base, Math.round(n)));
  if (unit === 'week' || unit === 'fortnight')
    return fmtWeek(addDays(base, Math.round(7 * (UNITS[unit]?.scale ?? 1) * n)));
  if (unit === 'month') {
    const t = addMonths(base.y, base.m, Math.round(n));
    return fmtMonth(t.y, t.m);
  }
  if (unit === 'quarter') {
    const t = addMonths(base.y, base.m, Math.round(3 * n));
    return fmtQuarter(t.y, quarterOf(t.m));
  }
  // A decade or a century is no year: "three decades ago" in 2025 is the 1990s (199), "two centuries ago" the
  // 1800s (18), as TIMEX3 writes them; a year would be false precision (and a timeline event of its own).
  if (unit === 'decade') return String(Math.floor((base.y + Math.round(10 * n)) / 10));
  if (unit === 'century') return pad(Math.floor((base.y + Math.round(100 * n)) / 100));
  return fmtYear(base.y + Math.round(n));
}

/** Shifts an already resolved value ("1989-Q3", "1998", "1998-08-07") by whole years, keeping its precision. */
export function shiftByYears(value: string, years: number): string | null {
  const m = /^(\d{4})(.*)$/.exec(value);
  if (!m?.[1]) return null;
  const rest = m[2] ?? '';
  if (/^-W\d{2}/.test(rest)) return null;
  return `${fmtYear(Number(m[1]) + years)}${rest}`;
}

/** The quarter a report most likely means by "the third quarter": the latest one that has begun. */
export function quarterValue(q: number, ctx: Context): string {
  if (!ctx.dct) return `XXXX-Q${q}`;
  const current = quarterOf(ctx.dct.m);
  return fmtQuarter(q <= current ? ctx.dct.y : ctx.dct.y - 1, q);
}

/** In a results report, "a year ago" is the same quarter a year before: the quarter just named, shifted. */
export function yearAgoQuarter(ctx: Context, years: number): string | null {
  return ctx.quarter ? shiftByYears(ctx.quarter, -years) : null;
}

/** "the 1988 quarter": that year's quarter of the one the report is about. */
export function quarterOfYear(year: string, ctx: Context): string {
  const q = ctx.quarter?.slice(-1) ?? latestQuarterValue(ctx).slice(-1);
  return `${year}-Q${q}`;
}

/** "the quarter", "the latest quarter": the last quarter that has ended. */
export function latestQuarterValue(ctx: Context, yearsBack = 0): string {
  if (!ctx.dct) return 'XXXX-QX';
  const t = addMonths(ctx.dct.y, ctx.dct.m, -3);
  return fmtQuarter(t.y - yearsBack, quarterOf(t.m));
}

/** The month each season ends in (winter: February of the next year). */
const SEASON_END: Readonly<Record<string, number>> = { SP: 5, SU: 8, FA: 11, WI: 14 };

/** "last fall" is the latest fall that has ended; "next spring" the next that has not begun. */
export function seasonValue(code: string, ctx: Context, relation: Relation | null): string {
  if (!ctx.dct) return `XXXX-${code}`;
  const { y, m } = ctx.dct;
  const end = SEASON_END[code] ?? 12;
  const endedThisYear = end < m;
  if (relation === 'last') return `${fmtYear(endedThisYear ? y : y - 1)}-${code}`;
  if (relation === 'next') return `${fmtYear(end - 2 > m ? y : y + 1)}-${code}`;
  if (relation === null && ctx.tense === 'past' && !endedThisYear && end - 2 > m)
    return `${fmtYear(y - 1)}-${code}`;
  return `${fmtYear(y)}-${code}`;
}
