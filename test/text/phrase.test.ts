import { holdsPhrase, PHRASE_RULES, phraseNarrows, phraseOf, phraseTester } from '../../src/text/phrase';
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

describe('phraseTester: the compiled check says what holdsPhrase says', () => {
  /** A small deterministic generator, so the texts are the same on every run. */
  function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
  }
  // Words, joiners and separators that make tokens join, split and end in possessives.
  const PIECES = [
    'Wells',
    'wells',
    'well',
    'Fargo',
    'fargo',
    "'s",
    "'",
    '.',
    'U.S',
    's',
    ' ',
    ' ',
    ', ',
    '-',
    '\n',
    'wars',
    'war',
    'trade',
    'Trade',
    'x',
    '2',
    'é',
    '`',
    '’',
    '‘',
    '“',
    '—',
    'e\u0301',
    '²',
    'İ',
  ];
  const QUERIES: [string, 'name' | 'words'][] = [
    ['Wells Fargo', 'name'],
    ['Wells', 'name'],
    ['U.S. Wells', 'name'],
    ['trade war', 'words'],
    ['the trade wars', 'words'],
    ['Fargo trade', 'name'],
    ['Trevi\u00f1o Wells', 'name'],
  ];

  it('agrees on thousands of generated texts, ASCII or not', () => {
    const next = random(7);
    let held = 0;
    const differ: string[] = [];
    for (let t = 0; t < 4000; t++) {
      const length = 1 + Math.floor(next() * 14);
      const text = Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
      for (const [query, mode] of QUERIES) {
        const phrase = phraseOf(query, mode);
        const expected = holdsPhrase(text, phrase);
        if (expected) held++;
        if (phraseTester(phrase)(text) !== expected) differ.push(`${JSON.stringify(text)} ${query}`);
      }
    }
    expect(differ).toEqual([]);
    expect(held).toBeGreaterThan(300);
  });

  it('holds and lacks as every phrase rule says', () => {
    for (const rule of PHRASE_RULES) {
      const test = phraseTester(phraseOf(rule.query, rule.mode));
      for (const sentence of rule.holds) expect([sentence, test(sentence)]).toEqual([sentence, true]);
      for (const sentence of rule.lacks) expect([sentence, test(sentence)]).toEqual([sentence, false]);
    }
  });
});
