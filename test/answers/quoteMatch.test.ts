import { isMatch, matchQuote, matchWords } from '../../src/answers/quoteMatch';

const matches = (query: string, quote: string) => {
  const q = matchWords(query);
  return isMatch(matchQuote(q, matchWords(quote)), q.length);
};

const PRINTED = '“It is really easy to get the United States into a war and very hard to get us out,”';

describe('quote matching', () => {
  it('matches straight apostrophes against curly ones, and case', () => {
    expect(matches("it's gotten too easy to go to war", '“It’s gotten too easy to go to war.”')).toBe(true);
  });

  it('matches a dropped word, a swapped word and a misremembered paraphrase', () => {
    expect(matches('It is easy to get the United States into a war', PRINTED)).toBe(true);
    expect(matches('It is really simple to get the United States into a war', PRINTED)).toBe(true);
    expect(matches('easy to get the US into a war but hard to get out', PRINTED)).toBe(true);
  });

  it('matches a short quote wholly contained in a longer query', () => {
    expect(
      matches("It's not a negotiating tactic. It's not Art of the Deal.", '"not a negotiating tactic,"'),
    ).toBe(true);
  });

  it('does not match a few shared common words', () => {
    expect(matches('Make America great again', PRINTED)).toBe(false);
    expect(matches('get out of the war', PRINTED)).toBe(false);
  });

  it('needs a one- or two-word query to be most of the quote', () => {
    expect(matches('could happen', '“Could happen,”')).toBe(true);
    expect(matches('anything', "\"I can't reveal anything, but that's not what I'm saying,\"")).toBe(false);
  });

  it('folds initialisms and accents', () => {
    expect(matchWords('the U.S. Treviño')).toEqual(['the', 'us', 'trevino']);
  });
});
