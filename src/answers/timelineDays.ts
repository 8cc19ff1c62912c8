/**
 * A timeline's days, chosen over every article that matches the topic from what indexing stored (the days each
 * article reports, where its paragraphs name the topic's words), without reading any text: a day ranks by how
 * many different articles about the topic report it, near their mentions of the topic, or were published on it
 * with the topic in their lead (the day's coverage). A day is an event of its own only when it stands out from the
 * running coverage around it (see standsOut). Pure functions over plain data.
 */
import type { DayReport } from '../indexing/dayReports';
import { NEAR_PARAGRAPHS } from './timelineSelect';
import { isTopical, LEAD_PARAGRAPHS } from './timelineTopic';

/** What the ranking knows of one matching article. */
export interface ArticleDays {
  id: string;
  published: string | null;
  /** The title names the topic. */
  inTitle: boolean;
  /** The paragraphs whose passages hold the topic's words, ascending. */
  matchParagraphs: number[];
  reports: DayReport[];
}

/** One article's report of a day: the sentence that states it, or its lead for its own day's news. */
export interface DayCitation {
  day: string;
  articleId: string;
  paragraph: number;
  /** The stating sentence's start, or null for the lead's first sentence near a mention (the article's own day). */
  sentenceStart: number | null;
  planned: boolean;
}

export interface RankedDay {
  day: string;
  /** One per article, in the order found. */
  citations: DayCitation[];
}

/** The days either side of a day that make up the running coverage it is measured against: about a month. */
export const COVERAGE_REACH_DAYS = 15;
/**
 * A day is an event of its own when at least this many times as many articles report it as report an average day
 * of the coverage around it. In the thick of a story every day is reported (the day after the arrest, the
 * second day of the trial); the days a reporter's timeline keeps are those the coverage peaks on.
 */
export const STANDOUT_RATIO = 2;

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);

/** Whether a day's reports are at least STANDOUT_RATIO times the mean running coverage a day around it. */
const exceeds = (own: number, aroundSum: number) =>
  own > 0 && own >= (STANDOUT_RATIO * aroundSum) / (2 * COVERAGE_REACH_DAYS);

/**
 * Whether a day stands out from the coverage around it: its reports are at least STANDOUT_RATIO times the mean
 * running coverage a day over the COVERAGE_REACH_DAYS days either side. In a quiet month one report stands out.
 * `coverage` counts each day's reports made at the time (see runningCoverage), `reports` all of them.
 */
export function standsOut(
  reports: ReadonlyMap<number, number>,
  coverage: ReadonlyMap<number, number>,
  day: number,
): boolean {
  let around = 0;
  for (let i = 1; i <= COVERAGE_REACH_DAYS; i++) {
    around += (coverage.get(day - i) ?? 0) + (coverage.get(day + i) ?? 0);
  }
  return exceeds(reports.get(day) ?? 0, around);
}

/**
 * For every day of `coverage`, the running coverage of the other days within COVERAGE_REACH_DAYS of it: what
 * standsOut sums, for all the days at once in one pass over them in order.
 */
export function coverageAround(coverage: ReadonlyMap<number, number>): Map<number, number> {
  const days = [...coverage.keys()].sort((a, b) => a - b);
  const of = (i: number) => coverage.get(days[i] as number) as number;
  const out = new Map<number, number>();
  let lo = 0;
  let hi = 0;
  let sum = 0;
  for (const n of days) {
    for (; hi < days.length && (days[hi] as number) <= n + COVERAGE_REACH_DAYS; hi++) sum += of(hi);
    for (; (days[lo] as number) < n - COVERAGE_REACH_DAYS; lo++) sum -= of(lo);
    out.set(n, sum - (coverage.get(n) as number));
  }
  return out;
}

/**
 * The running coverage of a day: its reports made at the time, by articles published no later than
 * COVERAGE_REACH_DAYS after it (or with no publication date). A day looked back on months later (the night of a
 * shooting, recalled through a whole trial a year on) is important, not running coverage: counting those later
 * reports as coverage hid the days next to it (the bail hearing a week after the shooting) from the stand-out rule.
 */
export function runningCoverage(day: number, publishedDays: readonly (number | null)[]): number {
  let count = 0;
  for (const pub of publishedDays) if (pub === null || pub - day <= COVERAGE_REACH_DAYS) count++;
  return count;
}

const near = (paragraph: number, matches: number[], reach: number) =>
  matches.some((m) => Math.abs(m - paragraph) <= reach);

/** The reports an article makes near the topic: within NEAR_PARAGRAPHS of a match when it is about the topic. */
function reportsNearTopic(a: ArticleDays, topical: boolean): DayCitation[] {
  const reach = topical ? NEAR_PARAGRAPHS : 0;
  const out: DayCitation[] = [];
  const days = new Set<string>();
  for (const r of a.reports) {
    if (days.has(r.day) || !near(r.paragraph, a.matchParagraphs, reach)) continue;
    days.add(r.day);
    out.push({
      day: r.day,
      articleId: a.id,
      paragraph: r.paragraph,
      sentenceStart: r.sentenceStart,
      planned: r.planned,
    });
  }
  return out;
}

/**
 * The article's own day, for an article about the topic whose lead speaks of it: the topic was news the day the
 * article came out, whether or not its lead also names the day of what it reports ("Police charged the athlete
 * on Monday" in Tuesday's paper reports Monday, and is Tuesday's coverage). Coverage is what the journalists'
 * days share: the days on which articles about the topic were published rank their days about as well as the
 * days those articles name.
 */
function ownDay(a: ArticleDays): DayCitation | null {
  if (!a.published) return null;
  const leads = [...Array(LEAD_PARAGRAPHS).keys()].map((i) => i + 1);
  // The lead paragraph that names the topic, else one next to a mention ("In other news, ..." before it).
  const lead =
    leads.find((n) => a.matchParagraphs.includes(n)) ??
    leads.find((n) => a.matchParagraphs.some((m) => Math.abs(m - n) <= NEAR_PARAGRAPHS));
  if (lead === undefined) return null;
  return { day: a.published, articleId: a.id, paragraph: lead, sentenceStart: null, planned: false };
}

/** The articles a timeline reads: those about the topic, or when none is, those that name it. */
export function topicalArticles(articles: ArticleDays[]): { article: ArticleDays; topical: boolean }[] {
  const topical = articles.filter((a) =>
    isTopical({ inTitle: a.inTitle, mentionParagraphs: a.matchParagraphs }),
  );
  if (topical.length > 0) return topical.map((article) => ({ article, topical: true }));
  return articles.map((article) => ({ article, topical: false }));
}

/** Every reported day that stands out from the coverage around it, the most-reported first (ties: the earlier day). */
export function rankDays(articles: ArticleDays[]): RankedDay[] {
  const numbers = new Map<string, number>();
  const numberOf = (day: string) => {
    let n = numbers.get(day);
    if (n === undefined) {
      n = dayNumber(day);
      numbers.set(day, n);
    }
    return n;
  };
  // Each day's citations, and the publication days of the articles citing it (for its running coverage).
  const days = new Map<string, { citations: DayCitation[]; published: (number | null)[] }>();
  const add = (c: DayCitation, pub: number | null) => {
    const entry = days.get(c.day);
    if (entry) {
      entry.citations.push(c);
      entry.published.push(pub);
    } else days.set(c.day, { citations: [c], published: [pub] });
  };
  for (const { article, topical } of topicalArticles(articles)) {
    // One citation per day and article: its reports near the topic have distinct days already.
    const near = reportsNearTopic(article, topical);
    const published = article.published === null ? null : numberOf(article.published);
    for (const c of near) add(c, published);
    const own = topical ? ownDay(article) : null;
    if (own && !near.some((c) => c.day === own.day)) add(own, published);
  }
  const coverage = new Map<number, number>();
  for (const [day, { published }] of days) {
    const n = numberOf(day);
    coverage.set(n, runningCoverage(n, published));
  }
  const around = coverageAround(coverage);
  return [...days.entries()]
    .filter(([day, { citations }]) => exceeds(citations.length, around.get(numberOf(day)) ?? 0))
    .map(([day, { citations }]) => ({ day, citations }))
    .sort((a, b) => b.citations.length - a.citations.length || (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
