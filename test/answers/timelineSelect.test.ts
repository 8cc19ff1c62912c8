import { factsOf } from '../../src/answers/timeline';
import { reportsOf } from '../../src/answers/timelineSelect';
import { topicMatcher } from '../../src/answers/timelineTopic';
import { extractDates, referenceDay } from '../../src/dates/extractDates';
import { articleFrom } from '../support/article';

const BODY = [
  'The Harbour Bridge closed at noon on Monday after inspectors found cracks in two piers.',
  'Repairs began in March. The council expects the work to take six weeks.',
  'The ferry will carry commuters until the Harbour Bridge reopens next month.',
].join('\n\n');

const article = articleFrom(BODY, { id: 'bridge', title: 'Repairs begin', published: '2024-03-06' });
const facts = factsOf(
  { article, dates: extractDates(article, referenceDay('2024-03-06')) },
  topicMatcher('Harbour Bridge'),
);
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

  it('gives the same reports however often it is asked (what it keeps per expression is never changed)', () => {
    expect(reportsOf(facts, facts.sentences)).toEqual(reports);
  });
});
