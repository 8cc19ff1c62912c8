/**
 * What a speaker mention is: a pronoun ("he"), a name with its titles ("Defense Secretary Pete Hegseth"), or an
 * unnamed description kept as written ("a senior administration official"). Names are found by stripping title
 * words from the last run of capitalised words; the stripped titles and any appositive give the role.
 */
import type { Span } from '../corpus/types';
import { isShortTitle, STATE_ABBREVIATIONS } from '../text/abbreviations';
import {
  AUXILIARIES,
  CUE_VERBS,
  DAY_WORDS,
  DEMONYMS,
  DESCRIPTOR_NOUNS,
  DETERMINERS,
  EPITHET_NOUNS,
  HONORIFICS,
  isDescriptorNoun,
  NP_BREAKERS,
  NUMBER_WORDS,
  OBJECT_PRONOUNS,
  OFFICE_FIELDS,
  PRONOUNS,
  READER_INSTRUCTIONS,
  SOURCE_NOUNS,
  TITLE_WORDS,
} from './lexicon';
import { isAnyFirstName, isFirstName, isTitleWord, nameKind, ORGANISATION_WORDS } from './nameKinds';
import {
  endsPossessive,
  isCapitalized,
  isPluralTitle,
  joinedWords,
  lower,
  type Token,
  withoutFinalDot,
} from './tokens';

export interface Mention extends Span {
  text: string;
  kind: 'pronoun' | 'named' | 'nominal';
  /** The name as written, titles stripped ("Pete Hegseth", "Corn"), for named mentions. */
  name: string | null;
  /** Role from the words around the name ("Defense Secretary", "director of …"). */
  role: string | null;
  /** The head noun of a description ("official"), lower case. */
  head: string | null;
  plural: boolean;
}

/** Small words inside names: "Ludwig van Beethoven", "Osama bin Laden", "Luiz Inácio Lula da Silva". */
export const PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'del',
  'la',
  'van',
  'von',
  'bin',
  'al',
  'da',
  'dos',
  'le',
  'di',
  'der',
  'den',
]);
/** Generations written after a name: "Harry B. Harris Jr." is a Harris. */
export const SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
/** Letters written after a name for an office or an honour: "Clare Montgomery QC", "Peter Bone MP". */
const POST_NOMINALS = new Set('qc kc mp mep msp mla obe mbe cbe kbe dbe esq'.split(' '));
const PLURAL_PRONOUNS = new Set(['they', 'we']);

const bare = (t: Token) => {
  const w = withoutFinalDot(lower(t));
  return w.endsWith("'s") ? w.slice(0, -2) : w;
};
const isAcronym = (t: Token) => t.text.length <= 6 && /^(?:\p{Lu}\.?){2,}$|^(?:\p{Lu}\.)+$/u.test(t.text);
const isInitial = (t: Token) => /^\p{Lu}\.$/u.test(t.text);

/** Titles that are titles only written short with their dot: "Del. Stacey Plaskett" (a delegate), never "Del Rio". */
const DOTTED_TITLES = new Set(['del.']);

function isTitle(t: Token): boolean {
  return TITLE_WORDS.has(bare(t)) || DOTTED_TITLES.has(lower(t)) || (isAcronym(t) && !isInitial(t));
}

/**
 * Title words that are also surnames: "Angus King", "Dan Bishop", "Jeremy White", "Jim Justice", "Naomi Alderman",
 * "John Constable".
 */
const SURNAME_TITLES = new Set([
  'king',
  'bishop',
  'white',
  'justice',
  'judge',
  'marshal',
  'coach',
  'prince',
  'cardinal',
  'alderman',
  'constable',
]);

/** A capitalised word that can name what an office is of: "State", "Defence", "National", "Staff". */
const isOfficeField = (t: Token | undefined): boolean =>
  t !== undefined && isCapitalized(t) && (OFFICE_FIELDS.has(bare(t)) || TITLE_WORDS.has(bare(t)));

/** Whether tokens[i] is "of" after a capitalised title word: "Secretary of", "Mayor of". */
function titleBeforeOf(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return lower(tokens[i]) === 'of' && isCapitalized(before) && isTitleWord((before as Token).text);
}

/**
 * Whether tokens[i] is the "of" inside an office's title: after a capitalised title word and before (past an
 * optional "the") a capitalised field ("Secretary of State John Kerry", "Secretary of the Treasury Janet Yellen",
 * "Chief of Staff Katie Walsh"). "Jeffrey Lewis of the James Martin Center" has no title before its "of".
 */
export function isOfficeOf(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!titleBeforeOf(tokens, i) || before === undefined) return false;
  // "Dan Bishop of the House Freedom Caucus", "Steve King of …": after a name, a title word that is also a surname
  // is the surname ("Virginia Secretary of Health" is an office).
  if (
    SURNAME_TITLES.has(bare(before)) &&
    isCapitalized(tokens[i - 2]) &&
    !isTitleWord((tokens[i - 2] as Token).text)
  )
    return false;
  const next = lower(tokens[i + 1]) === 'the' ? tokens[i + 2] : tokens[i + 1];
  return isOfficeField(next);
}

/**
 * How many tokens from tokens[i] belong to a title's "of [the]" before a capitalised place, body or field ("Mayor
 * of London Sadiq Khan", "President of the European Commission …", "Secretary of State …"): 0 when tokens[i] is
 * no such "of". Past an office's field, a title word after another capitalised word that is no title is a
 * surname ("Angus King of Maine", "Rep. Peter T. King of New York").
 */
export function titleOfLink(tokens: readonly Token[], i: number): number {
  if (!titleBeforeOf(tokens, i)) return 0;
  const office = officeLink(tokens, i);
  if (office > 0) return office;
  // "Rep. Peter T. King of New York": after a part of a name the title word is a surname.
  const prev = tokens[i - 2];
  if (isCapitalized(prev) && !isTitleWord((prev as Token).text)) return 0;
  const the = lower(tokens[i + 1]) === 'the' ? 1 : 0;
  return isCapitalized(tokens[i + 1 + the]) ? 1 + the : 0;
}

/** How many tokens from tokens[i] belong to an office's "of [the]" (0 when tokens[i] is no such "of"). */
export const officeLink = (tokens: readonly Token[], i: number): number =>
  !isOfficeOf(tokens, i) ? 0 : lower(tokens[i + 1]) === 'the' ? 2 : 1;

/**
 * Whether tokens[i] opens the lower-case particles inside a name: "de" in "Charles de Gaulle", "von der" in "Ursula
 * von der Leyen", "de la" in "Oscar de la Renta" (at most three, then a capital).
 */
function particlesBeforeName(tokens: Token[], i: number): boolean {
  for (let j = i; j < i + 3; j++) {
    const t = tokens[j];
    if (t?.kind !== 'word' || !PARTICLES.has(t.text)) return false;
    if (isCapitalized(tokens[j + 1])) return true;
  }
  return false;
}

/** Whether tokens[i] is a particle inside a name, before its capitalised rest: "van" in "Peet van Zyl". */
export const isNameParticle = (tokens: Token[], i: number): boolean =>
  isCapitalized(tokens[i - 1]) || PARTICLES.has(lower(tokens[i - 1]))
    ? particlesBeforeName(tokens, i)
    : false;

/** The sentence opens with a verb for the reader before a capital: "See Governor Ben Ortiz explain:". */
const opensWithReaderVerb = (tokens: Token[], i: number): boolean =>
  READER_INSTRUCTIONS.has(lower(tokens[i])) &&
  isCapitalized(tokens[i + 1]) &&
  tokens.slice(0, i).every((t) => t.kind !== 'word');

/** The runs of capitalised words (with name particles and initials) in a token list, as index ranges. */
export function capitalRuns(tokens: Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  let linkEnd = -1;
  tokens.forEach((t, i) => {
    if (start >= 0 && i >= linkEnd) linkEnd = i + officeLink(tokens, i);
    const joins =
      start >= 0 &&
      ((t.kind === 'word' && (i < linkEnd || particlesBeforeName(tokens, i))) || nicknameAt(tokens, i));
    // "President Bill Clinton Saturday vowed": a weekday after two or more capitals and before no capital is
    // when, not a name's end ("Super Tuesday", "Mark Dooley Sunday Independent" keep theirs, and so does a
    // surname after a first name or an initial: "William Friday", "William C. Friday").
    if (
      start >= 0 &&
      i - start >= 2 &&
      isCapitalized(t) &&
      DAY_WORDS.has(lower(t)) &&
      weekdayIsWhen(tokens, i)
    ) {
      runs.push([start, i]);
      start = -1;
      return;
    }
    if (start < 0 && opensWithReaderVerb(tokens, i)) return;
    if (isCapitalized(t) || joins) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push([start, i]);
      start = -1;
    }
  });
  if (start >= 0) runs.push([start, tokens.length]);
  return runs;
}

/** A nickname in quotation marks: one or two capitalised words ("Tig", "Mando", "Big Jim"). */
const NICKNAME = /^[“"‘'](\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?\p{L})[”"’']$/u;
/** A quoted nickname inside a name, as the name's text writes it: "John “Tig” Tiegen" is John Tiegen. */
const NICKNAME_IN_NAME = /\s[“"‘']\p{Lu}[\p{L}.'’ -]{0,20}[”"’'](?=\s)/gu;
/** Verbs that give someone a nickname of the speaker's own ("called Warren “Pocahontas”"): a quotation, no name. */
const NAMING_VERBS = new Set([
  'called',
  'calling',
  'calls',
  'call',
  'dubbed',
  'labeled',
  'labelled',
  'branded',
]);

/**
 * "John “Tig” Tiegen", "Armando "Mando" Martinez": a quoted nickname (one or two capitalised words ending in a
 * letter) between a first name and a surname; not after a verb that gives the nickname ('called Biden "Sleepy
 * Joe" Biden'), not before a day ('"Crooked Hillary" Tuesday'), and not between one word twice.
 */
export function nicknameAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (t?.kind !== 'quote' || t.text.length > 24 || !NICKNAME.test(t.text)) return false;
  if (prev?.kind !== 'word' || next?.kind !== 'word' || !isCapitalized(next) || prev.text === next.text)
    return false;
  const first = lower(prev);
  return (
    (isAnyFirstName(first) || /^\p{Lu}\.$/u.test(prev.text)) &&
    !NAMING_VERBS.has(lower(tokens[i - 2])) &&
    !DAY_WORDS.has(lower(next))
  );
}

/**
 * Whether the weekday at tokens[i], after a run of capitals, says when: no capital after it ("Mark Dooley Sunday
 * Independent"), and no first name or initial before it, whose surname it is ("William Friday").
 */
function weekdayIsWhen(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const surname = prev !== undefined && (isFirstName(lower(prev)) || /^\p{Lu}\.$/u.test(prev.text));
  return !isCapitalized(tokens[i + 1]) && !surname;
}

export interface NameParts {
  /** Index range of the name inside the tokens. */
  from: number;
  to: number;
  name: string;
}

const NAME_PREPOSITIONS = new Set(['of', 'at', 'from', 'for', 'with']);

/**
 * The name in a noun phrase: the last capitalised run without leading titles, but a person's name before
 * "of …" wins over the institution after it ("Jeffrey Lewis of the James Martin Center").
 */
export function findName(text: string, tokens: Token[]): NameParts | null {
  const cut = tokens.findIndex(
    (t, i) =>
      i > 0 && NAME_PREPOSITIONS.has(lower(t)) && isCapitalized(tokens[i - 1]) && !isOfficeOf(tokens, i),
  );
  if (cut > 0) {
    const before = lastName(text, tokens.slice(0, cut));
    if (before && before.to - before.from >= 2) return before;
    if (bodyOfPlace(tokens, cut)) {
      const name = text.slice((tokens[1] as Token).start, (tokens[tokens.length - 1] as Token).end);
      return { from: 1, to: tokens.length, name: name.replace(/[’']s$/, '').replace(/\s+/g, ' ') };
    }
  }
  return lastName(text, tokens);
}

/** Small words inside the name of a body: "Bank of England", "Department of Health and Human Services". */
const BODY_LINKS = new Set(['of', 'the', 'and', 'for']);

/**
 * "The Mayor of London", "The Chamber of Commerce", "the University of Michigan": "the", capitalised words, "of"
 * and capitalised words to the end name one office or body, not the place after "of".
 */
function bodyOfPlace(tokens: Token[], cut: number): boolean {
  if (lower(tokens[0]) !== 'the' || cut < 2) return false;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!isCapitalized(t) && !(i >= cut && BODY_LINKS.has(lower(t)))) return false;
    // "The University of Texas’s Jane Smith": a possessive names the person after it.
    if (i < tokens.length - 1 && endsPossessive(t.text)) return false;
  }
  return isCapitalized(tokens[tokens.length - 1]);
}

/**
 * "Australian Stuart O'Grady", "German Erik Zabel", "Prosecutor Gerrie Nel", "Documentarian Laura Poitras": a
 * nationality before a first name, or a noun for what a person does (isDescriptorNoun) before two words or more
 * that name no body ("Investor Business Daily", "Economist Intelligence Unit", "German Marshall Fund" stay whole;
 * "Irish Daily Mail" and "Chinese Human Rights Defenders" too, "Daily" and "Human" being no first names), opening a
 * run is no part of the name after it.
 */
function describesNameAfter(tokens: readonly Token[], k: number, runEnd: number): boolean {
  const word = bare(tokens[k] as Token);
  if (runEnd - k < 3) return false;
  const rest = tokens.slice(k + 1, runEnd);
  if (namesBody(rest)) return false;
  if (DEMONYMS.has(word)) return isGivenWord(tokens[k + 1]);
  return isDescriptorNoun(word) && nameKind(joinedWords(rest)) === 'person';
}

/** A first name of the lists or of the US records. */
const isGivenWord = (t: Token | undefined): boolean => t !== undefined && isAnyFirstName(bare(t));

/** Whether words hold a word of a body's name ("Fund", "Unit", "Business", "National"): they name no person. */
export const namesBody = (words: readonly Token[]): boolean =>
  words.some((t) => ORGANISATION_WORDS.has(bare(t)) || BODY_NAME_WORDS.has(bare(t)));

function lastName(text: string, tokens: Token[]): NameParts | null {
  const runs = capitalRuns(tokens).filter(
    ([a, b]) => !(b - a === 1 && /^[RDI]-\p{Lu}/u.test(tokens[a]?.text ?? '')),
  );
  for (let r = runs.length - 1; r >= 0; r--) {
    const [runStart, runEnd] = runs[r] as [number, number];
    let from = runStart;
    // A number word alone is no name ("Eighteen" before "prominent scientists"); "Five Guys" is one.
    // "Five Republicans joined her": a number before a group is a count of it, no name either.
    const loneNumber = (k: number) =>
      NUMBER_WORDS.has(bare(tokens[k] as Token)) &&
      (k + 1 === runEnd || (k + 2 === runEnd && isGroupWord(tokens[k + 1] as Token)));
    while (
      from < runEnd &&
      (isNotName(tokens[from] as Token) ||
        leadsName(tokens, from, runEnd) ||
        afterOfficeOf(tokens, runStart, from) ||
        loneNumber(from))
    )
      from++;
    // "Rapper LL Cool J", "Singer Lady Gaga": after a word for what someone is, the rest is the name as written.
    if (describesNameAfter(tokens, from, runEnd)) from++;
    from = bodyWithTitleWord(tokens, runStart, from, runEnd);
    let to = runEnd;
    while (to > from && tokens[to - 1]?.kind !== 'word') to--;
    // "Clare Montgomery QC", "Peter Bone MP": letters after a person's name of two words or more are no part of it
    // ("Liberal Democrat MP", "one Plaid Cymru MP" are descriptions, kept whole).
    while (to - from > 2 && POST_NOMINALS.has(bare(tokens[to - 1] as Token)) && isGivenWord(tokens[from]))
      to--;
    // "The California Secretary of State said": a run that ends in an office's field names no one.
    if (to <= from || afterOfficeOf(tokens, runStart, to - 1)) continue;
    from = afterOwner(tokens, afterInnerTitle(tokens, from, to), to);
    if (afterTitleOf(tokens, runStart)) from = afterPlace(tokens, from, to);
    const first = tokens[from] as Token;
    const last = tokens[to - 1] as Token;
    let name = text.slice(first.start, last.end).replace(/[’']s$/, '');
    if (to - from === 1 && (SUFFIXES.has(lower(last)) || nationalityAlone(tokens, from))) continue;
    name = name.replace(NICKNAME_IN_NAME, ' ').replace(/\s+/g, ' ');
    return { from, to, name };
  }
  return null;
}

/**
 * "the Iranian president's comments", "The Russian decree", "one Iranian told", "Julian Assange's Swedish
 * accusers": a nationality after a determiner or a possessive is a word about someone, no name. Alone it may be
 * one ("Cuban said" after "Mark Cuban", "French told reporters" after "David French"); after an adjective it is
 * still read as one ("an old Pakistani man").
 */
function nationalityAlone(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  return (
    DEMONYMS.has(bare(tokens[at] as Token)) &&
    before !== undefined &&
    (DETERMINERS.has(bare(before)) || endsPossessive(before.text))
  );
}

/**
 * "Premier League", "Senate Judiciary Committee": a body's name that opens with a title word keeps it when what is
 * left is a body's name too (a name ending in "League", "Committee"); "Premier Li Qiang" is still Li Qiang.
 */
function bodyWithTitleWord(tokens: readonly Token[], runStart: number, from: number, runEnd: number): number {
  let first = runStart;
  while (first < from && DETERMINERS.has(bare(tokens[first] as Token))) first++;
  if (first === from || from >= runEnd) return from;
  const rest = joinedWords(tokens.slice(from, runEnd));
  return nameKind(rest) === 'organisation' && isTitle(tokens[first] as Token) ? first : from;
}

/** Whether the run at `runStart` follows a title and "of [the]": "Mayor of London Sadiq Khan". */
function afterTitleOf(tokens: readonly Token[], runStart: number): boolean {
  return titleBeforeOf(tokens, lower(tokens[runStart - 1]) === 'the' ? runStart - 2 : runStart - 1);
}

/**
 * The name in a run of capitals at tokens[runStart…] (as findName read it, indices into the run) without the
 * place or body that opens the run after "<Title> of": "London" in "Mayor of London Sadiq Khan".
 */
export function placeAfterTitle(
  text: string,
  tokens: readonly Token[],
  runStart: number,
  named: NameParts | null,
): NameParts | null {
  if (named === null || !afterTitleOf(tokens, runStart)) return named;
  const from = afterPlace(tokens, runStart + named.from, runStart + named.to) - runStart;
  // "Director of Public Health", "Chief of Naval Operations": two words after the title's "of" and no name after
  // a place in them are what the title is of, not a person.
  if (from === named.from) return named.to - named.from <= 2 ? null : named;
  const first = tokens[runStart + from] as Token;
  const last = tokens[runStart + named.to - 1] as Token;
  return { from, to: named.to, name: text.slice(first.start, last.end).replace(/\s+/g, ' ') };
}

/**
 * "London Sadiq Khan", "European Commission Ursula von der Leyen" after "Mayor of", "President of the": the longest
 * opening words that name a place or a body are where the title is held; the name is what follows (two words or
 * more).
 */
function afterPlace(tokens: readonly Token[], from: number, to: number): number {
  const textOf = (a: number, b: number) => joinedWords(tokens.slice(a, b));
  for (let k = from + 1; k <= to - 2; k++) {
    // "Mexico City Claudia Sheinbaum": a place that goes on in the next word is not over yet.
    const goesOn = nameKind(textOf(from, k + 1)) === 'place';
    if (!goesOn && nameKind(textOf(from, k)) !== 'person' && nameKind(textOf(k, to)) === 'person') return k;
  }
  return from;
}

/** "Defence" in "Minister of Defence Ana Ruiz": a field word after an office's "of" is the title's, not the name's. */
function afterOfficeOf(tokens: readonly Token[], runStart: number, k: number): boolean {
  if (!isOfficeField(tokens[k])) return false;
  for (let j = k - 1; j > runStart; j--) {
    if (isOfficeOf(tokens, j)) return true;
    if (lower(tokens[j]) !== 'the' && !isOfficeField(tokens[j])) return false;
  }
  return false;
}

/** Whether a word is an honorific ("Mr.", "Dame"): how a person is addressed (HONORIFICS). */
const isHonorific = (t: Token | undefined): boolean => t !== undefined && HONORIFICS.has(bare(t));

/**
 * Honorifics, titles written short and a peer's title before a surname: "Smith Barney's Mr. Doyle", "NBC's Dr.
 * Nancy Snyderman", "the BBC's Lord Hall".
 */
const isPersonTitle = (t: Token): boolean =>
  isHonorific(t) || isShortTitle(withoutFinalDot(t.text)) || bare(t) === 'lord' || bare(t) === 'lady';

/**
 * "Smith Barney's Mr. Doyle", "CNN's Wolf Blitzer": a possessive inside a run is whom the person works for; the name
 * starts after it when a person's name follows: two words or more with no word of a body's name in them, or an
 * honorific and a surname. What a possessive owns otherwise is a body's name or part of one ("Ben & Jerry's
 * Homemade Inc.", "St. Mary's Medical Center", "Secretary Albright's State Department", "Dave Leip's Atlas").
 */
function afterOwner(tokens: Token[], from: number, to: number): number {
  let owner = -1;
  for (let k = from; k < to - 1; k++) if (endsPossessive((tokens[k] as Token).text)) owner = k;
  if (owner < 0) return from;
  let start = owner + 1;
  while (start < to - 1 && isPersonTitle(tokens[start] as Token)) start++;
  const rest = tokens.slice(start, to);
  const bodyWord = rest.some((t) => ORGANISATION_WORDS.has(bare(t)) || BODY_NAME_WORDS.has(bare(t)));
  const person =
    !bodyWord && nameKind(joinedWords(rest)) === 'person' && !isTitleWord((rest[0] as Token).text);
  return person && (start > owner + 1 || rest.length >= 2) ? start : from;
}

/** Common words in bodies' names that no person's name has: "Standard & Poor's Ratings Services". */
const BODY_NAME_WORDS = new Set(
  `medical research international ratings investors homemade state justice republican democratic banking national
  federal general public security securities capital foods products energy financial global american united royal
  children's women's men's memorial regional community`.split(/\s+/),
);

/**
 * "Supreme Court Justice Sonia Sotomayor", "New Jersey Gov. Chris Christie": the title inside a run is everything up
 * to the last title word that two words or more follow, as nameProper reads it, or up to an acronym before a first
 * name ("ECONOMY FAVORS TRUMP - David Wasserman"); the name starts after it. "Martin Luther King Jr." keeps its
 * "King" (one word follows).
 */
function afterInnerTitle(tokens: Token[], from: number, to: number): number {
  for (let k = to - 2; k > from; k--) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    // "Israeli Minister of Defence Benny Gantz": an office's field ends its title, one word before the end or more.
    if (afterOfficeOf(tokens, from, k)) return k + 1;
    if (k === to - 2) continue;
    if (isTitleWord(t.text) || (isTitle(t) && !isAcronym(next) && isFirstName(bare(next)))) return k + 1;
  }
  return from;
}

/**
 * Sentence adverbs that open a run of capitals without being a name: "Then Nina Cole", "Now Donald Trump", "Maybe
 * Trump will".
 */
export const OPENING_ADVERBS: ReadonlySet<string> = new Set(
  `then now still meanwhile however instead yet thus later earlier today yesterday tonight neither either moreover
  maybe perhaps`.split(/\s+/),
);

/**
 * Words that open a sentence before a name of two words or more without being part of it: "Even Lindsey Graham",
 * "Only Hillary Clinton can", a question's "Could Julian Assange be …", "Did Donald Trump know". Before one word
 * they stay ("Even Oprah", "Only Madonna": a word alone is no name a later "she" finds; "Even Pellerud" is a
 * Norwegian's name). Not "Will" or "Can", first names too (Will Hurd, Can Dündar).
 */
const LEADING_WORDS = new Set(
  `even only also indeed especially particularly including could would should did does has have had must might
  shall`.split(/\s+/),
);
const leadsName = (tokens: readonly Token[], k: number, runEnd: number): boolean =>
  runEnd - k >= 3 && LEADING_WORDS.has(bare(tokens[k] as Token));

/** Capitalised words that open a name run without being part of the name: titles, "The", "But", "Mexico’s". */
function isNotName(t: Token): boolean {
  const w = bare(t);
  return (
    isTitle(t) ||
    DETERMINERS.has(w) ||
    NP_BREAKERS.has(w) ||
    CUE_VERBS.has(w) ||
    OPENING_ADVERBS.has(w) ||
    endsPossessive(t.text)
  );
}

const RELATIVES = /^(?:who|whom|whose|which|that)(?:['’]\w+)?$/;
const PLURAL_DETERMINERS = new Set([
  'those',
  'these',
  'many',
  'several',
  'some',
  'both',
  'two',
  'three',
  'four',
  'all',
]);

function headOf(tokens: Token[]): string | null {
  let head: string | null = null;
  for (const t of tokens) {
    if (t.kind !== 'word') break;
    const w = lower(t);
    if (NP_BREAKERS.has(w) || RELATIVES.test(w)) break;
    head = w;
  }
  return head;
}

function isPlural(tokens: Token[], head: string | null): boolean {
  if (PLURAL_DETERMINERS.has(lower(tokens[0]))) return true;
  return head !== null && /s$/.test(head) && !/ss$/.test(head);
}

function cleanRole(raw: string): string | null {
  const role = raw
    .replace(/^[\s,]+|[\s,]+$/g, '')
    .replace(/^(?:now|then|currently|also)\s+/i, '')
    .replace(/^(?:the|a|an)\s+/i, '')
    // "a neighbor named Joe", "a man identified as Tom Ruiz": the word that brings the name in is no role's.
    .replace(/\s+(?:named|called|identified as|known as)$/i, '')
    .trim();
  return role.length >= 3 ? role : null;
}

/** Endings of nouns for a person: "teenager", "governor", "activist", "comedian", "chairman". */
export const PERSON_SUFFIX = /(?:er|or|ist|ian|man|woman)$/;

/** Nouns for a person that no suffix tells: "the daughter of the king, X", "a friend of the official, Y". */
const PERSON_NOUNS = new Set(
  'official aide source agent student patient servant king queen prince princess duke child son daughter wife'.split(
    ' ',
  ),
);

/**
 * A noun for a person ("victim", "teenager", "governor", "neighbor"), not for a body or a place ("committee",
 * "party", "restaurant").
 */
export const isNounForPerson = (t: Token | undefined): boolean => {
  const w = t === undefined ? '' : lower(t);
  return PERSON_NOUNS.has(w) || DESCRIPTOR_NOUNS.has(w) || EPITHET_NOUNS.has(w) || PERSON_SUFFIX.test(w);
};

/** "the Ohio governor", "a senior Cruz adviser", "Sanders aides": the name only modifies the noun after it. */
function modifiesNoun(words: Token[], nameEnd: number): boolean {
  const next = words[nameEnd];
  if (next === undefined || next.kind !== 'word' || isCapitalized(next)) return false;
  const w = lower(next);
  return !OBJECT_PRONOUNS.has(w) && !AUXILIARIES.has(w) && !CUE_VERBS.has(w) && !/(?:ed|ly)$/.test(w);
}

/**
 * "Transcript as follows:", "Officials said": a source noun capitalised only because it opens the phrase is a
 * common noun, not a name ("The Post" keeps its determiner and stays a name).
 */
const commonNounOpening = (words: Token[], t: Token) => words[0] === t && SOURCE_NOUNS.has(lower(t));

/** "Republicans", "Democrats", "Europeans": a party or a people in the plural is a group, never one person. */
export const isGroupWord = (t: Token) => /^\p{Lu}\p{Ll}+(?:ans|crats|icans|ives|ists)$/u.test(t.text);

const OF_PHRASE = new Set([
  'of',
  'for',
  'with',
  'to',
  'at',
  'inside',
  'in',
  'on',
  'from',
  'near',
  'by',
  'owned',
]);

/**
 * "a spokesman for Hillary Clinton", "one operative inside Trump Tower", "supporters of Sanders": a name inside a
 * phrase that hangs off a common noun is not the speaker; the description is. ("Secretary of State John Kerry"
 * keeps its name: the noun before "of" is a capitalised title.)
 */
function objectOfDescription(words: Token[], nameFrom: number): boolean {
  // "the head of the energy committee, Billy Tauzin": a name set off by a comma after a noun for no person is in
  // apposition to the head ("the father of the victim, Tyre Nichols" names the victim).
  let from = 1;
  for (let i = nameFrom - 1; i > 0; i--) {
    if (words[i]?.kind === 'punct' && words[i]?.text === ',') {
      if (!isNounForPerson(words[i - 1])) from = i + 1;
      break;
    }
  }
  for (let i = from; i < nameFrom; i++) {
    const t = words[i] as Token;
    const before = words[i - 1] as Token;
    if (!OF_PHRASE.has(lower(t))) continue;
    // "Supporters of X", "Republicans on Capitol Hill": a common noun or a group before the preposition.
    const common =
      !isCapitalized(before) || (i === 1 && (SOURCE_NOUNS.has(lower(before)) || isGroupWord(before)));
    if (before.kind === 'word' && common && !DETERMINERS.has(lower(before))) return true;
  }
  return false;
}

/** "Watch Ruiz below", "See Governor Ben Ortiz explain": the verb telling the reader to look is no part of a name. */
const withoutReaderVerb = (words: Token[]): Token[] =>
  opensWithReaderVerb(words, 0) ? words.slice(1) : words;

/**
 * A mention, its fields written out. In V8 (Node 20) an object spread and then given more fields ({ ...span,
 * kind, … }) does not share one hidden class with the others made so: in a loop of such objects each took 1-6 µs,
 * written out 15-200 ns. The build's hot paths write their objects out (here, the parse's paragraphs, the dates'
 * expressions, the attributions and speakers), which made the one-thread pipeline 5.4 % faster (compare-stages).
 */
function mentionWith(
  span: { start: number; end: number; text: string },
  kind: Mention['kind'],
  name: string | null,
  role: string | null,
  head: string | null,
  plural: boolean,
): Mention {
  return { start: span.start, end: span.end, text: span.text, kind, name, role, head, plural };
}

/** Describes the noun phrase tokens[from, to) as a mention; `appositive` is a role span set off by commas. */
export function describeMention(text: string, tokens: Token[], appositive: Span | null): Mention | null {
  const words = withoutReaderVerb(tokens.filter((t) => t.kind !== 'quote'));
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  const span = { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
  const role = appositive ? cleanRole(text.slice(appositive.start, appositive.end)) : null;
  if (words.length === 1 && PRONOUNS.has(lower(first))) {
    return mentionWith(span, 'pronoun', null, null, null, PLURAL_PRONOUNS.has(lower(first)));
  }
  // "“…,” King said", "Bishop added": a title word alone, capitalised, is a surname (the people resolve it).
  const surname = words.length === 1 && isCapitalized(first) && SURNAME_TITLES.has(bare(first));
  const name = surname ? { from: 0, to: 1, name: first.text.replace(/[’']s$/, '') } : findName(text, words);
  const lone = name !== null && name.to - name.from === 1 ? (words[name.from] as Token) : null;
  const group = lone !== null && (isGroupWord(lone) || commonNounOpening(words, lone));
  if (name && !group && !modifiesNoun(words, name.to) && !objectOfDescription(words, name.from)) {
    const before = words.slice(0, name.from).filter((t) => !DETERMINERS.has(lower(t)) && !isPluralTitle(t));
    // "Smith Barney's Mr. Doyle": the honorific before the name is no part of the role.
    if (isHonorific(before[before.length - 1])) before.pop();
    const preRole = before.length
      ? cleanRole(text.slice(before[0]?.start, before[before.length - 1]?.end))
      : null;
    return mentionWith(span, 'named', name.name, role ?? preRole, null, false);
  }
  const head = headOf(words);
  const plural = isPlural(words, head);
  return mentionWith(span, 'nominal', null, role, head, plural);
}

/** A US state as papers print it after a town: "N.J.", "Calif.", "Ohio". */
export const isState = (t: Token | undefined): boolean =>
  t?.kind === 'word' &&
  (STATE_ABBREVIATIONS.has(lower(t)) || (isCapitalized(t) && nameKind(t.text) === 'place'));

/**
 * "James Fallon, a New Providence, N.J., marketing consultant, says": the commas before and after a town's state
 * are inside the phrase they stand in, not where it opens.
 */
export function aroundTownsState(tokens: Token[], comma: number): boolean {
  const isComma = (t: Token | undefined) => t?.kind === 'punct' && t.text === ',';
  // The phrase goes on after the state ("…, N.J., marketing consultant"); "Bob Dole, Kansas, the leader" or
  // "of Austin, Texas, a retired teacher" start another.
  const goesOn = (t: Token | undefined) =>
    t?.kind === 'word' && !isCapitalized(t) && !DETERMINERS.has(lower(t)) && !CUE_VERBS.has(lower(t));
  const between =
    isCapitalized(tokens[comma - 1]) &&
    isState(tokens[comma + 1]) &&
    isComma(tokens[comma + 2]) &&
    goesOn(tokens[comma + 3]);
  const after =
    isState(tokens[comma - 1]) &&
    isComma(tokens[comma - 2]) &&
    isCapitalized(tokens[comma - 3]) &&
    goesOn(tokens[comma + 1]);
  return between || after;
}
