import { holdsPhrase, PHRASE_RULES, phraseNarrows, phraseOf } from '../../src/text/phrase';
import { queryTerms } from '../../src/text/terms';

describe('phrase rules: every example', () => {
  for (const rule of PHRASE_RULES) {
    const phrase = phraseOf(rule.query, rule.mode);
    for (const sentence of rule.holds) {
      it(`${rule.id}: "${sentence}" holds "${rule.query}"`, () => {
        expect(holdsPhrase(sentence, phrase)).toBe(true);
      });
    }
    for (const sentence of rule.lacks) {
      it(`${rule.id}: "${sentence}" lacks "${rule.query}"`, () => {
        expect(holdsPhrase(sentence, phrase)).toBe(false);
      });
    }
  }
});

describe('phrase rules: the counter-examples are what the index terms alone would match', () => {
  const shares = (sentence: string, query: string) => {
    const terms = new Set(queryTerms(sentence));
    return queryTerms(query).every((t) => terms.has(t));
  };
  it.each([
    ['Prince Harry spoke first; William Hague, the former minister, followed him.', 'Prince William'],
    ['The well was dug near Fargo last spring.', 'Wells Fargo'],
    ['The well ran dry in August.', 'Wells'],
    ['The war on trade barriers continued.', 'trade war'],
  ])('"%s" shares the terms of "%s"', (sentence, query) => {
    expect(shares(sentence, query)).toBe(true);
  });
});

describe('phraseOf', () => {
  it('drops leading and trailing stopwords, keeps inner ones', () => {
    expect(phraseOf('the election', 'words').words).toEqual(['election']);
    expect(phraseOf('Bank of America', 'name').words).toEqual(['bank', 'of', 'america']);
  });

  it('narrows a name or several words, not one lower-case word (the index matches it by its stem)', () => {
    expect(phraseNarrows(phraseOf('tariffs', 'words'))).toBe(false);
    expect(phraseNarrows(phraseOf('Wells', 'name'))).toBe(true);
    expect(phraseNarrows(phraseOf('Clinton', 'name'))).toBe(false);
    expect(phraseNarrows(phraseOf('trade war', 'words'))).toBe(true);
  });
});
