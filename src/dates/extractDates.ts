/**
 * Every time expression in an article, with its TimeML type and TIMEX3 value resolved against the reference
 * date. Explicit calendar dates and clock times are read with chrono-node; the news-prose rules in rules.ts do
 * the rest. Overlapping matches keep the longest. Values are resolved in reading order so that "a week earlier"
 * can anchor on the date mentioned just before it.
 */

import * as chrono from 'chrono-node';
import type { Article, Span } from '../corpus/types';
import { PatternGates } from '../text/requiredText';
import { addDays, type Day, fmtDay, fmtMonth, pad, parseDay, quarterOf } from './calendar';
import { parseIsoDay } from './isoDay';
import { type Context, daysBetween, monthDayValue, weekdayValue } from './resolve';
import { RULES, type Rule, type TimexType } from './rules';
import { pastVerbJustBefore, tenseNear } from './tense';

export interface TimeExpression extends Span {
  text: string;
  type: TimexType;
  value: string;
  /**
   * The id of the rule that produced the value (`chrono-date`, `chrono-day-time`, `chrono-time` for chrono-node's
   * readings: a numeric date, a clock time with its day, a clock time alone).
   */
  rule: string;
}

interface Candidate extends Span {
  priority: number;
  rule: string;
  /** The sentence, for the tense that governs the expression. */
  sentence: Span;
  /** Whether the value was computed from the date before it, so it does not become the next anchor itself. */
  anchored: boolean;
  resolve: (ctx: Context) => { type: TimexType; value: string | null };
}

/** chrono reads "10.5 a share" as a time: only real clock times and full numeric dates are taken from it. */
const CLOCK = /\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)/i;
const FULL_NUMERIC_DATE = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/;

/** A stand-in reference for chrono when the article has none: its guesses are never used as values. */
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** How many characters around an expression hold the words its tense is read from (six before, three after). */
const TENSE_REACH = 120;

/** How far (in characters) a named quarter still frames "a year ago": about two sentences of a results report. */
const QUARTER_REACH = 400;

function chronoValue(result: chrono.ParsedResult, ctx: Context): { type: TimexType; value: string | null } {
  const c = result.start;
  const known = (k: chrono.Component) => c.isCertain(k);
  const hour = known('hour') ? `T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}` : '';
  let date: string | null = null;
  if (known('year') && known('month') && known('day')) {
    date = fmtDay({ y: c.get('year') ?? 0, m: c.get('month') ?? 1, d: c.get('day') ?? 1 });
  } else if (known('month') && known('day')) {
    date = monthDayValue(c.get('month') ?? 1, c.get('day') ?? 1, ctx);
  } else if (known('year') && known('month')) {
    return { type: 'DATE', value: fmtMonth(c.get('year') ?? 0, c.get('month') ?? 1) };
  } else if (known('weekday')) {
    date = weekdayValue(c.get('weekday') ?? 0, ctx, null);
  } else if (hour) {
    date = ctx.dct ? fmtDay(ctx.dct) : 'XXXX-XX-XX';
  }
  if (date === null) return { type: 'DATE', value: null };
  const utc = hour && /\b(?:UTC|GMT|Z)\b/.test(result.text) ? 'Z' : '';
  return { type: hour ? 'TIME' : 'DATE', value: `${date}${hour}${utc}` };
}

/**
 * Which chrono reading it is: a clock time with its day ("at 4.24pm on Monday", "5 p.m. EST, Nov. 6": it states
 * the day), a bare clock time (its day comes from the sentence or the publication date), or a numeric date.
 */
function chronoRule(result: chrono.ParsedResult): string {
  if (!CLOCK.test(result.text)) return 'chrono-date';
  const c = result.start;
  return c.isCertain('day') || c.isCertain('weekday') ? 'chrono-day-time' : 'chrono-time';
}

/**
 * Where chrono's match ends, its trailing punctuation left out, and a closing parenthesis when it took no opening
 * one (it takes one after a weekday: "leave at 4 in the morning (4 a.m. EDT Thursday)").
 */
function chronoTextEnd(text: string): number {
  const bare = text.replace(/[\s,.;:]+$/, '');
  return bare.endsWith(')') && !bare.includes('(')
    ? bare.slice(0, -1).replace(/[\s,.;:]+$/, '').length
    : bare.length;
}

/** chrono's reading of explicit dates and times: a month with a day or a year, or a clock time. */
function chronoCandidates(text: string, span: Span, ref: Day | null): Candidate[] {
  const sentence = text.slice(span.start, span.end);
  // chrono is slow, and only its clock times and numeric dates are used: most sentences have neither.
  if (!CLOCK.test(sentence) && !FULL_NUMERIC_DATE.test(sentence)) return [];
  const instant = ref ? new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)) : NO_REFERENCE;
  return chrono
    .parse(sentence, { instant, timezone: 0 })
    .filter((r) => CLOCK.test(r.text) || FULL_NUMERIC_DATE.test(r.text))
    .map((r) => {
      const start =
        span.start + r.index + (r.text.length - r.text.replace(/^(?:on|at|in|by|since)\s+/i, '').length);
      const end = span.start + r.index + chronoTextEnd(r.text);
      return {
        start,
        end,
        priority: -1,
        rule: chronoRule(r),
        sentence: span,
        anchored: false,
        resolve: (ctx) => chronoValue(r, ctx),
      };
    });
}

/**
 * Most sentences hold the words of few rules: one pass over a sentence tells which rules' patterns may match
 * there (see requiredText), and only those run.
 */
const RULE_GATES = new PatternGates(RULES.map((rule) => rule.pattern));

function ruleCandidates(text: string, span: Span): Candidate[] {
  const slice = text.slice(span.start, span.end);
  const open = RULE_GATES.open(text, span.start, span.end);
  const out: Candidate[] = [];
  RULES.forEach((rule: Rule, priority) => {
    if (!open[priority]) return;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(slice); m !== null; m = rule.pattern.exec(slice)) {
      const match = m;
      if (match[0] === '') {
        rule.pattern.lastIndex++;
        continue;
      }
      if (rule.accepts && !rule.accepts(match)) {
        // Refused as a whole, it may still hold a shorter match ("1800 Christmas temps": "Christmas").
        rule.pattern.lastIndex = match.index + 1;
        continue;
      }
      out.push({
        start: span.start + match.index,
        end: span.start + match.index + match[0].length,
        priority,
        rule: rule.id,
        sentence: span,
        anchored: rule.anchored === true,
        resolve: (ctx) => ({ type: rule.typeOf?.(match) ?? rule.type, value: rule.value(match, ctx) }),
      });
    }
  });
  return out;
}

/** Work done, counted in characters and comparisons, so a test can check it grows linearly with the text. */
export interface ExtractionWork {
  steps: number;
}

/** The index of the first kept span that ends after `at` (kept is sorted by start and never overlaps). */
function firstEndingAfter(kept: Span[], at: number, work: ExtractionWork): number {
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    work.steps++;
    const mid = (lo + hi) >> 1;
    if ((kept[mid] as Span).end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Keeps the longest of overlapping candidates (on a tie, chrono's, then the earlier rule's). */
function withoutOverlaps(candidates: Candidate[], work: ExtractionWork): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority,
  );
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const i = firstEndingAfter(kept, c.start, work);
    const next = kept[i];
    if (next && next.start < c.end) continue;
    kept.splice(i, 0, c);
  }
  return kept;
}

/** "four flights a week", "$5 a day": a rate, not a time expression. */
function isRate(text: string, c: Span): boolean {
  if (!/^an?\s+(?:day|week|month|year|hour)$/i.test(text.slice(c.start, c.end))) return false;
  return /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million)\b)[^.;]{0,30}$/i.test(
    text.slice(Math.max(0, c.start - 40), c.start),
  );
}

/** A quarter of the past year: the one a results report is about (not the year-ago one it compares with). */
function isReportedQuarter(value: string, reference: Day | null): boolean {
  const m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (!m || !reference) return false;
  const back = reference.y * 4 + quarterOf(reference.m) - (Number(m[1]) * 4 + Number(m[2]));
  return back >= 0 && back < 4;
}

type Readable = Pick<Article, 'text' | 'paragraphs' | 'headings'> &
  Partial<Pick<Article, 'title' | 'bodyStart'>>;

/** The headline as the front matter gives it, when it is printed there verbatim (a JSON-quoted title may not be). */
export function headlineSpan(article: Readable): Span | null {
  const { title, bodyStart } = article;
  if (!title || !bodyStart) return null;
  const at = article.text.slice(0, bodyStart).indexOf(title);
  return at < 0 ? null : { start: at, end: at + title.length };
}

/**
 * The spans to read: the headline, paragraphs and headings (page furniture stays out), split into sentences, in
 * reading order; and the paragraph of each paragraph sentence (see onTheDayNamed).
 */
function sentencesOf(article: Readable): { spans: Span[]; paragraphOf: Map<Span, number> } {
  const headline = headlineSpan(article);
  const spans: Span[] = [...(headline ? [headline] : []), ...article.headings];
  const paragraphOf = new Map<Span, number>();
  for (const p of article.paragraphs) {
    for (const sentence of p.sentences) paragraphOf.set(sentence, p.n);
    spans.push(...p.sentences);
  }
  return { spans: spans.sort((a, b) => a.start - b.start), paragraphOf };
}

export function extractDates(
  article: Readable,
  reference: Day | null,
  work: ExtractionWork = { steps: 0 },
): TimeExpression[] {
  const { text } = article;
  const candidates: Candidate[] = [];
  const { spans, paragraphOf } = sentencesOf(article);
  for (const sentence of spans) {
    candidates.push(...chronoCandidates(text, sentence, reference), ...ruleCandidates(text, sentence));
  }
  const out: (TimeExpression & { sentence: Span })[] = [];
  let anchor: string | null = null;
  let quarter: TimeExpression | null = null;
  for (const c of withoutOverlaps(candidates, work).filter((c) => !isRate(text, c))) {
    // The tense is read from a few words around the expression: a window, not the whole sentence.
    const from = Math.max(c.sentence.start, c.start - TENSE_REACH);
    const window = text.slice(from, Math.min(c.sentence.end, c.end + TENSE_REACH));
    work.steps += window.length;
    const tense = tenseNear(window, c.start - from, c.end - from);
    const nearQuarter = quarter && c.start - quarter.end <= QUARTER_REACH ? quarter.value : null;
    const pastVerb = pastVerbJustBefore(window, c.start - from);
    const { type, value } = c.resolve({ dct: reference, tense, anchor, quarter: nearQuarter, pastVerb });
    if (value === null) continue;
    // One object with its sentence, fields written out (see mentionWith in quotes/mentions.ts); the sentence is
    // left out once the clock times have their days (see onTheDayNamed).
    const found = {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      type,
      value,
      rule: c.rule,
      sentence: c.sentence,
    };
    out.push(found);
    if (/^\d{4}/.test(value) && !c.anchored && !DAYLESS_TIME_RULES.has(c.rule))
      anchor = type === 'TIME' ? value.slice(0, 10) : value;
    if (isReportedQuarter(value, reference) && !c.anchored) quarter = found;
  }
  return inTheYearWritten(
    onTheDayNamed(saidOnTheDay(out, text, reference, work), reference, work, paragraphOf),
  );
}

/** A found expression with its sentence (see extractDates). */
type Sentenced = TimeExpression & { sentence: Span };

/** Rules of a day counted from the publication day ("today", "yesterday", "tomorrow morning", "last night"). */
const DAY_WORD_RULES = new Set(['day-word', 'tonight']);
/** A verb that says or writes what follows, in the words before a quotation opens (no other quotation among them). */
const SAID_BEFORE_QUOTE =
  /\b(?:said|says|say|told|tells|wrote|writes|posted|posts|tweeted|tweets|added|adds|declared|announced|stated|read|reads|replied|warned|insisted|commented)\b[^“”"]*$/i;
/** A day in a clause about the speaker ("Mr Ban, who visited the capital on Sunday, added: …") is not when they spoke. */
const IN_RELATIVE_CLAUSE = /\b(?:who|which|whose)\b/i;
/** How far before the day it was said the verb of saying may stand ("posted on Facebook on Thursday: …"). */
const SAID_VERB_BEFORE_DAY = 40;
/** How many words may stand between the day a quotation was said and its opening mark (and, first, characters). */
const SAID_REACH_WORDS = 15;
const SAID_REACH_CHARS = 200;

/**
 * Where a quotation opened, read forward through a sentence: "“" opens, "”" closes, a straight '"' does either. Each
 * character is read once however many expressions ask (see saidOnTheDay).
 */
class QuotationState {
  private sentence: Span | null = null;
  private read = 0;
  /** Where the quotation open at `read` opened, or -1. */
  private open = -1;

  /** Where the quotation holding offset `at` of this sentence opens, or -1 (asked in increasing order of `at`). */
  openingAt(text: string, sentence: Span, at: number, work: ExtractionWork): number {
    if (sentence !== this.sentence) {
      this.sentence = sentence;
      this.read = sentence.start;
      this.open = -1;
    }
    for (; this.read < at; this.read++) {
      const c = text[this.read];
      if (c === '“' || (c === '"' && this.open < 0)) this.open = this.read;
      else if (c === '”' || c === '"') this.open = -1;
    }
    work.steps += 1;
    return this.open;
  }
}

/** The last of a sentence's days (in reading order) that ends by `at`. */
function lastEndingBy(days: readonly Sentenced[], at: number): Sentenced | undefined {
  for (let i = days.length - 1; i >= 0; i--) if ((days[i] as Sentenced).end <= at) return days[i];
  return undefined;
}

/**
 * A quotation's "today", "yesterday" or "tomorrow" counts from the day it was said, when the sentence says that
 * day before the quotation opens, with a verb of saying near it ("On 21 January 2009 … he said: "Starting today
 * …"", "posted on Facebook on Thursday: "Tomorrow will be a tough one""), not from the publication day. One pass
 * in reading order: each sentence's days are kept as they come.
 */
function saidOnTheDay(
  found: Sentenced[],
  text: string,
  reference: Day | null,
  work: ExtractionWork,
): Sentenced[] {
  if (!reference) return found;
  const quotes = new QuotationState();
  let days: Sentenced[] = [];
  return found.map((d) => {
    if (days[0] && days[0].sentence !== d.sentence) days = [];
    if (!DAY_WORD_RULES.has(d.rule)) {
      if (isDay(d)) days.push(d);
      return d;
    }
    const opening = isDay(d) ? quotes.openingAt(text, d.sentence, d.start, work) : -1;
    if (opening < 0) return d;
    const said = lastEndingBy(days, opening);
    const saidDay = said && parseDay(said.value.slice(0, 10));
    const wordDay = parseDay(d.value.slice(0, 10));
    if (!said || !saidDay || !wordDay || opening - said.end > SAID_REACH_CHARS) return d;
    if (text.slice(said.end, opening).split(/\s+/).length > SAID_REACH_WORDS) return d;
    const lead = text.slice(Math.max(d.sentence.start, said.start - SAID_VERB_BEFORE_DAY), said.start);
    if (IN_RELATIVE_CLAUSE.test(lead) || !SAID_BEFORE_QUOTE.test(lead + text.slice(said.start, opening)))
      return d;
    const value = `${fmtDay(addDays(saidDay, daysBetween(reference, wordDay)))}${d.value.slice(10)}`;
    const { start, end, type, sentence } = d;
    return { start, end, text: d.text, type, value, rule: `${d.rule}+said-on-day`, sentence };
  });
}

/**
 * An expression with the given value and rule (its own, or another day's), fields written out and nothing else
 * kept (see mentionWith in quotes/mentions.ts).
 */
const redated = (e: TimeExpression, value: string, rule: string): TimeExpression => ({
  start: e.start,
  end: e.end,
  text: e.text,
  type: e.type,
  value,
  rule,
});

/** Rules that read a day and a month, with the year when it is written. */
const DAY_AND_MONTH_RULES = new Set(['month-day', 'day-month']);
const WRITTEN_YEAR = /\b(?:1[6-9]|20)\d\d\b/;

/**
 * A day and month without a year that the article dates elsewhere with its year ("killed on 14 February 2013 ...
 * the early hours of 14 February", in a report a year later) is that day, not the nearest 14 February.
 */
function inTheYearWritten(found: TimeExpression[]): TimeExpression[] {
  // The day and month of each date written with its year; null when the article writes it in several years.
  const written = new Map<string, string | null>();
  for (const e of found) {
    if (!DAY_AND_MONTH_RULES.has(e.rule) || !WRITTEN_YEAR.test(e.text)) continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.value)) continue;
    const key = e.value.slice(5);
    written.set(key, written.has(key) && written.get(key) !== e.value ? null : e.value);
  }
  if (written.size === 0) return found;
  return found.map((e) => {
    if (!DAY_AND_MONTH_RULES.has(e.rule) || WRITTEN_YEAR.test(e.text)) return e;
    const dated = written.get(e.value.slice(5, 10));
    if (!dated || dated === e.value.slice(0, 10)) return e;
    return redated(e, `${dated}${e.value.slice(10)}`, `${e.rule}+year-written`);
  });
}

/** Rules whose clock time or part of day takes the reference date's day when the text names none next to it. */
const DAYLESS_TIME_RULES = new Set(['clock-word', 'chrono-time', 'clock-24h']);

const isDay = (e: TimeExpression) => /^\d{4}-\d{2}-\d{2}/.test(e.value) && !DAYLESS_TIME_RULES.has(e.rule);

/**
 * A clock time belongs to the day named in the same sentence ("at about midday on Thursday", "at 18:00 UTC on
 * 3 May"), else to the last day named before it in its paragraph ("The alarm was raised at 1750 GMT"), and only
 * with neither to the publication day. Not across paragraphs: a live blog's "9.19am" entry, or "was arrested at
 * 9.30am" in that morning's report, is not the day of "Last night" in an entry above it.
 */
function onTheDayNamed(
  found: (TimeExpression & { sentence: Span })[],
  reference: Day | null,
  work: ExtractionWork,
  paragraphOf: ReadonlyMap<Span, number>,
): TimeExpression[] {
  const refDay = reference ? fmtDay(reference) : 'XXXX-XX-XX';
  const dayOfSentence = new Map<Span, string>();
  for (const d of found) {
    work.steps++;
    if (isDay(d) && !dayOfSentence.has(d.sentence)) dayOfSentence.set(d.sentence, d.value.slice(0, 10));
  }
  let lastDay: { day: string; paragraph: number | undefined } | null = null;
  return found.map((d) => {
    work.steps++;
    const { sentence } = d;
    const e = redated(d, d.value, d.rule);
    const paragraph = paragraphOf.get(sentence);
    if (!DAYLESS_TIME_RULES.has(e.rule) || !e.value.startsWith(refDay)) {
      if (isDay(e)) lastDay = { day: e.value.slice(0, 10), paragraph };
      return e;
    }
    const inSentence = dayOfSentence.get(sentence);
    const day = inSentence ?? (lastDay && lastDay.paragraph === paragraph ? lastDay.day : null);
    if (!day || day === refDay) return e;
    const rule = `${e.rule}+${inSentence ? 'day-in-sentence' : 'last-day'}`;
    return redated(e, `${day}${e.value.slice(10)}`, rule);
  });
}

/** The reference date for an article: --published, else its own publication date, else none. */
export function referenceDay(published: string | null): Day | null {
  const day = published ? parseIsoDay(published) : null;
  return day ? parseDay(day) : null;
}
