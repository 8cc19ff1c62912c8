import { extractDates, referenceDay } from '../../src/dates/extractDates';
import {
  dayReportsOf,
  packDayReports,
  UNREPORTED_DAY_RULES,
  unpackDayReports,
  unreportedDayRule,
} from '../../src/indexing/dayReports';
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

describe.each(UNREPORTED_DAY_RULES.map((rule) => [rule.id, rule] as const))('rule %s', (id, rule) => {
  const published = '2024-03-08';
  const firstDay = (sentence: string) => {
    const article = articleFrom(sentence, { published });
    const expr = extractDates(article, referenceDay(published)).find((e) =>
      /^\d{4}-\d{2}-\d{2}/.test(e.value),
    );
    const sentenceStart = article.paragraphs[0]?.sentences[0]?.start ?? 0;
    return { article, expr, sentenceStart };
  };

  it.each(rule.examples)('reports no day in: %s', (sentence) => {
    const { article, expr, sentenceStart } = firstDay(sentence);
    expect(expr).toBeDefined();
    if (!expr) return;
    const text = article.text.slice(sentenceStart);
    expect(unreportedDayRule(expr, text, expr.start - sentenceStart, published)).toBe(id);
    expect(reportsOf(sentence, published)).toEqual([]);
  });

  it.each(rule.keeps)('still reports the day in: %s', (sentence) => {
    const { expr } = firstDay(sentence);
    expect(expr).toBeDefined();
    expect(reportsOf(sentence, published).map((r) => r.day)).toEqual([expr?.value.slice(0, 10)]);
  });
});
