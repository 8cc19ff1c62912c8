import { EVENT_WORD_RULES, holdsEvent, withEventPhrases } from '../../src/answers/eventWords';
import { statesIt, whenAsked } from '../../src/answers/factoidDates';
import { termSet } from '../../src/text/terms';

const NO_WORDS = new Set<string>();

describe('event word rules', () => {
  const examples = EVENT_WORD_RULES.flatMap((rule) =>
    rule.examples.map((e) => [rule.id, e.question, e.sentence]),
  );

  it.each(examples)('%s: "%s" is stated by "%s"', (_id, question, sentence) => {
    expect(statesIt(sentence as string, whenAsked(question as string, NO_WORDS))).toBe(true);
  });

  it.each(examples)('%s: "%s" is not stated by a sentence of another event', (_id, question) => {
    const asked = whenAsked(question as string, NO_WORDS);
    const names = [...asked.phrases].map((p) => [...p][0]).join(' ');
    expect(statesIt(`${names} attended a gala dinner on Friday.`, asked)).toBe(false);
  });

  it('every rule has a reason, words and examples, and ids are unique', () => {
    for (const rule of EVENT_WORD_RULES) {
      expect(rule.reason.length).toBeGreaterThan(10);
      expect(rule.words.length).toBeGreaterThan(1);
      expect(rule.examples.length).toBeGreaterThan(0);
    }
    expect(new Set(EVENT_WORD_RULES.map((r) => r.id)).size).toBe(EVENT_WORD_RULES.length);
  });

  it('reads a phrase as its first word, and a word as any word of its event', () => {
    expect(withEventPhrases('Armstrong stood down on Wednesday')).toBe('Armstrong resign on Wednesday');
    expect(holdsEvent(termSet('the acquittal of the accused'), 'acquit')).toBe(true);
    expect(holdsEvent(termSet('the trial of the accused'), 'acquit')).toBe(false);
  });
});
