/**
 * `timeline`: dated events about a topic, oldest first, each ranked by how many different articles about the
 * topic report it. The archive is read here and only here (the articles that match the topic, with their indexed
 * dates); the choice of days and sentences is made by pure functions over plain data (timelineEvents.ts,
 * timelineSelect.ts, timelineTopic.ts). An article without a publication date contributes only absolute dates.
 */
import type { Article, ArticleMeta, Paragraph, Span } from '../corpus/types';
import type { TimeExpression } from '../dates/extractDates';
import type { Result } from '../errors';
import { dayNumber } from '../indexing/dayReports';
import type { ArchiveReader } from './archive';
import { type Citation, citationFor } from './citation';
import { withParagraphsOf } from './paragraphMatches';
import { normaliseQuery, type QueryProblem } from './query';
import { dayEventOf, withUnread } from './timelineDayEvents';
import {
  chooseDays,
  type LeftOutDays,
  leftOutDays,
  type MatchedArticles,
  type RankedDay,
  type ReportedDays,
} from './timelineDays';
import { type PlannedEvent, planCoarse, withRank } from './timelineEvents';
import { type ArticleFacts, NEAR_PARAGRAPHS, type Report, type SentenceFacts } from './timelineSelect';
import {
  LEAD_PARAGRAPHS,
  namesTopicIn,
  type TopicMatcher,
  titleNamesTopic,
  topicMatcher,
  topicMentions,
  topicPhraseMode,
} from './timelineTopic';

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
  /** The reported days not listed, when enough of those reported at the time are together (see LeftOutDays). */
  leftOut?: LeftOutDays;
}

export type TimelineResult = Result<TimelineAnswer, QueryProblem>;

/** The top events a first page shows. */
export const TIMELINE_PAGE_SIZE = 10;

interface Read {
  article: Article;
  dates: readonly TimeExpression[];
}

/**
 * How much a timeline reads. Its days are ranked over every passage that holds the topic's words (up to
 * `passages`) from the days indexing stored, without reading text; then the articles that cite the best days are
 * read for their sentences, at most `articles` of them (a disk read and a parse each): the events whose citations
 * would need more are left out. A day's event cites at most `perDay` of them (it counts them all). Of what is
 * left, at most `others` more are read for coarser dates and undated facts.
 */
export const TIMELINE_READ = { passages: 10_000, articles: 200, perDay: 10, others: 40 } as const;

/**
 * What indexing stored of every article whose passages hold the topic as a phrase (the engine reads the matching
 * passages' text to check it; nothing else is read), as columns. For a name, the paragraphs that give only its last
 * word ("Jobs" after "Steve Jobs") count too, in the articles that give it whole.
 */
async function matchingDays(
  archive: ArchiveReader,
  topic: string,
  matcher: TopicMatcher,
): Promise<MatchedArticles> {
  const limit = TIMELINE_READ.passages;
  let matched = await archive.matchParagraphs(topic, { limit, phrase: topicPhraseMode(topic) });
  const surname = matcher.short ? topic.trim().split(/\s+/).at(-1) : undefined;
  if (surname) {
    const within = new Set(matched.metas.map((m) => m.id));
    matched = withParagraphsOf(
      matched,
      await archive.matchParagraphs(surname, { limit, phrase: 'name', within }),
    );
  }
  // One pass over the matched articles' metadata (thousands for a common name, scattered in memory) for their ids
  // and titles, by index: `entries()` made a pair for every article. Their days come as columns.
  const { metas } = matched;
  const count = metas.length;
  const ids = new Array<string>(count);
  const inTitle = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const meta = metas[i] as ArticleMeta;
    ids[i] = meta.id;
    inTitle[i] = Number(titleNamesTopic(meta.title ?? '', matcher));
  }
  const { starts, paragraphs, days } = matched;
  return { ids, inTitle, starts, paragraphs, ...days };
}

/** How many paragraphs of article i name the topic. */
const namedIn = (m: MatchedArticles, i: number) => (m.starts[i + 1] as number) - (m.starts[i] as number);

/** Whether article a comes before b among those that name the topic most: in the title, then most paragraphs. */
const namesMore = (m: MatchedArticles, a: number, b: number) =>
  (m.inTitle[a] as number) - (m.inTitle[b] as number) || namedIn(m, a) - namedIn(m, b);

/**
 * The first `count` of the articles `wanted` lets through (by place in the columns), in the order of a stable sort
 * by namesMore (the earlier first on a tie), kept in a short sorted list instead of sorting them all.
 */
export function namingMost(m: MatchedArticles, wanted: (i: number) => boolean, count: number): number[] {
  const best: number[] = [];
  if (count <= 0) return best;
  for (let i = 0; i < m.ids.length; i++) {
    const last = best.at(-1);
    if (best.length === count && last !== undefined && namesMore(m, i, last) <= 0) continue;
    if (!wanted(i)) continue;
    let at = best.length;
    while (at > 0 && namesMore(m, i, best[at - 1] as number) > 0) at--;
    best.splice(at, 0, i);
    if (best.length > count) best.pop();
  }
  return best;
}

/** An article's text and indexed dates, or null when the archive no longer has it. */
async function readOne(archive: ArchiveReader, id: string): Promise<Read | null> {
  const article = await archive.article(id);
  return article ? { article, dates: await archive.datesOf(id) } : null;
}

/**
 * The best days in rank order, as long as the articles citing them fit the read budget, and those articles read;
 * what is left of the budget reads the other articles that name the topic most (for the week, month and year
 * events and the undated facts).
 */
async function readBestDays(
  archive: ArchiveReader,
  articles: MatchedArticles,
): Promise<{ days: RankedDay[]; reads: Map<string, Read>; reported: ReportedDays }> {
  const reads = new Map<string, Read>();
  const read = async (id: string) => {
    const r = await readOne(archive, id);
    if (r) reads.set(id, r);
  };
  const kept: RankedDay[] = [];
  const chosen = chooseDays(articles);
  for (const day of chosen.days) {
    const ids = day.citations.map((c) => c.articleId);
    const unread = ids.filter((id) => !reads.has(id));
    const take = unread.slice(0, Math.max(0, TIMELINE_READ.perDay - (ids.length - unread.length)));
    if (reads.size + take.length > TIMELINE_READ.articles) break;
    for (const id of take) await read(id);
    kept.push(day);
  }
  const room = Math.min(TIMELINE_READ.others, TIMELINE_READ.articles - reads.size);
  const rest = namingMost(articles, (i) => !reads.has(articles.ids[i] as string), room);
  for (const i of rest) await read(articles.ids[i] as string);
  return { days: kept, reads, reported: chosen.reported };
}

/**
 * Each paragraph's sentences as the selection reads them, made once per parsed article (kept as long as the
 * archive keeps the article cached): they do not depend on the topic, and the next timeline reads many of the same
 * articles. Never changed once made.
 */
const SENTENCES = new WeakMap<Article, SentenceFacts[][]>();

function sentencesOf(article: Article): SentenceFacts[][] {
  let made = SENTENCES.get(article);
  if (!made) {
    made = article.paragraphs.map((p) =>
      p.sentences.map((s) => ({
        start: s.start,
        end: s.end,
        paragraph: p.n,
        text: article.text.slice(s.start, s.end),
      })),
    );
    SENTENCES.set(article, made);
  }
  return made;
}

/**
 * The numbers of the paragraphs a mention overlaps, in order. Both lists are in reading order and the mentions
 * never overlap one another (see topicMentions), so one pass over each is enough: a mention that ends before a
 * paragraph starts ends before every later one too.
 */
function namingParagraphs(paragraphs: readonly Paragraph[], mentions: readonly Span[]): number[] {
  const named: number[] = [];
  let i = 0;
  for (const p of paragraphs) {
    while (i < mentions.length && (mentions[i] as Span).end <= p.start) i++;
    // Of the mentions left, the one starting first overlaps the paragraph if any does.
    const first = mentions[i];
    if (first && first.start < p.end) named.push(p.n);
  }
  return named;
}

/** The numbers of the paragraphs within NEAR_PARAGRAPHS of a paragraph that names the topic. */
function nearParagraphs(named: readonly number[]): Set<number> {
  const near = new Set<number>();
  for (const n of named) for (let d = -NEAR_PARAGRAPHS; d <= NEAR_PARAGRAPHS; d++) near.add(n + d);
  return near;
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
  const near = nearParagraphs(namingParagraphs(article.paragraphs, mentions));
  const byParagraph = sentencesOf(article);
  const sentences: SentenceFacts[] = [];
  article.paragraphs.forEach((p, i) => {
    if (p.n <= LEAD_PARAGRAPHS || near.has(p.n)) sentences.push(...(byParagraph[i] ?? []));
  });
  return {
    id: article.id,
    published: article.published,
    inTitle: namesTopicIn(article.title ?? '', matcher),
    sentences,
    mentions,
    dates,
  };
}

function citationOf(report: Report, articles: Map<string, Article>): Citation {
  const article = articles.get(report.articleId) as Article;
  const cited = citationFor(article, report.sentence.paragraph, report.sentence);
  return report.planned ? { ...cited, planned: true } : cited;
}

function eventOf(e: PlannedEvent, articles: Map<string, Article>): TimelineEvent {
  return {
    date: e.date,
    start: e.start,
    end: e.end,
    granularity: e.granularity,
    text: e.best.sentence.text,
    citations: e.reports.map((r) => citationOf(r, articles)),
    reports: e.total ?? e.reports.length,
    rank: e.rank,
    planned: e.planned,
    rule: e.best.rule,
  };
}

/** The events of a timeline, ranked: days first, then by how many articles report them, then the earlier. */
function ranked(events: Omit<PlannedEvent, 'rank'>[]): PlannedEvent[] {
  const precision = { day: 0, week: 1, month: 2, year: 3 } as const;
  return [...events]
    .sort(
      (a, b) =>
        precision[a.granularity] - precision[b.granularity] ||
        (b.total ?? b.reports.length) - (a.total ?? a.reports.length) ||
        (a.start < b.start ? -1 : a.start > b.start ? 1 : 0),
    )
    .map((e, i) => withRank(e, i + 1))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.rank - b.rank));
}

export function createTimeline(deps: { archive: ArchiveReader }) {
  return async (rawTopic: string): Promise<TimelineResult> => {
    const topic = normaliseQuery(rawTopic);
    if (!topic.ok) return topic;
    const matcher = topicMatcher(topic.text);
    const best = await readBestDays(deps.archive, await matchingDays(deps.archive, topic.text, matcher));
    // The articles that name the topic (see namesTopic), told from the mentions their facts list anyway.
    const facts = [...best.reads.values()].map((r) => ({ r, facts: factsOf(r, matcher) }));
    const naming = facts.filter(({ facts: f }) => f.inTitle || f.mentions.length > 0);
    const read = naming.map(({ r }) => r);
    const reads = new Map(read.map((r) => [r.article.id, r]));
    const articles = new Map(read.map((r) => [r.article.id, r.article]));
    const plan = planCoarse(naming.map(({ facts: f }) => f));
    const offTopic = new Set([...best.reads.keys()].filter((id) => !reads.has(id)));
    // A sentence stands for one day, the best-ranked it reports, while another report of the next is there.
    const standing = new Set<string>();
    const days = best.days.flatMap((d) => {
      const event = dayEventOf(d, reads, matcher, standing);
      return event ? [withUnread(event, d, reads, offTopic)] : [];
    });
    const undated = plan.undated.map((u) => ({
      text: u.sentence.text,
      citations: [citationFor(articles.get(u.articleId) as Article, u.sentence.paragraph, u.sentence)],
    }));
    const events = ranked([...days, ...plan.events]).map((e) => eventOf(e, articles));
    const answer: TimelineAnswer = { topic: topic.text, events, pageSize: TIMELINE_PAGE_SIZE, undated };
    const leftOut = leftOutDays(best.reported, new Set(days.map((d) => dayNumber(d.date))));
    if (leftOut) answer.leftOut = leftOut;
    return { ok: true, answer };
  };
}

export type Timeline = ReturnType<typeof createTimeline>;
