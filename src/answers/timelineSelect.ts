/**
 * The choice of a timeline's events, as pure functions over plain data: each article's metadata, sentences, topic
 * mentions and indexed dates. A day matters as much as the number of different articles about the topic that
 * report it: the dates they mention near the topic, resolved in context, and their own publication day when they
 * report the day's news without naming another day. Sentences near the topic's mentions in articles about it
 * become events; page furniture and bare timestamps never do.
 */
import type { Span } from '../corpus/types';
import { granularityOf, rangeOf } from '../dates/calendar';
import type { TimeExpression } from '../dates/extractDates';
import { LAW_NAME_YEAR } from '../dates/rules';
import { tenseNear } from '../dates/tense';
import { DAY_VALUE, unreportedDayRule } from '../indexing/dayReports';
import { commentLeadRuleOf } from '../text/commentLeads';
import { furnitureRuleOf } from '../text/eventFurniture';
import { spansWithin, startsAscending, startsAscendingOnce } from '../text/sorted';
import { isTopical, LEAD_PARAGRAPHS } from './timelineTopic';

export interface SentenceFacts extends Span {
  /** 1-based paragraph number. */
  paragraph: number;
  text: string;
}

export interface ArticleFacts {
  id: string;
  published: string | null;
  inTitle: boolean;
  /** Body sentences in reading order. */
  sentences: SentenceFacts[];
  /** Where the body names the topic. */
  mentions: Span[];
  dates: readonly TimeExpression[];
}

export type Granularity = 'year' | 'month' | 'week' | 'day';

/** One article's report of a date: the sentence that states it and the date it states. */
export interface Report {
  articleId: string;
  sentence: SentenceFacts;
  /** The ISO prefix at the precision of the expression. */
  date: string;
  start: string;
  end: string;
  granularity: Granularity;
  /** A date after the article's publication, stated as what will happen. */
  planned: boolean;
  /** The sentence names the topic itself. */
  named: boolean;
  /** The reporting article's publication day. */
  published: string | null;
  /** Which way the report was made: a date rule's id, or `published` for the article's own day. */
  rule: string;
  /** The date is a deadline or a starting point of what the sentence tells (see isAsideDate). */
  aside?: boolean;
  /** The date is named beside a day word for another day, which dates the sentence (see isNamedBesideDeictic). */
  beside?: boolean;
  /** The sentence already stands for a better-ranked day of the timeline (see dayEventOf). */
  taken?: boolean;
}

/** The key of an article's sentence (by where it starts), the same for every day it reports. */
export const sentenceKeyOf = (articleId: string, start: number): string => `${articleId}:${start}`;
/** The key of a report's sentence (see sentenceKeyOf). */
export const sentenceKey = (r: Report): string => sentenceKeyOf(r.articleId, r.sentence.start);

/**
 * A date a few words after "until", "since", "ahead of" or "prior to", or right after "by" or "before": a deadline
 * or a starting point of what the sentence tells, not the day it tells of ("approved the resolution that funds the
 * government until 8 April", "has been trapped in the embassy since 19 June"). Not a few words after "before",
 * which is as often a place ("appeared before magistrates on Tuesday").
 */
const ASIDE_BEFORE =
  /\b(?:until|till|since|ahead\s+of|prior\s+to)\s+(?:[^\s,;:]+\s+){0,3}$|\b(?:by|before)\s+$/i;

/** Whether the expression at `at` in the sentence is such a date (see ASIDE_BEFORE). */
export const isAsideDate = (sentence: string, at: number): boolean =>
  ASIDE_BEFORE.test(sentence.slice(Math.max(0, at - 60), at));

/** Date rules that count from the day a sentence was written: its own news ("today", "last night", "on Tuesday"). */
const DEICTIC_DAY_RULES = new Set(['day-word', 'tonight', 'relative-weekday']);
/** Whether an expression dates a day (to the day) other than `day` (YYYY-MM-DD). */
export const datesAnotherDay = (expr: TimeExpression, day: string): boolean =>
  DAY_VALUE.test(expr.value) && !expr.value.startsWith(day);
const isDeictic = (expr: TimeExpression) => DEICTIC_DAY_RULES.has(expr.rule.split('+')[0] ?? '');

/**
 * Whether a named date (not one counted from the writing) comes after a day word for another day in its sentence:
 * the day word dates what the sentence tells, the named date is part of a noun phrase or a clause after it ("George
 * Bush last night rallied Americans … not to forget the lessons of September 11", "will receive a boost tomorrow
 * when the Sun endorses Labour for the general election on May 5"), a weak statement of its day. A named date
 * before the day word is a clause's own ("the uprising that ousted its strongman January 14, and Amre Moussa called
 * Monday for …"), and a date counted from the day word follows it ("visited the school on Thursday and, the next
 * day, …").
 */
export function isNamedBesideDeictic(expr: TimeExpression, inSentence: readonly TimeExpression[]): boolean {
  if (isDeictic(expr) || expr.rule.startsWith('anchored')) return false;
  const day = expr.value.slice(0, 10);
  return inSentence.some((d) => d.start < expr.start && isDeictic(d) && datesAnotherDay(d, day));
}

/** Sentences this many paragraphs from a mention still speak of the topic (a follow-up with "he" or "it"). */
export const NEAR_PARAGRAPHS = 1;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The paragraph of each sentence that names the topic, in reading order (one entry per sentence). */
function mentionParagraphs(article: ArticleFacts): number[] {
  const { sentences, mentions } = article;
  if (!startsAscending(sentences) || !startsAscending(mentions)) {
    return sentences.filter((s) => mentions.some((m) => overlaps(m, s))).map((s) => s.paragraph);
  }
  // Both in reading order: a mention that ends before a sentence ends before every later one too.
  const out: number[] = [];
  let i = 0;
  for (const s of sentences) {
    while (i < mentions.length && (mentions[i] as Span).end <= s.start) i++;
    // Of the mentions left, the one starting first overlaps the sentence if any does.
    const first = mentions[i];
    if (first && first.start < s.end) out.push(s.paragraph);
  }
  return out;
}

/** Whether an article is about the topic (see isTopical). */
export function aboutTheTopic(article: ArticleFacts): boolean {
  return isTopical({ inTitle: article.inTitle, mentionParagraphs: mentionParagraphs(article) });
}

/**
 * The sentences that may become events: in an article about the topic, those within NEAR_PARAGRAPHS of a
 * paragraph naming it; in any other article, only the sentences that name it. Never page furniture.
 */
export function eventSentences(article: ArticleFacts, topical: boolean): SentenceFacts[] {
  const nearMention = new Set<number>();
  for (const n of mentionParagraphs(article)) {
    for (let d = -NEAR_PARAGRAPHS; d <= NEAR_PARAGRAPHS; d++) nearMention.add(n + d);
  }
  const near = (s: SentenceFacts) =>
    topical ? nearMention.has(s.paragraph) : article.mentions.some((m) => overlaps(m, s));
  return article.sentences.filter((s) => near(s) && furnitureRuleOf(s.text) === null);
}

/** The ISO prefix an event shows: a day, an ISO week, a month, or a year (quarters and seasons show their year). */
function shownDate(value: string, granularity: Granularity): string {
  if (granularity === 'day') return value.slice(0, 10);
  if (/^\d{4}-W\d{2}$/.test(value) || /^\d{4}-\d{2}$/.test(value)) return value;
  return value.slice(0, 4);
}

/** What a time expression dates, whatever the topic: its day range, granularity and the date an event shows. */
interface Dated {
  start: string;
  end: string;
  granularity: Granularity;
  date: string;
}

/**
 * Each expression's Dated (null: it dates nothing), made once per expression: an article's indexed dates are
 * kept with it (see ArchiveReader.datesOf) and the next timeline reads many of the same articles. Never changed.
 */
const DATED = new WeakMap<TimeExpression, Dated | null>();

function datedOf(expr: TimeExpression): Dated | null {
  let dated = DATED.get(expr);
  if (dated === undefined) {
    const range = expr.type === 'DURATION' || expr.type === 'SET' ? null : rangeOf(expr.value);
    const granularity = range && granularityOf(expr.value);
    dated = range && granularity ? { ...range, granularity, date: shownDate(expr.value, granularity) } : null;
    DATED.set(expr, dated);
  }
  return dated;
}

/**
 * How an expression reports in its sentence: `past` (on or before its article's publication), `planned` (after
 * it, where a verb or modal speaks of what is to come), or null: a duration, set or reference, a date after
 * publication stated as if past (a misreading), or the year of a law's name ("under the Extradition Act 2003"
 * reports nothing of 2003).
 */
function timingOf(
  article: ArticleFacts,
  sentence: SentenceFacts,
  expr: TimeExpression,
): 'past' | 'planned' | null {
  if (expr.rule === LAW_NAME_YEAR) return null;
  const dated = datedOf(expr);
  if (!dated) return null;
  if (article.published === null || dated.start <= article.published) return 'past';
  const tense = tenseNear(sentence.text, expr.start - sentence.start, expr.end - sentence.start);
  return tense === 'future' ? 'planned' : null;
}

/** A dated report from one time expression, or null for durations, sets, references and misread future dates. */
export function reportOf(
  article: ArticleFacts,
  sentence: SentenceFacts,
  expr: TimeExpression,
  named = article.mentions.some((m) => overlaps(m, sentence)),
): Report | null {
  const timing = timingOf(article, sentence, expr);
  const dated = timing && datedOf(expr);
  if (!dated) return null;
  const { start, end, granularity, date } = dated;
  return {
    articleId: article.id,
    sentence,
    date,
    start,
    end,
    granularity,
    planned: timing === 'planned',
    named,
    published: article.published,
    rule: expr.rule ?? expr.type,
    aside: isAsideDate(sentence.text, expr.start - sentence.start),
  };
}

/** Every dated report an article makes in its event sentences, in reading order. */
export function reportsOf(article: ArticleFacts, sentences: SentenceFacts[]): Report[] {
  const { dates } = article;
  const sorted = startsAscendingOnce(dates);
  const out: Report[] = [];
  for (const s of sentences) {
    let named: boolean | undefined;
    for (const expr of spansWithin(dates, s, sorted)) {
      named ??= article.mentions.some((m) => overlaps(m, s));
      const report = reportOf(article, s, expr, named);
      if (report) out.push(report);
    }
  }
  return out;
}

/**
 * The reports the sentences make of weeks, months and years, and the starts of the sentences that report
 * anything. A sentence that reports a day gives no coarser report (its days are its reports); one that does not
 * gives its first coarser date. That is what reportsOf gives once each sentence keeps its days or else its first
 * date, with the days left out, but no report is made for a day: a timeline ranks its days over the whole archive
 * (see timelineDays) and needs of the articles it reads only their coarser dates. A day that indexing does not
 * report (see UNREPORTED_DAY_RULES: "in the wake of the September 11 attacks") is no day here either.
 */
export function coarseReportsOf(
  article: ArticleFacts,
  sentences: SentenceFacts[],
): { reports: Report[]; reporting: Set<number> } {
  const reports: Report[] = [];
  const reporting = new Set<number>();
  for (const s of sentences) {
    const { day, first } = coarseReadingOf(article, s);
    if (!day && !first) continue;
    reporting.add(s.start);
    if (!day && first) reports.push(reportOf(article, s, first) as Report);
  }
  return { reports, reporting };
}

/** What a sentence gives the coarse plan: whether it reports a day, else its first coarser date that reports. */
interface CoarseReading {
  day: boolean;
  first: TimeExpression | undefined;
  /** What it was read with: the reading holds for the same sentence read with these again. */
  dates: readonly TimeExpression[];
  published: string | null;
}

/**
 * Each sentence's CoarseReading, kept with the sentence (a timeline's sentences are made once per parsed article:
 * the next timeline, about the same topic or another, reads many of the same articles), and made again when the
 * article's dates or publication day are not those it was read with. It does not depend on the topic.
 */
const COARSE_READINGS = new WeakMap<SentenceFacts, CoarseReading>();

function coarseReadingOf(article: ArticleFacts, s: SentenceFacts): CoarseReading {
  const { dates, published } = article;
  const kept = COARSE_READINGS.get(s);
  if (kept && kept.dates === dates && kept.published === published) return kept;
  let first: TimeExpression | undefined;
  let day = false;
  for (const expr of spansWithin(dates, s, startsAscendingOnce(dates))) {
    if (timingOf(article, s, expr) === null) continue;
    const isDay = datedOf(expr)?.granularity === 'day';
    if (isDay && unreportedDayRule(expr, s.text, expr.start - s.start, published) !== null) continue;
    day = isDay;
    if (day) break;
    first ??= expr;
  }
  const reading = { day, first, dates, published };
  COARSE_READINGS.set(s, reading);
  return reading;
}

/**
 * The article's own day, for an article about the topic whose lead reports the news without naming another day
 * ("Police have charged the athlete with murder"): what it reports happened on or just before its publication.
 */
export function publicationReport(
  article: ArticleFacts,
  sentences: SentenceFacts[],
  reports: Report[],
): Report | null {
  if (!article.published) return null;
  const lead = sentences.filter((s) => s.paragraph <= LEAD_PARAGRAPHS);
  const first = lead[0];
  if (!first) return null;
  if (reports.some((r) => r.sentence.paragraph <= LEAD_PARAGRAPHS && r.granularity === 'day')) return null;
  return {
    articleId: article.id,
    sentence: first,
    date: article.published,
    start: article.published,
    end: article.published,
    granularity: 'day',
    planned: false,
    named: article.mentions.some((m) => overlaps(m, first)),
    published: article.published,
    rule: 'published',
  };
}

/** Each day's reports, at most one per article (its first), for the days at day precision. */
export function reportsByDay(reports: Report[]): Map<string, Report[]> {
  const days = new Map<string, Report[]>();
  for (const r of reports) {
    if (r.granularity !== 'day') continue;
    const list = days.get(r.date) ?? [];
    if (!list.some((x) => x.articleId === r.articleId)) list.push(r);
    days.set(r.date, list);
  }
  return days;
}

/** A live blog's entry stamp before the sentence ("8.47am: …"): a weaker statement of the day than a report's. */
const LIVE_STAMP = /^\W*\d{1,2}[.:]\d{2}\s*(?:am|pm)?\s*:/i;

/** An article's own-day lead that reports nothing of its day (see COMMENT_LEAD_RULES): comment, a question. */
const commentLead = (r: Report) => r.rule === 'published' && commentLeadRuleOf(r.sentence.text) !== null;

/**
 * The report that states a day best: one that names the topic, from a dated mention that says it happened
 * ("appeared in court on Tuesday" before "is due in court on Tuesday"; not an article's own day, whose lead may be
 * background, least of all a lead in the writer's voice or about earlier news; not a deadline or a starting point,
 * "until 8 April"; least of all a date named in a sentence that a day word dates to another day, or a sentence
 * that stands for another day already), early in its article.
 */
export function bestReport(reports: Report[]): Report | undefined {
  const score = (r: Report) =>
    (r.named ? 4 : 0) +
    (r.named && !r.planned && r.rule !== 'published' ? 3 : 0) +
    (r.rule === 'published' ? 0 : 2) +
    (r.sentence.paragraph <= LEAD_PARAGRAPHS ? 1 : 0) -
    (commentLead(r) ? 6 : 0) -
    (r.aside ? 2 : 0) -
    (r.beside ? 8 : 0) -
    (r.taken ? 8 : 0) -
    (LIVE_STAMP.test(r.sentence.text) ? 8 : 0);
  return [...reports].sort((a, b) => score(b) - score(a) || a.sentence.paragraph - b.sentence.paragraph)[0];
}

/**
 * A day's reports in the order its event cites them: the best (see bestReport) first, then those that report the
 * day as past, then the plans of it, each part in the order given; undefined when there are none.
 */
export function citedInOrder(reports: Report[]): { best: Report; reports: Report[] } | undefined {
  const best = bestReport(reports);
  if (!best) return undefined;
  const rest = reports.filter((r) => r !== best);
  return { best, reports: [best, ...rest.filter((r) => !r.planned), ...rest.filter((r) => r.planned)] };
}
