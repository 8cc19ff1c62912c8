import { grow } from '../../../src/search/engine/grow';

describe('grow', () => {
  it('gives the same array back when it already holds the size asked for', () => {
    const pairs = new Float64Array([1.5, 2.5, 0, 0]);
    expect(grow(pairs, 4)).toBe(pairs);
  });

  it('copies into an array of the same kind, at least twice as long, the values kept', () => {
    const grown = grow(Float64Array.from([2 ** 40 + 1, 7]), 3);
    expect(grown).toBeInstanceOf(Float64Array);
    expect(grown.length).toBeGreaterThanOrEqual(4);
    expect([...grown.subarray(0, 2)]).toEqual([2 ** 40 + 1, 7]);
    expect(grow(new Int32Array(0), 100).length).toBe(100);
  });

  it('grows by a smaller factor when asked, to a least length', () => {
    expect(grow(new Uint8Array(1000), 1001, 1.25, 384).length).toBe(1250);
    expect(grow(new Uint8Array(0), 10, 1.25, 384).length).toBe(384);
  });
});
