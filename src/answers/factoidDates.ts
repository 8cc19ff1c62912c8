/**
 * "When" answers: the date printed in a sentence that states the event asked about, and how many articles agree
 * on it. The dates are the ones indexing read (resolved against each article's publication date, with the rule
 * that read them), so "Steve Jobs died on Wednesday" in Thursday's paper is the Wednesday before. Pure.
 */
import type { Span } from '../corpus/types';
import type { TimeExpression } from '../dates/extractDates';

/** A date a "when" question can be answered with: a year, month, ISO week or day, with or without a time. */
const ANSWER_VALUE = /^\d{4}(?:-W\d{2}|-\d{2}(?:-\d{2})?)?(?:T[\d:A-Z]+)?$/;

export interface DateHighlight extends Span {
  text: string;
  /** The ISO value indexing gave the expression. */
  value: string;
  /** The date rule that read it. */
  rule: string;
}

/** The dates printed inside a sentence that can answer "when": no durations, repeats or "now". */
export function datesWithin(dates: readonly TimeExpression[], span: Span): DateHighlight[] {
  return dates
    .filter((d) => d.start >= span.start && d.end <= span.end)
    .filter((d) => (d.type === 'DATE' || d.type === 'TIME') && ANSWER_VALUE.test(d.value))
    .map(({ start, end, text, value, rule }) => ({
      start,
      end,
      text,
      value: value.replace(/T.*$/, ''),
      rule,
    }));
}

/** Whether a report of `printed` supports the date `value`: the same date, or a coarser one that holds it. */
export const supports = (printed: string, value: string): boolean =>
  printed === value || (value.startsWith(printed) && !printed.includes('W') && !value.includes('W'));

export interface DatedCandidate {
  articleId: string;
  dates: DateHighlight[];
}

/** How many different articles print each date (a month is not its days: each value is counted as printed). */
export function agreement(candidates: readonly DatedCandidate[]): Map<string, number> {
  const articles = new Map<string, Set<string>>();
  for (const c of candidates) {
    for (const d of c.dates) {
      const ids = articles.get(d.value) ?? new Set<string>();
      ids.add(c.articleId);
      articles.set(d.value, ids);
    }
  }
  return new Map([...articles].map(([value, ids]) => [value, ids.size]));
}

/** Finer dates first: a day before its week, month or year. */
const fineness = (value: string) => value.length;

/** The candidate's date most articles agree on (the finer on a tie, then the first printed). */
export function bestDate(
  dates: readonly DateHighlight[],
  support: Map<string, number>,
): DateHighlight | undefined {
  let best: DateHighlight | undefined;
  for (const d of dates) {
    const s = support.get(d.value) ?? 0;
    const b = best ? (support.get(best.value) ?? 0) : -1;
    if (!best || s > b || (s === b && fineness(d.value) > fineness(best.value))) best = d;
  }
  return best;
}
