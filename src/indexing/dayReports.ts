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

const DAY_VALUE = /^(\d{4}-\d{2}-\d{2})/;

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
        const after = article.published !== null && day > article.published;
        const planned = after && tenseNear(text, expr.start - s.start, expr.end - s.start) === 'future';
        if (after && !planned) continue;
        out.push({ day, paragraph: p.n, sentenceStart: s.start, planned });
      }
    }
  }
  return out;
}
