import {
  agreedDate,
  clauseAt,
  datesWithin,
  deniedAt,
  inEventClause,
  levels,
  onAskedSide,
  statesIt,
  whenAsked,
  within,
} from '../../src/answers/factoidDates';
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

const NO_WORDS = new Set<string>();

describe('whenAsked', () => {
  it('splits the event from the names, and reads which way the question looks', () => {
    const jobs = whenAsked('When did Steve Jobs die?', NO_WORDS);
    expect([...jobs.event]).toEqual(['die']);
    expect([...jobs.names].sort()).toEqual(['job', 'steve']);
    expect(jobs.phrases).toEqual([new Set(['steve', 'job'])]);
    expect(jobs.looks).toBe('back');
    expect(whenAsked('When will the bridge reopen?', NO_WORDS).looks).toBe('ahead');
    expect(whenAsked('When is the vote?', NO_WORDS).looks).toBe('either');
    expect([...whenAsked('When did Assange take refuge in the embassy?', NO_WORDS).event]).toEqual([
      'refug',
      'embassi',
    ]);
  });
});

describe('statesIt', () => {
  const george = whenAsked('When was Prince George born?', NO_WORDS);
  const moon = whenAsked('When did Prince William land on the moon?', NO_WORDS);

  it('needs every word of the event and one of the names', () => {
    expect(statesIt('His son, George, was born in July.', george)).toBe(true);
    expect(statesIt('The princess was born in July.', george)).toBe(false);
    expect(statesIt('The birth of Prince William in 1982 delighted the crowds.', george)).toBe(false);
    expect(statesIt('Prince William and his bride land in California on Friday.', moon)).toBe(false);
    const sox = whenAsked('When did Steve Jobs buy the Boston Red Sox?', NO_WORDS);
    expect(statesIt('Jobs was ousted in 1985 and went on to buy Pixar.', sox)).toBe(false);
    expect(statesIt('Jobs agreed to buy the Red Sox in 1985.', sox)).toBe(true);
  });

  it('needs every word of a longer event too', () => {
    const ruling = whenAsked('When did the court rule on the travel ban?', NO_WORDS);
    expect(statesIt('The court ruled on the travel ban on Monday.', ruling)).toBe(true);
    expect(statesIt('The court ruled on the ban on Monday.', ruling)).toBe(false);
  });
});

describe('clauseAt and inEventClause', () => {
  const announced = whenAsked('When was the engagement announced?', NO_WORDS);
  const visit =
    'William last visited Australia in January 2010, a couple of months after his engagement was announced.';

  it('a date in a clause with only some of the event words does not date it', () => {
    const signed = whenAsked('When was the port treaty signed?', NO_WORDS);
    const port = 'The minister visited the port in January, months before the treaty was signed.';
    expect(inEventClause(clauseAt(port, 0, port.indexOf('January')), signed)).toBe(false);
    const wire = 'The port treaty was signed on Tuesday after a decade of talks.';
    expect(inEventClause(clauseAt(wire, 0, wire.indexOf('Tuesday')), signed)).toBe(true);
  });

  it('a date in another clause than the event does not date it', () => {
    const at = visit.indexOf('January 2010');
    expect(clauseAt(visit, 0, at)).toBe('William last visited Australia in January 2010');
    expect(inEventClause(clauseAt(visit, 0, at), announced)).toBe(false);
  });

  it('a date with the event in its clause dates it, and "…, when" keeps the clause whole', () => {
    const died = whenAsked('When did Steve Jobs die?', NO_WORDS);
    const until = 'Until last Wednesday, when Steve Jobs died of cancer, no man had a greater influence.';
    expect(inEventClause(clauseAt(until, 100, 100 + until.indexOf('last Wednesday')), died)).toBe(true);
    const said = 'Apple announced on Tuesday that Steve Jobs had died.';
    expect(inEventClause(clauseAt(said, 0, said.indexOf('Tuesday')), died)).toBe(false);
    const refuge = whenAsked('When did Assange take refuge?', NO_WORDS);
    const hacker =
      'Assange enraged Washington in 2010 when WikiLeaks published cables, has taken refuge since June.';
    expect(inEventClause(clauseAt(hacker, 0, hacker.indexOf('2010')), refuge)).toBe(false);
    const asylum = whenAsked('When was Assange granted asylum?', NO_WORDS);
    const inside =
      'Assange has been inside the embassy since 19 June and has been granted asylum by Ecuador.';
    expect(inEventClause(clauseAt(inside, 0, inside.indexOf('19 June')), asylum)).toBe(false);
    const filed = 'Enron filed for bankruptcy on December 2, the biggest bankruptcy in US history.';
    expect(clauseAt(filed, 0, filed.indexOf('December 2'))).toBe('Enron filed for bankruptcy on December 2');
  });
});

describe('deniedAt', () => {
  it('a date right after a negation is denied; a negation further off is not', () => {
    const never = 'The expected announcement of their engagement never came in February.';
    expect(deniedAt(never, 10, 10 + never.indexOf('February'))).toBe(true);
    const seen = 'He has not been seen since June.';
    expect(deniedAt(seen, 0, seen.indexOf('June'))).toBe(true);
    const until =
      'No company has dominated my working life like Apple and, until last Wednesday, when Jobs died.';
    expect(deniedAt(until, 0, until.indexOf('last Wednesday'))).toBe(false);
  });
});

describe('onAskedSide', () => {
  it('"when did" is never a date after the article\'s day, "when will" never one before it', () => {
    expect(onAskedSide('2012', '2011-11-30', 'back')).toBe(false); // "hopes to be promoted early next year"
    expect(onAskedSide('2011-11', '2011-11-30', 'back')).toBe(true);
    expect(onAskedSide('2015-10', '2015-11-02', 'ahead')).toBe(false); // released last month
    expect(onAskedSide('2015-11', '2015-11-02', 'ahead')).toBe(true);
    expect(onAskedSide('2015-W45', '2015-11-02', 'back')).toBe(true);
    expect(onAskedSide('2031', null, 'back')).toBe(true);
  });

  it('reads an ISO week as its own seven days, not as its whole year', () => {
    // Monday 2 November 2015 is in week 45: "the summit will be held next week" is week 46, all of it ahead.
    expect(onAskedSide('2015-W46', '2015-11-02', 'back')).toBe(false);
    expect(onAskedSide('2015-W46', '2015-11-02', 'ahead')).toBe(true);
    // "talks broke down last week": week 44 ended the day before, all of it gone.
    expect(onAskedSide('2015-W44', '2015-11-02', 'ahead')).toBe(false);
    expect(onAskedSide('2015-W44', '2015-11-02', 'back')).toBe(true);
    // The article's own week looks both ways.
    expect(onAskedSide('2015-W45', '2015-11-04', 'ahead')).toBe(true);
  });
});

describe('agreedDate', () => {
  const printed = (articleId: string, ...values: string[]) => ({
    articleId,
    dates: values.map((value) => ({ start: 0, end: 1, text: value, value, rule: 'r' })),
  });

  it('as fine as two articles agree: many "in May" and a few "on 14 May" agree on 14 May', () => {
    const many = Array.from({ length: 6 }, (_, i) => printed(`may-${i}`, '2011-05'));
    const agreed = agreedDate([
      ...many,
      printed('a', '2011-05-14'),
      printed('b', '2011-05-14'),
      printed('c', '2011-05-13'),
    ]);
    expect(agreed).toEqual({ value: '2011-05-14', articles: 2 });
  });

  it('the earlier of two dates as many articles print: an event comes before the days it is reported on', () => {
    const agreed = agreedDate([
      printed('thursday-a', '2011-10-06'),
      printed('thursday-b', '2011-10-06'),
      printed('friday-a', '2011-10-05'),
      printed('friday-b', '2011-10-05'),
    ]);
    expect(agreed).toEqual({ value: '2011-10-05', articles: 2 });
  });

  it('one article alone does not make the date finer than the others agree on', () => {
    const agreed = agreedDate([printed('a', '2011-05'), printed('b', '2011-05'), printed('c', '2011-05-13')]);
    expect(agreed).toEqual({ value: '2011-05', articles: 3 });
  });

  it('a single article gives its own date as finely as it prints it', () => {
    expect(agreedDate([printed('a', '2011-10-05', '2003')])).toEqual({ value: '2011-10-05', articles: 1 });
  });

  it('a year most articles print wins over a day one prints in another year', () => {
    expect(agreedDate([printed('a', '1985'), printed('b', '1985-09'), printed('c', '1996-12-20')])).toEqual({
      value: '1985',
      articles: 2,
    });
    expect(agreedDate([])).toBeNull();
  });

  it('levels and within', () => {
    expect(levels('2011-10-05')).toEqual(['2011', '2011-10', '2011-10-05']);
    expect(levels('2011-W40')).toEqual(['2011', '2011-W40']);
    expect(within('2011-05-14', '2011-05')).toBe(true);
    expect(within('2011-05', '2011-05-14')).toBe(false);
  });
});
