/**
 * `timeline`: dated events about a topic, oldest first. Relevance comes from the passage index (paragraphs that
 * match the topic, and their neighbours in articles that are about it); an event is a sentence with a resolved
 * date; the same happening reported by several articles is one event with several citations. The other sentences
 * of the matching paragraphs go to `undated`. An article without a publication date contributes only absolute dates.
 */

import type { Article, Span } from '../corpus/types';
import { granularityOf, rangeOf } from '../dates/calendar';
import type { TimeExpression } from '../dates/extractDates';
import type { Result } from '../errors';
import { termOverlap, termSet } from '../text/terms';
import type { ArchiveReader } from './archive';
import { type Citation, citationFor } from './citation';
import { normaliseQuery, type QueryProblem } from './query';

export interface TimelineEvent {
  date: string;
  start: string;
  end: string;
  granularity: 'year' | 'month' | 'week' | 'day';
  text: string;
  citations: Citation[];
}

export interface TimelineAnswer {
  topic: string;
  events: TimelineEvent[];
  undated: { text: string; citations: Citation[] }[];
}

export type TimelineResult = Result<TimelineAnswer, QueryProblem>;

const SEARCH_LIMIT = 300;
/** An article with at least this many matching paragraphs is about the topic: its neighbouring paragraphs count. */
const ABOUT_THE_TOPIC = 3;
/** Two reports of one event share at least this share of their words. */
const SAME_EVENT_OVERLAP = 0.3;
const MAX_UNDATED = 5;

type Place = { article: Article; paragraph: number; direct: boolean };

/** The paragraphs a timeline reads: those matching the topic, and their neighbours in articles about it. */
async function relevantParagraphs(archive: ArchiveReader, topic: string): Promise<Place[]> {
  const byArticle = new Map<string, { article: Article; paragraphs: Set<number> }>();
  for (const hit of await archive.searchPassages(topic, { limit: SEARCH_LIMIT })) {
    const entry = byArticle.get(hit.article.id) ?? { article: hit.article, paragraphs: new Set<number>() };
    entry.paragraphs.add(hit.passage.paragraph);
    byArticle.set(hit.article.id, entry);
  }
  const places: Place[] = [];
  for (const { article, paragraphs } of byArticle.values()) {
    const wanted = new Set(paragraphs);
    if (paragraphs.size >= ABOUT_THE_TOPIC) for (const n of paragraphs) wanted.add(n - 1).add(n + 1);
    for (const n of [...wanted].sort((a, b) => a - b)) {
      if (article.paragraphs.some((p) => p.n === n))
        places.push({ article, paragraph: n, direct: paragraphs.has(n) });
    }
  }
  return places;
}

/** The first expression in a sentence that names a day, week, month, quarter or year. */
function dateIn(sentence: Span, dates: TimeExpression[]): TimeExpression | undefined {
  return dates.find(
    (d) =>
      d.start >= sentence.start &&
      d.end <= sentence.end &&
      d.type !== 'DURATION' &&
      d.type !== 'SET' &&
      rangeOf(d.value) !== null,
  );
}

function eventFor(article: Article, paragraph: number, sentence: Span, date: TimeExpression): TimelineEvent {
  const range = rangeOf(date.value) as { start: string; end: string };
  const granularity = granularityOf(date.value) ?? 'year';
  const prefix =
    /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$/.exec(date.value.slice(0, 10))?.[0] ?? date.value.slice(0, 4);
  return {
    date: /Q|SP|SU|FA|WI|H/.test(date.value) ? date.value.slice(0, 4) : prefix,
    start: range.start,
    end: range.end,
    granularity,
    text: article.text.slice(sentence.start, sentence.end),
    citations: [citationFor(article, paragraph, sentence)],
  };
}

/** Merges reports of one happening: overlapping dates and mostly the same words. */
function merge(events: TimelineEvent[]): TimelineEvent[] {
  const merged: { event: TimelineEvent; terms: Set<string> }[] = [];
  for (const event of events) {
    const terms = termSet(event.text);
    const same = merged.find(
      (m) =>
        m.event.start <= event.end &&
        event.start <= m.event.end &&
        termOverlap(m.terms, terms) >= SAME_EVENT_OVERLAP,
    );
    if (!same) merged.push({ event, terms });
    else if (!same.event.citations.some((c) => c.articleId === event.citations[0]?.articleId)) {
      same.event.citations.push(...event.citations);
    }
  }
  return merged.map((m) => m.event);
}

export function createTimeline(deps: { archive: ArchiveReader }) {
  return async (rawTopic: string): Promise<TimelineResult> => {
    const topic = normaliseQuery(rawTopic);
    if (!topic.ok) return topic;
    const events: TimelineEvent[] = [];
    const undated: TimelineAnswer['undated'] = [];
    const dated = new Map<string, TimeExpression[]>();
    for (const { article, paragraph, direct } of await relevantParagraphs(deps.archive, topic.text)) {
      const p = article.paragraphs.find((x) => x.n === paragraph);
      const dates = dated.get(article.id) ?? (await deps.archive.datesOf(article.id));
      dated.set(article.id, dates);
      for (const sentence of p?.sentences ?? []) {
        const date = dateIn(sentence, dates);
        if (date) events.push(eventFor(article, paragraph, sentence, date));
        else if (direct && undated.length < MAX_UNDATED) {
          undated.push({
            text: article.text.slice(sentence.start, sentence.end),
            citations: [citationFor(article, paragraph, sentence)],
          });
        }
      }
    }
    const sorted = merge(events).sort((a, b) =>
      a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : 1,
    );
    return { ok: true, answer: { topic: topic.text, events: sorted, undated } };
  };
}

export type Timeline = ReturnType<typeof createTimeline>;
