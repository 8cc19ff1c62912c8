import { agreement, bestDate, datesWithin, supports } from '../../src/answers/factoidDates';
import type { TimeExpression } from '../../src/dates/extractDates';

// "Steve Jobs died on Wednesday, eight years after he was told he had cancer in 2003." (Thursday's paper)
const sentence = { start: 100, end: 186 };
const printed: TimeExpression[] = [
  { start: 40, end: 44, text: 'now', type: 'DATE', value: 'PRESENT_REF', rule: 'now' },
  { start: 119, end: 131, text: 'on Wednesday', type: 'DATE', value: '2011-10-05', rule: 'weekday' },
  { start: 132, end: 143, text: 'eight years', type: 'DURATION', value: 'P8Y', rule: 'duration' },
  { start: 181, end: 185, text: '2003', type: 'DATE', value: '2003', rule: 'year' },
  { start: 190, end: 200, text: 'last month', type: 'DATE', value: '2011-09', rule: 'relative-month' },
];

describe('datesWithin', () => {
  it('keeps the days, months and years printed inside the sentence, not durations, "now" or dates outside it', () => {
    expect(datesWithin(printed, sentence).map((d) => d.text)).toEqual(['on Wednesday', '2003']);
  });

  it('reads a time of day as its day ("Friday night" is the Friday)', () => {
    const night: TimeExpression = {
      start: 101,
      end: 113,
      text: 'Friday night',
      type: 'TIME',
      value: '2011-10-07TNI',
      rule: 'weekday',
    };
    expect(datesWithin([night], sentence)).toEqual([
      { start: 101, end: 113, text: 'Friday night', value: '2011-10-07', rule: 'weekday' },
    ]);
  });
});

describe('agreement', () => {
  const died = (articleId: string, value: string) => ({
    articleId,
    dates: [{ start: 0, end: 1, text: 'x', value, rule: 'r' }],
  });

  it('counts the articles that print each date, once each: a month or a year is not its days', () => {
    const support = agreement([
      died('a', '2011-10-05'),
      died('a', '2011-10-05'),
      died('b', '2011-10-05'),
      died('c', '2011-10'),
      died('d', '2011-10-06'),
      died('e', '2011'),
    ]);
    expect(support.get('2011-10-05')).toBe(2);
    expect(support.get('2011-10')).toBe(1);
    expect(support.get('2011')).toBe(1);
    expect(support.get('2011-10-06')).toBe(1);
  });

  it('a month or year holds its days for the other articles an answer shows; a week holds none by its prefix', () => {
    expect(supports('2011-W40', '2011-W40')).toBe(true);
    expect(supports('2011', '2011-W40')).toBe(false);
    expect(supports('2011-10', '2011-10-05')).toBe(true);
    expect(supports('2011-10-05', '2011-10')).toBe(false);
  });
});

describe('bestDate', () => {
  const wednesday = { start: 19, end: 31, text: 'on Wednesday', value: '2011-10-05', rule: 'weekday' };
  const year = { start: 81, end: 85, text: '2003', value: '2003', rule: 'year' };

  it('takes the date most articles agree on', () => {
    const support = new Map([
      ['2011-10-05', 5],
      ['2003', 1],
    ]);
    expect(bestDate([year, wednesday], support)).toBe(wednesday);
  });

  it('takes the finer date on a tie', () => {
    const support = new Map([
      ['2011-10-05', 1],
      ['2003', 1],
    ]);
    expect(bestDate([year, wednesday], support)).toBe(wednesday);
  });
});
