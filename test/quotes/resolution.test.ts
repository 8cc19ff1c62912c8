/** Who "he", "she", "the official" and the rest mean: one case per resolution rule, in sentences written for it. */
import { extractQuotes } from '../../src/quotes/extractQuotes';
import { nameKind } from '../../src/quotes/nameKinds';
import { People } from '../../src/quotes/people';
import { openingDescription } from '../../src/quotes/salience';
import { articleFrom } from '../support/article';

const speakerOf = (body: string, words: string) => {
  const q = extractQuotes(articleFrom(body)).find((x) => x.text.includes(words));
  if (!q) throw new Error(`no quote with "${words}"`);
  return q;
};

describe('he and she', () => {
  it('after a speaker the article never names, "she says" is her, not a name from further back', () => {
    const body = [
      'In a shooting caught on Facebook Live, a boy was killed and a pregnant woman was wounded on Tuesday.',
      '“Call 911! They shot him. I have a bullet in my stomach,” the woman screams as she runs from the car.',
      '“Please, please, I can not breathe,” she says.',
    ].join('\n\n');
    expect(speakerOf(body, 'can not breathe')).toMatchObject({
      speaker: 'a pregnant woman',
      speakerRule: 'previous-described-speaker',
    });
  });

  it('an unnamed person whose sex only "said she" shows is the next "she" ("A resident … said she …")', () => {
    const body = [
      'Erica Symlar, born in 1973, was treated and released with minor wounds, police said.',
      'A resident who lives on Bridge Street behind the Down Low Restaurant said she was not aware of the shooting.',
      '“That makes me nervous,” she said Sunday.',
    ].join('\n\n');
    expect(speakerOf(body, 'makes me nervous')).toMatchObject({
      speaker: 'A resident',
      speakerRule: 'previous-description',
    });
  });

  it('a first name alone after a noun for kin is a person of that sex ("his wife, Melania,")', () => {
    const body = [
      '“We will win Ohio,” Jan Brewer said on Monday.',
      'Tom Alder’s wife, Melania, is scheduled to speak tonight. At a rally in May, she described him as “kind.”',
    ].join('\n\n');
    expect(speakerOf(body, 'kind')).toMatchObject({
      speaker: 'Melania',
      mention: 'she',
      role: 'Tom Alder’s wife',
    });
    // Known only as kin, she is no "governor"; a name a verb follows is no appositive ("her father, Ann said").
    const governor = 'Kasich’s wife, Karen, introduced him. The governor said he was “in it to win it.”';
    expect(speakerOf(governor, 'win it').speaker).not.toBe('Karen');
    const father =
      'Speaking to her father, Ann said the family would not give up. “We want answers,” she said.';
    expect(speakerOf(father, 'We want answers').speaker).toBe('Ann');
    const people = People.of(articleFrom('Ray Dunn’s son, Bill, and his daughter, Anna, ran the farm.'), []);
    expect([people.person('Bill')?.gender, people.person('Anna')?.gender]).toEqual(['male', 'female']);
    expect(
      People.of(articleFrom('Ray Dunn, Bill and Anna ran the farm.'), []).person('Bill'),
    ).toBeUndefined();
  });

  it('a name written family name first: "President Xi" and a later "Xi" are Xi Jinping; not a first name or a long word', () => {
    const body = [
      'Xi Jinping, China’s president, spoke at the forum in Beijing on Monday.',
      '“The reform will take years,” President Xi said.',
      '“We are patient,” Xi added.',
      'Warren Buffett and Powell Smith, a local pastor, also spoke.',
      '“You should resign,” Sen. Warren said. “The Fed will act,” Chairman Powell said.',
      'Lou Jiwei, the finance minister, was there too. “It is a fair deal,” Mr. Lou said.',
    ].join('\n\n');
    expect(speakerOf(body, 'take years').speaker).toBe('Xi Jinping');
    expect(speakerOf(body, 'patient').speaker).toBe('Xi Jinping');
    expect(speakerOf(body, 'should resign').speaker).not.toBe('Warren Buffett');
    expect(speakerOf(body, 'Fed will act').speaker).not.toBe('Powell Smith');
    // "Lou" is a first name in the US records, so not read as a family name; but Lou Jiwei is the one person the
    // article names in full with it (People.resolve, rule first-name), where "Warren" is also Sen. Warren's.
    expect(speakerOf(body, 'fair deal').speaker).toBe('Lou Jiwei');
  });

  it('a surname alone is the person whose name ends with it and a generation ("Harris" is Harry B. Harris Jr.)', () => {
    const body = [
      'Adm. Harry B. Harris Jr., the commander of American forces in the Pacific, spoke in Tokyo on Monday.',
      '“We will keep sailing where the law allows,” Harris said.',
      'Donald Trump Jr. met the lawyer in June; Donald Trump said he knew nothing of it.',
      '“I never heard about the meeting,” Trump said.',
      'A grandson of George III, the Duke married for love, and George Osborne wrote of him.',
      '“He was a romantic,” George said.',
    ].join('\n\n');
    expect(speakerOf(body, 'keep sailing').speaker).toBe('Harry B. Harris Jr.');
    // The son is listed after the father: "Trump" alone is Donald Trump.
    expect(speakerOf(body, 'never heard').speaker).toBe('Donald Trump');
    // "George III" is a king's name, not a first name and a surname: "George" is not him.
    expect(speakerOf(body, 'romantic').speaker).not.toBe('George III');
  });

  it('a one-word name introduced with an age or "a …" noun for a person is the "he" or "she" after it', () => {
    const body = [
      'President Robert Mugabe signed the power-sharing deal on Monday in Harare.',
      'His supporters were generally pessimistic, including Willard, 23, a student at the university.',
      '“It is not a good deal for us,” he said.',
      'Razita, a 26-year-old graduate student in Bulawayo, was more hopeful. “Maybe things will change now,” she said.',
    ].join('\n\n');
    expect(speakerOf(body, 'good deal').speaker).toBe('Willard');
    expect(speakerOf(body, 'things will change').speaker).toBe('Razita');
  });

  it('a one-word name introduced by "a …" whose last noun is a thing is no person ("Melli, a reformist newspaper")', () => {
    const text = [
      'Melli, a reformist newspaper close to the former president, carried the speech.',
      'Kamran, a former book translator in Tehran, and Bob, a former Army medic, listened.',
    ].join('\n\n');
    const people = People.of(articleFrom(text), []);
    expect(people.person('Melli')).toBeUndefined();
    // The last word of a longer name is no name of its own.
    const sued = People.of(
      articleFrom('Jair Bolsonaro was sued by Maria do Rosário, a congresswoman from Rio.'),
      [],
    );
    expect(sued.person('Rosário')).toBeUndefined();
    expect([people.person('Kamran')?.name, people.person('Bob')?.name]).toEqual(['Kamran', 'Bob']);
  });

  it('a place, a title or a sentence adverb before "a …" is no one introduced ("the city of Greenville, a …")', () => {
    const body = [
      'Senator Ann Reyes spoke to voters in South Carolina on Saturday.',
      'In the upstate city of Greenville, a 38-year-old mother of four said she was voting for the first time she could remember.',
      '“I think she has the best chance here,” said the woman, who declined to give her name for fear of upsetting her family.',
      '“I thought about voting for a Democrat, but my husband said no,” she said.',
      'Finally, a thought for Colin Vearncombe, a singer who made lovely music for 30 years. We now learn he has “only a slim chance of pulling through”.',
    ].join('\n\n');
    expect(speakerOf(body, 'my husband said no').speaker).not.toBe('Greenville');
    expect(speakerOf(body, 'slim chance').speaker).not.toBe('Finally');
  });

  it('a quoted nickname inside a name is part of the name, not a quotation ("John “Tig” Tiegen")', () => {
    const body = [
      'Former CIA operative John “Tig” Tiegen found both issues disqualifying.',
      '“That is it,” Tiegen said.',
      'Tiegen was also troubled by the handling of classified material.',
      '“Her lack of respect for security information puts lives in jeopardy,” he said.',
      'State Rep. Armando "Mando" Martinez, D-Weslaco, said the shot "felt like a sledgehammer."',
    ].join('\n\n');
    expect(speakerOf(body, 'That is it').speaker).toBe('John Tiegen');
    expect(speakerOf(body, 'jeopardy').speaker).toBe('John Tiegen');
    const martinez = speakerOf(body, 'sledgehammer');
    expect([martinez.speaker, martinez.text]).toEqual([
      'Armando Martinez',
      'the shot "felt like a sledgehammer."',
    ]);
  });

  it('"questioned Trump\'s logic" asks Trump nothing: the "he" that follows is the one who questioned', () => {
    const body = [
      '“The plan ignores the costs,” Donald Trump’s critics said on Monday.',
      'Juan Zarate, a former adviser to President George W. Bush, also questioned Trump’s logic.',
      '“There is no question that you have to deny them a sanctuary,” he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'deny them a sanctuary').speaker).toBe('Juan Zarate');
  });

  it('after a sentence a source ends ("…, Stovall said"), "he said" is that source, not one a looser cue found', () => {
    const body = [
      'Joining Ted Cruz at those early meetings was Ray Stovall, a party activist.',
      'Cruz electrified the small crowds with speeches and promises to shake things up, Stovall said.',
      '“He was very articulate,” he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'very articulate').speaker).toBe('Ray Stovall');
  });

  it('after a question ("when Tapper asked whether …"), "he said" is who answers, not who asked', () => {
    const body = [
      '“We will unify the party,” House Speaker Paul Ryan said in the interview with Jake Tapper.',
      'Ryan did not exude confidence when Tapper asked whether Republicans would hold the House.',
      '“It is going to be unpredictable,” he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'unpredictable').speaker).toBe('Paul Ryan');
  });

  it('"Christie\'s been making the case" is Christie as a subject, not a possessive', () => {
    const body = [
      '“He is not ready,” Chris Christie said of Marco Rubio on Saturday.',
      'Christie’s been making the case for weeks that Rubio is not ready for the White House.',
      '“You have not been held accountable,” he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'held accountable').speaker).toBe('Chris Christie');
  });

  it('after "When X …, Y verbed", "he said" is Y, the main clause\'s subject', () => {
    const body = [
      '“We balanced budgets,” John Kasich said, as Donald Trump looked on.',
      'When Mr. Trump tried to defend his remarks on the crackdown, Mr. Kasich forcefully differed.',
      '“The government butchered those kids,” he said.',
      'When the host steered Tim Allen toward the race, he offered his thoughts on Donald Trump.',
      '“I think it is funny,” he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'butchered').speaker).toBe('John Kasich');
    expect(speakerOf(body, 'it is funny').speaker).toBe('Tim Allen');
  });

  it('"she" is never a man the US records name so ("Oscar"), nor a woman "he" ("Aimee")', () => {
    const body = [
      '“I run on what I have,” Oscar Pistorius said after the heat.',
      'Aimee Mullins, a double amputee below the knee, was competing as a sprinter as long ago as 1995. She wore an early version of the blade that Pistorius uses today.',
      'She believes the criticism stems from prejudice: “If we allow a person we view as our inferior to compete, we are afraid.”',
    ].join('\n\n');
    expect(speakerOf(body, 'view as our inferior').speaker).toBe('Aimee Mullins');
  });

  it('names there only as objects, after a "he" that is the subject, leave the person to the sentence before', () => {
    const body = [
      'Popular Christian speaker Lance Wallnau believes he has a word for Donald Trump.',
      'Wallnau recently posted a video from a conference in Charlotte.',
      'In the video, he sends a message to Trump’s lawyer (and a friend of Wallnau).',
      '“My dear Michael,” the conference speaker says into the camera.',
    ].join('\n\n');
    expect(speakerOf(body, 'My dear Michael').speaker).toBe('Lance Wallnau');
  });

  it('what a review found: nicknames given by a verb, the sex of a skipped "she", a source inside a sentence, asides', () => {
    const called = 'Trump has called Sen. Elizabeth Warren "Pocahontas." Warren has called him "a loser."';
    expect(speakerOf(called, 'a loser').speaker).toBe('Elizabeth Warren');
    const skipped = [
      '“We spoke about trade,” Theresa May said after hosting Donald Trump at Chequers.',
      'She later met with Jeremy Corbyn, the Labour leader, in London.',
      '“We agreed on very little,” he said afterward.',
    ].join('\n\n');
    expect(speakerOf(skipped, 'agreed on very little').speaker).toBe('Jeremy Corbyn');
    const inside = [
      '“This is a witch hunt,” Donald Trump insisted on Monday, and Mike Pence said the inquiry was “over.”',
      '“They have nothing,” he added.',
    ].join('\n\n');
    expect(speakerOf(inside, 'They have nothing').speaker).toBe('Donald Trump');
    const aside = [
      '“We will win Ohio,” Ted Cruz said on Monday.',
      'Although John Kasich, unlike Ted Cruz, has refused to attack Trump, he has struggled in the polls.',
      '“I am running a positive campaign,” he said.',
    ].join('\n\n');
    expect(speakerOf(aside, 'positive campaign').speaker).toBe('John Kasich');
    const persona = [
      'Jeb Bush spoke in Iowa. Donald Trump’s made-for-TV persona has drawn crowds, and Jeb Bush has struggled.',
      '“I am not going to change who I am,” he said.',
    ].join('\n\n');
    expect(speakerOf(persona, 'change who I am').speaker).toBe('Jeb Bush');
  });

  it('a photo credit run into a caption does not change the title\'s place ("PRESSOhio Gov." is "Ohio Gov.")', () => {
    const body = [
      'ASSOCIATED PRESSOhio Gov. Tom Alder answers a question as Sen. Ben Ortiz listens during the debate.',
      '“We will build it on time,” Ray Dunn said of the bridge.',
      'Tom Alder said Saturday that the state would not cut school funding.',
      'The Ohio governor said the budget needs a rainy-day fund, but that he would not raise taxes.',
      '“I could not imagine asking families to pay more this year,” he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'could not imagine')).toMatchObject({ speaker: 'Tom Alder', role: 'Ohio Gov.' });
    // A company's capitals are no credit: "JPMorgan Chase CEO" stays the role.
    const firm = 'JPMorgan Chase CEO Jamie Dimon said the bank was “well positioned” for higher rates.';
    expect(speakerOf(firm, 'well positioned').role).toBe('JPMorgan Chase CEO');
  });

  it.each([
    [
      'Sen. Ann Sandler took questions from voters at a town hall in Iowa on Monday.\n\n“How will you pay for it?” one man asked. “We will make the billionaires pay,” she said.',
      'billionaires pay',
      'Ann Sandler',
    ],
    [
      'The mayor, Jane Holt, arrived at the shelter on Monday.\n\n“Where were you?” one woman shouted at her. “I understand their anger,” she said later.',
      'their anger',
      'Jane Holt',
    ],
    [
      'Maria Lopez remembers the night the river rose.\n\n“Get out, the water is coming!” a woman yelled from the street. “I grabbed my kids and ran,” she says.',
      'grabbed my kids',
      'Maria Lopez',
    ],
    [
      'Senator Amy Klobb took questions from voters.\n\n“What will you do about drug prices?” the woman asked. “We will bring them down,” she said.',
      'bring them down',
      'Amy Klobb',
    ],
  ])('an unnamed speaker the quote brings in, or who asks, hands no "she" on: %s', (body, quote, speaker) => {
    expect(speakerOf(body, quote).speaker).toBe(speaker);
  });

  it('the source of a colon who opens the clause is the next "she" ("After meeting Ms Rice, Mrs Beckett made …: “…”")', () => {
    const body =
      'Margaret Becker met Clara Rice at the Waldorf. After meeting Ms Rice, Mrs Becker made her first public comment as foreign secretary: “I am delighted to be here.”\n\nShe said she had heard so much about Ms Rice that “I feel as if I know you already”.';
    expect(speakerOf(body, 'I know you already').speaker).toBe('Margaret Becker');
  });

  it('words a colon gives someone ("the note Tom Hart left: “…”") do not make him the next "he"', () => {
    const body =
      'District Attorney John Reyes held up a photo of the note Tom Hart left: “I am sorry for everything.” He told jurors it was “a confession in all but name.”';
    expect(speakerOf(body, 'confession').speaker).toBe('John Reyes');
  });

  it.each([
    [
      'a surname that is also a word for a shop',
      'Norway’s prime minister, Jonas Gahr Store, said on Tuesday the deal was fair.\n\n“We have waited for this for years,” he said.',
      'waited for this',
      'Jonas Gahr Store',
    ],
    [
      'a definite description said to be him',
      'Liverpool manager Jurgen Klopp praised his players.\n\nThe manager said he was pleased with the result. “We were brilliant in the first half,” he said.',
      'brilliant in the first',
      'Jurgen Klopp',
    ],
    [
      'a definite descriptor said to be him ("The neighbor said he …")',
      'Tom Reyes, who lives next door, saw the smoke first.\n\nThe neighbor said he called 911 at once. “I ran over with a hose,” he said.',
      'ran over with a hose',
      'Tom Reyes',
    ],
    [
      'a definite description kept as written ("Her mother, Rosa Lopes, said … the mother said")',
      'The victim, Maria Lopes, was 19. Her mother, Rosa Lopes, said she had warned her.\n\n“She was everything to us,” the mother said. “We will never forget her,” she said.',
      'never forget',
      'Rosa Lopes',
    ],
    [
      'a count of a group between them',
      'Sen. Susan Collins of Maine opposed the nominee. Five Republicans joined her, calling the process “rushed.”\n\n“I cannot support this,” she said.',
      'cannot support',
      'Susan Collins',
    ],
  ])('"he"/"she" is the named person across %s', (_what, body, quote, speaker) => {
    expect(speakerOf(body, quote).speaker).toBe(speaker);
  });

  it('"the judge" is as written when the post was a former one ("former judge Ann Lee")', () => {
    const body =
      'The lawsuit was brought by former judge Ann Leeds on behalf of the tenants.\n\nThe case was heard in federal court on Monday. “This claim has no merit,” the judge said from the bench.';
    expect(speakerOf(body, 'no merit').speaker).toBe('the judge');
  });

  it('"the coach" is as written when two coaches are named ("Alabama coach X", "Georgia’s coach, Y,")', () => {
    const body =
      'Alabama coach Nick Sabin has won six national titles.\n\nGeorgia’s coach, Kirby Smarts, said Monday his team was ready.\n\n“We have prepared all week for this,” the coach said.';
    expect(speakerOf(body, 'prepared all week').speaker).toBe('the coach');
  });

  it('a speaker described by whose they are ("his brother added") hands no "he" on: he may be named', () => {
    const body = [
      'Richard Osman was on the flight, according to an interview his brother Alastair Osman gave to ITV.',
      'Alastair Osman called him a kind, loving person. He and his wife had just welcomed a second baby girl, his brother added. “He is a new dad,” he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'new dad').speaker).toBe('Alastair Osman');
  });

  it('a newly introduced person wins over the previous speaker', () => {
    const body = [
      '“We will keep the clinic open,” said Mayor Tom Reilly.',
      'Council member Ben Adler disagreed with the plan on Tuesday.',
      '“The numbers do not add up,” he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'numbers do not add up')).toMatchObject({
      speaker: 'Ben Adler',
      speakerRule: 'previous-subject',
    });
  });

  it('the subject wins over a name after a preposition or a possessive ("the rise of X gave Y …")', () => {
    const body = [
      'The rise of Victor Lund gave Paul Brisco a reason to run again.',
      '“I could not sit this one out,” he said.',
      'As for Lund’s budget, Omar Haddad found little in it to like.',
      '“It is a list of wishes,” he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'sit this one out')).toMatchObject({
      speaker: 'Paul Brisco',
      speakerRule: 'previous-subject',
    });
    expect(speakerOf(body, 'a list of wishes').speaker).toBe('Omar Haddad');
  });

  it('reads the unnamed person a sentence opens with, and their sex, from the noun', () => {
    expect(openingDescription('A port spokeswoman could not say how the figures emerged.')).toMatchObject({
      text: 'A port spokeswoman',
      gender: 'female',
    });
    expect(openingDescription('Her husband of 20 years declined to comment.')).toMatchObject({
      text: 'Her husband',
      gender: 'male',
    });
    expect(openingDescription('Haines’s brother wrote to the board.')?.gender).toBe('male');
    expect(openingDescription('A man’s body was found near the pier.')).toBeNull();
    expect(openingDescription('Women queued at the gates from dawn.')).toBeNull();
    expect(openingDescription('The board denied that a spokeswoman had resigned.')).toBeNull();
    expect(openingDescription('A Downing Street spokeswoman said the talks went on.')?.text).toBe(
      'A Downing Street spokeswoman',
    );
    // Not a verb or a determiner among the modifiers, not a contraction, not named in apposition.
    expect(openingDescription('The report said one man had died.')).toBeNull();
    expect(openingDescription('The court heard the woman scream.')).toBeNull();
    expect(openingDescription('That’s what his wife told the court.')).toBeNull();
    expect(openingDescription('A spokeswoman, Sam Castro, said the flights were full.')).toBeNull();
    expect(openingDescription('Steenkamp’s mother June attended the trial.')).toBeNull();
    // "His father … he said" may be the son speaking; "Her father … he said" cannot be her.
    expect(openingDescription('His father died in 1990.')).toBeNull();
    expect(openingDescription('Her father told the court she was kind.')?.gender).toBe('male');
  });

  it('a sentence inside a quotation is what someone said, never who a later pronoun means', () => {
    const body = [
      'Paul Brisco closed the conference on Monday.',
      '“We have made progress. A betting man would still bet on failure.”',
      '“We cannot stop now,” he added.',
    ].join('\n\n');
    expect(speakerOf(body, 'We cannot stop now').speaker).toBe('Paul Brisco');
  });

  it('an unnamed person the sentence before opens with is who "she" means, not a name behind a possessive', () => {
    const body = [
      'The harbour board denied leaking the plans and Tom Reilly’s lawyer refused to comment. A port spokeswoman could not say how the figures emerged.',
      '“We are not discussing reports in the papers while the inquiry sits,” she said.',
    ].join('\n\n');
    expect(speakerOf(body, 'while the inquiry sits')).toMatchObject({
      speaker: 'A port spokeswoman',
      speakerRule: 'previous-description',
    });
    // The person named inside the description is whose spokesman he is, never him.
    const owned = [
      'Paul Brisco founded the site in 2006.',
      '“The banks got involved from the start.” Brisco’s father sees the banks behind the decision.',
      '“There is no line between governments and finance,” he said.',
    ].join('\n\n');
    expect(speakerOf(owned, 'no line between governments')).toMatchObject({
      speaker: 'Brisco’s father',
      speakerRule: 'previous-description',
    });
  });

  it('an unnamed person is not who "he" or "she" means when a name may be them, or further back, or of the other sex', () => {
    const apposition = [
      'The other man, his cousin Jake Moran, said the mill would never reopen.',
      '“Nobody here believes it,” he said.',
    ].join('\n\n');
    expect(speakerOf(apposition, 'Nobody here believes it').speaker).toBe('Jake Moran');
    const namedToo = [
      'Ben Adler spoke first at the meeting.',
      'The woman beside him was his colleague Dana Wills.',
      '“It was the smile that made me angry,” she said.',
    ].join('\n\n');
    expect(speakerOf(namedToo, 'the smile that made me angry').speaker).toBe('Dana Wills');
    const otherSex = [
      'Linda Marsh took questions after the vote. A spokesman handed out the figures.',
      '“The count was fair,” she said.',
    ].join('\n\n');
    expect(speakerOf(otherSex, 'The count was fair').speaker).toBe('Linda Marsh');
    const inQuotation = [
      'Linda Marsh read out the family’s statement.',
      '“A young woman has been hurt,” it began.',
      '“Nobody should pretend otherwise,” she said.',
    ].join('\n\n');
    expect(speakerOf(inQuotation, 'Nobody should pretend').speaker).toBe('Linda Marsh');
  });

  it('gender: "she" skips the men just named', () => {
    const body = [
      'Tom Reilly and Ben Adler met Superintendent Maria Okafor at the school on Monday.',
      '“We need forty more teachers by the fall,” she said.',
    ].join('\n\n');
    expect(speakerOf(body, 'forty more teachers').speaker).toBe('Maria Okafor');
  });

  it('a family: a full name is never another person of the same surname, and "Mrs" picks the woman', () => {
    const body = [
      'The wife of the former head of the utility, Kenneth Marsh, spoke out on Tuesday.',
      'In an interview from Houston, Linda Marsh said their savings had gone. “Everything else is for sale,” she said.',
      'Asked about the bonuses Kenneth Marsh had taken, the widow did not waver. “It is all gone,” said Mrs Marsh.',
    ].join('\n\n');
    expect(speakerOf(body, 'Everything else is for sale').speaker).toBe('Linda Marsh');
    expect(speakerOf(body, 'It is all gone').speaker).toBe('Linda Marsh');
  });

  it('a surname read before the full name, a two-word surname, and a title that picks the known man', () => {
    const body = [
      '“I did nothing wrong,” Mr. Marsh told the jury on Monday.',
      'Kenneth Marsh, the former chairman of the utility, sat with his lawyers.',
      'Senator Chris Van Hollen questioned the regulator. “The rules were ignored,” Mr. Van Hollen said.',
      'Reeva Marsh, his niece, and her father, Barry Marsh, watched. “We want answers,” said Mr Marsh.',
    ].join('\n\n');
    expect(speakerOf(body, 'I did nothing wrong').speaker).toBe('Kenneth Marsh');
    expect(speakerOf(body, 'The rules were ignored').speaker).toBe('Chris Van Hollen');
    expect(speakerOf(body, 'We want answers').speaker).not.toBe('Reeva Marsh');
  });

  it('"she" is never the man named last when no woman is named: the unnamed woman before, else unknown', () => {
    const body = [
      'The widow of the ferry captain, Robert Haines, has spoken for the first time.',
      'She praised her husband as “a careful man who loved that boat”.',
    ].join('\n\n');
    expect(speakerOf(body, 'a careful man')).toMatchObject({
      speaker: 'The widow',
      speakerRule: 'previous-description',
    });
    const noWoman = [
      'The ferry captain, Robert Haines, was lost with his boat in 1998.',
      'She praised him as “a careful man who loved that boat”.',
    ].join('\n\n');
    expect(speakerOf(noWoman, 'a careful man').speaker).toBeNull();
  });

  it('never a place, an organisation or a time phrase', () => {
    const body = [
      'Speaking at a town hall in Salem, New Hampshire, Jeb Carter criticised the plan.',
      '“It is a giveaway to the banks,” he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'giveaway to the banks').speaker).toBe('Jeb Carter');
  });

  it('a capital a headline or a sentence start gave is no first name: "Team Marsh", "More Linda Marsh"', () => {
    const body = [
      'Team Marsh digs in as the utility inquiry opens.',
      'More Linda Okafor emails are due out on Friday, the team said. “We have nothing to hide,” Okafor said.',
      'Despite Paul Brisco’s objections, the committee voted on Monday. Maybe Brisco will appeal, more than one aide said.',
      'Kenneth Marsh, the former chairman, sat with his lawyers. “I did nothing wrong,” Marsh told the jury.',
      '“The vote was rushed,” Brisco said.',
      'Perhaps Zoltan Haddad will run for the seat. “I am thinking about it,” Haddad said.',
      'Maybe Yuri Volkov will follow him. “I have not decided,” Volkov said.',
    ].join('\n\n');
    // "Marsh" alone is the man named in full, not "Team Marsh" named first ("team" is written in lower case).
    expect(speakerOf(body, 'I did nothing wrong').speaker).toBe('Kenneth Marsh');
    expect(speakerOf(body, 'The vote was rushed').speaker).toBe('Paul Brisco');
    const named = extractQuotes(articleFrom(body)).map((q) => q.speaker);
    expect(named).not.toContain('Team Marsh');
    expect(speakerOf(body, 'nothing to hide').speaker).toBe('Linda Okafor');
    expect(speakerOf(body, 'thinking about it').speaker).toBe('Zoltan Haddad');
    expect(speakerOf(body, 'I have not decided').speaker).toBe('Yuri Volkov');
  });

  it('a noun for what someone is, capitalised before a name, is no part of it: "Businessman Kenny Kunene"', () => {
    const body = [
      'Businessman Kenny Kunene arrived at the court with two bodyguards.',
      '“I respect and admire him so much,” he said.',
      'Host Jimmy Okoro opened the show. “Welcome back,” Okoro said.',
    ].join('\n\n');
    expect(speakerOf(body, 'admire him so much').speaker).toBe('Kenny Kunene');
    expect(speakerOf(body, 'Welcome back').speaker).toBe('Jimmy Okoro');
  });

  it('a participle opening a headline is no first name: "Understated Perez" yields to the Perez named in full', () => {
    const body = [
      'Understated Perez raises his profile.',
      'Labor Secretary Thomas Perez stopped writing his speech and moved to the last row.',
      '“Zip codes should not determine destiny,” Perez said.',
    ].join('\n\n');
    expect(speakerOf(body, 'Zip codes').speaker).toMatch(/Thomas Perez$/);
  });

  it('a first name given to both sexes ("Sam", "Jesse") does not keep "she" from its bearer', () => {
    const body = [
      'A spokeswoman, Sam Okoro, said the party had grown fast.',
      '“People do not realise how much interest there is,” she said.',
    ].join('\n\n');
    expect(speakerOf(body, 'how much interest there is').speaker).toBe('Sam Okoro');
  });

  it('a first name that is also a common word, or of no gender list, stays a first name', () => {
    const body = [
      'Will Smith will host the gala. Jada Pinkett Smith, his wife, will join him.',
      '“We are proud of the school,” Smith said.',
      'Ahmed Khan, the council leader, met Imran Khan on Monday. “The talks went well,” Khan said.',
      'Police charged Hunter Thomas Cole after the deer hunter fired across a road. Cole denied it.',
      '“It was an accident,” said Hunter Thomas Cole.',
    ].join('\n\n');
    expect(speakerOf(body, 'proud of the school').speaker).toBe('Will Smith');
    expect(speakerOf(body, 'The talks went well').speaker).toBe('Ahmed Khan');
    expect(speakerOf(body, 'It was an accident').speaker).toBe('Hunter Thomas Cole');
  });

  it('two full names that both open with a first name keep their order', () => {
    const body = [
      'Reeva Ochs, a model, and her father, Barry Ochs, were at the hearing on Monday.',
      '“It has been a hard year,” said Ochs.',
    ].join('\n\n');
    expect(speakerOf(body, 'It has been a hard year').speaker).toBe('Reeva Ochs');
  });

  it('the person someone asked answers next', () => {
    const body = [
      'Last week the radio host Dan Ferris asked Senator Paul Brisco whether he would run again.',
      '“I have not decided,” he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'I have not decided')).toMatchObject({
      speaker: 'Paul Brisco',
      speakerRule: 'asked-person',
    });
  });
});

describe('descriptions', () => {
  it('"the source" is the one introduced last: "another source" is someone new', () => {
    const body = [
      'The governor was warned in March, one senior aide said.',
      'Another senior aide said the warning came from the treasurer. “She was told twice,” the aide said.',
    ].join('\n\n');
    expect(speakerOf(body, 'told twice')).toMatchObject({
      speaker: 'Another senior aide',
      speakerRule: 'earlier-description',
    });
    // A possessive ("its spokesman") refers back; it introduces no one.
    const group = [
      'A 22-year-old spokesman for the hackers spoke to reporters on Friday.',
      'The group and its spokesman plan to move away from the attacks. “We are done with that,” the spokesman said.',
    ].join('\n\n');
    expect(speakerOf(group, 'done with that')).toMatchObject({ speaker: 'A 22-year-old spokesman' });
    // Nor does a description that is no clause's subject ("whether a second source leaked it").
    const passing = [
      'A source close to the inquiry said the agents came at dawn. Officials would not say whether a second source leaked the file.',
      '“They took boxes and boxes,” the source said.',
    ].join('\n\n');
    expect(speakerOf(passing, 'boxes and boxes')).toMatchObject({ speaker: 'A source' });
  });

  it('a name that modifies a noun is not the speaker: "a senior Reilly adviser" is kept as written', () => {
    const q = speakerOf('“The mayor will not resign,” a senior Reilly adviser said.', 'will not resign');
    expect(q).toMatchObject({ speaker: 'a senior Reilly adviser', named: false });
  });

  it('a party in the plural with its place is a group kept as written, not a person', () => {
    const body =
      'Republicans on Capitol Hill seized on the memo, arguing that it showed “a clear pattern of neglect” at the agency.';
    const q = speakerOf(body, 'clear pattern');
    expect(q.speaker).toBe('Republicans on Capitol Hill');
    expect(q.named).toBe(false);
  });

  it('a pronoun opening a that-clause is talked about, not quoted', () => {
    const body =
      'Mayor Tom Reilly spoke on Monday.\n\nThe replies were harsh, with one assertion that he really is not “as reckless as the papers say.”';
    expect(speakerOf(body, 'as reckless').speaker).toBeNull();
  });

  it('a name inside "a spokesman for …" is not the speaker', () => {
    const q = speakerOf('“We have no comment,” said a spokesman for Maria Okafor.', 'no comment');
    expect(q.named).toBe(false);
  });

  it.each([
    [
      'the salient person it describes',
      [
        'Real estate developer Victor Lund bought the pier in 2019.',
        '“It will be the best pier on the coast,” the developer said.',
      ],
      'best pier',
      'Victor Lund',
    ],
    [
      'any noun for what a person is ("the Yale graduate")',
      [
        'Carla Noor studied law at Yale. Ms. Noor ran for the council in 2020.',
        '“Every obstacle yields to a stubborn mind,” the Yale graduate told supporters in Dover.',
      ],
      'stubborn mind',
      'Carla Noor',
    ],
  ])('an epithet resolves to %s', (_what, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs.join('\n\n'), quote)).toMatchObject({ speaker, speakerRule: 'epithet' });
  });

  it('"the foreign minister" is the one the article gives that office in a role', () => {
    const role = [
      'Leila Haddad, the country’s foreign minister, met the envoy in Geneva on Monday.',
      'The talks ran late. “We will not accept any more delays,” the foreign minister said.',
    ].join('\n\n');
    expect(speakerOf(role, 'more delays')).toMatchObject({ speaker: 'Leila Haddad', speakerRule: 'epithet' });
  });

  it('"the prime minister" is never the most salient person the article does not give that office, nor a former one', () => {
    const salient = [
      'Leila Haddad spoke to reporters in Geneva on Monday.',
      '“We will not accept any more delays,” the prime minister said.',
    ].join('\n\n');
    expect(speakerOf(salient, 'more delays').speaker).toBe('the prime minister');
    const former = [
      'Yusuf Karim, the former prime minister, returned home on Monday after seven years in exile.',
      '“We will not accept any more delays,” the prime minister said.',
    ].join('\n\n');
    expect(speakerOf(former, 'more delays').speaker).toBe('the prime minister');
  });

  it('an epithet naming another office is not the person the article gives a title: kept as written', () => {
    const body = [
      'Mayor Ana Ortiz promised on Tuesday to reopen the pier before the summer.',
      '“The pier is the heart of this town and it has to open,” the Republican candidate said on the radio.',
    ].join('\n\n');
    expect(speakerOf(body, 'heart of this town')).toMatchObject({ speaker: 'the Republican candidate' });
  });

  it('an epithet skips a more recent person of another office for the salient one it fits', () => {
    const body = [
      'Real estate developer Victor Lund has been campaigning across the state for weeks.',
      'After the storm, Mayor Ana Ortiz promised to rebuild the pier before the summer.',
      '“The pier is the heart of this town and it has to open,” the Republican candidate said on the radio.',
    ].join('\n\n');
    expect(speakerOf(body, 'heart of this town')).toMatchObject({
      speaker: 'Victor Lund',
      speakerRule: 'epithet',
    });
  });

  it('a post written in lower case before a name is who "the judge" means, once given ("district judge Howard Riddle")', () => {
    const body = [
      'Julian Assange appeared before district judge Howard Riddle at the magistrates court on Tuesday.',
      'After a two-hour hearing, the judge announced that there were “substantial grounds” to keep him.',
      '“We will appeal this decision,” the director said. Later, non-executive director Ann Puttock called it “a farce.”',
    ].join('\n\n');
    expect(speakerOf(body, 'substantial grounds')).toMatchObject({
      speaker: 'Howard Riddle',
      speakerRule: 'title',
    });
    expect(speakerOf(body, 'appeal this decision').speaker).toBe('the director');
  });

  it('"the former president" is not the vice president ("Vice President Joe Biden"), unless it says "vice"', () => {
    const body = [
      'Vice President Joe Biden weighed in as well, telling a reporter that both were qualified.',
      'Bill Clinton got in on the game, bashing Sanders during a rally in Brooklyn on Monday.',
      '“He is running harder against President Obama and me,” the former president said.',
      '“They are both qualified,” the vice president added.',
    ].join('\n\n');
    expect(speakerOf(body, 'running harder').speaker).toBe('Bill Clinton');
    expect(speakerOf(body, 'both qualified').speaker).toBe('Joe Biden');
  });

  it('a title with a place is the person of that place ("the Ohio governor" is not "Oregon Gov. X")', () => {
    const body = [
      'Ohio Gov. Laura Park and Oregon Gov. Tom Alder met in Dayton on Monday.',
      '“We will share the water,” the Oregon governor said.',
      '“Not one drop leaves the basin,” the Idaho governor said later.',
    ].join('\n\n');
    expect(speakerOf(body, 'share the water')).toMatchObject({
      speaker: 'Tom Alder',
      speakerRule: 'epithet',
    });
    expect(speakerOf(body, 'Not one drop').speaker).toBe('the Idaho governor');
  });

  it.each([
    [
      'House Majority Leader Tom Hoyle met the mayor.',
      'the Senate majority leader',
      'the Senate majority leader',
    ],
    ['Dayton Mayor Nan Whaley and Toledo Mayor Wade Kapp met.', 'the Toledo mayor', 'Wade Kapp'],
  ])('a title naming another place or house is not the person described: %s', (first, described, speaker) => {
    const body = [first, `“We will pass it,” ${described} said.`].join('\n\n');
    expect(speakerOf(body, 'pass it').speaker).toBe(speaker);
  });

  it.each([
    // A person known only by a party fits no office noun, unless the description names that party.
    ['Republican Tom Alder spoke in Dover on Monday.', 'the Vermont senator', 'the Vermont senator'],
    ['Democrat Maria Ruiz and Republican Tom Alder spoke on Monday.', 'the Republican nominee', 'Tom Alder'],
    // The only judge the article names is "the Michigan judge"; one place word in common is enough.
    ['Judge Laura Park sentenced him on Monday.', 'the Michigan judge', 'Laura Park'],
    ['New York Mayor Laura Park spoke on Monday.', 'the New York City mayor', 'Laura Park'],
    ['New York Gov. Laura Park spoke on Monday.', 'the New Jersey governor', 'the New Jersey governor'],
    // The Pentagon is the Defense Department.
    ['Defense Secretary Tom Alder spoke on Monday.', 'the Pentagon secretary', 'Tom Alder'],
  ])('%s "%s" is %s', (first, described, speaker) => {
    const body = [first, `“We will build the port,” ${described} said.`].join('\n\n');
    expect(speakerOf(body, 'build the port').speaker).toBe(speaker);
  });

  it('title words are no place ("the White House press secretary" is "Press Secretary X")', () => {
    const body = [
      'Press Secretary Tom Alder spoke to reporters on Monday.',
      '“We are done with the port,” the White House press secretary said.',
    ].join('\n\n');
    expect(speakerOf(body, 'done with the port').speaker).toBe('Tom Alder');
  });

  it('an epithet fits a person whose title names no place ("Sen. X" may be "the Texas senator")', () => {
    const body = [
      'Sen. Maria Ruiz toured the port on Monday.',
      '“We will pass it,” the Texas senator said.',
    ].join('\n\n');
    expect(speakerOf(body, 'pass it')).toMatchObject({ speaker: 'Maria Ruiz', speakerRule: 'epithet' });
  });

  it('a party is no place: "the Senate Democratic leader" is "Senate Minority Leader X"', () => {
    const body = [
      'Senate Minority Leader Ruth Okafor met the mayor on Monday.',
      '“The budget is not finished,” the Senate Democratic leader said.',
    ].join('\n\n');
    expect(speakerOf(body, 'not finished')).toMatchObject({ speaker: 'Ruth Okafor', speakerRule: 'title' });
  });

  it.each([
    [
      'the organisation named just before, never a place',
      [
        'The Harbor Authority met in Lisbon on Monday.',
        '“Keep the pier open until the end of June,” it recommended.',
      ],
      'Keep the pier',
      'Harbor Authority',
    ],
    [
      'an airport or a stadium too ("Heathrow Airport")',
      [
        'Heathrow Airport said on Tuesday that it would cap passenger numbers.',
        '“We apologise to our passengers,” it said.',
      ],
      'apologise',
      'Heathrow Airport',
    ],
    [
      'a body whose name opens with a place in initials ("L.A. Times")',
      ['The L.A. Times said on Monday it would raise prices.', '“We need the revenue,” it said.'],
      'need the revenue',
      'L.A. Times',
    ],
    [
      'a body whose name ends in "Convention"',
      ['The Southern Baptist Convention released the list on Tuesday.', '“We are heartbroken,” it said.'],
      'heartbroken',
      'Southern Baptist Convention',
    ],
    [
      'a company that "says" (no counted noun: "Seven West Media")',
      ['Seven West Media says revenue fell in the year.', '“The market was hard,” it said.'],
      'market was hard',
      'Seven West Media',
    ],
    [
      'a company whose name ends in "Brands"',
      [
        'Conagra Brands said on Tuesday that it would recall the soup.',
        '“Safety comes first,” it said in a statement.',
      ],
      'Safety comes first',
      'Conagra Brands',
    ],
    [
      'never a law or a building the organisation writes about ("the Royal Marriages Act")',
      [
        'The Times looks to history, specifically the Royal Marriages Act of 1772, which gives the monarch a veto.',
        '“Not that this has made for smoother royal relationships,” it says.',
      ],
      'smoother royal',
      'Times',
    ],
  ])('"it" speaks for %s', (_what, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs.join('\n\n'), quote)).toMatchObject({
      speaker,
      speakerRule: 'nearest-organisation',
    });
  });

  it.each([
    [
      'a network named before the noun it modifies ("a Facebook post", "a Harbor Network video")',
      [
        'The coach was suspended after sharing a Harbor Network video this week about the stadium vote.',
        'The video showed a cartoon of the mayor. It says: “Vote no, or the team leaves town for good.”',
      ],
      'Vote no',
    ],
    [
      'a paper named before "reporter"',
      [
        'A Harbor Gazette reporter asked the mayor about the budget on Tuesday.',
        'The reply came in a letter. It reads: “The budget is balanced and will stay balanced.”',
      ],
      'budget is balanced',
    ],
  ])('"it" never speaks for %s', (_what, paragraphs, quote) => {
    expect(speakerOf(paragraphs.join('\n\n'), quote).speakerRule).not.toBe('nearest-organisation');
  });

  it('"it" still speaks for a paper named before its verb ("the Times reported")', () => {
    const body = [
      'The coach was suspended on Tuesday, the Harbor Times reported on its website.',
      '“We stand by our story,” it said.',
    ].join('\n\n');
    expect(speakerOf(body, 'stand by our story')).toMatchObject({
      speaker: 'Harbor Times',
      speakerRule: 'nearest-organisation',
    });
  });

  it('"the official" keeps the description the article gives, never a borrowed name', () => {
    const body = [
      'A senior city official said the budget was short.',
      '“We are not going to cut the buses,” Mayor Tom Reilly said.',
      '“The buses will be cut,” the official said.',
    ].join('\n\n');
    const q = speakerOf(body, 'buses will be cut');
    expect(q.named).toBe(false);
    expect(q.speaker).toBe('A senior city official');
  });
});

describe('name kinds', () => {
  it.each([
    ['New Hampshire', 'place'],
    ['Fox News', 'organisation'],
    ['the State Department', 'organisation'],
    ['Theresa May', 'person'],
    ['George Bush', 'person'],
  ])('%s is a %s', (name, kind) => {
    expect(nameKind(name)).toBe(kind);
  });
});

describe('he and she: whom the sentence deals with is not who speaks', () => {
  it('whom the cue addresses ("he told Rubio", "he said to Cruz") is never whom its pronoun means', () => {
    const body = [
      'At a town hall, Rubio supporter Scott Szlachta told the senator that he drove from Chicago.',
      'Marco Rubio listened.',
      '“Workers in my spot have been horribly abused by the program,” he told Rubio.',
      'Donald Trump turned on Ted Cruz during the debate.',
      '“You might be fine with it,” he said to Cruz.',
    ].join('\n\n');
    expect(speakerOf(body, 'horribly abused').speaker).toBe('Scott Szlachta');
    expect(speakerOf(body, 'fine with it').speaker).toBe('Donald Trump');
  });

  it('a name in an opening adjunct behind a preposition is not the "he" after its comma ("Turning to Langdale, he")', () => {
    const body = [
      'Clive Goodman told the jury he was not on trial for hacking; Timothy Langdale questioned him for an hour.',
      'Turning to Langdale, he said: “Now that you ask, I am quite happy to get it all out.”',
      'Kenneth Lay spoke to reporters on Friday after George Bush’s remarks.',
      'Asked about George Bush, he said: “I have no angst against him.”',
    ].join('\n\n');
    expect(speakerOf(body, 'quite happy').speaker).toBe('Clive Goodman');
    expect(speakerOf(body, 'no angst').speaker).toBe('Kenneth Lay');
  });

  it('a name before a noun is whose the addressees are ("he told Dell employees"); an interview is with who speaks', () => {
    const body = [
      'Michael Dell spoke at the company’s campus in Texas.',
      '“We are going private to move faster,” he told Dell employees on Monday.',
      'Chuck Schumer left early, and Joe Manchin met reporters after the vote.',
      'In an interview with Manchin on Tuesday, he said: “I will not vote for it.”',
    ].join('\n\n');
    expect(speakerOf(body, 'going private').speaker).toBe('Michael Dell');
    const outlet =
      'Michael Bloomberg spent $500 million.\n\n“It was worth every penny,” he told Bloomberg on Wednesday.';
    expect(speakerOf(outlet, 'every penny').speaker).toBe('Michael Bloomberg');
    expect(speakerOf(body, 'not vote for it').speaker).toBe('Joe Manchin');
  });

  it('not after a subordinate clause or "As for": there the name may be the "he"', () => {
    const body = [
      'Ted Cruz warned against a brokered convention.',
      'As for Donald Trump, he said: “I am going to have the delegates.”',
      'Hillary Clinton campaigned in Iowa.',
      'When Bernie Sanders arrived in Ohio, he said: “We will win here.”',
    ].join('\n\n');
    expect(speakerOf(body, 'have the delegates').speaker).toBe('Donald Trump');
    expect(speakerOf(body, 'win here').speaker).toBe('Bernie Sanders');
  });
});

describe('he and she: who a story is about', () => {
  it('an unnamed source brought in by "A …" is the "he" of the next sentences that name no one', () => {
    const body = [
      'Abdullah Abdullah, the challenger, said he would not take part in the runoff.',
      'A western diplomat involved in organising the vote said the news was a “punch in the stomach”.',
      'He said it had shattered morale among election workers.',
      '“There really is only so much you can take,” he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'so much you can take')).toMatchObject({
      speaker: 'A western diplomat',
      speakerRule: 'previous-description',
    });
  });

  it('an unnamed person the sentence does not quote is no "he" or "she" after it ("One person was killed …, police said")', () => {
    const body = [
      'Lt. Maria Ortega of the Riverton police spoke to reporters at the scene.',
      'One person was killed and two were wounded in the shooting, police said.',
      '“We are asking anyone with information to come forward,” she said.',
    ].join('\n\n');
    expect(speakerOf(body, 'anyone with information').speaker).toBe('Maria Ortega');
  });

  it('an unnamed source whose own sentence says "he" is no later "he" ("A spokesperson for the mayor said he …")', () => {
    const body = [
      'Mayor Daniel Price did not attend the vote.',
      'A spokesperson for the mayor said he considered the plan reckless.',
      '“It would bankrupt the port,” he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'bankrupt the port').speaker).toBe('Daniel Price');
  });

  it('an unnamed source is not the "he" when the sentence that brings them in names a man', () => {
    const body = [
      'Abdullah Abdullah, the challenger, said he would not take part in the runoff.',
      'A western diplomat said Peter Galbraith had accepted the result.',
      '“We will work with everyone,” he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'work with everyone').speaker).toBe('Peter Galbraith');
  });
});

describe('descriptions: the unnamed source a description brings in', () => {
  it('"the spokesman" after "A police spokesman, Officer Derek Holt, said" is Derek Holt, the name set off there', () => {
    const body = [
      'A man was found dead in a storm drain in Riverton on Sunday.',
      'A police spokesman, Officer Derek Holt, said Detective Anna Kirk had found a weapon nearby.',
      '“We are asking anyone with information to call us,” the spokesman said.',
    ].join('\n\n');
    expect(speakerOf(body, 'anyone with information').speaker).toBe('Derek Holt');
  });

  it('"the spokesman" after "A Downing Street spokesman said Gordon Brown had …" is the spokesman', () => {
    const body = [
      'Britain and the US both welcomed the cancellation of the runoff.',
      'A Downing Street spokesman said Gordon Brown had telephoned Karzai to congratulate him.',
      '“They discussed the importance of moving quickly,” the spokesman said.',
    ].join('\n\n');
    expect(speakerOf(body, 'moving quickly').speaker).toBe('A Downing Street spokesman');
  });
});

describe('names: a description before a name is its role, not part of it', () => {
  it('"CLEVELAND - Donald Trump", "Prosecutor Gerrie Nel", "German Erik Zabel": the person is named without them', () => {
    const body = [
      'CLEVELAND - Donald Trump painted a dire portrait of the nation on Thursday night.',
      '“I am your voice,” Trump said.',
      'Prosecutor Gerrie Nel opened the case. “You killed her,” Nel said.',
      'German Erik Zabel won the stage. “It was hard,” Zabel said.',
    ].join('\n\n');
    expect(speakerOf(body, 'your voice').speaker).toBe('Donald Trump');
    expect(speakerOf(body, 'killed her')).toMatchObject({ speaker: 'Gerrie Nel', role: 'Prosecutor' });
    expect(speakerOf(body, 'was hard').speaker).toBe('Erik Zabel');
  });

  it('a body whose name opens with such a noun keeps it ("Investor Business Daily")', () => {
    const body =
      'Investor Business Daily polled voters in May.\n\n“The race is tied,” Investor Business Daily said.';
    expect(speakerOf(body, 'race is tied').speaker).toBe('Investor Business Daily');
  });
});

describe('cues: "Quoting X, …"', () => {
  it('gives the quote to X when an outlet reports, not when a person named in full says it in their own words', () => {
    const body = [
      'Quoting a senior police officer, the Courier reported that the raid was “planned for weeks.”',
      'Quoting appeals by Archbishop Pius Nkomo, columnist Jeff Harlan said it was time to act: “The world must not wait.”',
    ].join('\n\n');
    expect(speakerOf(body, 'planned for weeks')).toMatchObject({
      speaker: 'a senior police officer',
      rule: 'quoting',
    });
    expect(speakerOf(body, 'must not wait')).toMatchObject({ speaker: 'Jeff Harlan', rule: 'x-said' });
  });
});
