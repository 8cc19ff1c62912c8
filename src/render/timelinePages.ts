/**
 * A timeline in pages: the first shows the events most articles report (and always the newest event, so the
 * latest news is never hidden behind "Show more"), each later page the next best; every page in date order.
 * Pure and stateless: the same answer and page number always give the same page.
 */
import type { TimelineAnswer, TimelineEvent } from '../answers/timeline';

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
