import type { Answers } from '../../src/answers/answers';
import type { WhoSaidAnswer } from '../../src/answers/whosaid';
import { okAnswer } from '../support/seedArchive';
import { answersOver } from '../support/smallArchive';

let answers: Answers;

beforeAll(async () => {
  answers = await answersOver([
    {
      id: 'gazette-port',
      outlet: 'The Port Gazette',
      published: '2024-05-02',
      body: '“The harbour will stay open to every fishing boat through the winter,” Minister Lucía Peña said on Friday.\n\nThe ministry gave no date.',
    },
    {
      id: 'wire-port',
      outlet: 'Coast Wire',
      published: '2024-05-03',
      body: '“The harbour will stay open to every fishing boat through the winter,” Lucia Pena said.\n\nShe spoke in the capital.',
    },
    {
      id: 'daily-rail',
      outlet: 'The Inland Daily',
      published: '2024-05-04',
      body: '“The night trains will run again before the end of the year,” Walter Brooks Jr. said.\n\nHe chairs the rail board.',
    },
    {
      id: 'herald-rail',
      outlet: 'The Inland Herald',
      published: '2024-05-05',
      body: '“The night trains will run again before the end of the year,” Walter Brooks said at the depot.\n\nThe board meets monthly.',
    },
  ]);
});

const whosaid = (q: string): Promise<WhoSaidAnswer> => okAnswer(answers.whosaid(q));

describe('who-said: one person under two spellings is one speaker', () => {
  it('accents folded: "Peña" and "Pena" agree, no conflict', async () => {
    const a = await whosaid('the harbour will stay open to every fishing boat through the winter');
    expect(a.found).toBe(true);
    expect(a.attributions).toHaveLength(2);
    expect(a.conflict).toBe(false);
  });

  it('a suffix aside: "Walter Brooks Jr." and "Walter Brooks" agree, no conflict', async () => {
    const a = await whosaid('the night trains will run again before the end of the year');
    expect(a.attributions).toHaveLength(2);
    expect(a.conflict).toBe(false);
    expect(a.speaker).toMatch(/Brooks/);
  });
});
