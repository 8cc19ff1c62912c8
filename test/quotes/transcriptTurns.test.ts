import type { Answers } from '../../src/answers/answers';
import { type ExtractedQuote, extractQuotes } from '../../src/quotes/extractQuotes';
import { articleFrom } from '../support/article';
import { okAnswer } from '../support/seedArchive';
import { answersOver } from '../support/smallArchive';

/** A Sunday-show transcript as outlets print it: an intro naming the guest, then labelled turns. */
const SHOW = [
  'Oklahoma Gov. Mary Fallin appeared on Sunday with host Jake Tapper; Sen. Ted Cruz joined them.',
  'Partial transcript as follows:',
  'JAKE TAPPER: The president released a video on Friday about racial healing. Take a listen.',
  '(BEGIN VIDEO CLIP)',
  'TAPPER: Do you think he has campaigned as a healer?',
  'FALLIN: I think he is trying to campaign as a racial healer. People want safe streets.',
  'The ads are too tough, are they not? The voters were never asked.',
  'SEN. TED CRUZ (R-TEXAS): We will repeal every word of it, and the president told me “we will win this fight.”',
  'FALLIN: Everyone wants to be treated equal.',
].join('\n\n');

const turns = (quotes: ExtractedQuote[]) => quotes.filter((q) => q.rule === 'transcript-turn');
/** Each turn an article body gives: its speaker and its words. */
const speakers = (body: string) => turns(extractQuotes(articleFrom(body))).map((q) => [q.speaker, q.text]);

describe('transcript turns', () => {
  const article = articleFrom(SHOW);
  const quotes = extractQuotes(article);
  const said = (words: string) => quotes.find((q) => q.text.includes(words));

  it('gives each labelled paragraph to the person its label names, the words verbatim', () => {
    expect(turns(quotes).map((q) => [q.speaker, q.paragraph])).toEqual([
      ['Jake Tapper', 2],
      ['Jake Tapper', 3],
      ['Mary Fallin', 4],
      ['Ted Cruz', 6],
      ['Mary Fallin', 7],
    ]);
    for (const q of turns(quotes)) expect(article.text.slice(q.start, q.end)).toBe(q.text);
    expect(said('trying to campaign')?.text).toBe(
      'I think he is trying to campaign as a racial healer. People want safe streets.',
    );
  });

  it('cites the label as the mention, and says how it was resolved', () => {
    const fallin = said('trying to campaign') as ExtractedQuote;
    expect(article.text.slice(fallin.mentionStart ?? 0, fallin.mentionEnd ?? 0)).toBe('FALLIN');
    expect(fallin).toMatchObject({ mention: 'FALLIN', cue: ':', named: true, quoted: [] });
    expect(said('repeal every word')?.speakerRule).toBe('name');
    expect(said('Do you think')?.speakerRule).toBe('name');
    expect(fallin.speakerRule).toBe('name-variant');
  });

  it('gives a stage direction and the writer’s aside between turns to no one', () => {
    expect(said('BEGIN VIDEO CLIP')).toBeUndefined();
    expect(said('The ads are too tough')).toBeUndefined();
  });

  it('keeps a quote inside a turn as a quote of its own', () => {
    const inner = quotes.find(
      (q) => q.text.includes('“we will win this fight.”') && q.rule !== 'transcript-turn',
    );
    expect(inner).toBeDefined();
    expect(said('repeal every word')?.speaker).toBe('Ted Cruz');
  });

  it('reads no turns from rubrics, initials or a single labelled line', () => {
    const rubrics = articleFrom(
      'UPDATE: The road reopened at 4 p.m.\n\nRELATED: How the county plans for floods.\n\nWINNER: The county.',
    );
    const panel = articleFrom('SJ: The budget is a fudge.\n\nCVR: It is worse than that.');
    const headline = articleFrom(
      'Mayor Ana Lee spoke.\n\nLEE: The budget is balanced.\n\nThe vote is next week.',
    );
    for (const a of [rubrics, panel, headline]) expect(turns(extractQuotes(a))).toEqual([]);
  });
});

describe('transcript turns: what is not one, and whose it is', () => {
  it('reads a turn on each labelled line of a paragraph', () => {
    const body =
      'Gov. Mary Fallin spoke to Jake Tapper on Sunday.\n\nTAPPER: Do you think he has campaigned as a healer?\nFALLIN: I think he is trying to.\n\nTAPPER: And the ads?\nFALLIN: They are too tough, and I never approved them.';
    expect(speakers(body)).toEqual([
      ['Jake Tapper', 'Do you think he has campaigned as a healer?'],
      ['Mary Fallin', 'I think he is trying to.'],
      ['Jake Tapper', 'And the ads?'],
      ['Mary Fallin', 'They are too tough, and I never approved them.'],
    ]);
  });

  it('takes no rubric that opens with a word that is also a first name', () => {
    const body =
      'Mayor Ana Lee spoke on the bridge works.\n\nLEE: We will reopen the bridge by May.\n\nLANE CLOSURES: The two right lanes near Exit 12 close at night for you.\n\nRUSH HOUR: Expect delays, we are told.';
    expect(speakers(body)).toEqual([]);
  });

  it('takes no guide that sums up candidates under their names, nor a turn that names its own speaker', () => {
    const guide =
      'Hillary Clinton and Donald Trump differ on trade.\n\nCLINTON: She opposes the Trans-Pacific Partnership.\n\nTRUMP: He has called NAFTA the worst deal ever.';
    expect(speakers(guide)).toEqual([]);
    const own =
      'Hillary Clinton and Donald Trump met again.\n\nCLINTON: I think we can do better.\n\nTRUMP: Trump has called NAFTA the worst deal, and you know it.';
    expect(speakers(own)).toEqual([]);
  });

  it('takes no dateline with a wire credit, whoever the article names', () => {
    const body =
      'George Washington and Andrew Jackson are on the ballot again, in a manner of speaking.\n\nWASHINGTON (AP): We are told lawmakers will vote on Friday.\n\nJACKSON (AP): You can expect the governor to sign the bill.';
    expect(speakers(body)).toEqual([]);
  });

  it('gives a surname two people share to neither, and a title’s gender decides', () => {
    const body =
      'Bill Clinton, Hillary Clinton and Donald Trump took questions at a town hall.\n\nTRUMP: I will win this state.\n\nCLINTON: We will see about that.\n\nMRS. CLINTON: You will not.';
    expect(speakers(body)).toEqual([
      ['Donald Trump', 'I will win this state.'],
      ['Hillary Clinton', 'You will not.'],
    ]);
  });
});

describe('transcript turns: a surname, a title or a line that could be someone else’s', () => {
  it('gives a surname that a label and the article give two people to neither', () => {
    const body =
      'Michael Cohen testified before Rep. Elijah Cummings and his committee on Wednesday.\n\nREP. STEVE COHEN (D-TENN.): Did the president ask you to lie?\n\nCOHEN: He did not tell me directly. I understood the code.\n\nREP. STEVE COHEN (D-TENN.): And you believe you were told to lie?\n\nCUMMINGS: The gentleman’s time has expired. I now recognize Mr. Jordan.';
    expect(speakers(body)).toEqual([
      ['Steve Cohen', 'Did the president ask you to lie?'],
      ['Steve Cohen', 'And you believe you were told to lie?'],
      ['Elijah Cummings', 'The gentleman’s time has expired. I now recognize Mr. Jordan.'],
    ]);
  });

  it('gives a label to no one whose office the article gives another', () => {
    const body =
      'Homeland Security Secretary Jeh Johnson testified on Tuesday before Sen. Tom Carper.\n\nSEN. JOHNSON: Mr. Secretary, how many families do you expect to deport? I want a number.\n\nSECRETARY JOHNSON: Senator, I cannot give you a number today.\n\nCARPER: Mr. Chairman, I think we owe the secretary a chance to answer.';
    expect(speakers(body)).toEqual([
      ['Jeh Johnson', 'Senator, I cannot give you a number today.'],
      ['Tom Carper', 'Mr. Chairman, I think we owe the secretary a chance to answer.'],
    ]);
  });

  it('ends a turn at the next line that opens like a label, in any case', () => {
    const body =
      'Mayor Eric Adams took questions at City Hall. Deputy Mayor Anne Williams-Isom also spoke. An excerpt.\n\nADAMS: We are at capacity. I said it months ago.\nQ: Mr. Mayor, will you ask the governor for help?\nWILLIAMS-ISOM: We have opened 200 sites and we will open more.\nReporter: So the city will keep paying for hotels?';
    expect(speakers(body)).toEqual([
      ['Eric Adams', 'We are at capacity. I said it months ago.'],
      ['Anne Williams-Isom', 'We have opened 200 sites and we will open more.'],
    ]);
  });

  it('takes no round-up whose places are also surnames, its first persons all inside quotation marks', () => {
    const body =
      'Kyrie Irving and Merrick Garland were in Texas this week.\n\nIRVING: A man was arrested after a standoff. “We are grateful no one was hurt,” police said.\n\nGARLAND: City council members voted to raise water rates. “I know nobody wants to pay more,” the mayor said.\n\nJORDAN: The ministry called the deal “a necessary first step.”';
    expect(speakers(body)).toEqual([]);
  });

  it('takes no guide written to the reader', () => {
    const body =
      'Elizabeth Warren, Bernie Sanders and Joe Biden differ on student debt.\n\nWARREN: Would cancel up to $50,000 of your student debt.\n\nSANDERS: Free college for your kids, paid for by a tax on Wall Street.\n\nBIDEN: Would double Pell grants for your family.';
    expect(speakers(body)).toEqual([]);
  });
});

describe('transcript turns: the same labels in articles that are no record of speech', () => {
  it('takes no turns where the introduction says no one is being recorded', () => {
    const grades =
      'Patrick Mahomes and Josh Allen met again on Sunday night. Our grades.\n\nMAHOMES: A. I have never seen a quarterback extend plays like that.\n\nALLEN: B. I thought he forced the late interception.';
    expect(speakers(grades)).toEqual([]);
  });

  it('takes no lines of a play, film or imagined exchange, even beside an interview', () => {
    const review =
      'Frank Langella plays Richard Nixon in the revival of the play about the 1977 interviews with David Frost.\n\nFROST: Are you saying the president can do something illegal?\n\nNIXON: I am saying that when the president does it, that means it is not illegal.';
    expect(speakers(review)).toEqual([]);
  });

  it('gives a one-word label that a person of the article has as first name to no one', () => {
    const texts =
      'Police Chief Robert James said the messages between James Carter and Taylor Brooks were read at the trial.\n\nJAMES: I can’t find my keys. I’m scared.\n\nBROOKS: I’m 5 min away. Are you inside?';
    expect(speakers(texts)).toEqual([]);
  });

  it('takes no election-night blog headed by candidates’ names', () => {
    const blog =
      'Joe Biden and Donald Trump are watching the Midwest tonight.\n\nBIDEN: Wins Michigan, AP projects. Can he hold Wisconsin too?\n\nTRUMP: Takes Florida and Ohio. Is the Sun Belt enough for him?';
    expect(speakers(blog)).toEqual([]);
  });
});

describe('who said a transcript’s words', () => {
  let answers: Answers;

  beforeAll(async () => {
    answers = await answersOver([
      { id: 'sunday-show', outlet: 'The Capital Wire', published: '2016-07-10', body: SHOW },
    ]);
  });

  it('names the labelled speaker and cites the turn', async () => {
    const answer = await okAnswer(answers.whosaid('people want safe streets'));
    expect(answer.found).toBe(true);
    expect(answer.speaker).toBe('Mary Fallin');
    expect(answer.conflict).toBe(false);
    expect(answer.attributions[0]?.citation.paragraph).toBe(4);
  });

  it('does not take the aside between turns as anyone’s quote', async () => {
    const answer = await okAnswer(answers.whosaid('the voters were never asked'));
    expect(answer.speaker).toBeNull();
  });
});
