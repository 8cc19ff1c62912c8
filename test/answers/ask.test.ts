import type { Answers } from '../../src/answers/answers';
import type { AskAnswer } from '../../src/answers/ask';
import { okAnswer, seedAnswers } from '../support/seedArchive';

let answers: Answers;

beforeAll(async () => {
  answers = await seedAnswers();
});

const ask = (question: string): Promise<AskAnswer> => okAnswer(answers.ask(question));

describe('ask over the seed corpus', () => {
  it.each(['How much is the bounty on El Mencho?', 'how much is the reward for El Mencho'])(
    'an amount, marked in a cited sentence: %s',
    async (question) => {
      const a = await ask(question);
      expect(a).toMatchObject({ intent: 'factoid', found: true });
      if (a.intent !== 'factoid' || !a.answer.answer) throw new Error('no answer');
      const { highlights, citation } = a.answer.answer;
      expect(highlights.map((h) => h.text)).toEqual(['$10 million']);
      const all = [a.answer.answer, ...a.answer.supporting].map((s) => s.citation.articleId);
      expect(all).toContain('rollingstone-attack-plans-mexico');
      expect(citation.passage).toContain('$10 million');
    },
  );

  it.each([
    'How many cartel members did Mexico extradite?',
    'how many alleged cartel members were extradited by Mexico',
  ])('a count: %s', async (question) => {
    const a = await ask(question);
    if (a.intent !== 'factoid' || !a.answer.answer) throw new Error('no answer');
    expect(a.answer.answer.highlights.map((h) => h.text)).toContain('26');
  });

  it("what: the words between the question's words, next to the thing asked about", async () => {
    const a = await ask('What industries does CJNG extort?');
    if (a.intent !== 'factoid' || !a.answer.answer) throw new Error('no answer');
    expect(a.answer.answer.highlights.map((h) => h.text)).toEqual([
      'the tortilla, avocado, lime, and chicken',
    ]);
  });

  it('when: the date printed in the sentence that states it, marked and resolved, with how many articles print it', async () => {
    const a = await ask('When did Mexico extradite 26 cartel members?');
    if (a.intent !== 'factoid' || !a.answer.answer) throw new Error(`intent ${a.intent}, found ${a.found}`);
    expect(a.answer.date).toEqual({ value: '2025-W33', articles: 1, rule: expect.any(String) });
    expect(a.answer.answer.highlights.map((h) => h.text)).toEqual(['earlier this week']);
    expect(a.answer.answer.citation.articleId).toBe('rollingstone-attack-plans-mexico');
    expect(a.answer.answer.sentence).toContain('Mexico extradited 26 alleged cartel members');
  });

  it('when: no sentence gives a date, so a timeline of the topic answers', async () => {
    const a = await ask('When did the tariffs start?');
    expect(a.intent).toBe('timeline');
  });

  it('who is: the roles the archive gives the person, the articles and their quotes, each cited', async () => {
    const a = await ask('Who is Geoffrey Corn?');
    if (a.intent !== 'profile') throw new Error(`intent ${a.intent}`);
    expect(a.answer.roles.map((r) => r.role).join(' | ')).toContain('Texas Tech');
    expect(a.answer.articles.map((c) => c.articleId).sort()).toEqual([
      'latintimes-attack-plans-cartels',
      'rollingstone-attack-plans-mexico',
    ]);
    expect(a.answer.quotes.length).toBeGreaterThanOrEqual(5);
  });

  it('routes who-said and timeline questions to those answers', async () => {
    expect(await ask('who said "could happen"?')).toMatchObject({
      intent: 'whosaid',
      answer: { speaker: 'Donald Trump' },
    });
    const t = await ask('What is the tariff timeline?');
    expect(t).toMatchObject({ intent: 'timeline', found: true });
    expect(JSON.stringify(t.answer)).toContain('30%');
  });

  it.each([
    'What is the capital of France?',
    'How many goals did Messi score?',
    'Who is Taylor Swift?',
    'When did the moon landing happen?',
  ])('cannot answer "%s": says so, with the closest passages, never a guess', async (question) => {
    const a = await ask(question);
    expect(a.found).toBe(false);
    expect(Array.isArray(a.suggestions)).toBe(true);
  });
});
