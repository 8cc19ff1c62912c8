import { mapTyped } from '../../../src/search/engine/mapTyped';

describe('mapTyped', () => {
  it('gives what Kind.from(source, fn) gives, from an array or a typed array, rounding as the kind does', () => {
    const source = [3, -1, 2.5, 1e10, 0.1];
    const typed = Float64Array.from(source);
    const half = (v: number) => v / 2;
    expect(mapTyped(Int32Array, source, half)).toEqual(Int32Array.from(source, half));
    expect(mapTyped(Int32Array, typed, half)).toEqual(Int32Array.from(typed, half));
    expect(mapTyped(Float32Array, source, half)).toEqual(Float32Array.from(source, half));
    expect(mapTyped(Float32Array, typed, half)).toEqual(Float32Array.from(typed, half));
    expect(mapTyped(Float64Array, source, half)).toEqual(Float64Array.from(source, half));
    expect(mapTyped(Float64Array, typed, half)).toEqual(Float64Array.from(typed, half));
    expect(Array.from(mapTyped(Int32Array, source, half))).toEqual([1, 0, 1, 705032704, 0]);
  });

  it('gives an empty array of the kind for an empty source', () => {
    const out = mapTyped(Float32Array, [], (v) => v);
    expect(out).toBeInstanceOf(Float32Array);
    expect(out).toHaveLength(0);
  });
});
