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
