import { factsOf } from '../../src/answers/timeline';
import {
  citedInOrder,
  coarseReportsOf,
  isAsideDate,
  isNamedBesideDeictic,
  type Report,
  reportsOf,
} from '../../src/answers/timelineSelect';
import { topicMatcher } from '../../src/answers/timelineTopic';
import { extractDates, referenceDay } from '../../src/dates/extractDates';
import { articleFrom } from '../support/article';

const BODY = [
  'The Harbour Bridge closed at noon on Monday after inspectors found cracks in two piers.',
  'Repairs began in March. The council expects the work to take six weeks.',
  'The ferry will carry commuters until the Harbour Bridge reopens next month.',
];

/** The facts of a body of paragraphs published on 6 March 2024, read for the topic "Harbour Bridge". */
function bridgeFacts(paragraphs: string[], id: string, title: string) {
  const article = articleFrom(paragraphs.join('\n\n'), { id, title, published: '2024-03-06' });
  return factsOf(
    { article, dates: extractDates(article, referenceDay('2024-03-06')) },
    topicMatcher('Harbour Bridge'),
  );
}

const facts = bridgeFacts(BODY, 'bridge', 'Repairs begin');
const reports = reportsOf(facts, facts.sentences);
const reportOn = (text: string) =>
  reports.find((r) => facts.sentences.includes(r.sentence) && r.date === text);

describe('reportsOf', () => {
  it("dates each report at its expression's precision (a time at its day), with the range it covers", () => {
    expect(facts.dates.map((d) => d.value)).toContain('2024-03-04T12:00');
    // The noon shows as its day, as every report at day precision does.
    expect(reports.filter((r) => r.granularity === 'day').map((r) => r.date)).toEqual([
      '2024-03-04',
      '2024-03-04',
    ]);
    expect(reportOn('2024-03-04')).toMatchObject({
      granularity: 'day',
      start: '2024-03-04',
      end: '2024-03-04',
    });
    expect(reportOn('2024-03')).toMatchObject({
      granularity: 'month',
      start: '2024-03-01',
      end: '2024-03-31',
    });
  });

  it('says of each report whether its own sentence names the topic, sentence by sentence', () => {
    expect(reportOn('2024-03-04')?.named).toBe(true);
    expect(reportOn('2024-03')?.named).toBe(false);
    expect(reportOn('2024-04')?.named).toBe(true);
  });

  it('a date after the publication is a report of what is planned; a duration is no report', () => {
    expect(reportOn('2024-04')).toMatchObject({ planned: true });
    expect(reports.some((r) => r.date.startsWith('P'))).toBe(false);
    expect(facts.dates.some((d) => d.type === 'DURATION')).toBe(true);
  });

  it("reports nothing of the year in a law's name, but the day beside it, and a year written on its own", () => {
    const law = bridgeFacts(
      [
        'Police held the Harbour Bridge protesters under the Public Order Act 1986 on Monday.',
        'The Harbour Bridge was last closed in 1986, for a royal visit.',
      ],
      'law',
      'Protesters held',
    );
    const found = reportsOf(law, law.sentences);
    expect(law.dates.map((d) => [d.text, d.rule])).toContainEqual(['1986', 'year-of-law']);
    expect(found.map((r) => [r.date, r.sentence.paragraph])).toEqual([
      ['2024-03-04', 1],
      ['1986', 2],
    ]);
    const coarse = bridgeFacts(
      ['Police held the Harbour Bridge protesters under the Public Order Act 1986.'],
      'law-alone',
      'Protesters held',
    );
    expect(coarseReportsOf(coarse, coarse.sentences)).toEqual({ reports: [], reporting: new Set() });
  });

  it('gives the same reports however often it is asked (what it keeps per expression is never changed)', () => {
    expect(reportsOf(facts, facts.sentences)).toEqual(reports);
  });
});

describe('coarseReportsOf', () => {
  const closedFacts = bridgeFacts(
    [
      'The Harbour Bridge closed on Monday, and in March the council named the contractor.',
      'In March the Harbour Bridge trust will publish its accounts.',
      'Engineers said the Harbour Bridge would reopen on 20 March, in the spring.',
      'The Harbour Bridge has stood for 90 years.',
    ],
    'closed',
    'Bridge shut',
  );
  const coarse = coarseReportsOf(closedFacts, closedFacts.sentences);
  const paragraphOf = (start: number) => closedFacts.sentences.find((s) => s.start === start)?.paragraph;

  it("gives a sentence's first coarser date only when the sentence reports no day", () => {
    // Paragraph 1 reports Monday, so its March is no report of its own; paragraph 2 gives its month.
    expect(coarse.reports.map((r) => [r.sentence.paragraph, r.date, r.granularity])).toEqual([
      [2, '2024-03', 'month'],
    ]);
  });

  it('counts as reporting a sentence with a day, a planned day or a coarser date; a duration alone is none', () => {
    expect([...coarse.reporting].map(paragraphOf)).toEqual([1, 2, 3]);
  });

  it('is what the full reports give once each sentence keeps its days or else its first date, days left out', () => {
    const all = reportsOf(closedFacts, closedFacts.sentences);
    const starts = new Set(all.map((r) => r.sentence.start));
    expect(new Set(coarse.reporting)).toEqual(starts);
    const dayStarts = new Set(all.filter((r) => r.granularity === 'day').map((r) => r.sentence.start));
    const firstCoarse = all.filter(
      (r, i) =>
        !dayStarts.has(r.sentence.start) && all.findIndex((x) => x.sentence.start === r.sentence.start) === i,
    );
    expect(coarse.reports).toEqual(firstCoarse);
  });

  it('a day read after publication but not as a plan, or one indexing does not report, leaves the coarser date', () => {
    const shutFacts = bridgeFacts(
      [
        'For three weeks in 2023 the Harbour Bridge was shut, and on 20 March it reopened.',
        'The Harbour Bridge trust made a loss in 2009, in the wake of the September 11 attacks.',
      ],
      'shut',
      'Bridge shut',
    );
    const found = coarseReportsOf(shutFacts, shutFacts.sentences);
    expect(found.reports.map((r) => [r.sentence.paragraph, r.date])).toEqual([
      [1, '2023'],
      [2, '2009'],
    ]);
  });

  it('reads a sentence again when it is given with other dates or another publication day', () => {
    const first = coarseReportsOf(closedFacts, closedFacts.sentences);
    // The same sentence objects in a paper of 20 February: Monday 4 March and "in March the council named" are
    // after it but not stated as plans, so paragraph 1 reports nothing; the plans of paragraphs 2 and 3 still do.
    const earlier = { ...closedFacts, published: '2024-02-20' };
    expect([...coarseReportsOf(earlier, earlier.sentences).reporting].map(paragraphOf)).toEqual([2, 3]);
    // Without its dates the article reports nothing, though its sentences were read with dates before.
    const undated = { ...closedFacts, dates: [] };
    expect(coarseReportsOf(undated, undated.sentences).reporting.size).toBe(0);
    expect(coarseReportsOf(closedFacts, closedFacts.sentences)).toEqual(first);
  });
});

describe('citedInOrder', () => {
  const report = (articleId: string, paragraph: number, planned: boolean): Report => ({
    articleId,
    sentence: { start: 0, end: 10, paragraph, text: `Harbour Bridge news from ${articleId}.` },
    date: '2024-03-05',
    start: '2024-03-05',
    end: '2024-03-05',
    granularity: 'day',
    planned,
    named: true,
    published: '2024-03-06',
    rule: 'relative-weekday',
  });

  it('cites the best report first, then the others that report the day as past, then its plans', () => {
    const plan = report('plan', 1, true);
    const late = report('late', 5, false);
    const lead = report('lead', 1, false);
    const later = report('later', 4, true);
    const cited = citedInOrder([plan, late, later, lead]);
    expect(cited?.best).toBe(lead);
    expect(cited?.reports.map((r) => r.articleId)).toEqual(['lead', 'late', 'plan', 'later']);
    expect(citedInOrder([])).toBeUndefined();
  });

  it("gives an article's own day nothing for being past (its lead may be background): a dated plan comes first", () => {
    const ownDay = { ...report('own', 1, false), rule: 'published' };
    expect(citedInOrder([ownDay, report('plan', 1, true)])?.best.articleId).toBe('plan');
  });

  it('prefers a report of the day itself to one where it is a deadline or a starting point', () => {
    const until = { ...report('until', 1, false), aside: true };
    expect(citedInOrder([until, report('deep', 6, false)])?.best.articleId).toBe('deep');
    expect(citedInOrder([until])?.best.articleId).toBe('until');
  });

  it('reads a date after "until", "since", "ahead of" or right after "by" or "before" as a deadline or a start', () => {
    const at = (sentence: string, date: string) => isAsideDate(sentence, sentence.indexOf(date));
    expect(at('The Senate approved a resolution that funds the government until 8 April.', '8 April')).toBe(
      true,
    );
    expect(at('He has been trapped in the embassy since 19 June.', '19 June')).toBe(true);
    expect(at('The mayor promised to lift the curfew by Friday.', 'Friday')).toBe(true);
    expect(at('In a fiery debate before Tuesday’s vote, Rubio stumbled.', 'Tuesday')).toBe(true);
    expect(at('He appeared before magistrates on Tuesday charged with murder.', 'Tuesday')).toBe(false);
    expect(at('On 19 June he sought refuge in the embassy.', '19 June')).toBe(false);
    expect(at('He was arrested by police on Monday.', 'Monday')).toBe(false);
  });

  it('reads a named date after a day word for another day as a noun phrase of that sentence, not its day', () => {
    const beside = (sentence: string, date: string) => {
      const dates = extractDates(
        articleFrom(sentence, { published: '2005-06-29' }),
        referenceDay('2005-06-29'),
      );
      const expr = dates.find((d) => d.text === date);
      if (!expr) throw new Error(`no date "${date}" in: ${sentence}`);
      return isNamedBesideDeictic(expr, dates);
    };
    expect(
      beside(
        'The president last night urged Americans not to forget the lessons of September 11 2001.',
        'September 11 2001',
      ),
    ).toBe(true);
    expect(
      beside('The party gets a boost tomorrow when the paper backs it for the election on May 5.', 'May 5'),
    ).toBe(true);
    // The named date before the day word is its own clause's; the day word itself, or the same day, is no aside.
    expect(
      beside('The uprising ousted its ruler January 14, and the envoy called Monday for calm.', 'January 14'),
    ).toBe(false);
    expect(beside('The talks ended yesterday, 28 June, without a deal.', '28 June')).toBe(false);
    expect(beside('The envoy called on Monday for calm.', 'Monday')).toBe(false);
    expect(
      beside('She visited the school on Monday and, the next day, the staff wrote to her.', 'the next day'),
    ).toBe(false);
  });

  it('prefers any report of a day to one that names it beside a day word for another day', () => {
    const beside = { ...report('beside', 1, false), beside: true };
    expect(citedInOrder([beside, report('deep', 6, false)])?.best.articleId).toBe('deep');
  });

  it('takes a plan as the best report when every report is one', () => {
    const cited = citedInOrder([report('deep', 6, true), report('lead', 1, true)]);
    expect(cited?.reports.map((r) => r.articleId)).toEqual(['lead', 'deep']);
  });
});
