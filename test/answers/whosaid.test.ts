import type { Answers } from '../../src/answers/answers';
import type { WhoSaidAnswer } from '../../src/answers/whosaid';
import { okAnswer, seedAnswers } from '../support/seedArchive';

let answers: Answers;

beforeAll(async () => {
  answers = await seedAnswers();
});

const whosaid = (query: string): Promise<WhoSaidAnswer> => okAnswer(answers.whosaid(query));

const cited = (a: WhoSaidAnswer) => a.attributions.map((x) => x.citation.articleId).sort();

describe('whosaid over the seed corpus', () => {
  it('names the speaker with a role, one attribution per article that carries the quote', async () => {
    const answer = await whosaid(
      'It is really easy to get the United States into a war and very hard to get us out',
    );
    expect(answer).toMatchObject({ found: true, speaker: 'Geoffrey Corn', conflict: false });
    expect(answer.role).toContain('Texas Tech');
    expect(cited(answer)).toEqual(['latintimes-attack-plans-cartels', 'rollingstone-attack-plans-mexico']);
    const rs = answer.attributions.find((a) => a.citation.articleId === 'rollingstone-attack-plans-mexico');
    expect(rs).toMatchObject({ mention: 'Corn', citation: { paragraph: 13, outlet: 'Rolling Stone' } });
    expect(rs?.citation.passage).toMatch(/^“It is really easy .* Corn tells Rolling Stone, adding that/);
  });

  it('matches a misremembered version of the quote', async () => {
    expect(await whosaid('easy to get the US into a war but hard to get out')).toMatchObject({
      speaker: 'Geoffrey Corn',
    });
  });

  it('matches typed straight quotes and apostrophes against curly ones, and stray quotation marks', async () => {
    expect(await whosaid('"It\'s gotten too easy to go to war"')).toMatchObject({ speaker: 'Geoffrey Corn' });
    expect(await whosaid('“could happen')).toMatchObject({ speaker: 'Donald Trump' });
  });

  it('the same words given to a name and to another, indefinite source ("one intelligence source"): conflict', async () => {
    const answer = await whosaid("Nobody's missing the fact that the U.S. is circling overhead");
    expect(answer).toMatchObject({
      found: true,
      speaker: 'Mica Treviño',
      conflict: true,
      alsoUnnamed: ['one intelligence source'],
      match: { kind: 'exact', differences: [] },
    });
    expect(answer.attributions.map((a) => a.speaker)).toEqual(['Mica Treviño', 'one intelligence source']);
  });

  it('does not flag a conflict between unnamed sources describing the same person differently', async () => {
    const answer = await whosaid("It's not a negotiating tactic. It's not Art of the Deal.");
    expect(answer.conflict).toBe(false);
    expect(cited(answer)).toEqual([
      'curiousnuggets-directive-cartels',
      'latintimes-attack-plans-cartels',
      'rollingstone-attack-plans-mexico',
    ]);
  });

  it('answers "not found" with the closest passages, never a guessed speaker', async () => {
    const answer = await whosaid('Make America great again');
    expect(answer).toMatchObject({ found: false, speaker: null, conflict: false, attributions: [] });
    expect(answer.suggestions.length).toBeGreaterThan(0);
  });

  it('does not treat page furniture as a quote', async () => {
    expect(
      (await whosaid('Get your daily dose of everything happening in Australian/New Zealand music')).found,
    ).toBe(false);
  });
});

describe('bad queries get a clear answer', () => {
  it.each([
    ['one character', 'x'],
    ['regular-expression metacharacters', '.*+?^$[](){}|\\'],
    ['emoji', '😀🔥🇲🇽'],
    ['an unbalanced quotation mark', '“We are observing'],
  ])('%s', async (_what, query) => {
    const result = await answers.whosaid(query);
    expect(result.ok).toBe(true);
  });

  it('refuses an empty query and one of 5,000 characters', async () => {
    expect(await answers.whosaid('  “ ” ')).toEqual({ ok: false, problem: 'empty' });
    expect(await answers.whosaid('war '.repeat(1250))).toEqual({
      ok: false,
      problem: 'too-long',
      length: 4999,
    });
  });
});
