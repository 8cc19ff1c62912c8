import type { ParagraphMatches } from '../../src/answers/archive';
import {
  keepMatched,
  paragraphMatchesOf,
  paragraphsAt,
  withParagraphsOf,
} from '../../src/answers/paragraphMatches';
import type { ArticleMeta } from '../../src/corpus/types';

const meta = (id: string, outlet = 'Des Moines Register'): ArticleMeta =>
  ({ id, outlet, title: `Caucus night, story ${id}`, published: '2024-01-15' }) as ArticleMeta;

const listed = (m: ParagraphMatches) => m.metas.map((x, i) => [x.id, paragraphsAt(m, i)]);

describe('ParagraphMatches', () => {
  const matches = paragraphMatchesOf([
    { meta: meta('caucus-results'), paragraphs: [4, 1, 4] },
    { meta: meta('turnout', 'Iowa Public Radio'), paragraphs: [2] },
    { meta: meta('snowstorm'), paragraphs: [7, 3] },
  ]);

  it('are made from one object per article, paragraphs sorted and once each', () => {
    expect(listed(matches)).toEqual([
      ['caucus-results', [1, 4]],
      ['turnout', [2]],
      ['snowstorm', [3, 7]],
    ]);
  });

  it('keep the articles a filter lets through, in order, with their paragraphs', () => {
    const kept = keepMatched(matches, (m) => m.outlet === 'Des Moines Register');
    expect(listed(kept)).toEqual([
      ['caucus-results', [1, 4]],
      ['snowstorm', [3, 7]],
    ]);
    expect(listed(keepMatched(matches, () => false))).toEqual([]);
  });

  it("take another query's paragraphs of the same articles, and no other article", () => {
    const surname = paragraphMatchesOf([
      { meta: meta('snowstorm'), paragraphs: [5, 7] },
      { meta: meta('elsewhere'), paragraphs: [1] },
      { meta: meta('caucus-results'), paragraphs: [2] },
    ]);
    expect(listed(withParagraphsOf(matches, surname))).toEqual([
      ['caucus-results', [1, 2, 4]],
      ['turnout', [2]],
      ['snowstorm', [3, 5, 7]],
    ]);
  });
});
