import { extractQuotes } from '../../../src/quotes/extractQuotes';
import { QuoteIndex } from '../../../src/search/engine/quoteIndex';
import { articleFrom } from '../../support/article';

const council = articleFrom(
  '"We will not raise the bridge toll this year," Mayor Ana Ruiz said on Tuesday.\n\n' +
    '"The repairs cannot wait another winter," said Tom Hale, the city engineer.',
  { id: 'council' },
);

describe('QuoteIndex', () => {
  it('finds candidate quotes by their words, and forgets an article that is removed', () => {
    const index = new QuoteIndex();
    index.add(council.id, extractQuotes(council));
    expect(index.candidates('raise the bridge toll', 5)[0]?.text).toContain('raise the bridge toll');
    expect(index.forArticle('council')).toHaveLength(2);
    index.remove('council');
    expect(index.candidates('raise the bridge toll', 5)).toEqual([]);
    expect(index.size).toBe(0);
  });
});

describe('QuoteIndex candidates', () => {
  const index = new QuoteIndex();
  index.add(council.id, extractQuotes(council));

  it('needs half of the query words, and falls back to typos when the exact words find too few', () => {
    expect(index.candidates('bridge ferry schedule delays', 5)).toEqual([]);
    expect(index.candidates('repairs cannot wait', 5).map((q) => q.speaker)).toEqual(['Tom Hale']);
    expect(index.candidates('the repaits', 5).map((q) => q.speaker)).toEqual(['Tom Hale']);
  });

  it('finds nothing for stopwords only', () => {
    expect(index.candidates('we will not', 5)).toEqual([]);
  });
});
