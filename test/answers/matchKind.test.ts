import { MEANING_RULES, matchKind, OPPOSITES } from '../../src/answers/matchKind';

const PRINTED =
  '“We are not observing them from a distance, we are watching every move they make,” she said.';

describe('match kind', () => {
  it('exact: the same words, quotation marks and case aside', () => {
    expect(matchKind('we are NOT observing them from a distance', PRINTED)).toEqual({
      kind: 'exact',
      differences: [],
    });
  });

  it('close: a dropped word is listed', () => {
    expect(matchKind('we are not observing them from distance', PRINTED)).toEqual({
      kind: 'close',
      differences: ['a'],
    });
  });

  it('close: two swapped words are listed', () => {
    const m = matchKind('we are not observing them from a distance, we are watching move every', PRINTED);
    expect(m.kind).toBe('close');
    expect(m.differences.length).toBeGreaterThan(0);
  });

  it('differs: "not" removed', () => {
    expect(matchKind('we are observing them from a distance', PRINTED)).toEqual({
      kind: 'differs',
      differences: ['not'],
    });
  });

  it('differs: "not" added', () => {
    expect(matchKind('It is not a negotiating tactic', '“It is a negotiating tactic,” he said.')).toEqual({
      kind: 'differs',
      differences: ['not'],
    });
  });

  it('differs: a number changed', () => {
    const m = matchKind('we will hire 300 new teachers', '“We will hire 200 new teachers,” the mayor said.');
    expect(m.kind).toBe('differs');
    expect(m.differences).toEqual(expect.arrayContaining(['300', '200']));
  });

  it('differs: a name changed', () => {
    const m = matchKind('the deal with Canada is finished', '“The deal with Mexico is finished,” he said.');
    expect(m.kind).toBe('differs');
  });

  it('every meaning rule accepts its examples and rejects its counter-examples', () => {
    for (const rule of MEANING_RULES) {
      for (const w of rule.examples.yes) expect([rule.id, w, rule.test(w)]).toEqual([rule.id, w, true]);
      for (const w of rule.examples.no) expect([rule.id, w, rule.test(w)]).toEqual([rule.id, w, false]);
    }
  });

  it('differs: opposites swapped or traded, each example of the opposite rule', () => {
    for (const { query, quote } of OPPOSITES.examples) {
      const m = matchKind(query, quote);
      expect([query, m.kind]).toEqual([query, 'differs']);
    }
    const swapped = matchKind(OPPOSITES.examples[0].query, OPPOSITES.examples[0].quote);
    expect(swapped.differences).toEqual(expect.arrayContaining(['hard', 'easy']));
  });

  it("close, not differs: both words of a pair in the reporter's own wording are a paraphrase", () => {
    const m = matchKind(
      'more or less everyone agreed with the plan',
      '“Pretty much everyone agreed with the plan,” he said.',
    );
    expect(m.kind).toBe('close');
  });

  it('close, not differs: one word of a pair dropped alone is a slip', () => {
    const m = matchKind(
      'we need more teachers in every school',
      '“We need teachers in every school,” she said.',
    );
    expect(m.kind).toBe('close');
  });
});
