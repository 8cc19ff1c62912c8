import type { Answers } from '../../src/answers/answers';
import type { WhoSaidAnswer } from '../../src/answers/whosaid';
import { okAnswer } from '../support/seedArchive';
import { answersOver } from '../support/smallArchive';

let answers: Answers;

beforeAll(async () => {
  answers = await answersOver([
    {
      id: 'ledger-bridge',
      outlet: 'The Riverton Ledger',
      published: '2024-03-04',
      body: '“We will not reopen the east bridge before the spring floods are over,” Mayor Ines Calder said on Monday.\n\nThe council meets again next week.',
    },
    {
      id: 'courier-bridge',
      outlet: 'The Valley Courier',
      published: '2024-03-05',
      body: '“We will not reopen the east bridge before the spring floods are over,” council member Omar Haddad said.\n\nHe spoke after the vote.',
    },
    {
      id: 'post-budget',
      outlet: 'The Harbor Post',
      published: '2024-03-06',
      body: '“The budget gives every school three new teachers and a full-time nurse,” Superintendent Ruth Okoye said.\n\nShe spoke to reporters after the board meeting.',
    },
    {
      id: 'times-budget',
      outlet: 'The Harbor Times',
      published: '2024-03-07',
      body: 'The district’s spokeswoman said: “The budget gives every school three new teachers and a full-time nurse.”',
    },
  ]);
});

const whosaid = (q: string): Promise<WhoSaidAnswer> => okAnswer(answers.whosaid(q));

describe('match kind on who-said', () => {
  it('exact words: kind exact on the answer and on each attribution', async () => {
    const a = await whosaid('the budget gives every school three new teachers and a full-time nurse');
    expect(a.match).toEqual({ kind: 'exact', differences: [] });
    for (const x of a.attributions) expect(x.match.kind).toBe('exact');
  });

  it('"not" removed: the archive\'s words differ, and the answer says so', async () => {
    const a = await whosaid('we will reopen the east bridge before the spring floods are over');
    expect(a.found).toBe(true);
    expect(a.match).toEqual({ kind: 'differs', differences: ['not'] });
  });

  it('a dropped word: close, the word listed', async () => {
    const a = await whosaid('the budget gives every school three new teachers and full-time nurse');
    expect(a.match).toEqual({ kind: 'close', differences: ['a'] });
  });

  it('a changed number: differs', async () => {
    const a = await whosaid('the budget gives every school four new teachers and a full-time nurse');
    expect(a.match?.kind).toBe('differs');
    expect(a.match?.differences).toEqual(expect.arrayContaining(['four', 'three']));
  });
});

describe('conflicts only between two named people', () => {
  it('two articles give the same words to two different named people: conflict', async () => {
    const a = await whosaid('we will not reopen the east bridge before the spring floods are over');
    expect(a.conflict).toBe(true);
    expect(a.attributions.map((x) => x.speaker).sort()).toEqual(['Ines Calder', 'Omar Haddad']);
  });

  it('a named person and an unnamed description of the source: no conflict, the description listed apart', async () => {
    const a = await whosaid('the budget gives every school three new teachers and a full-time nurse');
    expect(a).toMatchObject({ speaker: 'Ruth Okoye', conflict: false });
    expect(a.alsoUnnamed).toEqual(['The district’s spokeswoman']);
  });
});
