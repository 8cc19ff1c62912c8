/**
 * A ranked day as an event: each citing article's sentence read from its text, the reports of articles that do
 * not in fact name the topic (a word of the topic matched, not the topic) dropped, and the best sentence chosen.
 * Pure functions over articles already read.
 */
import type { Article, Paragraph, Span } from '../corpus/types';
import type { TimeExpression } from '../dates/extractDates';
import { furnitureRuleOf } from '../text/eventFurniture';
import { spansWithin, startsAscendingOnce } from '../text/sorted';
import type { DayCitation, RankedDay } from './timelineDays';
import type { PlannedEvent } from './timelineEvents';
import {
  citedInOrder,
  datesAnotherDay,
  isAsideDate,
  isNamedBesideDeictic,
  type Report,
  type SentenceFacts,
  sentenceKey,
  sentenceKeyOf,
} from './timelineSelect';
import { namesTopicIn, type TopicMatcher } from './timelineTopic';

export interface ReadArticle {
  article: Article;
  dates: readonly TimeExpression[];
}

/** Whether the article names the topic itself, in its title or its body. */
export function namesTopic(article: Article, matcher: TopicMatcher): boolean {
  return (
    namesTopicIn(article.title ?? '', matcher) || namesTopicIn(article.text.slice(article.bodyStart), matcher)
  );
}

/**
 * The sentence a citation stands for: the stating one, or for the article's own day the lead's first sentence
 * that names no other day (so that Tuesday's event never reads "on Monday") and is no page furniture ("Top
 * stories on …"); none when every one is.
 */
function sentenceOf(paragraph: Paragraph, c: DayCitation, read: ReadArticle): Span | undefined {
  if (c.sentenceStart !== null) return paragraph.sentences.find((s) => s.start === c.sentenceStart);
  const { article, dates } = read;
  return paragraph.sentences.find(
    (s) =>
      !datesIn(dates, s).some((d) => datesAnotherDay(d, c.day)) &&
      furnitureRuleOf(article.text.slice(s.start, s.end)) === null,
  );
}

/** An article's dates within a span (its indexed dates, kept unchanged: see startsAscendingOnce). */
const datesIn = (dates: readonly TimeExpression[], span: Span) =>
  spansWithin(dates, span, startsAscendingOnce(dates));

/** Paragraph n: the n-th as a rule (numbered from 1 in order), else looked for. */
function paragraphNumbered(paragraphs: readonly Paragraph[], n: number): Paragraph | undefined {
  const at = paragraphs[n - 1];
  return at?.n === n ? at : paragraphs.find((p) => p.n === n);
}

/**
 * The report a citation stands for, read from its article; null when the sentence is not there. `standing` holds
 * the sentences that stand for better-ranked days (see dayEventOf).
 */
function reportOf(
  c: DayCitation,
  read: ReadArticle,
  matcher: TopicMatcher,
  standing: ReadonlySet<string>,
): Report | null {
  const { article, dates } = read;
  const paragraph = paragraphNumbered(article.paragraphs, c.paragraph);
  const span = paragraph && sentenceOf(paragraph, c, read);
  if (!span) return null;
  // Fields written out rather than spread: see mentionWith in quotes/mentions.ts.
  const sentence: SentenceFacts = {
    start: span.start,
    end: span.end,
    paragraph: c.paragraph,
    text: article.text.slice(span.start, span.end),
  };
  const inSentence = datesIn(dates, span);
  const expr = inSentence.find((d) => d.value.startsWith(c.day));
  return {
    articleId: article.id,
    sentence,
    date: c.day,
    start: c.day,
    end: c.day,
    granularity: 'day',
    planned: c.planned,
    named: namesTopicIn(sentence.text, matcher),
    published: article.published,
    rule: c.sentenceStart === null ? 'published' : (expr?.rule ?? 'published'),
    aside:
      c.sentenceStart !== null && expr !== undefined && isAsideDate(sentence.text, expr.start - span.start),
    beside: c.sentenceStart !== null && expr !== undefined && isNamedBesideDeictic(expr, inSentence),
    taken: standing.has(sentenceKeyOf(article.id, span.start)),
  };
}

/**
 * A day's event with the reports of the articles left unread (see TIMELINE_READ in timeline.ts) counted in its
 * total, and planned only when those are plans too (indexing marked each one): ten previews read and a report of
 * what happened left unread is no plan. Articles read and found not to name the topic (`offTopic`) count for
 * neither.
 */
export function withUnread(
  event: Omit<PlannedEvent, 'rank'>,
  day: RankedDay,
  reads: ReadonlyMap<string, ReadArticle>,
  offTopic: ReadonlySet<string>,
): Omit<PlannedEvent, 'rank'> & { total: number } {
  const unread = day.citations.filter((c) => !offTopic.has(c.articleId) && !reads.has(c.articleId));
  const { date, start, end, granularity, best, reports } = event;
  const total = reports.length + unread.length;
  const planned = event.planned && unread.every((c) => c.planned);
  return { date, start, end, granularity, best, reports, planned, total };
}

/**
 * The day's event from the articles read (those that name the topic: see namesTopic), or null when none of them
 * states the day. `standing` holds the sentences that stand for the days before it in rank order: such a sentence
 * is the last choice again (the same lead reporting three days of a quake stood for all three); this day's is
 * added.
 */
export function dayEventOf(
  day: RankedDay,
  reads: ReadonlyMap<string, ReadArticle>,
  matcher: TopicMatcher,
  standing: Set<string> = new Set(),
): Omit<PlannedEvent, 'rank'> | null {
  const reports: Report[] = [];
  for (const c of day.citations) {
    const read = reads.get(c.articleId);
    const report = read ? reportOf(c, read, matcher, standing) : null;
    if (report) reports.push(report);
  }
  const cited = citedInOrder(reports);
  if (!cited) return null;
  standing.add(sentenceKey(cited.best));
  return {
    date: day.day,
    start: day.day,
    end: day.day,
    granularity: 'day',
    best: cited.best,
    reports: cited.reports,
    planned: reports.every((r) => r.planned),
  };
}
