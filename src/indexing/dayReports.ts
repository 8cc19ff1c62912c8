/**
 * The days an article reports, found once at indexing so that a timeline can rank days over every article about
 * a topic without reading their text again: each sentence's dates at day precision, resolved in context, as a
 * few numbers per report. Page furniture, durations, bare clock times that only took the publication day, and
 * days after publication not stated as what will happen are left out (they are never a timeline's days).
 */
import type { Article } from '../corpus/types';
import type { TimeExpression } from '../dates/extractDates';
import { tenseNear } from '../dates/tense';
import { furnitureRuleOf } from '../text/eventFurniture';
import { spansWithin, startsAscending } from '../text/sorted';

/** One report: the day, the paragraph and sentence that state it, and whether it is still to come. */
export interface DayReport {
  /** YYYY-MM-DD */
  day: string;
  /** 1-based paragraph number. */
  paragraph: number;
  /** Where the sentence starts in the article text. */
  sentenceStart: number;
  /** A day after publication, stated as what will happen. */
  planned: boolean;
}

/** Numbers per report in the packed form: day number, paragraph, sentence start, flags. */
export const PACKED_WIDTH = 4;
/** The flags' bit of a planned report. */
export const PLANNED_FLAG = 1;
const DAY_MS = 86_400_000;

/** A day (YYYY-MM-DD) as the packed form numbers it: days since 1970-01-01. */
export const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
/** The day number of an article with no publication day (or one that reads as no day), in a column of them. */
export const NO_DAY = -2_147_483_648;
/** An article's publication day (YYYY-MM-DD, or null) as a day number, NO_DAY when it has none. */
export function publishedDay(published: string | null): number {
  const n = published ? dayNumber(published) : Number.NaN;
  return Number.isFinite(n) ? n : NO_DAY;
}
/** Day numbers already turned into days: a timeline unpacks thousands of reports over a few hundred days. */
const DAYS = new Map<number, string>();
const MAX_CACHED_DAYS = 100_000;

/** The day (YYYY-MM-DD) a day number stands for. */
export function dayOf(n: number): string {
  let day = DAYS.get(n);
  if (day === undefined) {
    day = new Date(n * DAY_MS).toISOString().slice(0, 10);
    if (DAYS.size < MAX_CACHED_DAYS) DAYS.set(n, day);
  }
  return day;
}

/** Packs reports as flat numbers, the form the archive keeps in memory for every article. */
export function packDayReports(reports: readonly DayReport[]): number[] {
  return reports.flatMap((r) => [
    dayNumber(r.day),
    r.paragraph,
    r.sentenceStart,
    r.planned ? PLANNED_FLAG : 0,
  ]);
}

export function unpackDayReports(packed: readonly number[]): DayReport[] {
  const out: DayReport[] = [];
  for (let i = 0; i + PACKED_WIDTH <= packed.length; i += PACKED_WIDTH) {
    out.push({
      day: dayOf(packed[i] as number),
      paragraph: packed[i + 1] as number,
      sentenceStart: packed[i + 2] as number,
      planned: ((packed[i + 3] as number) & PLANNED_FLAG) !== 0,
    });
  }
  return out;
}

/** A clock time or part of day that found no day in its text and took the publication day: a bare timestamp. */
const BARE_TIME_RULES = new Set(['clock-word', 'chrono-time', 'clock-24h']);

/** A value at day precision (a TIME's day included), the day captured. */
export const DAY_VALUE = /^(\d{4}-\d{2}-\d{2})/;

/**
 * An expression whose value is a day that no event falls on, told from the words around it in its sentence. Each
 * rule is data: an id, the reason, a test, and examples (sentences whose expression reports no day and, in
 * `keeps`, sentences whose expression does).
 */
export interface UnreportedDayRule {
  id: string;
  reason: string;
  /** The date rules (see dates/rules.ts) of the expressions it reads: no other expression is looked at. */
  dateRules: readonly string[];
  /** Whether it applies to such an expression, read with the words around it and its article's publication day. */
  applies: (
    expr: TimeExpression,
    around: { before: string; after: string; published: string | null },
  ) => boolean;
  examples: string[];
  keeps: string[];
}

/** A holiday's name alone ("Christmas"), not its day ("Christmas Day", "Christmas Eve"). */
const BARE_HOLIDAY = /^(?:christmas|easter|thanksgiving|new year)$/i;
/** Words before a holiday that make it a season or a deadline: "by Christmas", "the run-up to Christmas". */
const SEASON_BEFORE =
  /\b(?:before|by|until|till|after|over|around|since|during|at|for|ahead\s+of|run-up\s+to|build-up\s+to|lead-up\s+to|days\s+to)\s+$/i;
/** Words after a holiday that make it a season: "the Christmas quarter", "Christmas shopping". */
const SEASON_AFTER =
  /^\s+(?:quarter|season|period|shopping|sales?|rush|holidays?|break|recess|market|trading|number\s+one)\b/i;

/** What happens on a holiday's own day: "after Christmas lunch", "on Christmas morning". */
const HOLIDAY_DAY_AFTER =
  /^\s+(?:lunch|dinner|meal|morning|afternoon|evening|night|party|service|mass|message|speech|broadcast)\b/i;
/**
 * A named event this close to its article's publication is its news, not a reference: "Police investigating the
 * 7 July bombings raided six homes" in the paper of 12 July reports the bombings' day. A week: the anniversary
 * coverage of a famous date ("laid a wreath to commemorate the September 11 attacks" on 24 September 2007) is
 * further off, and would otherwise count as a report of that year's 11 September.
 */
const NAMED_EVENT_NEWS_DAYS = 7;
/** Whether a value's day is within `days` days of the publication day. */
function withinDays(value: string, published: string | null, days: number): boolean {
  if (published === null || !DAY_VALUE.test(value)) return false;
  return Math.abs(dayNumber(value.slice(0, 10)) - dayNumber(published)) <= days;
}
/** Words after a day and month that make them an event's name: "the September 11 attacks". */
const EVENT_NAME_AFTER =
  /^\s+(?:terror(?:ist)?\s+)?(?:attacks?|bombings?|massacres?|riots?|atrocit(?:y|ies)|hijackings?|killings|shootings?)\b/i;

export const UNREPORTED_DAY_RULES: readonly UnreportedDayRule[] = [
  {
    id: 'holiday-season',
    reason:
      'a holiday named as a season or a deadline ("by Christmas", "the Christmas quarter") is no event on its day',
    dateRules: ['holiday'],
    applies: (expr, { before, after }) =>
      BARE_HOLIDAY.test(expr.text) &&
      !HOLIDAY_DAY_AFTER.test(after) &&
      (SEASON_BEFORE.test(before) || SEASON_AFTER.test(after)),
    examples: [
      'The minister made an unpublicised visit to the troops just before Christmas.',
      'The club hopes to be out of the relegation zone by Christmas.',
      'Sales of the phone were strongest in the Christmas quarter.',
      'Retailers braced for the run-up to Christmas.',
    ],
    keeps: [
      'Three people died after Christmas lunch at the hotel.',
      'The minister made an unpublicised visit to the troops on Christmas Day.',
      'Fighting resumed on Christmas Eve.',
    ],
  },
  {
    id: 'date-as-name',
    reason:
      'a day and month or a holiday without a year that name an event ("the September 11 attacks", "the 7 July bombings", "the Easter Sunday attacks") say nothing of the year, and the nearest one is rarely meant',
    dateRules: ['month-day', 'day-month', 'holiday'],
    applies: (expr, { after, published }) =>
      !/\d{4}/.test(expr.text) &&
      EVENT_NAME_AFTER.test(after) &&
      !withinDays(expr.value, published, NAMED_EVENT_NEWS_DAYS),
    examples: [
      'The firm lost its biggest client in the wake of the September 11 attacks.',
      'Security at the stations was tightened after the 7 July bombings.',
      'Churches hired guards after the Easter Sunday attacks.',
    ],
    keeps: [
      'The attacks on September 11 2001 changed the airline industry.',
      'The September 11 2001 attacks changed the airline industry.',
      'Police investigating the March 3 shootings arrested a man.',
      'The protesters were attacked on 7 July, the police said.',
      'Gunmen attacked the church on Easter Sunday.',
    ],
  },
];

/** How many characters before and after an expression its rules read (see UNREPORTED_DAY_RULES). */
const RULE_REACH = 40;
/** Every date rule some unreported-day rule reads: the words around any other expression are never cut out. */
const RULED_DATE_RULES = new Set(UNREPORTED_DAY_RULES.flatMap((r) => r.dateRules));

/** The rule by which an expression in its sentence reports no day, if one applies. */
export function unreportedDayRule(
  expr: TimeExpression,
  sentence: string,
  at: number,
  published: string | null,
): string | null {
  if (!RULED_DATE_RULES.has(expr.rule)) return null;
  const before = sentence.slice(Math.max(0, at - RULE_REACH), at);
  const after = sentence.slice(at + expr.text.length, at + expr.text.length + RULE_REACH);
  const around = { before, after, published };
  return (
    UNREPORTED_DAY_RULES.find((r) => r.dateRules.includes(expr.rule) && r.applies(expr, around))?.id ?? null
  );
}

/** The day an expression states, or null for durations, sets, coarser dates and bare timestamps. */
function dayStated(expr: TimeExpression): string | null {
  if (expr.type === 'DURATION' || expr.type === 'SET' || BARE_TIME_RULES.has(expr.rule)) return null;
  return DAY_VALUE.exec(expr.value)?.[1] ?? null;
}

/** Every day an article's sentences report, one report per day and sentence, in reading order. */
export function dayReportsOf(article: Article, dates: readonly TimeExpression[]): DayReport[] {
  const out: DayReport[] = [];
  const ascending = startsAscending(dates);
  for (const p of article.paragraphs) {
    for (const s of p.sentences) {
      const inside = spansWithin(dates, s, ascending);
      if (inside.length === 0) continue;
      const text = article.text.slice(s.start, s.end);
      if (furnitureRuleOf(text) !== null) continue;
      for (const expr of inside) {
        const day = dayStated(expr);
        if (!day || out.some((r) => r.day === day && r.sentenceStart === s.start)) continue;
        if (unreportedDayRule(expr, text, expr.start - s.start, article.published) !== null) continue;
        const after = article.published !== null && day > article.published;
        const planned = after && tenseNear(text, expr.start - s.start, expr.end - s.start) === 'future';
        if (after && !planned) continue;
        out.push({ day, paragraph: p.n, sentenceStart: s.start, planned });
      }
    }
  }
  return out;
}
