import { isMatch, matchQuote, matchScore, matchWords } from '../../src/answers/quoteMatch';

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

  it('does not match words scattered over a long printed speech', () => {
    const filler = 'We thank every nurse and every teacher in this great county tonight';
    const query = "They also can't be counted on to propel a candidate to victory.";
    const speech = query
      .replace(/[.]/g, '')
      .split(' ')
      .map((word) => `${filler}, ${word}.`)
      .join(' ');
    expect(matches(query, speech)).toBe(false);
    expect(matches(query, `${filler}. ${query} ${filler}.`)).toBe(true);
  });

  it('ranks the quote holding more of the remembered words above a shorter one sharing a phrase', () => {
    const q = matchWords('of the Harbor Relief program been has');
    const long = matchWords(
      'The basic flaw at the heart of the Harbor Relief program has been the rule that families under threat must wait in the country for the long months it takes to process claims.',
    );
    const short = matchWords('The Harbor Relief program has grown');
    expect(matchScore(matchQuote(q, long))).toBeGreaterThan(matchScore(matchQuote(q, short)));
  });

  it('folds initialisms and accents', () => {
    expect(matchWords('the U.S. Treviño')).toEqual(['the', 'us', 'trevino']);
  });
});
