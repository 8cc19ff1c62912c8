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
