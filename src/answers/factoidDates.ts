/**
 * "When" answers, the pure part: what a "when" question asks (the event's words, the names, past or ahead), which
 * dates printed in a sentence state that event (in the same clause as its words, on the right side of the
 * article's day), and the date the articles agree on, as fine as they agree. The dates are the ones indexing read
 * (resolved against each article's publication date, with the rule that read them), so "Steve Jobs died on
 * Wednesday" in Thursday's paper is the Wednesday before.
 */
import type { Span } from '../corpus/types';
import { rangeOf } from '../dates/calendar';
import type { TimeExpression } from '../dates/extractDates';
import { TITLE_WORDS } from '../quotes/lexicon';
import { spansWithin, startsAscendingOnce } from '../text/sorted';
import { queryTerms } from '../text/terms';
import { eventTermsOf, holdsEvent, withEventPhrases } from './eventWords';

/** A date a "when" question can be answered with: a year, month, ISO week or day, with or without a time. */
const ANSWER_VALUE = /^\d{4}(?:-W\d{2}|-\d{2}(?:-\d{2})?)?(?:T[\d:A-Z]+)?$/;

export interface DateHighlight extends Span {
  text: string;
  /** The ISO value indexing gave the expression (a time of day dropped: the day is the answer). */
  value: string;
  /** The date rule that read it. */
  rule: string;
}

/** The dates printed inside a sentence that can answer "when": no durations, repeats or "now". */
export function datesWithin(dates: readonly TimeExpression[], span: Span): DateHighlight[] {
  return spansWithin(dates, span, startsAscendingOnce(dates))
    .filter((d) => (d.type === 'DATE' || d.type === 'TIME') && ANSWER_VALUE.test(d.value))
    .map(({ start, end, text, value, rule }) => ({
      start,
      end,
      text,
      value: value.replace(/T.*$/, ''),
      rule,
    }));
}

/** What a "when" question asks. */
export interface WhenAsked {
  /** The words of what happened ("die", "file", "bankruptci"): a date's own clause must hold them all. */
  event: Set<string>;
  /** The words of every name in it ("steve", "job"; "boston", "red", "sox"): see statesIt. */
  names: Set<string>;
  /** Each name's own words: the sentence must hold a word of each ("Steve Jobs" and "Boston Red Sox"). */
  phrases: Set<string>[];
  /** "When did/was …" asks about the past of the article, "when will …" about its future; "when is …" either. */
  looks: 'back' | 'ahead' | 'either';
}

const LOOKS_BACK = /^\s*when\s+(?:did|was|were|has|have|had)\b/i;
const LOOKS_AHEAD = /^\s*when\s+(?:will|shall|would)\b/i;

/**
 * Verbs that carry little of an event on their own, left out of its words: "take refuge" is "sought refuge" in
 * the archive, "make a statement" is "issued a statement".
 */
const LIGHT_VERBS = new Set(queryTerms('take took taken make made get got give gave go went come came put'));

/**
 * A name's own words, without its title ("Prince George" is George: "Prince William" does not name him), unless it
 * is all title ("the Pope", "the President").
 */
function nameTerms(name: string): Set<string> {
  const words = name.split(/\s+/);
  const own = words.filter((w) => !TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')));
  return new Set(queryTerms((own.length > 0 ? own : words).join(' ')));
}

/** The event and the names of a "when" question: its capitalised words after the first are names. */
export function whenAsked(question: string, ignored: ReadonlySet<string>): WhenAsked {
  // The runs of capitalised words after the first word: "When did Steve Jobs buy the Boston Red Sox?"
  const runs = [...question.matchAll(/(?<=\s)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/gu)];
  const phrases = runs.map((m) => nameTerms(m[0])).filter((p) => p.size > 0);
  const names = new Set(phrases.flatMap((p) => [...p]));
  // A name's title is no word of the event either ("Prince" in "When was Prince George born?").
  const inNames = new Set(runs.flatMap((m) => queryTerms(m[0])));
  const event = new Set(
    queryTerms(withEventPhrases(question)).filter(
      (t) => !inNames.has(t) && !ignored.has(t) && !LIGHT_VERBS.has(t),
    ),
  );
  const looks = LOOKS_BACK.test(question) ? 'back' : LOOKS_AHEAD.test(question) ? 'ahead' : 'either';
  return { event, names, phrases, looks };
}

/**
 * Whether a sentence states what was asked: every word of the event (or a word of the same event, see
 * eventWords), and a word of each name ("Jobs" for Steve
 * Jobs; "Jobs was ousted in 1985 and went on to buy Pixar" does not state that he bought the Boston Red Sox).
 */
export function statesIt(sentence: string, asked: WhenAsked): boolean {
  const terms = eventTermsOf(sentence);
  return asked.phrases.every((p) => [...p].some((t) => terms.has(t))) && holdsTheEvent(terms, asked);
}

/** Whether the stems hold every word of the event, or a word of the same event (see eventWords). */
const holdsTheEvent = (terms: ReadonlySet<string>, asked: WhenAsked): boolean =>
  [...asked.event].every((t) => holdsEvent(terms, t));

/**
 * Where a sentence's clauses break: at a semicolon, a dash or a "·" between listed items, before an apposition or a relative clause after a
 * comma (", the biggest…", ", who…"), before a subordinating word ("after", "since", "because"…), before "that"
 * ("announced on Tuesday that he had resigned": Tuesday dates the announcement), before a "when" without a
 * comma ("enraged Washington in 2010 when WikiLeaks published…"), and before "and" with a verb of its own ("inside
 * the embassy since 19 June and has been granted asylum"). "…, when" does not break: it says what happened
 * on the date before it ("until last Wednesday, when Steve Jobs died").
 */
const CLAUSE_BREAK =
  /;|\s·\s|\s[–—-]\s|,\s+(?=(?:who|whom|whose|which|where|while|although|though|but|a|an|the)\s)|\s(?=(?:after|before|since|because|although|though|while|whereas|that)\s)|(?<!,)\s(?=when\s)|\s(?=and\s+(?:has|have|had|was|were|is|are|will|would)\s)/giu;

/** The clause of the sentence (from `sentenceStart`) that holds offset `at`. */
export function clauseAt(sentence: string, sentenceStart: number, at: number): string {
  let from = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (sentenceStart + m.index > at) return sentence.slice(from, m.index);
    from = m.index + m[0].length;
  }
  return sentence.slice(from);
}

/** A negation in the few words before a date: "… never came in February", "has not been seen since June". */
const NEGATED = /\b(?:not|never|no|neither|nor)\b|n['’]t\b/i;
const NEGATION_REACH = 4;

/** Whether the date at `at` is denied (see NEGATED): a denied event dates nothing. */
export function deniedAt(sentence: string, sentenceStart: number, at: number): boolean {
  const before = sentence
    .slice(0, at - sentenceStart)
    .split(/\s+/)
    .filter(Boolean);
  return NEGATED.test(before.slice(-NEGATION_REACH).join(' '));
}

/**
 * Whether a date's clause states the event: it holds every word of it ("the treaty was signed on Tuesday"), not
 * just the sentence ("visited the port in January, months before the treaty was signed").
 */
export function inEventClause(clause: string, asked: WhenAsked): boolean {
  return holdsTheEvent(eventTermsOf(clause), asked);
}

/**
 * Whether a date is on the side of its article's day the question asks about: "when did" is never answered with a
 * date after the article's day (a plan, "retires next year"), "when will" never with one before it. An undated
 * article's dates are absolute and always fit.
 */
export function onAskedSide(value: string, published: string | null, looks: WhenAsked['looks']): boolean {
  if (published === null || looks === 'either') return true;
  // The days the value covers ("2015-W45": 2015-11-02 … 2015-11-08); a value that covers none fits neither side.
  const days = rangeOf(value);
  if (!days) return false;
  return looks === 'back' ? days.start <= published : days.end >= published;
}

export interface DatedCandidate {
  articleId: string;
  dates: DateHighlight[];
}

/** The values a value is within, coarsest first: "2011-10-05" is in 2011, in 2011-10, and is itself. */
export function levels(value: string): string[] {
  const week = /^(\d{4})-W\d{2}$/.exec(value);
  if (week) return [week[1] as string, value];
  const out = [value.slice(0, 4)];
  if (value.length >= 7) out.push(value.slice(0, 7));
  if (value.length >= 10) out.push(value.slice(0, 10));
  return out;
}

/** For every year, month, week and day: the articles that print a date within it, and how fine the finest is. */
interface Support {
  articles: Map<string, Set<string>>;
  /** 1 for a year, 2 for a month or week, 3 for a day: the finest date printed within the value. */
  finest: Map<string, number>;
}

function supportOf(candidates: readonly DatedCandidate[]): Support {
  const articles = new Map<string, Set<string>>();
  const finest = new Map<string, number>();
  for (const c of candidates) {
    for (const d of c.dates) {
      const up = levels(d.value);
      for (const v of up) {
        const ids = articles.get(v) ?? new Set<string>();
        ids.add(c.articleId);
        articles.set(v, ids);
        finest.set(v, Math.max(finest.get(v) ?? 0, up.length));
      }
    }
  }
  return { articles, finest };
}

/**
 * Of the values one level finer than `parent` (or the years, for null), the one most articles print within; on a
 * tie, the one with a finer date printed within it (the year of "died on Wednesday", not a background "in 2003"),
 * then the earlier, since an event comes before the days it is reported on ("died on Wednesday" in Thursday's
 * paper, "announced his death today" in Thursday's).
 */
function bestChild({ articles, finest }: Support, parent: string | null): [string, number] | undefined {
  let best: [string, number] | undefined;
  const better = (value: string, n: number, than: [string, number]) =>
    n - than[1] || (finest.get(value) ?? 0) - (finest.get(than[0]) ?? 0) || (value < than[0] ? 1 : -1);
  for (const [value, ids] of articles) {
    const up = levels(value);
    if (parent === null ? up.length !== 1 : up.at(-2) !== parent) continue;
    if (!best || better(value, ids.size, best) > 0) best = [value, ids.size];
  }
  return best;
}

/**
 * The date the articles agree on, as fine as they agree: the year most of them print a date within, then within
 * it the month (or week) most print, then the day, going finer only while at least two articles (or every one
 * that gave the coarser date, when fewer) print the finer one. Sixteen articles that say "in May" and three that
 * say "on 14 May" agree on 14 May; one that says "on 13 May" does not move it. Null when no date is printed.
 */
export function agreedDate(
  candidates: readonly DatedCandidate[],
): { value: string; articles: number } | null {
  const support = supportOf(candidates);
  let chosen = bestChild(support, null);
  while (chosen) {
    const finer = bestChild(support, chosen[0]);
    if (!finer || finer[1] < Math.min(2, chosen[1])) break;
    chosen = finer;
  }
  return chosen ? { value: chosen[0], articles: chosen[1] } : null;
}

/** Whether a printed date lies within the agreed one ("14 May" within May, May itself within May). */
export const within = (printed: string, agreed: string): boolean => levels(printed).includes(agreed);
