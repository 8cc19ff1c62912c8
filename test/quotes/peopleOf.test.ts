import { extractQuotes, readQuotes } from '../../src/quotes/extractQuotes';
import { People } from '../../src/quotes/people';
import { peopleOf } from '../../src/quotes/peopleOf';
import type { Token } from '../../src/quotes/tokens';
import { articleFrom } from '../support/article';

const BODY = [
  'Senate Minority Leader Chuck Schumer, the top Democrat on the budget panel, met the mayor on Monday.',
  '“We will find the money,” Schumer said.',
  'Charles E. Schumer, 72, told The Riverton Ledger earlier this week that the talks would go on.',
  'Mr. Schumer was joined by Dana Whitlock, top aide to the governor, who said little.',
  '“Nothing is settled,” she said.',
].join('\n\n');

describe('peopleOf', () => {
  const article = articleFrom(BODY);
  const people = peopleOf(article, extractQuotes(article));
  const schumer = people.find((p) => p.name === 'Chuck Schumer');
  const whitlock = people.find((p) => p.name === 'Dana Whitlock');

  it('merges the variants of a name into one person', () => {
    expect(people.filter((p) => p.name.endsWith('Schumer'))).toHaveLength(1);
    expect(schumer?.variants).toEqual(
      expect.arrayContaining(['Chuck Schumer', 'Schumer', 'Charles E. Schumer']),
    );
  });

  it('gives titles and appositive noun phrases as roles, each with its span', () => {
    const roles = schumer?.roles.map((r) => r.text);
    expect(roles).toEqual(
      expect.arrayContaining(['Senate Minority Leader', 'top Democrat on the budget panel']),
    );
    for (const r of schumer?.roles ?? []) expect(article.text.slice(r.start, r.end)).toBe(r.text);
    expect(whitlock?.roles.map((r) => r.text)).toEqual(['top aide to the governor']);
  });

  it('never gives a clause, an age or an honorific as a role', () => {
    const all = people.flatMap((p) => p.roles.map((r) => r.text));
    expect(all).not.toContain('72');
    expect(all).not.toContain('Mr.');
    expect(all.some((r) => r.startsWith('told'))).toBe(false);
  });

  it('takes the gender from the pronoun the article resolves to the person', () => {
    expect(whitlock?.gender).toBe('female');
    expect(schumer?.gender).toBe('male');
  });
});

describe('peopleOf with the people quote extraction read', () => {
  afterEach(() => jest.restoreAllMocks());

  /** The people as peopleOf would read them itself, and as it gives them from quote extraction's reading. */
  function both(body: string) {
    const article = articleFrom(body);
    const { quotes, read } = readQuotes(article);
    const readPeople = jest.spyOn(People, 'read');
    const reused = peopleOf(article, quotes, read);
    const readAgain = readPeople.mock.calls.length > 0;
    const tokensReadAgain = readPeople.mock.calls[0]?.[1];
    readPeople.mockRestore();
    const quoted = quotes.flatMap((q) => q.quoted).sort((a, b) => a.start - b.start);
    return {
      article,
      reused,
      fresh: peopleOf(article, quotes),
      readAgain,
      tokensReadAgain,
      read,
      asRead: People.of(article, quoted),
    };
  }

  it('reuses it when it left out the same quoted spans, and gives the same people', () => {
    const { reused, fresh, readAgain } = both(BODY);
    expect(readAgain).toBe(false);
    expect(reused).toEqual(fresh);
  });

  it('gives the people as the text alone gives them: what attribution learned is taken out', () => {
    // Dana Whitlock's gender comes from "she said" only; being quoted is evidence only while attributing.
    const { read, asRead } = both(BODY);
    expect(read.people.person('Dana Whitlock')?.gender).toBeNull();
    expect(read.people.all()).toEqual(asRead.all());
  });

  it('reads the people again when a quoted span made no quote (a scare quote) and so is read for names', () => {
    const body = [
      'Plans for the “Summer Festival” were approved by the council of Dana Whitlock, top aide to the governor.',
      '“Nothing is settled,” she said.',
    ].join('\n\n');
    const { reused, fresh, readAgain, tokensReadAgain, read } = both(body);
    expect(readAgain).toBe(true);
    // Only the paragraph with the scare quote is tokenized again; the other keeps the tokens quote extraction made.
    expect(tokensReadAgain?.[0]).not.toBe(read.tokens[0]);
    expect(tokensReadAgain?.[1]).toBe(read.tokens[1]);
    expect(reused).toEqual(fresh);
  });

  it('reads again only what changed: a paragraph of the same tokens is replayed, with the same people', () => {
    const body = [
      'Plans for the “Summer Festival” were approved by Mayor Ann Ruiz, who spoke to a senior official.',
      'A senior official at City Hall, Dana Whitlock, said Ruiz’s plan was sound and Mr. Ruiz agreed.',
      '“Nothing is settled,” Whitlock said.',
    ].join('\n\n');
    const { article, readAgain, tokensReadAgain, read } = both(body);
    expect(readAgain).toBe(true);
    const tokens = tokensReadAgain as Token[][];
    const replayed = People.read(article.text, tokens, read.people);
    const again = People.read(article.text, tokens);
    // The second paragraph's description is the one the first reading made, not made again.
    const second = (d: { at: number }) => d.at >= article.text.indexOf('A senior official at');
    expect(read.people.descriptions.filter(second)).not.toHaveLength(0);
    expect(replayed.descriptions.filter(second)[0]).toBe(read.people.descriptions.filter(second)[0]);
    expect(again.descriptions.filter(second)[0]).not.toBe(read.people.descriptions.filter(second)[0]);
    expect(replayed.all()).toEqual(again.all());
    expect(replayed.mentions).toEqual(again.mentions);
    expect(replayed.descriptions).toEqual(again.descriptions);
    expect(replayed.things).toEqual(again.things);
  });
});

/** The names peopleOf gives for paragraphs written for a test. */
const namesIn = (...paragraphs: string[]) => {
  const article = articleFrom(paragraphs.join('\n\n'));
  return peopleOf(article, extractQuotes(article)).map((p) => p.name);
};

describe('peopleOf and titles inside a run of capitals', () => {
  it('takes the name after the last title word two words follow ("Justice Maria Ruiz"); "King Jr." keeps its King', () => {
    const names = namesIn(
      'New Jersey Gov. Laura Park met Supreme Court Justice Maria Ruiz in Trenton on Monday.',
      'They spoke of Martin Luther King Jr. and of the port.',
    );
    expect(names).toEqual(expect.arrayContaining(['Laura Park', 'Maria Ruiz', 'Martin Luther King Jr.']));
    expect(names.some((n) => /Gov\.|Justice/.test(n))).toBe(false);
  });

  it('counts a correspondent as a title ("Senior Investigative Correspondent Cynthia Moss")', () => {
    expect(namesIn('NBC News Senior Investigative Correspondent Cynthia Moss met him in Dover.')).toEqual([
      'Cynthia Moss',
    ]);
  });
});

describe('peopleOf and headlines written in title case', () => {
  it.each([
    ['Just', 'Harbor Pastor Just Shared A Bold Plan For The Port'],
    ['This', 'Harbor Pastor Shared This Bold Plan For Dover Port'],
    ['About', 'Harbor Pastor Shares Bold Plan About Dover Port Today'],
    ['an inner The', 'Harbor Pastor Shares The Bold Plan For Dover Port'],
    ['How (after its first word)', 'Omar Haddad On How Dover Port Makes Workers Feel Small'],
  ])('makes no person of a headline run with %s in it', (_word, headline) => {
    const names = namesIn(
      `${headline}.`,
      'Pastor Omar Haddad spoke to the council of Dana Whitlock on Monday.',
    );
    expect(names.sort()).toEqual(['Dana Whitlock', 'Omar Haddad']);
  });

  it('keeps names as short as a name with such a word in them ("Ward Just", "Hoang The Vinh", "Was Ruiz …?")', () => {
    const names = namesIn(
      'The novelist Ward Just met Hoang The Vinh, a fisherman, in Dover.',
      'Was Maria Ruiz satisfied with the answer?',
    );
    expect(names).toEqual(expect.arrayContaining(['Ward Just', 'Hoang The Vinh', 'Maria Ruiz']));
  });

  it('makes no person of a word after a party label ("Republican Contest") but keeps "Republican Mara Lind"', () => {
    const names = namesIn(
      'New Polls Show Double-Digit Gaps in Republican Contest.',
      'Republican Mara Lind toured the port on Monday.',
      'The candidate labeled “a fighter for every dock worker” leads the field by 12 points.',
    );
    expect(names).not.toContain('Contest');
    expect(names).toContain('Mara Lind');
  });
});

describe('peopleOf: a possessive after a name', () => {
  const article = articleFrom(
    'Ali Rahimi, Iran’s supreme leader, spoke on Monday.\n\nThe rally moved to Lake Forest, Rubio’s home, by night.',
  );
  const people = peopleOf(article, extractQuotes(article));

  it('is a role when a role noun ends it', () => {
    expect(people.find((p) => p.name === 'Ali Rahimi')?.roles.map((r) => r.text)).toEqual([
      'Iran’s supreme leader',
    ]);
  });

  it('is no role when no role noun ends it', () => {
    expect(people.flatMap((p) => p.roles.map((r) => r.text))).not.toContain('Rubio’s home');
  });
});

describe('peopleOf: a firm whose name holds a comma', () => {
  const article = articleFrom(
    [
      '“The margins will not last,” said Dana Whitcomb, an analyst at Lehman, Vance & Co. in New York.',
      '“Nobody saw it coming,” said Luis Ortega, a trader at Baird, Hollis amp Lee, the regional broker.',
      '“We sold early,” said Mona Reyes, a partner at Kessler, a Boston law firm.',
    ].join('\n\n'),
  );
  const people = peopleOf(article, extractQuotes(article));
  const rolesOf = (name: string) => people.find((p) => p.name === name)?.roles.map((r) => r.text);

  it('keeps the firm whole when an ampersand follows the comma (also "amp", left by an escaped one)', () => {
    expect(rolesOf('Dana Whitcomb')).toEqual(['analyst at Lehman, Vance & Co.']);
    expect(rolesOf('Luis Ortega')).toEqual(['trader at Baird, Hollis amp Lee']);
  });

  it('ends the role with the firm\'s "Co.", whose dot may end the sentence too', () => {
    const next = articleFrom(
      '“We like it,” said Ann Ruiz, an analyst at Goldman, Sachs & Co. Other analysts agreed.',
    );
    const ruiz = peopleOf(next, extractQuotes(next)).find((p) => p.name === 'Ann Ruiz');
    expect(ruiz?.roles.map((r) => r.text)).toEqual(['analyst at Goldman, Sachs & Co.']);
  });

  it('ends the role at a comma whose ampersand is in another phrase ("Standard & Poor\'s rival")', () => {
    const other = articleFrom(
      '“The outlook is stable,” said Lisa Moy, a credit analyst at Moody’s, Standard & Poor’s rival, in a note.\n\n' +
        '“Rates will rise,” said Dan Pike, a regulator in Dallas, S&L executives warned.',
    );
    const found = peopleOf(other, extractQuotes(other));
    expect(found.find((p) => p.name === 'Lisa Moy')?.roles.map((r) => r.text)).toEqual([
      'credit analyst at Moody’s',
    ]);
    expect(found.find((p) => p.name === 'Dan Pike')?.roles.map((r) => r.text)).toEqual([
      'regulator in Dallas',
    ]);
  });

  it('ends the role at the comma when no ampersand follows', () => {
    expect(rolesOf('Mona Reyes')).toEqual(['partner at Kessler']);
  });
});

describe('peopleOf: places and days beside a name', () => {
  const article = articleFrom(
    [
      'Governor Ana Whitfield Monday vowed to keep every clinic open.',
      '“We will not close one,” the governor said.',
      'Rosa Delgado, a Bayonne, N.J., shipping broker, says the port is “running out of room.”',
    ].join('\n\n'),
  );
  const people = peopleOf(article, extractQuotes(article));

  it('leaves a weekday after a name out of it: "Ana Whitfield Monday vowed" is Ana Whitfield', () => {
    const names = people.map((p) => p.name);
    expect(names).toContain('Ana Whitfield');
    expect(names.some((n) => n.includes('Monday'))).toBe(false);
  });

  it('keeps a town and its state inside the role set off after a name', () => {
    expect(people.find((p) => p.name === 'Rosa Delgado')?.roles.map((r) => r.text)).toEqual([
      'Bayonne, N.J., shipping broker',
    ]);
  });
});
