import { type Answers, createAnswers } from '../../src/answers/answers';
import { filteredReader } from '../../src/answers/articleFilter';
import { namingMost, type TimelineAnswer } from '../../src/answers/timeline';
import { type ArticleDays, matchedArticles } from '../../src/answers/timelineDays';
import { parseArticle } from '../../src/corpus/parseArticle';
import { archiveOf } from '../support/archive';
import { articleFrom } from '../support/article';
import { MARCH_WEEKS_LEFT_OUT } from '../support/leftOut';
import { okAnswer, seedAnswers } from '../support/seedArchive';

let answers: Answers;

beforeAll(async () => {
  answers = await seedAnswers();
});

const timeline = (topic: string, on = answers): Promise<TimelineAnswer> => okAnswer(on.timeline(topic));

describe('timeline over the seed corpus', () => {
  it('the tariff timeline: the July delay, dated to the month, with the trade context undated', async () => {
    const answer = await timeline('tariff');
    expect(answer.events).toEqual([
      expect.objectContaining({
        date: '2025-07',
        start: '2025-07-01',
        end: '2025-07-31',
        granularity: 'month',
        text: 'Late last month, Trump and Sheinbaum agreed to delay the imposition of a potential 30% tariff on Mexican goods for another 90 days.',
      }),
    ]);
    expect(answer.events[0]?.citations[0]).toMatchObject({
      articleId: 'mhtntimes-ready-to-invade',
      paragraph: 8,
    });
    expect(answer.undated.map((u) => u.text)).toContain(
      'Trade negotiations between the two countries remain unresolved.',
    );
  });

  it('cartels: events sorted oldest first, each at the precision its text supports', async () => {
    const { events } = await timeline('cartels');
    const starts = events.map((e) => e.start);
    expect(starts).toEqual([...starts].sort());
    const find = (words: string) => events.find((e) => e.text.includes(words));
    expect(find('soft invasion')).toMatchObject({ date: '2024-11', granularity: 'month' });
    expect(find('Harvard')).toMatchObject({ date: '2024-12' });
    expect(find('29 cartel members')).toMatchObject({ date: '2025-02' });
    expect(find('timeshare fraud')).toMatchObject({ date: '2025-08-13', granularity: 'day' });
    expect(find('directive signed last week')).toMatchObject({ date: '2025-W32', granularity: 'week' });
    expect(find('sworn back into office')).toMatchObject({ date: '2025-01' });
    expect(find('press briefing')).toMatchObject({ date: '2026-01-09' });
  });

  it('one event, several citations, when articles report the same happening', async () => {
    const event = (await timeline('cartels')).events.find((e) => e.text.includes('special ops'));
    expect(event?.citations.map((c) => c.articleId).sort()).toEqual([
      'mhtntimes-ready-to-invade',
      'rollingstone-attack-plans-mexico',
    ]);
  });

  it('answers a topic that matches nothing with no events', async () => {
    expect(await timeline('gender equality')).toMatchObject({
      topic: 'gender equality',
      events: [],
      undated: [],
    });
  });
});

describe('articles without a publication date', () => {
  it('contribute no invented dates: relative expressions give no event, absolute dates do', async () => {
    const text =
      '---\ntitle: "Ferry"\noutlet: "Ledger"\n---\n\nThe ferry stopped running last week. The ferry first sailed in March 1998.';
    const archive = archiveOf(parseArticle({ id: 'ferry', file: 'ferry.md', text }).article);
    const answer = await timeline('ferry', createAnswers(archive));
    expect(answer.events.map((e) => e.date)).toEqual(['1998-03']);
    expect(answer.undated.map((u) => u.text)).toEqual(['The ferry stopped running last week.']);
  });
});

describe('days chosen from the indexed days of every matching article', () => {
  const bank = (id: string, body: string, published: string) =>
    articleFrom(body, { id, title: `Bank report ${id}`, published });

  it('a name matches as a name: "Wells Fargo" never by a stem of "well"', async () => {
    const archive = archiveOf(
      bank('a', 'Wells Fargo agreed on Tuesday to pay a fine over fake accounts.', '2024-06-07'),
      bank('b', 'Regulators fined Wells Fargo on Tuesday, the bank confirmed.', '2024-06-06'),
      bank('c', 'The well ran dry on Monday and the farm wells were capped.', '2024-06-05'),
    );
    const answer = await timeline('Wells Fargo', createAnswers(archive));
    expect(answer.events.map((e) => [e.date, e.reports])).toEqual([['2024-06-04', 2]]);
    expect(answer.events[0]?.citations.map((c) => c.articleId).sort()).toEqual(['a', 'b']);
    expect(answer.events[0]?.rule).toBe('relative-weekday');
  });

  it('a day that happened is told by a report of it, its plans cited after and marked as published before it', async () => {
    const archive = archiveOf(
      // Monday's preview and Wednesday's report of the hearing, each in its lead and naming its day.
      bank('preview', 'Wells Fargo is due in court on Tuesday to answer the regulator.', '2024-06-03'),
      bank(
        'report',
        'Wells Fargo closed two branches.\n\nWells Fargo appeared in court on Tuesday and was fined.',
        '2024-06-05',
      ),
    );
    const answer = await timeline('Wells Fargo', createAnswers(archive));
    const tuesday = answer.events.find((e) => e.date === '2024-06-04');
    expect(tuesday).toMatchObject({
      planned: false,
      text: 'Wells Fargo appeared in court on Tuesday and was fined.',
    });
    expect(tuesday?.citations.map((c) => [c.articleId, c.planned])).toEqual([
      ['report', undefined],
      ['preview', true],
    ]);
  });

  it("a bare clock time is not an event, the article's own day is (its lead names no day)", async () => {
    const archive = archiveOf(
      bank(
        'a',
        'Wells Fargo said its chief executive would step down.\n\nShe left the building at 4 pm.',
        '2024-06-07',
      ),
    );
    const answer = await timeline('Wells Fargo', createAnswers(archive));
    expect(answer.events.map((e) => [e.date, e.rule, e.text])).toEqual([
      ['2024-06-07', 'published', 'Wells Fargo said its chief executive would step down.'],
    ]);
  });

  it("the day an article came out is the topic's coverage that day, cited by a lead sentence naming no other day", async () => {
    const archive = archiveOf(
      bank(
        'a',
        'Wells Fargo agreed on Tuesday to pay a $3bn fine. The bank also named a new head of compliance.',
        '2024-06-07',
      ),
      bank('b', 'Regulators fined Wells Fargo on Tuesday, the bank confirmed.', '2024-06-07'),
    );
    const answer = await timeline('Wells Fargo', createAnswers(archive));
    expect(answer.events.map((e) => [e.date, e.reports, e.text])).toEqual([
      ['2024-06-04', 2, 'Regulators fined Wells Fargo on Tuesday, the bank confirmed.'],
      ['2024-06-07', 1, 'The bank also named a new head of compliance.'],
    ]);
  });
});

describe('the days a timeline does not list', () => {
  it('are counted, and the weeks most of them fall in named, with the publication window that finds them', async () => {
    // A bank's story: a report a fortnight for more than a year, then three a day for three weeks of March 2024,
    // twelve on the 11th. In those weeks every day but the 11th is running coverage, not an event of its own.
    const day = (offset: number) => new Date(Date.UTC(2024, 2, 1 + offset)).toISOString().slice(0, 10);
    const bodies: [string, string][] = [];
    for (let k = 1; k <= 30; k++) bodies.push([day(-10 - 14 * k), 'reviewed its branches']);
    for (let d = 0; d < 21; d++) {
      for (let i = 0; i < (d === 10 ? 12 : 3); i++)
        bodies.push([day(d), `answered question ${i} from regulators`]);
    }
    const archive = archiveOf(
      ...bodies.map(([published, what], n) =>
        articleFrom(`Wells Fargo ${what}, number ${n}.`, { id: `r${n}`, title: `Report ${n}`, published }),
      ),
    );
    const answer = await timeline('Wells Fargo', createAnswers(archive));
    const listed = answer.events.filter((e) => e.granularity === 'day').map((e) => e.date);
    expect(listed.filter((d) => d.startsWith('2024-03'))).toEqual(['2024-03-11']);
    expect(answer.leftOut).toEqual(MARCH_WEEKS_LEFT_OUT);
    // Asked for those weeks, the timeline lists them day by day and points nowhere else.
    const weeks = filteredReader(archive, { since: '2024-03-01', until: '2024-03-23' });
    const narrowed = await timeline('Wells Fargo', createAnswers(weeks));
    expect(narrowed.events.filter((e) => e.granularity === 'day')).toHaveLength(21);
    expect(narrowed.leftOut).toBeUndefined();
  });
});

describe('the other articles a timeline reads', () => {
  it('are the first of a stable sort by title, then matching paragraphs, of those let through', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    const articles: ArticleDays[] = Array.from({ length: 300 }, (_, i) => ({
      id: `a${i}`,
      published: null,
      inTitle: next() % 5 === 0,
      matchParagraphs: Array.from({ length: 1 + (next() % 4) }, (_, n) => n + 1),
      reports: [],
    }));
    const wanted = (a: ArticleDays) => Number(a.id.slice(1)) % 3 !== 0;
    const sorted = articles
      .filter(wanted)
      .sort(
        (a, b) =>
          Number(b.inTitle) - Number(a.inTitle) || b.matchParagraphs.length - a.matchParagraphs.length,
      );
    const matched = matchedArticles(articles);
    for (const count of [0, 1, 7, 40, 500]) {
      expect(
        namingMost(matched, (i) => wanted(articles[i] as ArticleDays), count).map((i) => matched.ids[i]),
      ).toEqual(sorted.slice(0, count).map((a) => a.id));
    }
  });
});
