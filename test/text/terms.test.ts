import { foldWord, processTerm, queryTerms, termOverlap, termSet, tokenize } from '../../src/text/terms';

describe('terms', () => {
  it('tokenizes words, keeping inner apostrophes and initialism dots, splitting hyphens', () => {
    expect(tokenize('Mexico’s U.S.-backed “soft invasion” isn’t new; 26 cartel-members.')).toEqual([
      'Mexico’s',
      'U.S',
      'backed',
      'soft',
      'invasion',
      'isn’t',
      'new',
      '26',
      'cartel',
      'members',
    ]);
  });

  it('folds accents, case and curly apostrophes', () => {
    expect(foldWord('Treviño')).toBe('trevino');
    expect(foldWord('ISN’T')).toBe("isn't");
  });

  it('drops stopwords and possessives, and stems', () => {
    expect(processTerm('the')).toBeNull();
    expect(processTerm('isn’t')).toBeNull();
    expect(processTerm('Mexico’s')).toBe('mexico');
    expect(processTerm('sanctioned')).toBe(processTerm('sanctions'));
    expect(processTerm('2024')).toBe('2024');
  });

  it('gives the distinct terms of a query', () => {
    expect(queryTerms('the sanctions and the sanctioned')).toEqual(['sanction']);
    expect(queryTerms('of the and')).toEqual([]);
  });
});

describe('termSet and termOverlap', () => {
  it('compares texts by their index terms, over the smaller set', () => {
    const bridge = termSet('The council voted to repair the bridges.');
    expect([...bridge].sort()).toEqual(['bridg', 'council', 'repair', 'vote']);
    expect(termOverlap(bridge, termSet('Bridge repairs'))).toBe(1);
    expect(termOverlap(bridge, termSet('The library opens on Sundays'))).toBe(0);
    expect(termOverlap(termSet('council library'), bridge)).toBe(0.5);
    expect(termOverlap(new Set(), new Set())).toBe(0);
  });
});
