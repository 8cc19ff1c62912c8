/**
 * A timeline's days, chosen over every article that matches the topic from what indexing stored (the days each
 * article reports, where its paragraphs name the topic's words), without reading any text: a day ranks by how
 * many different articles about the topic report it, near their mentions of the topic, or were published on it
 * with the topic in their lead (the day's coverage). A day is an event of its own only when it stands out from the
 * running coverage around it (see standsOut), or when the whole story is one burst (see BURST_SHARE). Pure
 * functions over plain data.
 */
import { dayOf, NO_DAY, PACKED_WIDTH, PLANNED_FLAG } from '../indexing/dayReports';
import type { MatchedDays } from './archive';
import { matchedDaysOf } from './paragraphMatches';
import { NEAR_PARAGRAPHS } from './timelineSelect';
import { isTopicalIn, LEAD_PARAGRAPHS } from './timelineTopic';

/** What the ranking knows of one matching article (see MatchedArticles for all of them at once). */
export interface ArticleDays {
  id: string;
  published: string | null;
  /** The title names the topic. */
  inTitle: boolean;
  /** The paragraphs whose passages hold the topic's words, ascending. */
  matchParagraphs: number[];
  /** The days it reports, packed as indexing stored them (see packDayReports). */
  reports: readonly number[];
}

/**
 * What the ranking knows of the matching articles, as columns (see ParagraphMatches): article i is `ids[i]`, its
 * matched paragraphs `paragraphs[starts[i]]` up to `paragraphs[starts[i + 1]]`, ascending, and its publication day
 * and reported days as MatchedDays gives them. Thousands of articles match a common topic; an object each was much
 * of what choosing the days cost.
 */
export interface MatchedArticles extends MatchedDays {
  ids: string[];
  /** 1 where the title names the topic. */
  inTitle: Uint8Array;
  starts: Int32Array;
  paragraphs: Int32Array;
}

/** The columns of articles given one object each. */
export function matchedArticles(list: readonly ArticleDays[]): MatchedArticles {
  const starts = new Int32Array(list.length + 1);
  list.forEach((a, i) => {
    starts[i + 1] = (starts[i] as number) + a.matchParagraphs.length;
  });
  const { published, reportStarts, reports } = matchedDaysOf(list, (a) => a.reports);
  return {
    ids: list.map((a) => a.id),
    published,
    inTitle: Uint8Array.from(list, (a) => Number(a.inTitle)),
    reportStarts,
    reports,
    starts,
    paragraphs: Int32Array.from(list.flatMap((a) => a.matchParagraphs)),
  };
}

/** Whether article i of the columns is about the topic (see isTopical). */
const topicalAt = (m: MatchedArticles, i: number) =>
  isTopicalIn(m.inTitle[i] === 1, m.paragraphs, m.starts[i] as number, m.starts[i + 1] as number);

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

/** Whether a day's reports are at least STANDOUT_RATIO times the mean running coverage a day around it. */
const exceeds = (own: number, aroundSum: number) =>
  own > 0 && own >= (STANDOUT_RATIO * aroundSum) / (2 * COVERAGE_REACH_DAYS);

/**
 * Whether a day stands out from the coverage around it: its reports are at least STANDOUT_RATIO times the mean
 * running coverage a day over the COVERAGE_REACH_DAYS days either side. In a quiet month one report stands out.
 * `coverage` counts each day's reports made at the time (see DayTally), `reports` all of them.
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

/** Whether a paragraph is within `reach` paragraphs of a match (`matches[from..to)`, ascending). */
function near(
  paragraph: number,
  matches: ArrayLike<number>,
  reach: number,
  from = 0,
  to = matches.length,
): boolean {
  for (let i = from; i < to; i++) {
    const m = matches[i] as number;
    if (m >= paragraph - reach) return m <= paragraph + reach;
  }
  return false;
}

/** Whether `matches[from..to)` holds the paragraph. */
function holds(paragraph: number, matches: ArrayLike<number>, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (matches[i] === paragraph) return true;
  return false;
}

/**
 * The lead paragraph that cites an article's own day. An article about the topic whose lead speaks of it reports
 * its own day's news: the topic was news the day the article came out. The lead paragraph that names the topic,
 * else one next to a mention ("In other news, ..." before it); undefined when the lead is nowhere near it. Not
 * asked for an article that reports its own day already, or, near the topic anywhere in it, one of the two days
 * before (that day's news, not its own: see YESTERDAYS_NEWS_DAYS).
 */
function ownDayLead(matches: ArrayLike<number>, from: number, to: number): number | undefined {
  for (let n = 1; n <= LEAD_PARAGRAPHS; n++) if (holds(n, matches, from, to)) return n;
  for (let n = 1; n <= LEAD_PARAGRAPHS; n++) if (near(n, matches, NEAR_PARAGRAPHS, from, to)) return n;
  return undefined;
}

/**
 * The articles a timeline reads (by their place in the columns): those about the topic, or when none is, those
 * that name it; and which it is.
 */
export function topicalArticles(m: MatchedArticles): { chosen: number[]; topical: boolean } {
  const about: number[] = [];
  for (let i = 0; i < m.ids.length; i++) if (topicalAt(m, i)) about.push(i);
  if (about.length > 0) return { chosen: about, topical: true };
  return { chosen: Array.from(m.ids, (_, i) => i), topical: false };
}

/** The articles the ranking reads (see topicalArticles), with each one's publication day number (null: undated). */
interface Chosen {
  matched: MatchedArticles;
  /** Places in the columns. */
  articles: number[];
  topical: boolean;
  published: (number | null)[];
}

function chosenArticles(m: MatchedArticles): Chosen {
  const { chosen, topical } = topicalArticles(m);
  return {
    matched: m,
    articles: chosen,
    topical,
    published: chosen.map((i) => {
      const day = m.published[i] as number;
      return day === NO_DAY ? null : day;
    }),
  };
}

/**
 * An article about the topic that reports a day at most this many days before its own publication, near the
 * topic, reports that day's news ("Police charged the athlete on Thursday" in Friday's paper, "on Saturday" in
 * Monday's): it gives no citation to its own day as well. Counting both put the day after every big day among the
 * best (the day after an arrest, a death, a verdict, each reported as "yesterday"), above the days the
 * journalists' timelines keep: on 18 topics of the Entities timelines not used to build the ranking, top-k date
 * F1 0.235 -> 0.253 and above the counting baseline on 9 of them instead of 6; on the 8 used, 0.292 -> 0.284 and
 * on 7 of 8 instead of 6.
 */
export const YESTERDAYS_NEWS_DAYS = 2;

/**
 * Numbers per citation in a CitationList: day number, paragraph, sentence start (OWN_DAY: the article's own day),
 * planned (0 or 1), and the index of the citing article among the chosen ones.
 */
const CITATION_WIDTH = 5;
const OWN_DAY = -1;

/**
 * Every citation of the chosen articles, in order, CITATION_WIDTH numbers each in a typed array: the articles'
 * reports are read once, at random in the heap, and the citations twice after, front to back.
 */
class CitationList {
  values = new Int32Array(1024 * CITATION_WIDTH);
  count = 0;
  /** Where the article being read started. */
  private from = 0;

  startArticle(): void {
    this.from = this.count;
  }

  /** Whether the article being read cites this day already. */
  cites(day: number): boolean {
    return this.citesBetween(day, day);
  }

  /** Whether the article being read cites a day from `first` to `last`. */
  citesBetween(first: number, last: number): boolean {
    for (let c = this.from; c < this.count; c++) {
      const day = this.values[c * CITATION_WIDTH] as number;
      if (day >= first && day <= last) return true;
    }
    return false;
  }

  add(day: number, paragraph: number, sentenceStart: number, planned: number, article: number): void {
    if ((this.count + 1) * CITATION_WIDTH > this.values.length) {
      const values = new Int32Array(this.values.length * 2);
      values.set(this.values);
      this.values = values;
    }
    const at = this.count * CITATION_WIDTH;
    this.values[at] = day;
    this.values[at + 1] = paragraph;
    this.values[at + 2] = sentenceStart;
    this.values[at + 3] = planned;
    this.values[at + 4] = article;
    this.count++;
  }
}

/**
 * Every citation of the chosen articles: of each, first its reports near the topic (within NEAR_PARAGRAPHS of a
 * match when it is about the topic, one per day), then, for an article about it, its own day (see ownDayLead)
 * unless those reports already cite that day or one just before it (see YESTERDAYS_NEWS_DAYS). Read from the
 * packed reports, no object made.
 */
function citationsOf({ matched, articles, topical, published }: Chosen): CitationList {
  const reach = topical ? NEAR_PARAGRAPHS : 0;
  const out = new CitationList();
  const { paragraphs, starts, reports, reportStarts } = matched;
  articles.forEach((place, a) => {
    const from = starts[place] as number;
    const to = starts[place + 1] as number;
    out.startArticle();
    const end = reportStarts[place + 1] as number;
    for (let i = reportStarts[place] as number; i + PACKED_WIDTH <= end; i += PACKED_WIDTH) {
      const day = reports[i] as number;
      const paragraph = reports[i + 1] as number;
      if (!near(paragraph, paragraphs, reach, from, to) || out.cites(day)) continue;
      out.add(day, paragraph, reports[i + 2] as number, (reports[i + 3] as number) & PLANNED_FLAG, a);
    }
    const own = published[a] ?? null;
    if (!topical || own === null || out.citesBetween(own - YESTERDAYS_NEWS_DAYS, own)) return;
    const lead = ownDayLead(paragraphs, from, to);
    if (lead !== undefined) out.add(own, lead, OWN_DAY, 0, a);
  });
  return out;
}

/**
 * The days cited, and each one's number of citations and running coverage: its citations made at the time, by
 * articles published no later than COVERAGE_REACH_DAYS after it (or with no publication date). A day looked back
 * on months later (the night of a shooting, recalled through a whole trial a year on) is important, not running
 * coverage: counting those later reports as coverage hid the days next to it (the bail hearing a week after the
 * shooting) from the stand-out rule.
 */
interface DayTally {
  /** Day number -> its index in the columns below. */
  index: Map<number, number>;
  days: number[];
  citations: number[];
  coverage: number[];
  /** 1 where an article published that day or within YESTERDAYS_NEWS_DAYS after it cites the day. */
  timely: number[];
}

function tallyDays(list: CitationList, published: readonly (number | null)[]): DayTally {
  const tally: DayTally = { index: new Map(), days: [], citations: [], coverage: [], timely: [] };
  const { values } = list;
  for (let at = 0; at < list.count * CITATION_WIDTH; at += CITATION_WIDTH) {
    const day = values[at] as number;
    const pub = published[values[at + 4] as number] ?? null;
    let i = tally.index.get(day);
    if (i === undefined) {
      i = tally.days.push(day) - 1;
      tally.index.set(day, i);
      tally.citations.push(0);
      tally.coverage.push(0);
      tally.timely.push(0);
    }
    tally.citations[i] = (tally.citations[i] as number) + 1;
    if (pub === null || pub - day <= COVERAGE_REACH_DAYS)
      tally.coverage[i] = (tally.coverage[i] as number) + 1;
    if (pub !== null && pub >= day && pub - day <= YESTERDAYS_NEWS_DAYS) tally.timely[i] = 1;
  }
  return tally;
}

/**
 * The span of a burst: a story with at least BURST_SHARE of its running coverage (the citations made at the time,
 * see DayTally) within this many consecutive days is that burst (an uprising, an earthquake, a summit).
 */
export const BURST_DAYS = 60;
/**
 * The share of a story's running coverage that makes it a burst (see BURST_DAYS). A burst's timeline is day by
 * day: every day it reports is an event of its own, however thick the coverage around it, as the journalists'
 * timelines of such crises are. The stand-out rule is for a long story (a person, a company, a trial over years),
 * whose thick weeks are one chapter among many. On Timeline17's 8 crises top-k date F1 went 0.357 -> 0.540 (the
 * counting baseline: 0.565; Egypt 0.263 -> 0.950, Haiti 0.455 -> 0.909), on the 26 Entities topics nothing changed.
 * The share was chosen after seeing those topics: their densest 60 days hold at most 59 % of the coverage of an
 * Entities topic, 87-100 % of the four crises that are bursts. Those sets keep only the articles near their gold
 * dates, so a real archive, with years of coverage around a crisis, makes fewer topics bursts; a young archive
 * (a few weeks of articles) makes nearly every topic one, and its timelines list every day it reports.
 */
export const BURST_SHARE = 0.75;

/** The largest share of the citations (`counts[i]` on day `days[i]`) that fall within `window` consecutive days. */
export function densestShare(
  days: readonly number[],
  counts: readonly number[],
  window = BURST_DAYS,
): number {
  const sorted = days.map((day, i) => [day, counts[i] as number] as const).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let best = 0;
  let inWindow = 0;
  let first = 0;
  for (const [day, count] of sorted) {
    total += count;
    inWindow += count;
    while ((sorted[first] as readonly [number, number])[0] <= day - window) {
      inWindow -= (sorted[first] as readonly [number, number])[1];
      first++;
    }
    best = Math.max(best, inWindow);
  }
  return total > 0 ? best / total : 0;
}

/**
 * The days that are events of their own, by day number, each without its citations yet: every day of a burst
 * (see BURST_SHARE), else those that stand out from the coverage around them (see standsOut).
 */
function standingDays(tally: DayTally): Map<number, RankedDay> {
  const standing = new Map<number, RankedDay>();
  const stands = (day: number) => standing.set(day, { day: dayOf(day), citations: [] });
  if (densestShare(tally.days, tally.coverage) >= BURST_SHARE) {
    for (const day of tally.days) stands(day);
    return standing;
  }
  const around = coverageAround(new Map(tally.days.map((day, i) => [day, tally.coverage[i] as number])));
  tally.days.forEach((day, i) => {
    if (exceeds(tally.citations[i] as number, around.get(day) ?? 0)) stands(day);
  });
  return standing;
}

/** Every day the chosen articles report (day numbers), and those reported at the time (see ReportedDays.timely). */
export interface ReportedDays {
  all: number[];
  /**
   * The days an article published on the day or within YESTERDAYS_NEWS_DAYS after it reports: those a timeline of
   * the articles published from the day to YESTERDAYS_NEWS_DAYS after it would find again. Not a day only
   * recalled later, only planned ahead, or only reported by undated articles.
   */
  timely: number[];
}

/** The reported days a timeline does not list, and the stretch of weeks where most of those reported then are. */
export interface LeftOutDays {
  /** How many reported days are not listed (the running coverage of a long story, or cut by what it reads). */
  count: number;
  /**
   * The BURST_DAYS consecutive days that hold the most days reported at the time and not listed: the first and last
   * of those (YYYY-MM-DD), how many, and the publication window that finds their reports again (`since` the first,
   * `until` YESTERDAYS_NEWS_DAYS after the last). A timeline of the articles published then is that stretch's own
   * story, most often a burst (see BURST_SHARE) listed day by day: the weeks of a financial crisis when every day's
   * markets were news.
   */
  busiest: { first: string; last: string; count: number; since: string; until: string };
}

/** Fewer left-out days than this in their busiest stretch are not worth pointing to. */
export const LEFT_OUT_STRETCH_DAYS = 5;

/** The most days of `sorted` (ascending) within BURST_DAYS consecutive days: the first such stretch's bounds. */
function busiestStretch(sorted: readonly number[]): { first: number; last: number } {
  let first = 0;
  let last = -1;
  let from = 0;
  for (let to = 0; to < sorted.length; to++) {
    while ((sorted[from] as number) <= (sorted[to] as number) - BURST_DAYS) from++;
    if (to - from > last - first) [first, last] = [from, to];
  }
  return { first, last };
}

/**
 * The reported days a timeline does not list (see LeftOutDays), or null when fewer than LEFT_OUT_STRETCH_DAYS of
 * those reported at the time lie within BURST_DAYS of one another.
 */
export function leftOutDays(reported: ReportedDays, listed: ReadonlySet<number>): LeftOutDays | null {
  const left = reported.timely.filter((day) => !listed.has(day)).sort((a, b) => a - b);
  const { first, last } = busiestStretch(left);
  const stretch = last - first + 1;
  if (stretch < LEFT_OUT_STRETCH_DAYS) return null;
  const [from, to] = [left[first] as number, left[last] as number];
  const busiest = {
    first: dayOf(from),
    last: dayOf(to),
    count: stretch,
    since: dayOf(from),
    until: dayOf(to + YESTERDAYS_NEWS_DAYS),
  };
  return { count: reported.all.filter((day) => !listed.has(day)).length, busiest };
}

/** A timeline's days (see rankDays) and every day reported (see ReportedDays). */
export interface ChosenDays {
  days: RankedDay[];
  reported: ReportedDays;
}

/**
 * Every reported day that is an event of its own (see standingDays), the most-reported first (ties: the earlier
 * day). The days are counted first from the packed reports; only those days get their citations made.
 */
export const rankDays = (matched: MatchedArticles): RankedDay[] => chooseDays(matched).days;

/** rankDays, with every day reported (for the days a timeline does not list: see LeftOutDays). */
export function chooseDays(matched: MatchedArticles): ChosenDays {
  const chosen = chosenArticles(matched);
  const list = citationsOf(chosen);
  const tally = tallyDays(list, chosen.published);
  const standing = standingDays(tally);
  const { values } = list;
  for (let at = 0; at < list.count * CITATION_WIDTH; at += CITATION_WIDTH) {
    const ranked = standing.get(values[at] as number);
    if (!ranked) continue;
    const start = values[at + 2] as number;
    ranked.citations.push({
      day: ranked.day,
      articleId: matched.ids[chosen.articles[values[at + 4] as number] as number] as string,
      paragraph: values[at + 1] as number,
      sentenceStart: start === OWN_DAY ? null : start,
      planned: values[at + 3] === PLANNED_FLAG,
    });
  }
  const days = [...standing.values()].sort(
    (a, b) => b.citations.length - a.citations.length || (a.day < b.day ? -1 : a.day > b.day ? 1 : 0),
  );
  const timely = tally.days.filter((_, i) => tally.timely[i] === 1);
  return { days, reported: { all: tally.days, timely } };
}
