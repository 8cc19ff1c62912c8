/**
 * `fn` of every value of `source`, into a new typed array of `Kind`: what `Kind.from(source, fn)` gives, written as
 * a loop because V8's `from` with a mapping function is ten times slower (3 million values: 546 ms against 86 ms
 * from an array, 40 ms from a typed array, Node 20), and saving an index of 100,000 articles maps that many.
 */
export function mapTyped<A extends Int32Array | Float32Array | Float64Array>(
  Kind: new (length: number) => A,
  source: ArrayLike<number>,
  fn: (value: number) => number,
): A {
  const out = new Kind(source.length);
  for (let i = 0; i < source.length; i++) out[i] = fn(source[i] as number);
  return out;
}
