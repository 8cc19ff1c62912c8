import type { Answers } from '../../src/answers/answers';
import { draftQuotations } from '../../src/answers/checkQuotes';
import { renderCheckQuotesText } from '../../src/render/text/renderCheckQuotes';
import { okAnswer } from '../support/seedArchive';
import { answersOver } from '../support/smallArchive';

let answers: Answers;

beforeAll(async () => {
  answers = await answersOver([
    {
      id: 'ledger-levee',
      outlet: 'The Riverton Ledger',
      published: '2024-04-02',
      body: '“The levee on the north bank will hold through the spring floods,” said Dana Whitlock, the county engineer.\n\n“We are not going to evacuate the river district this week,” Mayor Ines Calder said on Tuesday.',
    },
    {
      id: 'courier-levee',
      outlet: 'The Valley Courier',
      published: '2024-04-05',
      body: '“The levee on the north bank will hold through the spring floods,” Dana Whitlock told reporters.\n\n“Every family on Mill Street will get sandbags by Friday morning,” Omar Haddad, the fire chief, said.',
    },
  ]);
});

const DRAFT = [
  'Dana Whitlock said: “The levee on the north bank will hold through the spring floods.”',
  '“Every family on Mill Street will get sandbags by Friday night,” said Omar Haddad.',
  '“We are going to evacuate the river district this week,” Mayor Ines Calder said.',
  '“Every family on Mill Street will get sandbags by Friday morning,” Dana Whitlock said.',
  '“The ferry will run on a reduced schedule until June,” said Pia Lindqvist.',
].join('\n\n');

describe('checkquotes on a draft with five quotations', () => {
  it('finds the five quotations with the speakers the draft names', () => {
    expect(draftQuotations(DRAFT).map((q) => q.speaker)).toEqual([
      'Dana Whitlock',
      'Omar Haddad',
      'Ines Calder',
      'Dana Whitlock',
      'Pia Lindqvist',
    ]);
  });

  it('gives the five right verdicts', async () => {
    const { quotes } = await okAnswer(answers.checkquotes(DRAFT));
    expect(quotes.map((q) => [q.verdict, q.speakerMatches])).toEqual([
      ['exact', true],
      ['close', true],
      ['differs', true],
      ['exact', false],
      ['not-found', null],
    ]);
    expect(quotes[1]?.differences).toEqual(expect.arrayContaining(['night', 'morning']));
    expect(quotes[2]?.differences).toEqual(['not']);
    expect(quotes[3]?.speaker).toBe('Omar Haddad');
  });

  it('cites the first article that printed the words', async () => {
    const { quotes } = await okAnswer(answers.checkquotes(DRAFT));
    expect(quotes[0]?.firstPrinted).toMatchObject({ articleId: 'ledger-levee', published: '2024-04-02' });
    expect(quotes[0]?.citations).toHaveLength(2);
    expect(quotes[4]?.firstPrinted).toBeNull();
  });

  it('renders one answer per quotation, differences first', async () => {
    const text = renderCheckQuotesText(await okAnswer(answers.checkquotes(DRAFT)));
    expect(text).toContain("The archive's words differ: 'not'");
    expect(text).toContain('the draft names Dana Whitlock, the archive gives it to Omar Haddad');
    expect(text).toContain('Not found in the archive.');
  });
});

describe('checkquotes: where the words were first printed', () => {
  it('is the earliest article that carries them as the verdict says, not an earlier looser match', async () => {
    const archive = await answersOver([
      {
        id: 'gazette-early',
        outlet: 'The Hill Gazette',
        published: '2024-03-20',
        body: '“The levee on the south bank will not hold through the spring floods,” said Dana Whitlock, the county engineer.',
      },
      {
        id: 'ledger-later',
        outlet: 'The Riverton Ledger',
        published: '2024-04-02',
        body: '“The levee on the north bank will hold through the spring floods,” said Dana Whitlock, the county engineer.',
      },
    ]);
    const draft = 'Dana Whitlock said: “The levee on the north bank will hold through the spring floods.”';
    const { quotes } = await okAnswer(archive.checkquotes(draft));
    expect(quotes[0]?.verdict).toBe('exact');
    expect(quotes[0]?.firstPrinted).toMatchObject({ articleId: 'ledger-later' });
  });
});
