import { splitSentences } from '../../src/corpus/sentences';
import { furnitureRuleOf } from '../../src/text/eventFurniture';
import { STAMP_FORMS, stampSentence } from '../../src/text/stamps';

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('publication stamps, read alike by the splitter and the furniture rules', () => {
  const forms = STAMP_FORMS.map((f) => [f.rule, f.example.stamp, f] as const);

  it.each(forms)('%s: the splitter cuts "%s" out of the text run into it', (_rule, stamp, form) => {
    const sentences = sentencesOf(form.example.text);
    expect(sentences).toContain(stamp);
    expect(sentences.length).toBeGreaterThan(1);
  });

  it.each(forms)('%s: "%s" alone is furniture of that rule', (rule, stamp) => {
    expect(stampSentence(rule).test(stamp)).toBe(true);
    expect(furnitureRuleOf(stamp)).toBe(rule);
  });

  it('leaves prose that only looks like a stamp in its sentence', () => {
    for (const text of [
      'The poll was taken January 27, 2011 | By comparison, turnout was low.',
      'Thu, Oct 20 7:15 PM ROME (Reuters) - The talks ended without a deal.',
    ]) {
      expect(sentencesOf(text)).toEqual([text]);
    }
  });

  it('takes a stamp that is the sentence, not one inside a sentence', () => {
    expect(stampSentence('byline-date').test('March 29, 2010 was the day the embassy closed.')).toBe(false);
    expect(stampSentence('broadcast-stamp').test('It was Aired March 4, 2012 - 18:00 ET, twice.')).toBe(
      false,
    );
    expect(stampSentence('wire-dateline').test('CAIRO | Tue Sep 13, 2011 1:47 pm IST')).toBe(true);
  });
});
