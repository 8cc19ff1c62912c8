import {
  holdsNamePairs,
  holdsPhrase,
  NAME_PAIR_RULES,
  namePairs,
  PHRASE_RULES,
  pairHash,
  phraseNarrows,
  phraseOf,
  phrasePairs,
  phraseTester,
} from '../../src/text/phrase';
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

describe('name pair rules: every example', () => {
  for (const rule of NAME_PAIR_RULES) {
    const phrase = phraseOf(rule.query, 'name');
    const cases = [
      ...rule.holds.map((s) => [s, true] as const),
      ...rule.lacks.map((s) => [s, false] as const),
    ];
    for (const [sentence, expected] of cases) {
      it(`${rule.id}: "${sentence}" ${expected ? 'holds' : 'lacks'} "${rule.query}"`, () => {
        expect(holdsNamePairs(sentence, phrase)).toBe(expected);
      });
    }
  }
});

describe('name pairs', () => {
  it('agree with the phrase check on every capitalised two-word name of the phrase rules', () => {
    const twoWordNames = PHRASE_RULES.filter(
      (r) => r.mode === 'name' && phrasePairs(phraseOf(r.query, 'name'))?.length === 1,
    );
    expect(twoWordNames.length).toBeGreaterThan(1);
    for (const rule of twoWordNames) {
      const phrase = phraseOf(rule.query, 'name');
      for (const sentence of [...rule.holds, ...rule.lacks])
        expect([sentence, holdsNamePairs(sentence, phrase)]).toEqual([
          sentence,
          holdsPhrase(sentence, phrase),
        ]);
    }
  });

  it('are the capitalised neighbours of a text, folded, possessives dropped, accents too', () => {
    expect(namePairs("Mayor Treviño's aide met Wells Fargo's board in New York.")).toEqual([
      pairHash('mayor', 'trevino'),
      pairHash('wells', 'fargo'),
      pairHash('new', 'york'),
    ]);
    expect(namePairs('Le ministre Émile Zola a parlé à 2016 Élections.')).toEqual([
      pairHash('emile', 'zola'),
    ]);
  });

  it('hash as 52-bit integers, different pairs apart, order counted', () => {
    const hashes = [pairHash('donald', 'trump'), pairHash('trump', 'donald'), pairHash('hillary', 'clinton')];
    for (const h of hashes) expect(Number.isSafeInteger(h) && h >= 0 && h < 2 ** 52).toBe(true);
    expect(new Set(hashes).size).toBe(3);
    expect(pairHash('donald', 'trump')).toBe(pairHash('donald', 'trump'));
  });

  it('cannot tell a name with a stopword or a number inside, a single word or lower-case words', () => {
    expect(phrasePairs(phraseOf('Bank of America', 'name'))).toBeNull();
    expect(phrasePairs(phraseOf('Boeing 737', 'name'))).toBeNull();
    expect(phrasePairs(phraseOf('Wells', 'name'))).toBeNull();
    expect(phrasePairs(phraseOf('trade war', 'words'))).toBeNull();
    expect(phrasePairs(phraseOf('Donald J Trump', 'name'))).toEqual([
      pairHash('donald', 'j'),
      pairHash('j', 'trump'),
    ]);
  });
});
