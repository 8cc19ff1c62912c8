import { measure, percentile } from '../../src/bench/latency';

describe('percentile (nearest rank)', () => {
  const values = Array.from({ length: 100 }, (_, i) => i + 1);

  it('p50, p95 and p99 of 1..100', () => {
    expect([percentile(values, 50), percentile(values, 95), percentile(values, 99)]).toEqual([50, 95, 99]);
  });

  it('one value is every percentile; none is 0', () => {
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBe(0);
  });
});

describe('measure', () => {
  it('calls the function on every input once to warm up, then once per round', async () => {
    const seen: string[] = [];
    const p = await measure((q) => seen.push(q), ['a', 'b'], 3);
    expect(seen).toEqual(['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b']);
    expect(p.p50).toBeLessThanOrEqual(p.p95);
    expect(p.p95).toBeLessThanOrEqual(p.p99);
  });
});
