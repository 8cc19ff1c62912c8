import { extractDates, referenceDay } from '../../src/dates/extractDates';
import { dayReportsOf, packDayReports, unpackDayReports } from '../../src/indexing/dayReports';
import { indexArticle } from '../../src/indexing/indexArticle';
import { articleFrom } from '../support/article';

const reportsOf = (body: string, published = '2024-03-08') => {
  const article = articleFrom(body, { published });
  return dayReportsOf(article, extractDates(article, referenceDay(published)));
};

describe('the days an article reports, found at indexing', () => {
  it('a weekday is resolved in context and kept with its paragraph and sentence', () => {
    const reports = reportsOf('The mill closed on Tuesday after forty years.\n\nWorkers gathered outside.');
    expect(reports).toEqual([
      { day: '2024-03-05', paragraph: 1, sentenceStart: expect.any(Number), planned: false },
    ]);
  });

  it('a bare clock time that took only the publication day is no day report', () => {
    expect(reportsOf('She told police she entered the room at about 1 pm.')).toEqual([]);
  });

  it('a clock time with the day named in its sentence reports that day', () => {
    const reports = reportsOf('The bridge collapsed at about midday on Wednesday, officials said.');
    expect(reports.map((r) => r.day)).toEqual(['2024-03-06']);
  });

  it('a clock time read together with its day ("at 4.24pm on Monday") reports that day', () => {
    const reports = reportsOf(
      'Her husband stayed overnight at the hospital where, at 4.24pm on Monday, she gave birth.',
    );
    expect(reports.map((r) => r.day)).toEqual(['2024-03-04']);
  });

  it('page furniture with a date is never a report', () => {
    expect(reportsOf('Page last updated at 14:02 GMT, Tuesday, 5 March 2024')).toEqual([]);
  });

  it('a day after publication counts only when it is stated as what will happen, and is then planned', () => {
    const planned = reportsOf('The council will vote on 20 March on the new budget.');
    expect(planned).toEqual([expect.objectContaining({ day: '2024-03-20', planned: true })]);
    expect(reportsOf('The council voted on 20 March 2025 on the new budget.')).toEqual([]);
  });

  it('durations and coarser dates are no day reports', () => {
    expect(reportsOf('The strike lasted three weeks in February.')).toEqual([]);
  });

  it('packs into numbers and back unchanged; indexing stores the packed form', () => {
    const reports = reportsOf('The mill closed on Tuesday.\n\nIt reopens on 20 March, the owner will say.');
    expect(unpackDayReports(packDayReports(reports))).toEqual(reports);
    const indexed = indexArticle(articleFrom('The mill closed on Tuesday.', { published: '2024-03-08' }));
    expect(unpackDayReports(indexed.dayReports ?? [])).toEqual([
      expect.objectContaining({ day: '2024-03-05' }),
    ]);
  });
});
