/**
 * A string function remembered for the strings it has been given: the same names, titles and lines come back again
 * and again. At most `max` are kept; then all are forgotten at once (cheaper than tracking which is oldest).
 */
export function boundedMemo(fn: (s: string) => string, max: number): (s: string) => string {
  const seen = new Map<string, string>();
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
