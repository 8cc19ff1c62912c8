import type { Answers } from '../../src/answers/answers';
import type { AskAnswer } from '../../src/answers/ask';
import { okAnswer } from '../support/seedArchive';
import { answersOver } from '../support/smallArchive';

// A ferry strike reported by three papers: Thursday's and Friday's say when it began, in their own words.
const articles = [
  {
    id: 'ledger-strike-begins',
    outlet: 'The Riverton Ledger',
    published: '2025-03-13',
    body: 'Ferry crews walked out on Wednesday after talks on pay collapsed, the union said.\n\nThe strike is the first on the river since 2019, and about 1,200 commuters were stranded.',
  },
  {
    id: 'gazette-strike-day-two',
    outlet: 'Harbour Gazette',
    published: '2025-03-14',
    body: 'Ferry crews walked out on Wednesday, and the union said the strike would last a week.\n\nSome 3,000 commuters were stranded, officials said.',
  },
  {
    id: 'courier-strike-review',
    outlet: 'Valley Courier',
    published: '2025-04-02',
    body: 'The ferry strike, which crews began on March 12, cost the operator about $2 million.\n\nThe strike left 1,200 commuters stranded for a week.',
  },
];

let answers: Answers;
beforeAll(async () => {
  answers = await answersOver(articles);
});

const ask = (question: string): Promise<AskAnswer> => okAnswer(answers.ask(question));

describe('when: the date the archive prints for it', () => {
  it("resolves each article's words against its own day, and gives the date most articles print", async () => {
    const a = await ask('When did the ferry crews walk out?');
    if (a.intent !== 'factoid' || !a.answer.answer) throw new Error(`intent ${a.intent}, found ${a.found}`);
    expect(a.answer.date).toMatchObject({ value: '2025-03-12', articles: 2 });
    // "The ferry strike, which crews began on March 12" is the same day, but does not say they walked out.
    expect(a.answer.answer.highlights.map((h) => h.text)).toEqual(['Wednesday']);
    const all = [a.answer.answer, ...a.answer.supporting].map((s) => s.citation.articleId).sort();
    expect(all).toEqual(['gazette-strike-day-two', 'ledger-strike-begins']);
  });

  it("never answers with a date from a sentence that does not hold the question's words", async () => {
    const a = await ask('When did the ferry operator sell its boats?');
    expect(a.intent === 'factoid' && a.found).toBe(false);
  });
});

describe('how many: the figure most articles print, and other figures never "also printed"', () => {
  it('answers with the figure two articles print, and shows the one article with another figure apart', async () => {
    const a = await ask('How many commuters were stranded?');
    if (a.intent !== 'factoid' || !a.answer.answer) throw new Error(`intent ${a.intent}, found ${a.found}`);
    const figures = (list: { highlights: { text: string }[] }[]) =>
      list.flatMap((s) => s.highlights.map((h) => h.text));
    expect(figures([a.answer.answer, ...a.answer.supporting])).toEqual(['1,200', '1,200']);
    expect(figures(a.answer.otherFigures ?? [])).toEqual(['3,000']);
    expect(a.answer.otherFigures?.[0]?.citation.articleId).toBe('gazette-strike-day-two');
  });
});

// A port's treaty, reported by a wire story carried twice and by papers that mention it beside other news.
const port = [
  {
    id: 'wire-treaty-signed',
    outlet: 'Wire',
    published: '2025-06-05',
    body: 'The port treaty was signed on Tuesday after a decade of talks, officials said.',
  },
  {
    id: 'gazette-wire-copy',
    outlet: 'Harbour Gazette',
    published: '2025-06-05',
    body: 'The port treaty was signed on Tuesday after a decade of talks, officials said.',
  },
  {
    id: 'ledger-minister-visit',
    outlet: 'The Riverton Ledger',
    published: '2025-06-20',
    body: 'The minister visited the port in January, months before the treaty was signed.\n\nThe dockers hope the strike will end next month, the union said.',
  },
  {
    id: 'courier-strike',
    outlet: 'Valley Courier',
    published: '2025-06-21',
    body: 'Dock workers began a strike at the port on Monday over pay and the new treaty.\n\nThe strike closed the port to cargo ships for the week.',
  },
];

describe('when: only a date of the event asked about, on the side of the article it asks about', () => {
  let portAnswers: Answers;
  beforeAll(async () => {
    portAnswers = await answersOver(port);
  });
  const askPort = (question: string): Promise<AskAnswer> => okAnswer(portAnswers.ask(question));

  it('a date in another clause never dates it, and a story carried twice is one report', async () => {
    const a = await askPort('When was the port treaty signed?');
    if (a.intent !== 'factoid' || !a.answer.answer) throw new Error(`intent ${a.intent}, found ${a.found}`);
    expect(a.answer.date).toMatchObject({ value: '2025-06-03', articles: 1 });
    expect(a.answer.supporting).toEqual([]);
  });

  it('"when did" is never answered with what an article expects to happen', async () => {
    const a = await askPort('When did the strike end?');
    expect(a.intent === 'factoid' && a.found).toBe(false);
    const ahead = await askPort('When will the strike end?');
    if (ahead.intent !== 'factoid' || !ahead.answer.answer) throw new Error(`intent ${ahead.intent}`);
    expect(ahead.answer.date?.value).toBe('2025-07');
  });

  it('says so when no sentence gives the date and answers with the timeline of the topic', async () => {
    const a = await askPort('When did the dock strike close the port?');
    expect(a).toMatchObject({ intent: 'timeline', noDatePrinted: true });
  });
});
