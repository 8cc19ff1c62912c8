/** Searches in lists kept in order. */

/** The index of the first item whose key is `at` or more, in items ascending by that key (items.length if none). */
export function firstAtOrAfter<T>(items: readonly T[], key: (item: T) => number, at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid] as T) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the items are in order of their start. */
export const startsAscending = (items: readonly { start: number }[]): boolean =>
  items.every((item, i) => i === 0 || (items[i - 1] as { start: number }).start <= item.start);

const ASCENDING = new WeakMap<readonly { start: number }[], boolean>();

/** startsAscending, told once per list: only for lists never changed once made (an article's indexed dates). */
export function startsAscendingOnce(items: readonly { start: number }[]): boolean {
  let ascending = ASCENDING.get(items);
  if (ascending === undefined) {
    ascending = startsAscending(items);
    ASCENDING.set(items, ascending);
  }
  return ascending;
}

interface Extent {
  start: number;
  end: number;
}

/**
 * The items lying within a span (starting at or after its start, ending at or before its end), in their order.
 * Items in order of their start (`ascending`: see startsAscending, startsAscendingOnce) are found from a binary
 * search to the first that starts past the span; others by a scan of them all.
 */
export function spansWithin<T extends Extent>(items: readonly T[], span: Extent, ascending: boolean): T[] {
  const inside = (item: T) => item.start >= span.start && item.end <= span.end;
  if (!ascending) return items.filter(inside);
  const out: T[] = [];
  for (let i = firstAtOrAfter(items, (item) => item.start, span.start); i < items.length; i++) {
    const item = items[i] as T;
    if (item.start > span.end) break;
    if (inside(item)) out.push(item);
  }
  return out;
}
