/** Typed arrays that grow as rows are appended. */

/** `array` when it holds `size` values, else a copy at least twice as long (16 at least) with its values. */
export const grow = <A extends Int32Array | Float32Array | Float64Array | Uint8Array | Uint32Array>(
  array: A,
  size: number,
): A => {
  if (size <= array.length) return array;
  const next = new (array.constructor as new (n: number) => A)(Math.max(size, array.length * 2, 16));
  next.set(array);
  return next;
};
