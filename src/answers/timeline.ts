/**
 * `timeline`: dated events about a topic, oldest first, each ranked by how many different articles about the
 * topic report it. The archive is read here and only here (the articles that match the topic, with their indexed
 * dates); the choice of days and sentences is made by pure functions over plain data (timelineEvents.ts,
 * timelineSelect.ts, timelineTopic.ts). An article without a publication date contributes only absolute dates.
 */
import type { Article } from '../corpus/types';
import type { TimeExpression } from '../dates/extractDates';
import type { Result } from '../errors';
import type { ArchiveReader } from './archive';
import { type Citation, citationFor } from './citation';
import { normaliseQuery, type QueryProblem } from './query';
import { type PlannedEvent, planTimeline } from './timelineEvents';
import { type ArticleFacts, NEAR_PARAGRAPHS, type Report } from './timelineSelect';
import { LEAD_PARAGRAPHS, type TopicMatcher, topicMatcher, topicMentions } from './timelineTopic';

export interface TimelineEvent {
  date: string;
  start: string;
  end: string;
  granularity: 'year' | 'month' | 'week' | 'day';
  text: string;
  citations: Citation[];
  /** How many different articles report the event. */
  reports: number;
  /** 1 = reported by the most articles: the top events are the lowest ranks. */
  rank: number;
  /** Every report of it is of what was still to happen when it was published. */
  planned: boolean;
  /** How the event's date was read: a date rule's id, or `published` for a report of the article's own day. */
  rule: string;
}

export interface TimelineAnswer {
  topic: string;
  /** Every event, oldest first. */
  events: TimelineEvent[];
  /** How many of the best-ranked events make the first page; the rest are paged after them. */
  pageSize: number;
  undated: { text: string; citations: Citation[] }[];
}

export type TimelineResult = Result<TimelineAnswer, QueryProblem>;

/** The top events a first page shows. */
export const TIMELINE_PAGE_SIZE = 10;

interface Read {
  article: Article;
  dates: TimeExpression[];
}

/**
 * How many matching passages, and of how many articles at most, a timeline reads: the best-matching ones. Reading
 * every match costs a disk read and a parse per article, seconds for a common name in a large archive.
 */
export const TIMELINE_READ = { passages: 2000, articles: 200 } as const;

/** The articles with the best passages matching the topic's words, with their indexed dates. */
async function matchingArticles(archive: ArchiveReader, topic: string): Promise<Read[]> {
  const articles = new Map<string, Article>();
  for (const hit of await archive.searchPassages(topic, { limit: TIMELINE_READ.passages })) {
    if (articles.size >= TIMELINE_READ.articles && !articles.has(hit.article.id)) continue;
    articles.set(hit.article.id, hit.article);
  }
  const out: Read[] = [];
  for (const [id, article] of articles) out.push({ article, dates: await archive.datesOf(id) });
  return out;
}

/**
 * An article as the selection reads it: where it names the topic, its dates, and the sentences the selection can
 * use (those of its lead and of the paragraphs near a mention; the rest could never become events).
 */
export function factsOf({ article, dates }: Read, matcher: TopicMatcher): ArticleFacts {
  const mentions = topicMentions(article.text.slice(article.bodyStart), matcher).map((m) => ({
    start: m.start + article.bodyStart,
    end: m.end + article.bodyStart,
  }));
  const named = article.paragraphs
    .filter((p) => mentions.some((m) => m.start < p.end && m.end > p.start))
    .map((p) => p.n);
  const used = (n: number) => n <= LEAD_PARAGRAPHS || named.some((m) => Math.abs(m - n) <= NEAR_PARAGRAPHS);
  const sentences = article.paragraphs
    .filter((p) => used(p.n))
    .flatMap((p) =>
      p.sentences.map((s) => ({ ...s, paragraph: p.n, text: article.text.slice(s.start, s.end) })),
    );
  return {
    id: article.id,
    published: article.published,
    inTitle: topicMentions(article.title ?? '', matcher).length > 0,
    sentences,
    mentions,
    dates,
  };
}

function citationOf(report: Report, articles: Map<string, Article>): Citation {
  const article = articles.get(report.articleId) as Article;
  return citationFor(article, report.sentence.paragraph, report.sentence);
}

function eventOf(e: PlannedEvent, articles: Map<string, Article>): TimelineEvent {
  return {
    date: e.date,
    start: e.start,
    end: e.end,
    granularity: e.granularity,
    text: e.best.sentence.text,
    citations: e.reports.map((r) => citationOf(r, articles)),
    reports: e.reports.length,
    rank: e.rank,
    planned: e.planned,
    rule: e.best.rule,
  };
}

export function createTimeline(deps: { archive: ArchiveReader }) {
  return async (rawTopic: string): Promise<TimelineResult> => {
    const topic = normaliseQuery(rawTopic);
    if (!topic.ok) return topic;
    const matcher = topicMatcher(topic.text);
    const read = await matchingArticles(deps.archive, topic.text);
    const articles = new Map(read.map((r) => [r.article.id, r.article]));
    const plan = planTimeline(read.map((r) => factsOf(r, matcher)));
    const undated = plan.undated.map((u) => ({
      text: u.sentence.text,
      citations: [citationFor(articles.get(u.articleId) as Article, u.sentence.paragraph, u.sentence)],
    }));
    const events = plan.events.map((e) => eventOf(e, articles));
    return { ok: true, answer: { topic: topic.text, events, pageSize: TIMELINE_PAGE_SIZE, undated } };
  };
}

export type Timeline = ReturnType<typeof createTimeline>;

/** The first page of a timeline: its best-ranked events (those most articles report), oldest first. */
export function firstPage(answer: TimelineAnswer): TimelineEvent[] {
  return answer.events.filter((e) => e.rank <= answer.pageSize);
}
