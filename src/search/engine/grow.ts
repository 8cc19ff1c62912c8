/** Typed arrays that grow as rows are appended. */

/**
 * `array` when it holds `size` values, else a copy with its values, at least `factor` times as long (twice by
 * default) and `least` long (16 by default).
 */
export const grow = <A extends Int32Array | Float32Array | Float64Array | Uint8Array | Uint32Array>(
  array: A,
  size: number,
  factor = 2,
  least = 16,
): A => {
  if (size <= array.length) return array;
  const length = Math.max(size, Math.ceil(array.length * factor), least);
  const next = new (array.constructor as new (n: number) => A)(length);
  next.set(array);
  return next;
};
