import {
  type ArticleDays,
  chooseDays,
  coverageAround,
  densestShare,
  LEFT_OUT_STRETCH_DAYS,
  leftOutDays,
  matchedArticles,
  rankDays as rankMatched,
  standsOut,
} from '../../src/answers/timelineDays';

/** The ranking of articles given one object each. */
const rankDays = (articles: ArticleDays[]) => rankMatched(matchedArticles(articles));

import { type DayReport, dayNumber, dayOf, packDayReports } from '../../src/indexing/dayReports';
import { MARCH_WEEKS_LEFT_OUT } from '../support/leftOut';

const report = (day: string, paragraph: number, sentenceStart = paragraph * 100): DayReport => ({
  day,
  paragraph,
  sentenceStart,
  planned: false,
});

/**
 * An article of the archive; undated unless a test dates it, so that only the days it names count. Its reports
 * are packed as indexing stores them.
 */
const article = (
  id: string,
  { reports = [], ...over }: Partial<Omit<ArticleDays, 'reports'>> & { reports?: DayReport[] },
): ArticleDays => ({
  id,
  published: null,
  inTitle: false,
  matchParagraphs: [1],
  reports: packDayReports(reports),
  ...over,
});

describe('ranking a timeline days from what indexing stored', () => {
  it('a day ranks by how many different articles report it, the earlier day first on a tie', () => {
    const days = rankDays([
      article('a', { reports: [report('2024-05-07', 1), report('2024-05-02', 1, 150)] }),
      article('b', { reports: [report('2024-05-07', 2)] }),
      article('c', { reports: [report('2024-05-03', 1)] }),
    ]);
    expect(days.map((d) => [d.day, d.citations.length])).toEqual([
      ['2024-05-07', 2],
      ['2024-05-02', 1],
      ['2024-05-03', 1],
    ]);
  });

  it('one article reporting a day twice counts once', () => {
    const days = rankDays([article('a', { reports: [report('2024-05-07', 1), report('2024-05-07', 2)] })]);
    expect(days).toEqual([{ day: '2024-05-07', citations: [expect.objectContaining({ paragraph: 1 })] }]);
  });

  it('only days reported near the topic count: a paragraph far from every mention is another story', () => {
    const days = rankDays([
      article('a', { matchParagraphs: [1], reports: [report('2024-05-06', 2), report('2024-05-01', 6)] }),
    ]);
    expect(days.map((d) => d.day)).toEqual(['2024-05-06']);
  });

  it("an article whose lead names the topic but no day reports its own day's news", () => {
    const days = rankDays([
      article('a', { published: '2024-05-10', matchParagraphs: [1, 4], reports: [report('2024-04-30', 4)] }),
    ]);
    expect(days.map((d) => d.day).sort()).toEqual(['2024-04-30', '2024-05-10']);
    expect(days.find((d) => d.day === '2024-05-10')?.citations[0]).toMatchObject({
      sentenceStart: null,
      paragraph: 1,
    });
  });

  it("an article's own day cites the lead paragraph that names the topic, not the one before it", () => {
    // A news round-up: paragraph 1 is about other stories, paragraph 2 names the topic.
    const days = rankDays([article('a', { published: '2024-05-10', inTitle: true, matchParagraphs: [2] })]);
    expect(days).toEqual([
      { day: '2024-05-10', citations: [expect.objectContaining({ paragraph: 2, sentenceStart: null })] },
    ]);
  });

  it("an article reporting the day before its own reports that day's news, not its own; an undated article neither", () => {
    // "Police charged the athlete on Thursday" in Friday's paper: Thursday is the news, not Friday.
    const days = rankDays([
      article('a', { published: '2024-05-10', reports: [report('2024-05-09', 1)] }),
      article('b', { published: '2024-05-10', reports: [report('2024-05-09', 1)] }),
    ]);
    expect(days.map((d) => [d.day, d.citations.length])).toEqual([['2024-05-09', 2]]);
    expect(rankDays([article('a', { published: null })])).toEqual([]);
  });

  it("Saturday's news in Monday's paper is Saturday's; a day three days back or ahead leaves the own day cited", () => {
    const monday = (id: string, day: string) =>
      article(id, { published: '2024-05-13', matchParagraphs: [1, 3], reports: [report(day, 3)] });
    const cited = (a: ArticleDays) => rankDays([a]).map((d) => d.day);
    expect(cited(monday('a', '2024-05-11'))).toEqual(['2024-05-11']);
    expect(cited(monday('b', '2024-05-10')).sort()).toEqual(['2024-05-10', '2024-05-13']);
    expect(cited(monday('c', '2024-05-14')).sort()).toEqual(['2024-05-13', '2024-05-14']);
  });

  it('a report of the day before far from every mention of the topic is another story: the own day is still cited', () => {
    const days = rankDays([
      article('a', { published: '2024-05-10', matchParagraphs: [1], reports: [report('2024-05-09', 6)] }),
    ]);
    expect(days.map((d) => d.day)).toEqual(['2024-05-10']);
  });

  it('an article reporting its own publication day counts for it once', () => {
    const days = rankDays([article('a', { published: '2024-05-10', reports: [report('2024-05-10', 1)] })]);
    expect(days).toEqual([
      { day: '2024-05-10', citations: [expect.objectContaining({ sentenceStart: 100 })] },
    ]);
  });

  it('articles that only mention the topic in passing are left out when others are about it', () => {
    const days = rankDays([
      article('about', { inTitle: true, reports: [report('2024-05-08', 1)] }),
      article('passing', { matchParagraphs: [7], reports: [report('2024-05-01', 7)] }),
    ]);
    expect(days.map((d) => d.day)).toEqual(['2024-05-08']);
  });

  /** Three articles a day for three weeks of March 2024, twelve on the 11th; `before` more, one a fortnight before. */
  const threeWeeks = (before: number): ArticleDays[] => {
    const articles: ArticleDays[] = [];
    for (let d = 1; d <= 21; d++) {
      const day = `2024-03-${String(d).padStart(2, '0')}`;
      const n = d === 11 ? 12 : 3;
      for (let i = 0; i < n; i++) {
        articles.push(article(`${day}-${i}`, { published: day, reports: [report(day, 1)] }));
      }
    }
    for (let i = 1; i <= before; i++) {
      const day = new Date(Date.UTC(2024, 1, 20) - i * 14 * 86_400_000).toISOString().slice(0, 10);
      articles.push(article(`earlier-${i}`, { published: day, reports: [report(day, 1)] }));
    }
    return articles;
  };

  it('in the thick of a long story, a day reported no more than the days around it is running coverage, not an event', () => {
    // A trial: three weeks of it after 30 earlier reports over more than a year.
    const march = rankDays(threeWeeks(30)).filter((d) => d.day.startsWith('2024-03'));
    expect(march.map((d) => [d.day, d.citations.length])).toEqual([['2024-03-11', 12]]);
  });

  it('a story that is one burst (an uprising of three weeks) is told day by day, every day it reports an event', () => {
    const days = rankDays(threeWeeks(0));
    expect(days).toHaveLength(21);
    expect(days.map((d) => [d.day, d.citations.length]).slice(0, 3)).toEqual([
      ['2024-03-11', 12],
      ['2024-03-01', 3],
      ['2024-03-02', 3],
    ]);
    // Three quarters of the citations in the densest two months still make a burst; fewer do not.
    expect(rankDays(threeWeeks(20))).toHaveLength(21 + 20);
    expect(rankDays(threeWeeks(30)).filter((d) => d.day.startsWith('2024-03'))).toHaveLength(1);
  });

  it('the days a long story does not list are counted, with the stretch of 60 days that holds most of them', () => {
    // The trial of the tests above: March's days but the 11th are not listed; the earlier reports, a fortnight
    // apart, each stand out in their quiet months.
    const { days, reported } = chooseDays(matchedArticles(threeWeeks(30)));
    expect(days.map((d) => d.day)).toContain('2024-03-11');
    expect(days).toHaveLength(31);
    expect(reported.all).toHaveLength(51);
    const listed = new Set(days.map((d) => dayNumber(d.day)));
    expect(leftOutDays(reported, listed)).toEqual(MARCH_WEEKS_LEFT_OUT);
    // A burst lists every day it reports: nothing is left out.
    const burst = chooseDays(matchedArticles(threeWeeks(0)));
    expect(leftOutDays(burst.reported, new Set(burst.days.map((d) => dayNumber(d.day))))).toBeNull();
  });

  it('a day counts for the stretch only when reported at the time: not only recalled, planned or undated', () => {
    const at = (published: string | null, ...days: string[]) =>
      article(`${published}-${days.join()}`, { published, reports: days.map((d) => report(d, 1)) });
    const { reported } = chooseDays(
      matchedArticles([
        at('2024-03-01', '2024-03-01'), // its own day
        at('2024-03-04', '2024-03-02'), // two days after: that day's news
        at('2024-03-10', '2024-03-05'), // five days after: recalled (the article's own day is its news)
        at('2024-03-01', '2024-06-01'), // ahead of it: a plan
        at(null, '2024-03-07'), // undated
      ]),
    );
    expect(reported.all.map(dayOf).sort()).toEqual([
      '2024-03-01',
      '2024-03-02',
      '2024-03-05',
      '2024-03-07',
      '2024-03-10',
      '2024-06-01',
    ]);
    expect(reported.timely.map(dayOf).sort()).toEqual(['2024-03-01', '2024-03-02', '2024-03-10']);
  });

  it('left-out days are pointed to only when enough reported at the time fall within 60 days of one another', () => {
    const days = ['2024-01-01', '2024-01-20', '2024-02-10', '2024-02-29', '2024-03-01', '2024-05-01'].map(
      dayNumber,
    );
    const listed = new Set([dayNumber('2024-05-01')]);
    // 1 Jan to 29 Feb is 60 days: four of them; 1 Mar is the 61st.
    expect(LEFT_OUT_STRETCH_DAYS).toBe(5);
    expect(leftOutDays({ all: days, timely: days }, listed)).toBeNull();
    // With 1 Feb, 1 Jan to 29 Feb holds five, and so does 20 Jan to 1 Mar: the first of the two is named. Every
    // day reported and not listed is counted, also one only recalled later (2 Jun).
    const more = [...days, dayNumber('2024-02-01')];
    expect(leftOutDays({ all: [...more, dayNumber('2024-06-02')], timely: more }, listed)).toEqual({
      count: 7,
      busiest: {
        first: '2024-01-01',
        last: '2024-02-29',
        count: 5,
        since: '2024-01-01',
        until: '2024-03-02',
      },
    });
    // A listed day is never left out.
    expect(leftOutDays({ all: more, timely: more }, new Set(more))).toBeNull();
  });

  /** Articles each reporting its own day: `reports` on each day (days after 2024-01-01), and `quiet` single ones far before. */
  const story = (reports: [number, number][], quiet = 15): ArticleDays[] => {
    const dayAt = (offset: number) =>
      new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
    const articles: ArticleDays[] = [];
    for (const [offset, n] of reports) {
      const day = dayAt(offset);
      for (let i = 0; i < n; i++)
        articles.push(article(`${day}-${i}`, { published: day, reports: [report(day, 1)] }));
    }
    for (let k = 1; k <= quiet; k++) {
      const day = dayAt(-100 * k);
      articles.push(article(`quiet-${k}`, { published: day, reports: [report(day, 1)] }));
    }
    return articles;
  };
  /** Whether the one report the day after a day of 40 is an event: only in a burst. */
  const dayAfterStands = (articles: ArticleDays[]) => rankDays(articles).some((d) => d.day === '2024-01-02');

  it('a burst is three quarters of the coverage (exactly 0.75 is one) within 60 days (exactly 60 is)', () => {
    // 40 + 1 + 4 of 60 reports within the first 60 days: 0.75.
    expect(
      dayAfterStands(
        story([
          [0, 40],
          [1, 1],
          [59, 4],
        ]),
      ),
    ).toBe(true);
    // 74 of 99: 0.747.
    expect(
      dayAfterStands(
        story(
          [
            [0, 40],
            [1, 1],
            [59, 33],
          ],
          25,
        ),
      ),
    ).toBe(false);
    // The same reports over 61 days: the densest 60 hold 41 of 60.
    expect(
      dayAfterStands(
        story([
          [0, 40],
          [1, 1],
          [60, 4],
        ]),
      ),
    ).toBe(false);
  });

  it('a burst is of the coverage at the time: a day recalled through the next year makes no story a burst', () => {
    // The trial of the test above, its verdict recalled by 200 articles in 2025 (far from their leads).
    const recalled = threeWeeks(30);
    for (let i = 0; i < 200; i++) {
      const published = `2025-0${(i % 9) + 1}-15`;
      recalled.push(
        article(`recall-${i}`, {
          published,
          inTitle: true,
          reports: [report('2024-03-11', 5)],
          matchParagraphs: [5],
        }),
      );
    }
    const march = rankDays(recalled).filter((d) => d.day.startsWith('2024-03'));
    expect(march.map((d) => [d.day, d.citations.length])).toEqual([['2024-03-11', 212]]);
  });

  it('the densest share is the most citations any window of days holds, as a share of all', () => {
    expect(densestShare([10, 11, 200], [3, 1, 4])).toBe(0.5);
    expect(densestShare([10, 69, 70], [1, 1, 2], 60)).toBe(0.75);
    expect(densestShare([10, 70], [1, 1], 60)).toBe(0.5);
    expect(densestShare([], [])).toBe(0);
  });

  it('in a quiet month a single report stands out; beside a busy day it does not', () => {
    const quiet = new Map([[100, 1]]);
    expect(standsOut(quiet, quiet, 100)).toBe(true);
    const busy = new Map([
      [100, 1],
      [101, 40],
    ]);
    expect(standsOut(busy, busy, 100)).toBe(false);
    expect(standsOut(busy, busy, 101)).toBe(true);
    expect(standsOut(busy, busy, 130)).toBe(false);
  });

  it('a day recalled long after is no running coverage: the hearing a week after a shooting still stands out', () => {
    // The night of the shooting, recalled through a trial a year on by 100 articles; at the time, 3 reported it.
    // The bail hearing a week later: 5 reports, all that week.
    const articles: ArticleDays[] = [];
    for (let i = 0; i < 100; i++) {
      const published = `2025-03-${String((i % 28) + 1).padStart(2, '0')}`;
      articles.push(
        article(`trial-${i}`, {
          published,
          reports: [report('2024-02-14', 3)],
          matchParagraphs: [3],
          inTitle: true,
        }),
      );
    }
    for (let i = 0; i < 3; i++) {
      articles.push(article(`night-${i}`, { published: '2024-02-14', reports: [report('2024-02-14', 1)] }));
    }
    for (let i = 0; i < 5; i++) {
      articles.push(article(`hearing-${i}`, { published: '2024-02-21', reports: [report('2024-02-21', 1)] }));
    }
    const days = rankDays(articles).map((d) => [d.day, d.citations.length]);
    expect(days.slice(0, 2)).toEqual([
      ['2024-02-14', 103],
      ['2024-02-21', 5],
    ]);
  });

  it('the coverage around every day at once is the sum standsOut takes day by day', () => {
    // Days of a story over three months, some weeks busy, some quiet, one day far off on its own.
    const coverage = new Map<number, number>();
    for (let n = 1000; n < 1090; n += (n % 7) + 1) coverage.set(n, (n * 37) % 11);
    coverage.set(5000, 3);
    const around = coverageAround(coverage);
    for (const n of coverage.keys()) {
      let sum = 0;
      for (let i = 1; i <= 15; i++) sum += (coverage.get(n - i) ?? 0) + (coverage.get(n + i) ?? 0);
      expect([n, around.get(n)]).toEqual([n, sum]);
    }
    expect(around.get(5000)).toBe(0);
  });
});
