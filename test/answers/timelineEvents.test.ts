import { factsOf } from '../../src/answers/timeline';
import { coarseEvents, planCoarse, planTimeline } from '../../src/answers/timelineEvents';
import type { Report } from '../../src/answers/timelineSelect';
import { topicMatcher } from '../../src/answers/timelineTopic';
import { extractDates, referenceDay } from '../../src/dates/extractDates';
import { termOverlap, termSet } from '../../src/text/terms';
import { articleFrom } from '../support/article';
import { random } from '../support/random';

const matcher = topicMatcher('Harbour Bridge');

function facts(id: string, published: string, title: string, body: string) {
  const article = articleFrom(body, { id, title, published });
  return factsOf({ article, dates: extractDates(article, referenceDay(published)) }, matcher);
}

const collapseDay = [
  facts(
    'a1',
    '2024-03-08',
    'Harbour Bridge collapses',
    'The Harbour Bridge collapsed at about midday on Thursday, police said.\n\nFour people were hurt.',
  ),
  facts(
    'a2',
    '2024-03-09',
    'Questions over Harbour Bridge',
    'Engineers had warned about the Harbour Bridge before it fell on 7 March.\n\nThe council met on Friday.',
  ),
  facts(
    'a3',
    '2024-04-20',
    'Harbour Bridge inquiry opens',
    'The inquiry into the collapse of the Harbour Bridge on 7 March opened on Monday.\n\nIt should be completed in October.',
  ),
];

describe('choosing the days: how many different articles about the topic report them', () => {
  const plan = planTimeline(collapseDay);
  const day = (date: string) => plan.events.find((e) => e.date === date && e.granularity === 'day');

  it('the collapse day, reported by three articles, is the top event, its midday on the Thursday named', () => {
    expect(day('2024-03-07')?.reports.map((r) => r.articleId)).toEqual(
      expect.arrayContaining(['a1', 'a2', 'a3']),
    );
    expect(day('2024-03-07')?.rank).toBe(1);
  });

  it('events are sorted by date, and a day reported once ranks below', () => {
    const starts = plan.events.map((e) => e.start);
    expect(starts).toEqual([...starts].sort());
    expect(day('2024-04-15')?.reports).toHaveLength(1);
    expect(day('2024-04-15')?.rank).toBeGreaterThan(1);
  });

  it('days rank before months and years', () => {
    const ranks = plan.events.filter((e) => e.granularity !== 'day').map((e) => e.rank);
    const dayRanks = plan.events.filter((e) => e.granularity === 'day').map((e) => e.rank);
    expect(Math.min(...ranks)).toBeGreaterThan(Math.max(...dayRanks));
  });

  it('a date after publication stated as what will happen is planned', () => {
    const october = plan.events.find((e) => e.date === '2024-10');
    expect(october).toMatchObject({ planned: true, granularity: 'month' });
  });
});

describe('only articles about the topic, only sentences near its mentions', () => {
  it('a passing mention deep in an unrelated article adds no day', () => {
    const unrelated = facts(
      'b1',
      '2024-03-10',
      'Ferry timetable changes',
      [
        'The ferry company changed its timetable on Tuesday.',
        'Fares rose 5% on 1 March.',
        'Crews were trained on Wednesday.',
        'A new boat arrives on 2 April.',
        'Traffic has been heavy since the Harbour Bridge closed.',
      ].join('\n\n'),
    );
    const plan = planTimeline([...collapseDay, unrelated]);
    expect(plan.events.flatMap((e) => e.reports.map((r) => r.articleId))).not.toContain('b1');
  });

  it('in an article about the topic, a sentence far from every mention is not an event', () => {
    const long = facts(
      'c1',
      '2024-03-12',
      'Harbour Bridge: what we know',
      [
        'The Harbour Bridge collapsed on 7 March.',
        'Divers searched the river on Saturday.',
        'The mayor thanked volunteers.',
        'In other news, the library reopened on 4 March after repairs.',
      ].join('\n\n'),
    );
    const plan = planTimeline([long]);
    expect(plan.events.map((e) => e.date)).toEqual(['2024-03-07', '2024-03-09']);
  });

  it('bare timestamps and page stamps never become events', () => {
    const live = facts(
      'd1',
      '2024-03-07',
      'Harbour Bridge collapse: live',
      [
        'The Harbour Bridge has collapsed, police said on Thursday.',
        '12:25 p.m.',
        'Page last updated at 14:02 GMT, 7 March 2024',
      ].join('\n\n'),
    );
    const texts = planTimeline([live]).events.map((e) => e.best.sentence.text);
    expect(texts).toEqual(['The Harbour Bridge has collapsed, police said on Thursday.']);
  });

  it('with no article about the topic, sentences that name it still give events', () => {
    const passing = facts(
      'e1',
      '2024-05-02',
      'Council budget',
      [
        'The council set its budget on Tuesday.',
        'Rates rose 3%.',
        'The mayor said the Harbour Bridge repairs will start in June.',
      ].join('\n\n'),
    );
    expect(planTimeline([passing]).events.map((e) => e.date)).toEqual(['2024-06']);
  });
});

describe('the coarser events alone', () => {
  it('are those of the whole plan but its days, in the same order, with the same undated facts', () => {
    const more = [
      ...collapseDay,
      facts(
        'b1',
        '2024-03-12',
        'Harbour Bridge: a history',
        [
          'The Harbour Bridge opened in 1932 and was last repaired in 2019.',
          'In February the council delayed the Harbour Bridge inspection.',
          'The Harbour Bridge was closed last week for checks.',
          'Its owners will decide next month, and the Harbour Bridge is to reopen in 2025.',
        ].join('\n\n'),
      ),
      facts(
        'b2',
        '2024-03-15',
        'Harbour Bridge repairs',
        'Repairs to the Harbour Bridge last took place in 2019.\n\nThe Harbour Bridge inspection was put off in February.',
      ),
    ];
    const whole = planTimeline(more);
    const coarse = planCoarse(more);
    const withoutRank = ({ rank: _rank, ...e }: { rank: number }) => e;
    expect(coarse.events.length).toBeGreaterThan(3);
    expect(coarse.events.map(withoutRank)).toEqual(
      whole.events.filter((e) => e.granularity !== 'day').map(withoutRank),
    );
    expect(coarse.undated).toEqual(whole.undated);
  });
});

describe('merging the coarser reports', () => {
  /** What coarseEvents did before it looked events up by their words: every event compared in turn. */
  function everyEventInTurn(reports: Report[]) {
    const merged: { event: { start: string; end: string; reports: Report[] }; terms: Set<string> }[] = [];
    for (const r of reports) {
      if (r.granularity === 'day') continue;
      const terms = termSet(r.sentence.text);
      const same = merged.find(
        (m) => m.event.start <= r.end && r.start <= m.event.end && termOverlap(m.terms, terms) >= 0.3,
      );
      if (!same) merged.push({ event: { start: r.start, end: r.end, reports: [r] }, terms });
      else if (!same.event.reports.some((x) => x.articleId === r.articleId)) same.event.reports.push(r);
    }
    return merged.map((m) => m.event.reports.map((r) => `${r.articleId}:${r.date}`));
  }

  const WORDS = [
    'council',
    'bridge',
    'repairs',
    'inquiry',
    'budget',
    'mayor',
    'vote',
    'storm',
    'harbour',
    'rail',
  ];
  const SPANS: [string, string, string][] = [
    ['2024', '2024-01-01', '2024-12-31'],
    ['2024-03', '2024-03-01', '2024-03-31'],
    ['2024-04', '2024-04-01', '2024-04-30'],
    ['2024-W10', '2024-03-04', '2024-03-10'],
    ['2023', '2023-01-01', '2023-12-31'],
  ];

  function reportsOfSeed(seed: number): Report[] {
    const next = random(seed);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
    return Array.from({ length: 60 }, (_, i) => {
      const [date, start, end] = pick(SPANS);
      const text = Array.from({ length: 1 + Math.floor(next() * 6) }, () => pick(WORDS)).join(' ');
      const paragraph = 1 + (i % 5);
      return {
        articleId: `a${Math.floor(next() * 12)}`,
        sentence: { start: i * 100, end: i * 100 + text.length, paragraph, text },
        date,
        start,
        end,
        granularity: date.length === 4 ? 'year' : date.includes('W') ? 'week' : 'month',
        planned: false,
        named: true,
        published: '2024-05-01',
        rule: 'test',
      };
    });
  }

  it('joins each report to the first event that overlaps it and shares its words, as comparing every event would', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const reports = reportsOfSeed(seed);
      const got = coarseEvents(reports).map((e) => e.reports.map((r) => `${r.articleId}:${r.date}`));
      expect({ seed, events: got }).toEqual({ seed, events: everyEventInTurn(reports) });
    }
  });

  it('keeps apart reports that share words but not their time, and those of the same time that share too few', () => {
    const [march, april, short] = reportsOfSeed(7).slice(0, 3) as [Report, Report, Report];
    const at = (
      r: Report,
      text: string,
      date: string,
      start: string,
      end: string,
      articleId: string,
    ): Report => ({
      ...r,
      articleId,
      date,
      start,
      end,
      granularity: 'month',
      sentence: { ...r.sentence, text },
    });
    const events = coarseEvents([
      at(march, 'council budget vote passed', '2024-03', '2024-03-01', '2024-03-31', 'a1'),
      at(april, 'council budget vote', '2024-04', '2024-04-01', '2024-04-30', 'a2'),
      at(short, 'storm harbour rail repairs mayor council', '2024-03', '2024-03-01', '2024-03-31', 'a3'),
      at(short, 'budget vote delayed', '2024-03', '2024-03-01', '2024-03-31', 'a4'),
    ]);
    expect(events.map((e) => e.reports.map((r) => r.articleId))).toEqual([['a1', 'a4'], ['a2'], ['a3']]);
  });
});
