import { extractDates, referenceDay } from '../../src/dates/extractDates';
import { EXAMPLE_REFERENCE, RULES } from '../../src/dates/rules';
import { articleFrom } from '../support/article';

const read = (sentence: string) => {
  const article = articleFrom(sentence);
  return extractDates(article, referenceDay(EXAMPLE_REFERENCE));
};

describe('every date rule reads its own examples', () => {
  const cases = RULES.flatMap((rule) =>
    rule.examples.map((ex) => [rule.id, ex.sentence, ex.text, ex.value] as const),
  );

  it('every rule has at least one example', () => {
    expect(RULES.filter((r) => r.examples.length === 0).map((r) => r.id)).toEqual([]);
  });

  it.each(cases)('%s: %s', (id, sentence, text, value) => {
    const found = read(sentence).find((e) => e.text === text);
    expect(found).toMatchObject({ value });
    expect(found?.rule.split('+')[0]).toBe(id);
  });
});

describe('and not its counter-examples', () => {
  const cases = RULES.flatMap((rule) =>
    (rule.counterExamples ?? []).map((ex) => [rule.id, ex.sentence, ex.text] as const),
  );
  it.each(cases)('%s must not read "%s" as its own', (id, sentence, text) => {
    const wrong = read(sentence).filter((e) => e.rule.split('+')[0] === id && e.text.includes(text));
    expect(wrong).toEqual([]);
  });
});
