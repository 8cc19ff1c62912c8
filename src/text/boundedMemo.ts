/**
 * A string function remembered for the strings it has been given: the same names, titles and lines come back again
 * and again. At most `max` are kept; then all are forgotten at once (cheaper than tracking which is oldest).
 */
export function boundedMemo<T>(fn: (s: string) => T, max: number): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    let out = seen.get(s);
    if (out === undefined) {
      if (seen.size >= max) seen.clear();
      out = fn(s);
      seen.set(s, out);
    }
    return out;
  };
}
