import { boundedMemo } from '../../src/text/boundedMemo';

describe('boundedMemo', () => {
  it('computes a string once while it is remembered, and forgets all at once past the bound', () => {
    const calls: string[] = [];
    const upper = boundedMemo((s) => {
      calls.push(s);
      return s.toUpperCase();
    }, 2);
    expect([upper('lay'), upper('skilling'), upper('lay')]).toEqual(['LAY', 'SKILLING', 'LAY']);
    expect(calls).toEqual(['lay', 'skilling']);
    // A third string clears the two remembered, so 'lay' is computed again.
    expect([upper('fastow'), upper('lay'), upper('fastow')]).toEqual(['FASTOW', 'LAY', 'FASTOW']);
    expect(calls).toEqual(['lay', 'skilling', 'fastow', 'lay']);
  });
});
