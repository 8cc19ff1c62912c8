/**
 * From the articles' facts to a timeline's events, as pure functions: the articles about the topic (or, when
 * none is, those that name it), their dated reports, one event per day with every article that reports that day,
 * coarser events (week, month, year) merged when they share their words, and each event's rank: the number of
 * different articles reporting it, most first.
 */

import { boundedMemo } from '../text/boundedMemo';
import { furnitureRuleOf } from '../text/eventFurniture';
import { overlapShare, termSet } from '../text/terms';
import {
  type ArticleFacts,
  aboutTheTopic,
  citedInOrder,
  coarseReportsOf,
  eventSentences,
  type Granularity,
  publicationReport,
  type Report,
  reportsByDay,
  reportsOf,
  type SentenceFacts,
} from './timelineSelect';

export interface PlannedEvent {
  date: string;
  start: string;
  end: string;
  granularity: Granularity;
  /** The report whose sentence states the event best; its sentence is the event's text. */
  best: Report;
  /** One report per article, the best first. */
  reports: Report[];
  /** How many different articles report it, when more than the reports read (a day cites only so many). */
  total?: number;
  /** Every report is of a date after its article's publication, stated as what will happen. */
  planned: boolean;
  /** 1 = reported by the most articles. */
  rank: number;
}

export interface UndatedFact {
  articleId: string;
  sentence: SentenceFacts;
}

export interface TimelinePlan {
  events: PlannedEvent[];
  undated: UndatedFact[];
}

/** Two reports of one week, month or year are one event when they share at least this share of their words. */
const SAME_EVENT_OVERLAP = 0.3;
const MAX_UNDATED = 5;

function dayEvents(reports: Report[]): Omit<PlannedEvent, 'rank'>[] {
  const out: Omit<PlannedEvent, 'rank'>[] = [];
  for (const [day, list] of reportsByDay(reports)) {
    const { best, reports: cited } = citedInOrder(list) as { best: Report; reports: Report[] };
    out.push({
      date: day,
      start: day,
      end: day,
      granularity: 'day',
      best,
      reports: cited,
      planned: list.every((r) => r.planned),
    });
  }
  return out;
}

/**
 * The terms of the sentences already compared: a sentence with several dates is compared once per date, and the
 * next timeline reads many of the same articles. Never changed once made; forgotten all at once when full.
 */
const MAX_SENTENCE_TERMS = 20_000;
const sentenceTerms: (text: string) => ReadonlySet<string> = boundedMemo(termSet, MAX_SENTENCE_TERMS);

interface CoarseEvent {
  event: Omit<PlannedEvent, 'rank'>;
  terms: ReadonlySet<string>;
}

/**
 * The events a coarse report joins, looked up by the words they share: for each word, the events (by number,
 * ascending) whose sentence has it. The report joins the first event that overlaps it in time and shares at least
 * SAME_EVENT_OVERLAP of the smaller set of words, exactly as comparing it with every event in turn would find, but
 * only the events sharing a word are looked at, and each shared word is counted once per event.
 */
class CoarseEvents {
  readonly list: CoarseEvent[] = [];
  private readonly byTerm = new Map<string, number[]>();
  private shared = new Int32Array(64);

  joined(r: Report, terms: ReadonlySet<string>): CoarseEvent | undefined {
    if (this.shared.length < this.list.length) this.shared = new Int32Array(this.list.length * 2);
    const { shared } = this;
    const touched: number[] = [];
    for (const t of terms) {
      for (const n of this.byTerm.get(t) ?? []) {
        const count = (shared[n] as number) + 1;
        shared[n] = count;
        if (count === 1) touched.push(n);
      }
    }
    let first = -1;
    for (const n of touched) {
      if (first === -1 || n < first) {
        const { event, terms: its } = this.list[n] as CoarseEvent;
        const share = overlapShare(shared[n] as number, its.size, terms.size);
        if (event.start <= r.end && r.start <= event.end && share >= SAME_EVENT_OVERLAP) first = n;
      }
    }
    for (const n of touched) shared[n] = 0;
    return first === -1 ? undefined : this.list[first];
  }

  add(event: CoarseEvent): void {
    const n = this.list.push(event) - 1;
    for (const t of event.terms) {
      const events = this.byTerm.get(t);
      if (events) events.push(n);
      else this.byTerm.set(t, [n]);
    }
  }
}

/** Week, month and year reports, merged when they overlap in time and share their words. */
export function coarseEvents(reports: Report[]): Omit<PlannedEvent, 'rank'>[] {
  const merged = new CoarseEvents();
  for (const r of reports) {
    if (r.granularity === 'day') continue;
    const terms = sentenceTerms(r.sentence.text);
    const same = merged.joined(r, terms);
    if (!same) {
      const { date, start, end, granularity } = r;
      merged.add({
        event: { date, start, end, granularity, best: r, reports: [r], planned: r.planned },
        terms,
      });
    } else if (!same.event.reports.some((x) => x.articleId === r.articleId)) {
      same.event.reports.push(r);
      same.event.planned &&= r.planned;
    }
  }
  return merged.list.map((m) => m.event);
}

/** Each sentence's reports: all its days, or else its first coarser date. */
function sentenceReports(reports: Report[]): Report[] {
  const bySentence = new Map<number, Report[]>();
  for (const r of reports) {
    const list = bySentence.get(r.sentence.start);
    if (list) list.push(r);
    else bySentence.set(r.sentence.start, [r]);
  }
  const out: Report[] = [];
  for (const list of bySentence.values()) {
    const days = list.filter((r) => r.granularity === 'day');
    out.push(...(days.length > 0 ? days : list.slice(0, 1)));
  }
  return out;
}

/** A timeline is read day by day: days rank before weeks, months and years (background such as "in 2009"). */
const PRECISION: Readonly<Record<Granularity, number>> = { day: 0, week: 1, month: 2, year: 3 };

const byRank = (a: Omit<PlannedEvent, 'rank'>, b: Omit<PlannedEvent, 'rank'>) =>
  PRECISION[a.granularity] - PRECISION[b.granularity] ||
  b.reports.length - a.reports.length ||
  (a.start < b.start ? -1 : a.start > b.start ? 1 : 0);

const byDate = (a: PlannedEvent, b: PlannedEvent) =>
  a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : a.rank - b.rank;

/** The sentences of the paragraphs that name the topic, page furniture left out. */
function namingParagraphs(article: ArticleFacts): SentenceFacts[] {
  const named = new Set(
    article.sentences
      .filter((s) => article.mentions.some((m) => m.start < s.end && s.start < m.end))
      .map((s) => s.paragraph),
  );
  return article.sentences.filter((s) => named.has(s.paragraph) && furnitureRuleOf(s.text) === null);
}

/** The articles a timeline reads: those about the topic, or when there are none, those that name it. */
export function timelineArticles(articles: ArticleFacts[]): { article: ArticleFacts; topical: boolean }[] {
  const topical = articles.filter(aboutTheTopic);
  if (topical.length > 0) return topical.map((article) => ({ article, topical: true }));
  return articles.filter((a) => a.mentions.length > 0).map((article) => ({ article, topical: false }));
}

/**
 * An article's reports in its event sentences, and whether a sentence (by its start) reports anything: each
 * sentence's days or else its first coarser date (see sentenceReports), with its own day for an article about the
 * topic (see publicationReport); or, for the coarse plan, only the weeks, months and years (see coarseReportsOf).
 */
function articleReports(
  article: ArticleFacts,
  sentences: SentenceFacts[],
  topical: boolean,
  ownDays: boolean,
): { reports: Report[]; reporting: (start: number) => boolean } {
  if (!ownDays) {
    const coarse = coarseReportsOf(article, sentences);
    return { reports: coarse.reports, reporting: (start) => coarse.reporting.has(start) };
  }
  const own = sentenceReports(reportsOf(article, sentences));
  const published = topical ? publicationReport(article, sentences, own) : null;
  return {
    reports: published ? [...own, published] : own,
    reporting: (start) => own.some((r) => r.sentence.start === start),
  };
}

/** The dated reports of the articles a timeline reads, and their first undated facts. */
function gather(articles: ArticleFacts[], ownDays: boolean): { reports: Report[]; undated: UndatedFact[] } {
  const reports: Report[] = [];
  const undated: UndatedFact[] = [];
  for (const { article, topical } of timelineArticles(articles)) {
    const sentences = eventSentences(article, topical);
    const made = articleReports(article, sentences, topical, ownDays);
    reports.push(...made.reports);
    for (const s of undated.length < MAX_UNDATED ? namingParagraphs(article) : []) {
      if (undated.length >= MAX_UNDATED) break;
      if (!made.reporting(s.start)) undated.push({ articleId: article.id, sentence: s });
    }
  }
  return { reports, undated };
}

/** An event with its rank, fields written out rather than spread (see mentionWith in quotes/mentions.ts). */
export function withRank(e: Omit<PlannedEvent, 'rank'>, rank: number): PlannedEvent {
  const { date, start, end, granularity, best, reports, total, planned } = e;
  return { date, start, end, granularity, best, reports, total, planned, rank };
}

/** Events ranked (see byRank), then sorted by date. */
function rankedByDate(events: Omit<PlannedEvent, 'rank'>[]): PlannedEvent[] {
  return [...events]
    .sort(byRank)
    .map((e, i) => withRank(e, i + 1))
    .sort(byDate);
}

/** The timeline's events (sorted by date, each with its rank) and its undated facts. */
export function planTimeline(articles: ArticleFacts[]): TimelinePlan {
  const { reports, undated } = gather(articles, true);
  return { events: rankedByDate([...dayEvents(reports), ...coarseEvents(reports)]), undated };
}

/**
 * What planTimeline gives but its day events, in the same order (days rank before every coarser event, so
 * leaving them out changes no other event's place): the week, month and year events and the undated facts. The
 * timeline ranks its days over the whole archive instead (see timelineDays), and this skips the work of the days.
 */
export function planCoarse(articles: ArticleFacts[]): TimelinePlan {
  const { reports, undated } = gather(articles, false);
  return { events: rankedByDate(coarseEvents(reports)), undated };
}
