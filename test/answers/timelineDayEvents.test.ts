import { dayEventOf, withUnread } from '../../src/answers/timelineDayEvents';
import type { RankedDay } from '../../src/answers/timelineDays';
import { topicMatcher } from '../../src/answers/timelineTopic';
import { extractDates, referenceDay } from '../../src/dates/extractDates';
import { articleFrom } from '../support/article';

const BODY = [
  'The Harbour Bridge closed on Monday after inspectors found cracks in two piers.',
  'Engineers began repairs to the Harbour Bridge on Tuesday. Traffic was diverted through the tunnel on Tuesday night.',
  'The council said the Harbour Bridge would reopen in March.',
].join('\n\n');

const article = articleFrom(BODY, {
  id: 'bridge',
  title: 'Harbour Bridge repairs begin',
  published: '2024-03-06',
});
const dates = extractDates(article, referenceDay('2024-03-06'));
const matcher = topicMatcher('Harbour Bridge');

const citation = (day: string, paragraph: number, sentenceStart: number | null) => ({
  day,
  articleId: 'bridge',
  paragraph,
  sentenceStart,
  planned: false,
});

const sentenceStartOf = (text: string) => article.text.indexOf(text);

describe('dayEventOf', () => {
  it('reads the stating sentence of a citation, with the rule of the date on that day', () => {
    const start = sentenceStartOf('Engineers began repairs');
    const day: RankedDay = { day: '2024-03-05', citations: [citation('2024-03-05', 2, start)] };
    const event = dayEventOf(day, new Map([['bridge', { article, dates }]]), matcher);
    expect(event?.best.sentence.text).toBe('Engineers began repairs to the Harbour Bridge on Tuesday.');
    expect(event?.best.rule).toBe(dates.find((d) => d.text === 'Tuesday')?.rule);
    expect(event?.best.rule).not.toBe('published');
  });

  it('lets a sentence stand for one day only, the first in rank order, while another report of the next is there', () => {
    const quake = articleFrom(
      [
        'The Harbour Bridge shook on Monday and closed on Tuesday after the quake.',
        'Ferries ran all day.',
        'Engineers inspected the Harbour Bridge on Tuesday.',
      ].join('\n\n'),
      { id: 'quake', title: 'Harbour Bridge shut', published: '2024-03-06' },
    );
    const reads = new Map([
      ['quake', { article: quake, dates: extractDates(quake, referenceDay('2024-03-06')) }],
    ]);
    const at = (text: string) => quake.text.indexOf(text);
    const cite = (day: string, paragraph: number, start: number) => ({
      ...citation(day, paragraph, start),
      articleId: 'quake',
    });
    const monday: RankedDay = { day: '2024-03-04', citations: [cite('2024-03-04', 1, at('The Harbour'))] };
    const tuesday: RankedDay = {
      day: '2024-03-05',
      citations: [cite('2024-03-05', 1, at('The Harbour')), cite('2024-03-05', 3, at('Engineers'))],
    };
    const standing = new Set<string>();
    expect(dayEventOf(monday, reads, matcher, standing)?.best.sentence.paragraph).toBe(1);
    expect(dayEventOf(tuesday, reads, matcher, standing)?.best.sentence.text).toBe(
      'Engineers inspected the Harbour Bridge on Tuesday.',
    );
    // Alone, the lead is Tuesday's best report.
    expect(dayEventOf(tuesday, reads, matcher)?.best.sentence.paragraph).toBe(1);
    // The only report of a day stands for it, whatever day it stood for before.
    expect(dayEventOf(monday, reads, matcher, standing)?.best.sentence.paragraph).toBe(1);
  });

  it("for the article's own day, takes the lead's first sentence that names no other day", () => {
    const day: RankedDay = { day: '2024-03-05', citations: [citation('2024-03-05', 2, null)] };
    const event = dayEventOf(day, new Map([['bridge', { article, dates }]]), matcher);
    expect(event?.best.sentence.text).toBe('Engineers began repairs to the Harbour Bridge on Tuesday.');
    const published: RankedDay = { day: '2024-03-06', citations: [citation('2024-03-06', 2, null)] };
    // Both sentences of paragraph 2 name Tuesday, another day than the 6th (the publication day): none stands for it.
    expect(dayEventOf(published, new Map([['bridge', { article, dates }]]), matcher)).toBeNull();
  });

  it("for the article's own day, passes over a lead sentence that is page furniture", () => {
    const digest = articleFrom(
      'Top stories on MediaGuardian.co.uk Harbour Bridge operator names new chief. The Harbour Bridge operator named a new chief executive.',
      { id: 'digest', title: 'Media news', published: '2024-03-06' },
    );
    const read = { article: digest, dates: extractDates(digest, referenceDay('2024-03-06')) };
    const own: RankedDay = {
      day: '2024-03-06',
      citations: [{ ...citation('2024-03-06', 1, null), articleId: 'digest' }],
    };
    const event = dayEventOf(own, new Map([['digest', read]]), matcher);
    expect(event?.best.sentence.text).toBe('The Harbour Bridge operator named a new chief executive.');
  });

  it('finds the same sentence and rule when the dates come out of reading order', () => {
    const start = sentenceStartOf('Engineers began repairs');
    const day: RankedDay = { day: '2024-03-05', citations: [citation('2024-03-05', 2, start)] };
    const shuffled = [...dates].reverse();
    const inOrder = dayEventOf(day, new Map([['bridge', { article, dates }]]), matcher);
    const outOfOrder = dayEventOf(day, new Map([['bridge', { article, dates: shuffled }]]), matcher);
    expect(outOfOrder?.best).toEqual(inOrder?.best);
  });

  it('finds a paragraph by its number when the paragraphs are not numbered from 1 in order', () => {
    const start = sentenceStartOf('Engineers began repairs');
    const day: RankedDay = { day: '2024-03-05', citations: [citation('2024-03-05', 2, start)] };
    const withoutLead = { ...article, paragraphs: article.paragraphs.slice(1) };
    const event = dayEventOf(day, new Map([['bridge', { article: withoutLead, dates }]]), matcher);
    expect(event?.best.sentence.text).toBe('Engineers began repairs to the Harbour Bridge on Tuesday.');
  });
});

describe('withUnread', () => {
  const start = sentenceStartOf('Engineers began repairs');
  const read = new Map([['bridge', { article, dates }]]);
  // The article read is a plan of the day; two more cite it, left unread.
  const ahead = { ...citation('2024-03-05', 2, start), planned: true };
  const unread = (planned: boolean) => ({ ...citation('2024-03-05', 1, 0), articleId: 'other', planned });
  const eventOf = (day: RankedDay) =>
    dayEventOf(day, read, matcher) as NonNullable<ReturnType<typeof dayEventOf>>;

  it('counts the unread reports in the total, and is planned only when they are plans too', () => {
    const past: RankedDay = { day: '2024-03-05', citations: [ahead, unread(false)] };
    expect(eventOf(past).planned).toBe(true);
    expect(withUnread(eventOf(past), past, read, new Set())).toMatchObject({ total: 2, planned: false });
    const plans: RankedDay = { day: '2024-03-05', citations: [ahead, unread(true)] };
    expect(withUnread(eventOf(plans), plans, read, new Set())).toMatchObject({ total: 2, planned: true });
  });

  it('leaves out the articles read and found not to name the topic', () => {
    const past: RankedDay = { day: '2024-03-05', citations: [ahead, unread(false)] };
    expect(withUnread(eventOf(past), past, read, new Set(['other']))).toMatchObject({
      total: 1,
      planned: true,
    });
  });
});
