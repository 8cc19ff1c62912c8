import { capitalRuns, describeMention, isOfficeOf } from '../../src/quotes/mentions';
import { tokenize } from '../../src/quotes/tokens';

const tokensOf = (text: string) => tokenize(text, { start: 0, end: text.length }, []);
const mentionOf = (text: string) => describeMention(text, tokensOf(text), null);
const runsOf = (text: string) => {
  const tokens = tokensOf(text);
  return capitalRuns(tokens).map(([a, b]) =>
    tokens
      .slice(a, b)
      .map((t) => t.text)
      .join(' '),
  );
};

describe('mentions: a possessive inside a run of capitals', () => {
  it.each([
    ["Smith Barney's Mr. Doyle", 'Doyle'],
    ['The New Republic’s Jeet Heer', 'Jeet Heer'],
    ["Dave Leip's Atlas", "Dave Leip's Atlas"],
    ["Ben & Jerry's Homemade Inc.", "Ben & Jerry's Homemade Inc."],
    ["St. Mary's Medical Center", "St. Mary's Medical Center"],
    ["Papa John's Pizza International", "Papa John's Pizza International"],
    ["Secretary Albright's State Department", "Secretary Albright's State Department"],
    ["the Santa Clara Sheriff's Office", "Santa Clara Sheriff's Office"],
  ])('"%s" names %s (the owner is where they work; one word it owns is no person)', (text, name) => {
    expect(mentionOf(text)).toMatchObject({ kind: 'named', name });
  });
});

describe('mentions: the role before a name', () => {
  it('leaves out the honorific right before the name ("Smith Barney\'s Mr. Doyle" works at Smith Barney)', () => {
    expect(mentionOf("Smith Barney's Mr. Doyle")).toMatchObject({ name: 'Doyle', role: "Smith Barney's" });
  });
});

describe('mentions: an office named with "of"', () => {
  it.each([
    ['Secretary of State Leo Marchetti', 'Leo Marchetti', 'Secretary of State'],
    ['Secretary of the Treasury Janet Olsen', 'Janet Olsen', 'Secretary of the Treasury'],
    ['Minister of Defence Ana Ruiz', 'Ana Ruiz', 'Minister of Defence'],
    ['Chief of Staff Katie Vance', 'Katie Vance', 'Chief of Staff'],
    [
      'former Director of National Intelligence Mara Quist',
      'Mara Quist',
      'former Director of National Intelligence',
    ],
  ])('"%s" is %s, %s', (text, name, role) => {
    expect(mentionOf(text)).toMatchObject({ kind: 'named', name, role });
  });

  it('an office without a holder names no one', () => {
    expect(mentionOf('the Secretary of State')).toMatchObject({ kind: 'nominal', name: null });
  });

  it("a weekday after a name and before a verb is when it happened; before a capital it is a name's", () => {
    expect(runsOf('President Ana Whitfield Saturday vowed to fight')).toEqual(['President Ana Whitfield']);
    expect(runsOf('columnist Mark Dale Sunday Courier wrote')).toEqual(['Mark Dale Sunday Courier']);
    expect(runsOf('voters on Super Tuesday said')).toEqual(['Super Tuesday']);
    // A weekday after a first name or an initial is a surname.
    expect(runsOf('Former President William Friday said')).toEqual(['Former President William Friday']);
    expect(runsOf('said William C. Friday on Monday')).toEqual(['William C. Friday', 'Monday']);
  });

  it('a name before "of" stays apart from where they work', () => {
    expect(runsOf('Jeffrey Lund of the James Martin Center')).toEqual([
      'Jeffrey Lund',
      'James Martin Center',
    ]);
  });

  it('only a title before "of" and a field after it join one run', () => {
    expect(runsOf('Secretary of State Leo Marchetti spoke')).toEqual(['Secretary of State Leo Marchetti']);
    expect(runsOf('the Department of Justice said')).toEqual(['Department', 'Justice']);
    expect(runsOf('the Secretary of Mars said')).toEqual(['Secretary', 'Mars']);
  });

  it('tells an office\'s "of" by the words around it', () => {
    const tokens = tokensOf('Secretary of the Treasury');
    expect(isOfficeOf(tokens, 1)).toBe(true);
    expect(isOfficeOf(tokens, 0)).toBe(false);
    expect(isOfficeOf(tokensOf('secretary of state'), 1)).toBe(false);
  });
});

describe('mentions: particles and short titles inside names', () => {
  it.each([
    ['Greta van der Molen', 'Greta van der Molen'],
    ['Oscar de la Renta', 'Oscar de la Renta'],
    ['Charles de Gaulle', 'Charles de Gaulle'],
  ])('"%s" is one name', (text, name) => {
    expect(mentionOf(text)).toMatchObject({ kind: 'named', name });
  });

  it('particles that no capital follows end the name', () => {
    expect(runsOf('Greta van der the end')).toEqual(['Greta']);
  });

  it.each([
    ['Maj. Gen. Carl Ostrander', 'Carl Ostrander', 'Maj. Gen.'],
    ['Brig. Gen. Mark Hollis', 'Mark Hollis', 'Brig. Gen.'],
    ['Fr. Frank Pavlik', 'Frank Pavlik', 'Fr.'],
  ])('"%s" is %s, %s', (text, name, role) => {
    expect(mentionOf(text)).toMatchObject({ kind: 'named', name, role });
  });
});

describe('mentions: the word that brings a name in', () => {
  it.each([
    ['a neighbor named Joe Marsh', 'Joe Marsh', 'neighbor'],
    ['a man identified as Tom Ruiz', 'Tom Ruiz', 'man'],
  ])('"%s" is %s, %s', (text, name, role) => {
    expect(mentionOf(text)).toMatchObject({ kind: 'named', name, role });
  });
});

describe('mentions: words before or after a name that are no part of it', () => {
  it.each([
    ['Prosecutor Gerrie Nel', 'Gerrie Nel'],
    ['Documentarian Laura Poitras', 'Laura Poitras'],
    ['Whip John Cornyn', 'John Cornyn'],
    ['German Erik Zabel', 'Erik Zabel'],
    ['Texan Rusty Hardin', 'Rusty Hardin'],
    ['Even Oprah Winfrey', 'Oprah Winfrey'],
    ['Could Julian Assange', 'Julian Assange'],
    ['Clare Montgomery QC', 'Clare Montgomery'],
    ['Peter Bone MP', 'Peter Bone'],
  ])('"%s" names %s', (text, name) => {
    expect(mentionOf(text)).toMatchObject({ kind: 'named', name });
  });

  it.each([
    // A first name that is also a word for what someone does, or a body's name after a nationality, stays whole.
    ['Hunter Biden', 'Hunter Biden'],
    ['Tyler Perry', 'Tyler Perry'],
    ['German Marshall Fund', 'German Marshall Fund'],
    ['Economist Intelligence Unit', 'Economist Intelligence Unit'],
    ['Liberal Democrat MP', 'Liberal Democrat MP'],
    ['Will Smith', 'Will Smith'],
    // From a review (helper-107): stage names after a word for what someone is, bodies after a nationality or a
    // job, a party before "MP", and a first name that is also a leading word.
    ['Rapper LL Cool J', 'LL Cool J'],
    ['Singer Lady Gaga', 'Lady Gaga'],
    ['Irish Daily Mail', 'Irish Daily Mail'],
    ['Chinese Human Rights Defenders', 'Chinese Human Rights Defenders'],
    ['Investor Business Daily', 'Investor Business Daily'],
    ['Plaid Cymru MP', 'Plaid Cymru MP'],
    ['Even Pellerud', 'Even Pellerud'],
  ])('"%s" stays %s', (text, name) => {
    expect(mentionOf(text)).toMatchObject({ name });
  });
});

describe('mentions: a nationality alone', () => {
  it.each([['the Iranian'], ['The Russian'], ['his Swedish'], ['one Iranian'], ['the Texan']])(
    '"%s" after a determiner or a possessive names no one',
    (text) => {
      expect(mentionOf(text)?.kind).not.toBe('named');
    },
  );

  it.each([
    ['Cuban', 'Cuban'],
    ['said Cuban', 'Cuban'],
    ['Mark Cuban', 'Mark Cuban'],
    ['the German Marshall Fund', 'German Marshall Fund'],
  ])('"%s" alone or in a longer name stays %s (a surname may be one: "Cuban said")', (text, name) => {
    expect(mentionOf(text)).toMatchObject({ kind: 'named', name });
  });
});
