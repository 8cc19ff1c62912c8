import type { ParagraphMatches } from '../../src/answers/archive';
import {
  keepMatched,
  paragraphMatchesOf,
  paragraphsAt,
  withParagraphsOf,
} from '../../src/answers/paragraphMatches';
import type { ArticleMeta } from '../../src/corpus/types';
import { NO_DAY } from '../../src/indexing/dayReports';

/** An article reporting `reports` (day numbers) from paragraph 1 and published on 15 January 2024 (day 19737). */
const meta = (id: string, outlet = 'Des Moines Register', reports: number[] = []): ArticleMeta =>
  ({
    id,
    outlet,
    title: `Caucus night, story ${id}`,
    published: '2024-01-15',
    dayReports: reports.flatMap((day) => [day, 1, 0, 0]),
  }) as ArticleMeta;

const listed = (m: ParagraphMatches) => m.metas.map((x, i) => [x.id, paragraphsAt(m, i)]);

/** Each article's id, publication day number and the days it reports, from the days columns. */
const daysListed = (m: ParagraphMatches) =>
  m.metas.map((x, i) => {
    const { published, reportStarts, reports } = m.days;
    const own = [...reports.subarray(reportStarts[i], reportStarts[i + 1])];
    return [x.id, published[i], own.filter((_, k) => k % 4 === 0)];
  });

describe('ParagraphMatches', () => {
  const matches = paragraphMatchesOf([
    { meta: meta('caucus-results', 'Des Moines Register', [19737, 19736]), paragraphs: [4, 1, 4] },
    { meta: meta('turnout', 'Iowa Public Radio', [19730]), paragraphs: [2] },
    { meta: meta('snowstorm', 'Des Moines Register', [19735]), paragraphs: [7, 3] },
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

  it("carry each article's publication day and reported days, through a filter too", () => {
    expect(daysListed(matches)).toEqual([
      ['caucus-results', 19737, [19737, 19736]],
      ['turnout', 19737, [19730]],
      ['snowstorm', 19737, [19735]],
    ]);
    const kept = keepMatched(matches, (m) => m.outlet === 'Des Moines Register');
    expect(daysListed(kept)).toEqual([
      ['caucus-results', 19737, [19737, 19736]],
      ['snowstorm', 19737, [19735]],
    ]);
    const undated = paragraphMatchesOf([{ meta: { ...meta('wire'), published: null }, paragraphs: [1] }]);
    expect(undated.days.published[0]).toBe(NO_DAY);
  });

  it("take another query's paragraphs of the same articles, and no other article", () => {
    const surname = paragraphMatchesOf([
      { meta: meta('snowstorm'), paragraphs: [5, 7] },
      { meta: meta('elsewhere'), paragraphs: [1] },
      { meta: meta('caucus-results'), paragraphs: [2] },
    ]);
    const merged = withParagraphsOf(matches, surname);
    expect(listed(merged)).toEqual([
      ['caucus-results', [1, 2, 4]],
      ['turnout', [2]],
      ['snowstorm', [3, 5, 7]],
    ]);
    expect(daysListed(merged)).toEqual(daysListed(matches));
  });
});
