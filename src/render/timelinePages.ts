/**
 * A timeline in pages: the first shows the events most articles report (and always the newest event, so the
 * latest news is never hidden behind "Show more"), each later page the next best; every page in date order. And
 * the questions a page points to, written back as typed: the same timeline again ("Show more"), or for the weeks
 * of the days it does not list (see leftOutHint). Pure and stateless: the same answer and page number always give
 * the same page.
 */
import type { TimelineAnswer, TimelineEvent } from '../answers/timeline';
import type { AppliedFilter } from '../commands/filters';
import { readableValue } from './readableDate';

/** A timeline answer as the timeline command gives it: which page, and the filters it was asked with. */
export type PagedTimeline = TimelineAnswer & { page?: number; filters?: readonly AppliedFilter[] };

export interface TimelinePage {
  events: TimelineEvent[];
  /** 0-based. */
  page: number;
  pages: number;
  total: number;
}

const byDate = (a: TimelineEvent, b: TimelineEvent) =>
  a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.rank - b.rank;

/** The latest event: the one that ends last (then starts last). */
const newest = (events: readonly TimelineEvent[]) =>
  events.reduce<TimelineEvent | undefined>(
    (best, e) => (!best || e.end > best.end || (e.end === best.end && e.start > best.start) ? e : best),
    undefined,
  );

/** Every event in the order pages take them: best-ranked first, the newest moved into the first page. */
export function pageOrder(answer: TimelineAnswer): TimelineEvent[] {
  const size = Math.max(1, answer.pageSize);
  const ranked = [...answer.events].sort((a, b) => a.rank - b.rank || b.start.localeCompare(a.start));
  const latest = newest(ranked);
  const at = latest ? ranked.indexOf(latest) : -1;
  if (latest && at >= size) {
    ranked.splice(at, 1);
    ranked.splice(size - 1, 0, latest);
  }
  return ranked;
}

export function timelinePage(answer: TimelineAnswer, page = 0): TimelinePage {
  const size = Math.max(1, answer.pageSize);
  const total = answer.events.length;
  const pages = Math.max(1, Math.ceil(total / size));
  const p = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const events = pageOrder(answer)
    .slice(p * size, (p + 1) * size)
    .sort(byDate);
  return { events, page: p, pages, total };
}

/**
 * A filter's value as the filters read it back (see FILTER_TOKEN in commands/filters.ts): bare when it is one
 * word, else in curly quotes, which a shell leaves alone when the question is pasted after `newsdesk` (straight
 * ones only when the value holds a closing curly quote).
 */
const written = (value: string) =>
  /^[^\s"“”]+$/.test(value) ? value : value.includes('”') ? `"${value}"` : `“${value}”`;

/** The timeline's words again, its filters written back as typed: `cartel since:“Aug 1” outlet:Reuters`. */
export function timelineQuery(a: PagedTimeline): string {
  return [a.topic, ...(a.filters ?? []).map((f) => `${f.name}:${written(f.typed)}`)].join(' ');
}

/** The timeline's words and filters, its `since:` and `until:` replaced by the days given. */
export function stretchQuery(a: PagedTimeline, since: string, until: string): string {
  const kept = (a.filters ?? []).filter((f) => f.name !== 'since' && f.name !== 'until');
  const window: AppliedFilter[] = [
    { name: 'since', typed: since, value: since },
    { name: 'until', typed: until, value: until },
  ];
  return timelineQuery({ ...a, filters: [...kept, ...window] });
}

/** What the hint under a timeline's left-out days says (see LeftOutDays), the dates as people read them. */
export interface LeftOutHint {
  count: number;
  stretch: number;
  from: string;
  to: string;
  /** The same timeline for the stretch's weeks: its words, its other filters, their publication window. */
  query: string;
}

/**
 * The hint for a timeline's left-out days, or null when there are none. The window it asks for is the stretch's,
 * kept within the window the timeline was asked for: so each hint followed asks for a narrower window than the
 * last, and none is given when that would be the window asked for already (the same answer again).
 */
export function leftOutHint(a: PagedTimeline): LeftOutHint | null {
  if (!a.leftOut) return null;
  const { count, busiest: b } = a.leftOut;
  const asked = (name: 'since' | 'until') => a.filters?.find((f) => f.name === name)?.value;
  const [askedSince, askedUntil] = [asked('since'), asked('until')];
  const since = askedSince !== undefined && askedSince > b.since ? askedSince : b.since;
  const until = askedUntil !== undefined && askedUntil < b.until ? askedUntil : b.until;
  if (since > until || (since === askedSince && until === askedUntil)) return null;
  const query = stretchQuery(a, since, until);
  return { count, stretch: b.count, from: readableValue(b.first), to: readableValue(b.last), query };
}
