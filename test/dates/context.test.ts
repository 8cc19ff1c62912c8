import { extractDates, referenceDay } from '../../src/dates/extractDates';
import { articleFrom } from '../support/article';

/** Every expression of a body read against Friday 2024-03-08: [text, value, type]. */
function read(body: string, meta: { title?: string } = {}) {
  const article = articleFrom(body, { ...meta, published: '2024-03-08' });
  return extractDates(article, referenceDay('2024-03-08')).map((e) => {
    expect(article.text.slice(e.start, e.end)).toBe(e.text);
    return [e.text, e.value, e.type];
  });
}
const valueIn = (body: string, text: string) => read(body).find(([t]) => t === text)?.[1];

describe('a clock time belongs to the day named with it', () => {
  it('"at about midday on Thursday" is Thursday at noon, not the publication day', () => {
    expect(read('The old pier collapsed at about midday on Thursday, the coastguard said.')).toEqual([
      ['midday', '2024-03-07T12:00', 'TIME'],
      ['Thursday', '2024-03-07', 'DATE'],
    ]);
  });

  it('a clock time in the next sentence stays on the last day named', () => {
    expect(
      valueIn('The storm reached the coast on Wednesday. The first call came at 18:05 UTC.', '18:05 UTC'),
    ).toBe('2024-03-06T18:05Z');
  });

  it('a clock time in another paragraph is not on the day named above it', () => {
    const blog =
      'Last night the court issued a warrant.\n\nHe was arrested at a London police station at 9.30am.';
    expect(valueIn(blog, '9.30am')).toBe('2024-03-08T09:30');
  });

  it('"that day" and "the same day" follow the last dated event, not a clock time', () => {
    const body =
      'The dam failed on 2 March. The alarm sounded at 1750 GMT. Earlier that day, engineers had checked the spillway.';
    expect(valueIn(body, 'Earlier that day')).toBe('2024-03-02');
    expect(valueIn(body, '1750 GMT')).toBe('2024-03-02T17:50Z');
  });
});

describe('direction from the governing verb and modals', () => {
  it('"should be completed in October" is next October; "reported in November" is last November', () => {
    expect(valueIn('The new stand should be completed in October.', 'October')).toBe('2024-10');
    expect(valueIn('The club reported in November that ticket sales had doubled.', 'November')).toBe(
      '2023-11',
    );
  });

  it('with no verb next to it, the governing verb further off in the sentence decides', () => {
    expect(
      valueIn('Ms Ortiz will be named commander of the research vessel for a voyage in May.', 'May'),
    ).toBe('2024-05');
    expect(
      valueIn(
        'Mr Hale, who stepped down as chairman, president and chief executive in May, was replaced.',
        'May',
      ),
    ).toBe('2023-05');
    expect(
      valueIn(
        'The protesters planned a large march through the old harbour district on Saturday.',
        'Saturday',
      ),
    ).toBe('2024-03-09');
  });

  it('a past verb with a future infinitive looks ahead: "agreed to buy the chain in January"', () => {
    expect(valueIn('The grocer agreed to buy the regional chain in January.', 'January')).toBe('2025-01');
    expect(valueIn('The board decided to admit two new members in early February.', 'early February')).toBe(
      '2025-02',
    );
  });

  it('"is expected in", "would be paid", "were planning": the plan looks ahead', () => {
    expect(valueIn('The closing, which is expected in May, needs a vote.', 'May')).toBe('2024-05');
    expect(valueIn('The dividend would be paid on a still unspecified date in January.', 'January')).toBe(
      '2025-01',
    );
    expect(valueIn('Hundreds of nurses in the capital on Saturday were planning a march.', 'Saturday')).toBe(
      '2024-03-09',
    );
  });

  it('"would be" after the date is a clause of its own, not the tense of the report', () => {
    expect(
      valueIn(
        'The minister signalled new strikes on smuggling routes on Thursday, which would be an escalation.',
        'Thursday',
      ),
    ).toBe('2024-03-07');
  });

  it('names and un- adjectives ending in -ed are no past verbs: "to the United States Thursday"', () => {
    expect(valueIn('Her father would be travelling to the United States Thursday.', 'Thursday')).toBe(
      '2024-03-14',
    );
  });

  it('the nearest verb decides: "said on Tuesday it will" is last Tuesday', () => {
    expect(valueIn('The insurer said on Tuesday it will pay every claim.', 'Tuesday')).toBe('2024-03-05');
  });
});

describe('compound expressions and four-digit numbers', () => {
  it('"October of next year" and "the same period last year" are one expression each', () => {
    expect(read('Work resumes in October of next year.')).toEqual([
      ['October of next year', '2025-10', 'DATE'],
    ]);
    expect(read('Visitor numbers rose 8% on the same period last year.')).toEqual([
      ['the same period last year', '2023', 'DATE'],
    ]);
  });

  it('"1750 GMT" is a clock time and "Russell 2000" a name, while "in 1750" is a year', () => {
    expect(read('The ship docked at 1750 GMT.')).toEqual([['1750 GMT', '2024-03-08T17:50Z', 'TIME']]);
    expect(read('The Russell 2000 index closed lower.')).toEqual([]);
    expect(read('The harbour wall was built in 1750.')).toEqual([['1750', '1750', 'DATE']]);
  });

  it('a day named with a part of the day is a TIME; UTC is written Z', () => {
    expect(read('Talks broke down on Tuesday night.')).toEqual([['Tuesday night', '2024-03-05TNI', 'TIME']]);
    expect(read('The launch is set for 14:30 UTC on 12 March.')).toEqual([
      ['14:30 UTC on 12 March', '2024-03-12T14:30Z', 'TIME'],
    ]);
  });

  it('a day and month the article dates elsewhere with its year take that year, not the nearest one', () => {
    const body =
      'The athlete shot his girlfriend on 14 February 2023. He said he woke in the early hours of 14 February.';
    expect(valueIn(body, '14 February')).toBe('2023-02-14');
    expect(valueIn('He said he woke in the early hours of 14 February.', '14 February')).toBe('2024-02-14');
  });

  it('British day-month dates are read at day precision', () => {
    expect(
      read('The firm collapsed on 14 February 2023 and its founder was charged on Tuesday 5 March.'),
    ).toEqual([
      ['14 February 2023', '2023-02-14', 'DATE'],
      ['Tuesday 5 March', '2024-03-05', 'DATE'],
    ]);
  });
});

describe('the headline is read too', () => {
  it('a weekday in the front matter title is resolved', () => {
    expect(read('Four people were hurt.', { title: 'Pier collapses on Thursday' })).toEqual([
      ['Thursday', '2024-03-07', 'DATE'],
    ]);
  });
});
