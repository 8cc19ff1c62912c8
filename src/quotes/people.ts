/**
 * Who an article names, and how: every personal name (with where it first appears), the titles written before it
 * ("Defense Secretary"), the roles set off after it ("Geoffrey Corn, director of …,"), and the unnamed sources it
 * describes ("a federal agent working on the southern border"). Used to resolve "Corn", "the president" and
 * "the agent" to the right person or description.
 */
import type { Article, Span } from '../corpus/types';
import { boundedMemo } from '../text/boundedMemo';
import { escapeRegex } from '../text/escapeRegex';
import { firstAtOrAfter } from '../text/sorted';
import { isPrintableAscii } from '../text/terms';
import {
  ADVERBS,
  AUXILIARIES,
  CUE_VERBS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  EPITHET_NOUNS,
  HONORIFICS,
  isDescriptorNoun,
  NP_BREAKERS,
  NUMBER_WORDS,
  PARTY_LABELS,
  SOURCE_NOUNS,
  TIME_WORDS,
  TITLE_WORDS,
} from './lexicon';
import {
  aroundTownsState,
  capitalRuns,
  findName,
  isNounForPerson,
  type NameParts,
  namesBody,
  OPENING_ADVERBS,
  PARTICLES,
  PERSON_SUFFIX,
  placeAfterTitle,
  SUFFIXES,
} from './mentions';
import {
  canSpeak,
  type Gender,
  genderOfName,
  isAnyFirstName,
  isFirstName,
  isTitleWord,
  listedSexOf,
  type NameKind,
  nameKind,
  nameProper,
  recordedSexOf,
  recordedSexOfFirst,
} from './nameKinds';
import { isRole, shortenedRole } from './roleRules';
import { samePersonName } from './sameName';
import {
  endsPossessive,
  isCapitalized,
  isPluralTitle,
  joinedWords,
  lower,
  possessiveRole,
  type Token,
  tokenize,
  withoutFinalDot,
} from './tokens';

export interface Person {
  name: string;
  /** Offset of its first mention. */
  at: number;
  mentions: number[];
  titles: string[];
  roles: string[];
  /** Posts written in lower case right before the name ("district judge Howard Riddle"), where: see postBefore. */
  posts: { text: string; at: number }[];
  /** From a first name, an honorific or a gendered title; null when the text does not tell. */
  gender: Gender | null;
  /** The sex US records give the first name: only to refuse a pronoun of the other sex (see recordedSexOf). */
  likelySex: Gender | null;
  /** Every form of the name the article uses ("Chuck Schumer", "Schumer", "Charles E. Schumer"). */
  variants: string[];
  /** The titles and roles with where the article gives them. */
  roleSpans: RoleSpan[];
  /** Whether something shows it is a person: a title, a role, a gendered first name, or being quoted. */
  evidence?: boolean;
  /** Named only by a first name as someone's kin ("Trump's wife, Melania,"): no office's description is them. */
  kin?: boolean;
}

export interface RoleSpan extends Span {
  text: string;
  kind: 'title' | 'appositive';
}

/** A place or organisation the article names: never a person a pronoun can mean. */
export interface NamedThing {
  name: string;
  kind: 'place' | 'organisation' | 'group';
  at: number;
  /** Named before a noun that is not its own words ("a Facebook post", see modifiesNoun): no "it" means it. */
  modifier?: true;
}

/**
 * Nouns a platform's or a paper's name modifies whose words are not the organisation's: what someone posted on it,
 * and the people who work for it ("a Facebook post", "the Twitter account", "a Politico reporter"). A poll, a
 * report or a statement it issued is its own, and "it" may stand for the organisation after those.
 */
const NOT_ITS_OWN = new Set(
  `post posts account accounts page pages feed video videos message messages user users profile live reporter
  reporters correspondent correspondents writer writers columnist columnists employee employees staffer staffers
  contributor contributors host hosts anchor anchors`.split(/\s+/),
);

/** Whether a name modifies a noun that is not the organisation's own words (see NOT_ITS_OWN): no "it" means it. */
function modifiesNoun(c: Pick<RunName, 'to' | 'endsRun'>, tokens: Token[]): boolean {
  const after = tokens[c.to];
  return c.endsRun && after?.kind === 'word' && NOT_ITS_OWN.has(after.text);
}

/** One mention of a person, in text order. */
export interface PersonMention {
  at: number;
  end: number;
  person: Person;
  /** "Sanders campaign manager …", "a senior Cruz adviser": the name modifies a noun; not who the clause is about. */
  modifier?: boolean;
}

const LOCATIVES = new Set([
  'in',
  'at',
  'from',
  'near',
  'outside',
  'inside',
  'around',
  'across',
  'into',
  'throughout',
]);
/**
 * Nouns after a place's name: "Eastern Cape province", "Orange county", "the Vaal river". Not "state", "city",
 * "town" or "region", which follow a person's name as often ("the Narendra Modi state visit").
 */
const PLACE_NOUNS = new Set(
  'province county district river island valley coast peninsula municipality township'.split(' '),
);
const TIME_NAME =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|september|october|november|december|earlier|later|today|tonight|yesterday)\b/i;

/**
 * "Earlier Wednesday", "Asked Tuesday", "Saturday": a time phrase, never a person; but "June Steenkamp" and "April
 * Ryan" are people, a month that is also a first name before a surname, unless a word for when comes before it
 * ("In June Fox said", "since April Congress has").
 */
const isTimePhrase = (name: string, before: Token | undefined) =>
  TIME_NAME.test(name) &&
  genderOfName(name, null) === null &&
  (WHEN_WORDS.has(lower(before)) || !monthAsFirstName(name));

/**
 * Words before a month that make it a date: "in June", "last April", "since May" (not "by", "after", "until" or
 * "of": "asked by April Ryan", "After June Steenkamp spoke").
 */
const WHEN_WORDS = new Set('in on since during last next this early late mid earlier'.split(' '));

function monthAsFirstName(name: string): boolean {
  const [first = '', ...rest] = name.split(/\s+/);
  return rest.length > 0 && isFirstName(first.toLowerCase()) && !TIME_NAME.test(rest.join(' '));
}

/**
 * A run of capitals with a pronoun, a wh-word or a verb of being in it is a headline written in title case
 * ("Final Column Explains Why She Sees Reagan-like Qualities In Trump"), never a person's name; so is a run longer
 * than a name with a demonstrative, "About", "Just" or an inner "The" ("Christian Speaker Just Shared This
 * ‘Prophetic Prayer’ About Trump", "Words The Dems Will Hate").
 */
const HEADLINE_WORD = /(?:^|\s)(?:She|He|They|We|It|His|Her|Their|Why|How|What|Who|Is|Are|Was|Were)(?=\s|$)/;
/** Words that mark a headline only in a run longer than a name ("Ward Just", "Hoang The Vinh" are names). */
const LONG_HEADLINE_WORD = /(?:^|\s)(?:This|These|Those|About|Just)(?=\s|$)|\sThe(?=\s)/;
const LONGEST_NAME_WORDS = 4;
/** The text a run of tokens spans. */
const textOf = (text: string, run: readonly Token[]) =>
  run.length ? text.slice((run[0] as Token).start, (run[run.length - 1] as Token).end) : '';
const isLongHeadline = (text: string) =>
  LONG_HEADLINE_WORD.test(text) && text.split(/\s+/).length > LONGEST_NAME_WORDS;
const isHeadline = (name: string) => HEADLINE_WORD.test(name) || isLongHeadline(name);

/**
 * "Six Trump supporters": a number opening a run that modifies the noun after it counts that noun; the name is the
 * rest ("Five Guys said" keeps its number: nothing follows the run).
 */
function withoutCountBefore(found: NameParts, run: readonly Token[], after: Token | undefined): NameParts {
  const opener = run[found.from];
  if (!opener || found.to - found.from < 2 || !NUMBER_WORDS.has(lower(opener))) return found;
  const noun = after?.kind === 'word' && !isCapitalized(after) && /s$/.test(lower(after));
  // "Seven West Media says", "Six Flags is": a verb, not a counted noun.
  if (!noun || CUE_VERBS.has(lower(after)) || AUXILIARIES.has(lower(after))) return found;
  return { from: found.from + 1, to: found.to, name: found.name.split(' ').slice(1).join(' ') };
}

/** "real estate developer Victor Lund", "the pollster Ann Reed": a lowercase noun for a person before the name. */
const isPersonNoun = (t: Token | undefined) =>
  t !== undefined &&
  t.kind === 'word' &&
  !isCapitalized(t) &&
  (TITLE_WORDS.has(lower(t)) || SOURCE_NOUNS.has(lower(t)) || PERSON_SUFFIX.test(lower(t)));

/** Nouns for kin after which a first name alone names the person, with the sex each tells. */
export const KIN_NOUNS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...'wife daughter sister mother widow fiancee fiancée girlfriend'
    .split(' ')
    .map((w) => [w, 'female'] as const),
  ...'husband son brother father widower fiance fiancé boyfriend'.split(' ').map((w) => [w, 'male'] as const),
]);

/** Who a first name alone set off after a noun for kin is: the sex the noun tells, and the kin as their role. */
interface Kin {
  gender: Gender;
  role: string;
}

/**
 * "Trump's wife, Melania, is scheduled to speak": a known first name alone, set off by commas (or ending the
 * sentence) after a noun for kin, is a person of the sex the noun tells, whose role is that kin ("Trump's wife"),
 * though a single word is no name elsewhere. Not "Speaking to her father, Ann said" (a verb follows the name), nor a
 * name whose own sex the noun contradicts.
 */
function kinByFirstName(tokens: readonly Token[], from: number, to: number, name: string): Kin | null {
  const noun = tokens[from - 2];
  const gender = noun && KIN_NOUNS.get(lower(noun));
  const own = listedSexOf(name.toLowerCase());
  const closed = /^[,.;)]$/.test(tokens[to]?.text ?? '');
  if (tokens[from - 1]?.text !== ',' || !noun || !gender || own !== gender || !closed) return null;
  const owner = tokens[from - 3];
  const named = owner !== undefined && isCapitalized(owner) && endsPossessive(owner.text);
  const owned = owner?.kind === 'word' && (named || /^(?:his|her|their)$/i.test(owner.text));
  if (!owned) return { gender, role: noun.text };
  // "Tom Alder’s wife": the owner's whole name (not a day before it: "On Tuesday Assange’s mother").
  const nameWord = (t: Token | undefined) =>
    t?.kind === 'word' && isCapitalized(t) && !TIME_WORDS.has(lower(t)) && !DETERMINERS.has(lower(t));
  let k = from - 3;
  while (named && k > 0 && nameWord(tokens[k - 1])) k--;
  return {
    gender,
    role: `${tokens
      .slice(k, from - 2)
      .map((t) => t.text)
      .join(' ')} ${noun.text}`,
  };
}

/** Small words inside names besides the mentions' PARTICLES: "Maria do Rosário", "Ejaz ul Haq". */
const MORE_PARTICLES = new Set(['do', 'das', 'du', 'ul', 'ibn']);

/** Words before a place's name: "the city of Greenville, a …", "in Bulawayo". */
const PLACE_PREPOSITIONS = new Set(['of', 'in', 'at', 'from', 'to', 'near', 'outside', 'across']);

/** Words of an indefinite appositive read for a noun for a person ("a 26-year-old graduate student in Isfahan"). */
const APPOSITIVE_READ = 6;
/** Words that end an appositive's noun phrase ("a student at the university", "a medic who …"). */
const AFTER_NOUN_PHRASE = new Set(
  'in at of from with for on by near to who that which whose close based known linked'.split(' '),
);
/** Nouns for what is no person, though a noun for a person may come before them ("a semi-official news agency"). */
const NOT_PERSON_HEADS = new Set(
  'agency newspaper paper magazine website site blog channel network station company group party series film show book city town village country'.split(
    ' ',
  ),
);

/**
 * "including Willard, 23, a student", "Razita, a 26-year-old graduate student", "Bob, a former Army medic": a name
 * of one word that the text introduces with an age or an indefinite noun phrase holding a noun for a person, and no
 * noun for a thing at its end (not "Fars, a semi-official news agency"), is someone's, though no first name or
 * surname shows it.
 */
function introducedByAppositive(tokens: readonly Token[], to: number): boolean {
  if (tokens[to]?.text !== ',') return false;
  const next = tokens[to + 1];
  if (next && /^\d{1,2}$/.test(next.text)) return /^[,.]$/.test(tokens[to + 2]?.text ?? '');
  if (!next || !/^an?$/i.test(next.text)) return false;
  let person = false;
  let head: Token | undefined;
  for (let i = to + 2; i < to + 2 + APPOSITIVE_READ; i++) {
    const t = tokens[i];
    if (t?.kind !== 'word' || AFTER_NOUN_PHRASE.has(lower(t))) break;
    person ||= isNounForPerson(t) || /^\d+-year-old$/i.test(t.text);
    head = t;
  }
  // The noun the phrase ends with says what it is: "a former book translator" is a person, "a news agency" not.
  return person && head !== undefined && !NOT_PERSON_HEADS.has(lower(head));
}

/** A name directly followed by a title or source noun modifies it ("the Ohio governor", "Sanders aides"). */
const isModifiedNoun = (next: Token | undefined) =>
  next !== undefined &&
  next.kind === 'word' &&
  !isCapitalized(next) &&
  (TITLE_WORDS.has(lower(next)) || SOURCE_NOUNS.has(lower(next)));

/**
 * A word that can follow a sentence's subject: an auxiliary, an adverb, a verb in -ed or -s, "and", a comma —
 * not a noun the name modifies ("A Justice Department investigation could …").
 */
const isVerbLike = (word: string) => {
  const w = word.toLowerCase();
  if (w === ',' || w === 'and' || AUXILIARIES.has(w) || ADVERBS.has(w) || CUE_VERBS.has(w)) return true;
  return !SOURCE_NOUNS.has(w) && !/ss$/.test(w) && /(?:ed|s)$/.test(w);
};

/** The last word of a company's name: "Inc.", "Corp.", "Co.", "Cos.", "Ltd.", "PLC", "Bancorp". */
const COMPANY_SUFFIX = /\s(?:Inc|Corp|Co|Cos|Ltd|PLC|plc|AG|SA|NV|LLC|Bancorp|Holdings|Group)\.?$/;

/**
 * The capitalised words a sentence opens with, a dateline ("SALEM, Ore. --") and "The" aside, with an "of …" part
 * ("Department of Labor").
 */
const OPENING_NAME =
  /^[\s"“(—–-]*(?:\p{Lu}{2,}[^\n]{0,30}?\s(?:--|—|–)\s*)?(?:[Tt]he\s+|An?\s+)?((?:\p{Lu}[\p{L}.’'&-]*\s+)*\p{Lu}[\p{L}.’'&-]*(?:\s+of(?:\s+\p{Lu}[\p{L}.’'&-]*)+)?)/u;
/** What may stand before a sentence's subject: quotation marks, a bracket, a dash, "The", titles. */
const SUBJECT_OPENING = /^[\s"“(—–-]*(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u;

export interface Description {
  text: string;
  head: string;
  at: number;
  definite: boolean;
  /** The determiner it opens with, in lower case ("a", "the", "its"). */
  determiner: string;
  /** A document's author named after "by" or "from" ("a statement by the Foreign Affairs Department"). */
  author?: string;
  /** It opens its sentence or clause (after nothing, a quote or punctuation): a subject, not an object. */
  opensClause: boolean;
  /** Where the description that brought it in is, as descriptionBefore gives it (`at` is the latest one). */
  introAt?: number;
}

/** Determiners that bring someone new into a story: "one highly placed source", "another aide". */
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some']);

/** "A Downing Street spokesman said …", "One official said …": a description bringing an unnamed source in. */
export const introducesUnnamed = (d: Description): boolean => INDEFINITE.has(d.determiner) && d.opensClause;

/** Words that say a post is no longer held: "former judge", "ex-coach", "retired judge". */
const FORMER = new Set(['former', 'retired', 'ex', 'onetime', 'one-time', 'erstwhile', 'late']);

/** Whether a title or a description names a post no longer held: "former prime minister", "ex-president". */
export const namesFormerPost = (text: string): boolean =>
  text
    .toLowerCase()
    .split(/\s+/)
    .some((w) => FORMER.has(w) || FORMER.has(w.split('-')[0] ?? ''));

/** Participles that describe a post rather than act on it: "elected official", "appointed judge". */
const POST_PARTICIPLES = new Set(['elected', 'appointed', 'embattled', 'disgraced', 'decorated']);

/** Honours written with a first name alone on later mentions: "Sir Christopher", "Dame Tanni". */
const FIRST_NAME_HONOURS = new Set(['sir', 'dame']);

/**
 * A photo credit a scraped page runs into a caption's first word: "ASSOCIATED PRESSOhio Gov. John Kasich" gives the
 * title "Ohio Gov.", not "PRESSOhio Gov." (a credit's word run into a capitalised word: not "JPMorgan", "SABMiller").
 */
const GLUED_CREDIT =
  /^(?:PRESS|REUTERS|AFP|EPA|AP|UPI|IMAGES|PHOTO|PHOTOS|GETTY|SHUTTERSTOCK|BLOOMBERG|CREDIT)(?=\p{Lu}\p{Ll}{2,}$)/u;

/** Title words that modify the title after them and are no title alone ("Air France" is no one's title). */
const TITLE_MODIFIERS = new Set(['air', 'vice', 'deputy', 'former', 'acting', 'interim', 'chief']);

/** Abbreviated titles written before names, by the noun a later description uses ("Gov." → "the governor"). */
const TITLE_ABBREVIATIONS: Record<string, string> = {
  'gov.': 'governor',
  gov: 'governor',
  'sen.': 'senator',
  sen: 'senator',
  'rep.': 'congressman',
  rep: 'congressman',
  'gen.': 'general',
  'lt.': 'lieutenant',
  'sgt.': 'sergeant',
  'adm.': 'admiral',
  'col.': 'colonel',
  'capt.': 'captain',
  'dr.': 'doctor',
  'pres.': 'president',
  'maj.': 'major',
  'brig.': 'brigadier',
  'cmdr.': 'commander',
  'supt.': 'superintendent',
  'atty.': 'attorney',
  'amb.': 'ambassador',
  'insp.': 'inspector',
  'det.': 'detective',
  'fr.': 'father',
  'prof.': 'professor',
  'rev.': 'reverend',
  'cpl.': 'corporal',
  'pvt.': 'private',
  'pfc.': 'private',
  'spc.': 'specialist',
  'ofc.': 'officer',
  'tpr.': 'trooper',
  'dep.': 'deputy',
  'msgr.': 'monsignor',
  'ald.': 'alderman',
};

/** The last word of a title, spelled out: "Ohio Gov." → "governor". */
export function titleHead(title: string): string {
  const last = key(title).split(/\s+/).pop() ?? '';
  return TITLE_ABBREVIATIONS[last] ?? last;
}

/** Words that make a title the second in an office: "Vice President", "Deputy Secretary", "Lt. Gov.". */
const SECOND_IN_OFFICE = /\b(?:vice|deputy|assistant|lieutenant|lt\.?|under)\b/i;

/** "Vice President Joe Biden" is not "the former president": a second's title, unless the description says so. */
export const secondUnasked = (title: string, description: string): boolean =>
  SECOND_IN_OFFICE.test(title) && !SECOND_IN_OFFICE.test(description);

/** Words that many place names share: no evidence that two places are one. */
const SHARED_PLACE_WORDS = new Set([
  'new',
  'north',
  'south',
  'east',
  'west',
  'city',
  'county',
  'st.',
  'saint',
  'fort',
]);

/** Title words that name an institution: "the Senate majority leader" is not "House Majority Leader X". */
const INSTITUTIONS = new Map([
  ['house', 'house'],
  ['senate', 'senate'],
  ['state', 'state'],
  ['white', 'white'],
  ['pentagon', 'defense'],
  ['defense', 'defense'],
  ['treasury', 'treasury'],
  ['homeland', 'homeland'],
]);

/**
 * Whether a title fits the place or institution a description names before its noun. Both name one and they differ:
 * no ("the New Jersey governor" is not "Ohio Gov. X", "the Toledo mayor" not "Dayton Mayor X", "the Senate majority
 * leader" not "House Majority Leader X"). A party never counts ("the Senate Democratic leader" is "Senate Minority
 * Leader X"), nor a name that is no place ("the Trump campaign chairman" is "Campaign Chairman X"), nor an
 * institution the title does not name ("the White House press secretary" is "Press Secretary X"). A title that
 * names no place ("Sen.") fits a described place only when `bare` is true: as the article's title for someone,
 * "Sen. Bernie Sanders" is not "the Florida senator"; as a fit among salient people, it may be.
 */
export function titleHolds(title: string, modifiers: string, bare = false): boolean {
  const own = (text: string) => text.split(/\s+/).filter((w) => w && !PARTY_LABELS.has(key(w)));
  const mine = own(title).slice(0, -1);
  const theirs = own(modifiers);
  const institutions = (words: string[]) =>
    words.map((w) => INSTITUTIONS.get(key(w))).filter((w): w is string => w !== undefined);
  const [myInstitutions, theirInstitutions] = [institutions(mine), institutions(theirs)];
  if (myInstitutions.length && theirInstitutions.some((w) => !myInstitutions.includes(w))) return false;
  const places = (words: string[]) => words.filter((w) => !isTitleWord(w));
  const [myPlace, theirPlace] = [places(mine).map(key), places(theirs)];
  if (theirPlace.length === 0) return true;
  // "the New York City mayor" is "New York Mayor X": one place word in common is enough, but for words many
  // places share ("New Jersey" is not "New York").
  const telling = theirPlace.filter((w) => !SHARED_PLACE_WORDS.has(key(w)));
  if (myPlace.length) return telling.some((w) => myPlace.includes(key(w)));
  return bare || nameKind(theirPlace.join(' ')) !== 'place';
}

/** Names compared without accents or case; plain ASCII (most names) skips the Unicode decomposition. */
const key = (s: string) =>
  isPrintableAscii(s) ? s.toLowerCase() : s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
/** Last words already keyed are remembered, by name: the same names are looked up again and again. */
const MAX_LAST_WORDS = 50_000;

/** Whether a name ends with a generation ("Donald Trump Jr", "Brent Bozell III"). */
const hasGeneration = (name: string): boolean => SUFFIXES.has(key(name.split(/\s+/).pop() ?? ''));
/** A name's last word, keyed, a generation after it aside ("Harry B. Harris Jr." is listed under "harris"). */
const lastWord = boundedMemo((name) => {
  const words = name.split(/\s+/);
  const last = key(words.pop() ?? name);
  // Only after a given name and a surname: "George III" and "Apple II" are listed as they are.
  return SUFFIXES.has(last) && words.length >= 2 ? key(words.pop() ?? last) : last;
}, MAX_LAST_WORDS);

/** The shape of a participle or an adverb: "understated", "embattled", "grieving", "reportedly". */
const MODIFIER_SHAPE = /^\p{Ll}{3,}(?:ed|ing|ly)$/u;

/** Phrases set off by commas that are not roles: "despite campaigning as …", "adding that …", "and …". */
const NOT_A_ROLE =
  /^(?:who|which|and|but|or|despite|after|before|while|though|although|like|unlike|as|including|with|without|in|on|at|for|from|by|if|when|because|\w+ing)\b/i;

/** Nouns that head a role after a possessive ("Iran’s supreme leader", "his lawyer"), beside the title words. */
const ROLE_HEADS = new Set([
  ...TITLE_WORDS,
  ...EPITHET_NOUNS,
  ...SOURCE_NOUNS,
  ...'lawyer wife husband son daughter mother father friend partner ally rival deputy successor predecessor'.split(
    ' ',
  ),
]);

/**
 * "Ayatollah Ali Khamenei, Iran’s supreme leader,": a capitalised possessive opens a role when a role noun ends it
 * ("Miami-Dade County, Rubio’s home," is no person's role).
 */
function possessiveRoleAt(tokens: Token[], i: number): boolean {
  if (!possessiveRole(tokens, i)) return false;
  let j = i + 1;
  while (tokens[j + 1]?.kind === 'word') j++;
  return ROLE_HEADS.has(lower(tokens[j]));
}

/** The word that ends a firm's name with a dot: "Co.", "Inc.", "Corp.". */
const COMPANY_END = /^(?:Co|Cos|Inc|Corp|Ltd|Cie)\.$/;

/**
 * A capitalised word or three, an ampersand (or "amp") and a capitalised word or three that end the phrase: the
 * rest of a firm's name after its comma ("Sachs & Co.,"; not "Standard & Poor's rival", "S&L executives").
 */
const FIRM_NAME_AFTER_COMMA =
  /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s*(?:&|amp\b)\s*\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}(?=\s*(?:[,;)]|\.?$|\.\s))/u;

/**
 * "an analyst at Goldman, Sachs & Co.", "Donaldson, Lufkin & Jenrette": a comma between capitalised words that an
 * ampersand soon follows is inside a firm's name (also "amp", what an escaped ampersand leaves in some archives).
 */
function commaInFirmName(text: string, tokens: Token[], comma: number): boolean {
  const before = tokens[comma - 1];
  const after = tokens[comma + 1];
  if (before?.kind !== 'word' || after?.kind !== 'word' || !isCapitalized(before)) return false;
  return FIRM_NAME_AFTER_COMMA.test(text.slice(after.start, after.start + 60));
}

function appositiveAfter(text: string, tokens: Token[], i: number): string | null {
  if (tokens[i]?.text !== ',') return null;
  const first = tokens[i + 1];
  if (first?.kind !== 'word') return null;
  const w = lower(first);
  if (isCapitalized(first) && !DETERMINERS.has(w) && w !== 'now' && !possessiveRoleAt(tokens, i + 1))
    return null;
  let firm = false;
  for (let j = i + 1; j < tokens.length && j < i + 40; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'quote' || t.text === ';' || t.text === ':') return null;
    if (t.text === ',' && commaInFirmName(text, tokens, j)) {
      firm = true;
      continue;
    }
    if (t.text === ',' && aroundTownsState(tokens, j)) continue;
    // "… at Goldman, Sachs & Co. Other analysts agreed": the firm's name ends with its "Co." (whose dot may end
    // the sentence too).
    if (firm && COMPANY_END.test(t.text))
      return text.slice(first.start, t.end).replace(/^(?:the|a|an)\s+/i, '');
    if (t.text === ',' || t.text === '.') {
      const role = text.slice(first.start, (tokens[j - 1] as Token).end).replace(/^(?:now|then)\s+/i, '');
      return j > i + 1 && !NOT_A_ROLE.test(role) ? role.replace(/^(?:the|a|an)\s+/i, '') : null;
    }
  }
  return null;
}

/** A text's words (runs of letters and digits) written all in lower case: one pass, whatever is asked of it. */
function lowerCaseWordsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.match(/[\p{L}\p{N}]+/gu) ?? []) if (LOWER_CASE_WORD.test(word)) out.add(word);
  return out;
}

const LOWER_CASE_WORD = /^\p{Ll}+$/u;

/**
 * A description as mentioned at another offset: its fields written out in the order descriptions are made (see
 * mentionWith in mentions.ts for why not spread).
 */
function describedAt(d: Description, at: number): Description {
  const { text, head, definite, determiner, opensClause, author } = d;
  const introAt = d.at;
  return author === undefined
    ? { text, head, at, definite, determiner, opensClause, introAt }
    : { text, head, at, definite, determiner, opensClause, author, introAt };
}

/**
 * What one paragraph's tokens tell of the people in it whatever was read before them: its capital runs (see
 * NameRun) and its descriptions of unnamed sources. Worked out once per token array; a second reading of the same
 * text (peopleOf reads an article again with fewer quoted spans left out, most paragraphs' tokens the same arrays)
 * replays them into its own people. Never changed once made, but for the values a run works out when first needed.
 */
interface ParagraphScan {
  runs: NameRun[];
  descriptions: Description[];
}

interface ScannedParagraph {
  tokens: readonly Token[];
  scan: ParagraphScan;
}

/**
 * A capital run: the possessives before the name found in it (all of them when none is found), each a mention of the
 * person known by it ("Clinton’s website"), and the name it gives (null: it names no one, a time phrase or a
 * headline among them).
 */
interface NameRun {
  possessives: readonly Possessive[];
  name: RunName | null;
}

/** A word with a possessive ending, without it ("Clinton" of "Clinton’s"). */
interface Possessive {
  base: string;
  at: number;
}

const NO_POSSESSIVES: readonly Possessive[] = Object.freeze([]);

/** A run's name, as the paragraph's tokens alone give it, with what is worked out of it when first asked. */
interface RunName {
  /** The run, `tokens[from..to)` of its paragraph. */
  from: number;
  to: number;
  /** Where in the run the name is. */
  found: NameParts;
  /** The name ends the run. */
  endsRun: boolean;
  multiWord: boolean;
  /** Title words come before the name. */
  titled: boolean;
  /** An office is among them (a party label is not one). */
  office: boolean;
  start: number;
  end: number;
  /** Whether the name is a place's where no one known has it (see People.kindAt), once asked. */
  place: boolean | undefined;
  /** The kin a first name alone is given (see kinByFirstName), once asked. */
  kin: Kin | null | undefined;
  details: RunDetails | undefined;
}

/** What a person's name adds to them, from its paragraph's tokens (see People.readNames). */
interface RunDetails {
  title: string | null;
  role: string | null;
  modifier: boolean;
  /** A noun for a person comes right before the name. */
  personNoun: boolean;
  /** The post written before the name (see People.postBefore), once asked. */
  post: string | null | undefined;
}

/**
 * Where the earlier reading scanned these very tokens, looking on from `from` (-1: it did not). A scan depends on
 * its token array alone, so any match is right; the order only makes the search short: the earlier reading's
 * paragraphs are in the same order, some left out of the later one (headings read for quotes) or tokenized again
 * (a miss looks on to the end: at most the square of an article's paragraph count in identity comparisons, which
 * cost less than a Map keyed by the arrays did, whose first look-up of each array gave it an identity hash).
 */
function scannedFrom(kept: readonly ScannedParagraph[], from: number, tokens: readonly Token[]): number {
  for (let i = from; i < kept.length; i++) if ((kept[i] as ScannedParagraph).tokens === tokens) return i;
  return -1;
}

/** The words of a run that end in a possessive ("Clinton’s"), without the ending. */
function possessivesIn(tokens: readonly Token[]): readonly Possessive[] {
  let out: Possessive[] | null = null;
  for (const t of tokens) {
    if (!endsPossessive(t.text)) continue;
    out ??= [];
    out.push({ base: t.text.slice(0, -2), at: t.start });
  }
  return out ?? NO_POSSESSIVES;
}

/** The kin a run's first name alone is given (see kinByFirstName), worked out once. */
function kinOf(c: RunName, tokens: readonly Token[]): Kin | null {
  if (c.kin === undefined) c.kin = kinByFirstName(tokens, c.from, c.to, c.found.name);
  return c.kin;
}

export class People {
  private readonly people = new Map<string, Person>();
  /**
   * The people named in full (two words or more) with each last word, in order: the first is what "Corn" alone
   * resolves to; a full name resolves to the first whose name it can be (see samePersonName).
   */
  private readonly fullByLastWord = new Map<string, Person[]>();
  readonly descriptions: Description[] = [];
  readonly things: NamedThing[] = [];
  /** Words a title was seen with that open a full name written family name first ("President Xi"). */
  private readonly familyFirst = new Set<string>();
  /** Every mention of a person outside quotation marks, in text order. */
  readonly mentions: PersonMention[] = [];

  /**
   * What attribution learned into the people after reading (a gender from a pronoun, evidence from being
   * quoted), with each person's value as read, so that `asRead` can give the people back as the text alone gives
   * them.
   */
  private readonly learned = new Map<Person, Pick<Person, 'gender' | 'evidence'>>();

  /**
   * Each paragraph's reading with its tokens, in reading order, for a later reading of the same text (see read). It
   * keeps the token arrays alive as long as these people: fine for quote extraction's reading, which peopleOf drops;
   * a cache of People would want them left out.
   */
  private readonly scans: ScannedParagraph[] = [];
  /** The words the text writes in lower case, read once when first asked (see isCommonWord). */
  private lowerCaseWords: Set<string> | null = null;

  constructor(private readonly text: string) {}

  static of(article: Pick<Article, 'text' | 'paragraphs'>, quotes: readonly Span[]): People {
    return People.read(
      article.text,
      article.paragraphs.map((p) => tokenize(article.text, p, quotes)),
    );
  }

  /**
   * The people named in a text's paragraphs, given their tokens (each as `tokenize` gives it). Given an earlier
   * reading of the same text, the paragraphs whose tokens it read (the same arrays) are not worked out again: what
   * their tokens alone tell (see ParagraphScan) is replayed into these people.
   */
  static read(text: string, paragraphs: readonly Token[][], earlier?: People): People {
    const people = new People(text);
    const kept = earlier?.text === text ? earlier.scans : [];
    let next = 0;
    for (const tokens of paragraphs) {
      const at = scannedFrom(kept, next, tokens);
      if (at >= 0) next = at + 1;
      const scan = kept[at]?.scan ?? {
        runs: people.nameRuns(tokens),
        descriptions: people.descriptionsIn(tokens),
      };
      people.scans.push({ tokens, scan });
      people.readNames(scan.runs, tokens);
      people.descriptions.push(...scan.descriptions);
    }
    people.mentions.sort((a, b) => a.at - b.at);
    return people;
  }

  /** A gender the article's pronouns give a person whose name and titles gave none. */
  learnGender(person: Person, gender: Gender | null): void {
    if (person.gender !== null || gender === null) return;
    this.remember(person);
    person.gender = gender;
  }

  /**
   * What a noun for kin tells of a first name alone ("Trump's wife, Melania,"): the sex, and the kin as a role; such
   * a person is known as kin, so "the governor" or "the nominee" is never them (see Person.kin).
   */
  private learnKin(name: string, kin: Kin): void {
    const person = this.people.get(key(name));
    if (!person) return;
    if (person.gender === null) person.gender = kin.gender;
    if (!person.roles.includes(kin.role)) person.roles.push(kin.role);
    person.kin = true;
  }

  /** A person an attribution cue quotes: being quoted is evidence of being a person. */
  learnQuoted(person: Person): void {
    if (person.evidence === true) return;
    this.remember(person);
    person.evidence = true;
  }

  private remember(person: Person): void {
    if (!this.learned.has(person))
      this.learned.set(person, { gender: person.gender, evidence: person.evidence });
  }

  /** The people as read from the text, without what attribution learned since (see `learnGender`). */
  asRead(): People {
    for (const [person, read] of this.learned) {
      person.gender = read.gender;
      person.evidence = read.evidence;
    }
    this.learned.clear();
    return this;
  }

  /** A paragraph's capital runs as its tokens alone read them (see NameRun): no one is looked up. */
  private nameRuns(tokens: Token[]): NameRun[] {
    return capitalRuns(tokens).map(([from, to]) => {
      const run = tokens.slice(from, to);
      const named = placeAfterTitle(this.text, tokens, from, findName(this.text, run));
      const found = named && withoutCountBefore(this.withoutCommonOpener(named, run), run, tokens[to]);
      const possessives = possessivesIn(found ? run.slice(0, found.from) : run);
      if (
        !found ||
        isTimePhrase(found.name, tokens[from + found.from - 1]) ||
        isHeadline(found.name) ||
        // The whole run after its first word ("John Leguizamo On How U.S. History Makes Latinos Feel"); "Was
        // Szlachta satisfied?" is a question, not a headline.
        isHeadline(textOf(this.text, run.slice(1)))
      )
        return { possessives, name: null };
      const titleWords = run.slice(0, found.from).map((t) => withoutFinalDot(lower(t)));
      return {
        possessives,
        name: {
          from,
          to,
          found,
          endsRun: found.to === run.length,
          multiWord: found.to - found.from >= 2,
          titled: titleWords.some((w) => TITLE_WORDS.has(w) || isDescriptorNoun(w)),
          // "Republican Contest" in a headline: a party label makes no one a person ("Republican Donald Trump" is
          // one by his name).
          office: titleWords.some((w) => TITLE_WORDS.has(w) && !PARTY_LABELS.has(w)),
          start: (run[found.from] as Token).start,
          end: (run[found.to - 1] as Token).end,
          place: undefined,
          kin: undefined,
          details: undefined,
        },
      };
    });
  }

  /** The names of a paragraph's capital runs, looked up among (and added to) the people read so far. */
  private readNames(runs: readonly NameRun[], tokens: Token[]): void {
    for (const { possessives, name: c } of runs) {
      this.possessives(possessives);
      if (!c) continue;
      const { found } = c;
      const kind = c.office ? 'person' : this.kindAt(c, tokens);
      if (kind !== 'person') {
        const thing: NamedThing = { name: found.name, kind, at: c.start };
        if (modifiesNoun(c, tokens)) thing.modifier = true;
        this.things.push(thing);
        continue;
      }
      const kin = c.multiWord || !c.endsRun ? null : kinOf(c, tokens);
      const introduced = !c.multiWord && c.endsRun && this.introducedWithAppositive(c, tokens);
      if (!c.multiWord && !c.office && !kin && !introduced && !this.byLastWord(found.name)) continue;
      if (c.details === undefined) c.details = this.nameDetails(c, tokens);
      const d = c.details;
      this.add(found.name, { start: c.start, end: c.end }, d.title, d.role, d.modifier);
      if (kin) this.learnKin(found.name, kin);
      if (introduced) this.learnFirstNameSex(found.name);
      const person = d.personNoun ? this.person(found.name) : undefined;
      if (person) person.evidence = true;
      if (person && d.post === undefined) d.post = this.postBefore(tokens, c.from);
      const post = person && d.post;
      if (person && post && !person.posts.some((p) => p.text === post))
        person.posts.push({ text: post, at: c.start });
    }
  }

  /** What a person's name in a run adds to them, from the tokens alone (see RunDetails). */
  private nameDetails(c: RunName, tokens: Token[]): RunDetails {
    const { found, from, to } = c;
    const appositive = c.endsRun ? appositiveAfter(this.text, tokens, to) : null;
    return {
      title: c.titled ? this.titleOf(tokens.slice(from, from + found.from)) : null,
      role: appositive && shortenedRole(appositive),
      modifier: c.endsRun && isModifiedNoun(tokens[to]),
      personNoun: found.from === 0 && isPersonNoun(tokens[from - 1]),
      post: undefined,
    };
  }

  /**
   * A place after "in", "at", "from" ("At Boca West, …") or before a noun for one ("Eastern Cape province"),
   * unless it opens with a first name or is known.
   */
  private kindAt(c: RunName, tokens: Token[]): NameKind {
    const { name } = c.found;
    const kind = nameKind(name);
    if (kind !== 'person' || this.byLastWord(name)) return this.byLastWord(name) ? 'person' : kind;
    if (c.place === undefined) {
      const before = tokens[c.from - 1];
      const after = c.endsRun ? tokens[c.to] : undefined;
      const locative =
        (before !== undefined && LOCATIVES.has(lower(before))) ||
        (after?.kind === 'word' && !isCapitalized(after) && PLACE_NOUNS.has(lower(after)));
      c.place = locative && genderOfName(name, null) === null;
    }
    return c.place ? 'place' : 'person';
  }

  /**
   * "district judge Howard Riddle", "chief prosecutor Marianne Ny": the lower-case words for a post right before a
   * name (a singular role noun, no unnamed-source noun such as "aide", and up to two words before it), which a
   * later "the judge" may mean.
   */
  private postBefore(tokens: Token[], from: number): string | null {
    const head = tokens[from - 1];
    // Not a noun for an unnamed source ("aide Kevin Phillips" then "the former top aide" may be someone else).
    const noun = lower(head);
    if (!head || !ROLE_HEADS.has(noun) || SOURCE_NOUNS.has(noun) || /s$/.test(noun)) return null;
    let k = from - 1;
    // Not a verb before the post ("attacked federal judge X", "fired head coach Y"), save a few that describe it.
    const modifier = (t: Token | undefined) =>
      t?.kind === 'word' &&
      !isCapitalized(t) &&
      !DETERMINERS.has(lower(t)) &&
      !NP_BREAKERS.has(lower(t)) &&
      !CUE_VERBS.has(lower(t)) &&
      !AUXILIARIES.has(lower(t)) &&
      (!/ed$/.test(lower(t)) || POST_PARTICIPLES.has(lower(t)));
    while (from - k < 3 && modifier(tokens[k - 1])) k--;
    // "former judge Ann Lee" holds it no longer: a later "the judge" is someone else.
    if (tokens.slice(k, from).some((t) => FORMER.has(lower(t)))) return null;
    return this.text.slice((tokens[k] as Token).start, head.end);
  }

  /** "Clinton’s website", "Christie’s been": a known person's possessive is a mention of them too. */
  private possessives(possessives: readonly Possessive[]): void {
    for (const { base, at } of possessives) {
      const person = this.byLastWord(base) ?? this.people.get(key(base));
      if (person) this.mentions.push({ at, end: at + base.length, person });
    }
  }

  /** The title words before a name, without a sentence-opening "But", "The" or "Mexico’s". */
  private titleOf(tokens: Token[]): string | null {
    const words = tokens.filter(
      (t) =>
        !DETERMINERS.has(lower(t)) &&
        !NP_BREAKERS.has(lower(t)) &&
        !endsPossessive(t.text) &&
        !isPluralTitle(t),
    );
    // The title starts after a photo credit run into one of its words ("ASSOCIATED PRESSOhio Gov.").
    let from = 0;
    words.forEach((t, i) => {
      if (GLUED_CREDIT.test(t.text)) from = i;
    });
    const first = words[from];
    const last = words[words.length - 1];
    if (!first || !last) return null;
    const credit = GLUED_CREDIT.exec(first.text)?.[0].length ?? 0;
    return this.text.slice(first.start + credit, last.end);
  }

  private add(name: string, span: Span, title: string | null, role: string | null, modifier = false): void {
    const at = span.start;
    // "Mrs Lay" is not Kenneth Lay: a title that gives a gender picks the person of that surname it fits.
    const full =
      this.resolve(name, genderOfName(name, title)) ??
      this.knightByFirstName(name, title) ??
      this.familyNameFirst(name, title) ??
      name;
    let person = this.people.get(key(full));
    if (!person) {
      person = {
        name: full,
        at,
        mentions: [],
        titles: [],
        roles: [],
        posts: [],
        gender: null,
        likelySex: recordedSexOf(full),
        variants: [],
        roleSpans: [],
      };
      this.people.set(key(full), person);
      if (full.includes(' ')) this.listByLastWord(person);
    }
    person.gender ??= genderOfName(full, title);
    person.mentions.push(at);
    this.mentions.push({ at, end: span.end, person, modifier });
    if (title && !person.titles.includes(title)) person.titles.push(title);
    if (title || role) person.evidence = true;
    if (!person.variants.includes(name)) person.variants.push(name);
    this.noteRole(person, title, 'title', span.start - 80);
    this.noteRole(person, role, 'appositive', span.end);
    if (role && !person.roles.includes(role)) person.roles.push(role);
  }

  /**
   * Lists a person named in full under their last word: after the others of that last word, but before those whose
   * name opens with a common word (see opensWithCommonWord), so that "Trump" alone is Donald Trump even when
   * "Team Trump" came first.
   */
  private listByLastWord(person: Person): void {
    const last = lastWord(person.name);
    const same = this.fullByLastWord.get(last);
    if (!same) {
      this.fullByLastWord.set(last, [person]);
      return;
    }
    // "Trump" alone is Donald Trump before Donald Trump Jr: a generation after a name lists it after those without.
    const later = (p: Person) => this.opensWithCommonWord(p) || hasGeneration(p.name);
    const before = later(person) ? -1 : same.findIndex(later);
    if (before < 0) same.push(person);
    else same.splice(before, 0, person);
  }

  /**
   * Whether a full name opens with a word the article also writes in lower case and that is no first name, or
   * with a participle or an adverb ("Understated Perez raises political profile", "Embattled Weiner"): a capital
   * that a sentence's start or a headline gave ("Team Trump", "Top Clinton aide"), not a part of the name.
   */
  private opensWithCommonWord(person: Person): boolean {
    const word = (nameProper(person.name)[0] ?? '').toLowerCase();
    return this.isCommonWord(word) || (MODIFIER_SHAPE.test(word) && !isFirstName(word));
  }

  /** Whether a lower-case word is no first name and the article writes it in lower case ("team", "more", "top"). */
  private isCommonWord(word: string): boolean {
    if (!LOWER_CASE_WORD.test(word) || isFirstName(word)) return false;
    this.lowerCaseWords ??= lowerCaseWordsOf(this.text);
    return this.lowerCaseWords.has(word);
  }

  /**
   * A name found in a run without the common word before its first name ("More Hillary Clinton emails",
   * "Billionaire Donald Trump"): a capital the headline or the sentence gave it (see isCommonWord). A noun for
   * what a person is ("Businessman Kenny Kunene", EPITHET_NOUNS) or who they are to the story ("Neighbor Gabrielle
   * Ruiz", DESCRIPTOR_NOUNS) is left out before any two-word name.
   */
  private withoutCommonOpener(found: NameParts, run: readonly Token[]): NameParts {
    const opener = run[found.from];
    const given = run[found.from + 1];
    if (found.to - found.from < 3 || !given || !opener) return found;
    // "Tenant Resource Center", "Designer Brands Inc.", "Witness Against Torture": a body's name keeps its first word.
    if (nameKind(found.name) !== 'person' || NP_BREAKERS.has(lower(given))) return found;
    // "Investor Business Daily", "Author Solutions LLC": a body's name keeps its first word too.
    if (namesBody(run.slice(found.from + 1, found.to))) return found;
    const epithet = isDescriptorNoun(lower(opener));
    if (!epithet && !(isFirstName(lower(given)) && this.isCommonWord(lower(opener)))) return found;
    return { from: found.from + 1, to: found.to, name: found.name.split(' ').slice(1).join(' ') };
  }

  private noteRole(person: Person, role: string | null, kind: RoleSpan['kind'], from: number): void {
    if (!role) return;
    const start = this.text.indexOf(role, Math.max(0, from));
    if (start < 0 || person.roleSpans.some((r) => r.start === start)) return;
    person.roleSpans.push({ text: role, kind, start, end: start + role.length });
  }

  /** The descriptions of unnamed sources in a paragraph's tokens ("a senior administration official"). */
  private descriptionsIn(tokens: Token[]): Description[] {
    const out: Description[] = [];
    tokens.forEach((t, i) => {
      if (t.kind !== 'word' || !SOURCE_NOUNS.has(lower(t))) return;
      let j = i;
      while (j > 0 && i - j < 6 && tokens[j - 1]?.kind === 'word' && !NP_BREAKERS.has(lower(tokens[j - 1]))) {
        j--;
        if (DETERMINERS.has(lower(tokens[j]))) break;
      }
      const first = tokens[j] as Token;
      if (!DETERMINERS.has(lower(first))) return;
      const end = this.extendDescription(tokens, i);
      const author = DOCUMENT_NOUNS.has(lower(t)) ? this.authorAfter(tokens, i + 1) : null;
      const before = tokens[j - 1];
      out.push({
        text: this.text.slice(first.start, end),
        head: lower(t),
        at: first.start,
        definite: lower(first) === 'the',
        determiner: lower(first),
        opensClause: before === undefined || before.kind === 'quote' || /^[.,;:—–]$/.test(before.text),
        ...(author ? { author } : {}),
      });
    });
    return out;
  }

  /**
   * "A statement by the Foreign Affairs Department", "a report from Amnesty International": the name right after
   * "by" or "from" is the document's author.
   */
  private authorAfter(tokens: Token[], at: number): string | null {
    if (!['by', 'from'].includes(lower(tokens[at]))) return null;
    let k = at + 1;
    if (lower(tokens[k]) === 'the') k++;
    const from = k;
    while (
      isCapitalized(tokens[k]) ||
      (k > from && lower(tokens[k]) === 'of' && isCapitalized(tokens[k + 1]))
    )
      k++;
    if (k === from || TIME_WORDS.has(lower(tokens[from]))) return null;
    return joinedWords(tokens.slice(from, k));
  }

  /** "a federal agent working on the southern border": a participle phrase belongs to the description. */
  private extendDescription(tokens: Token[], head: number): number {
    const next = tokens[head + 1];
    let end = (tokens[head] as Token).end;
    if (next?.kind !== 'word' || !/ing$/.test(next.text)) return end;
    for (let k = head + 1; k < tokens.length && k < head + 8; k++) {
      const t = tokens[k] as Token;
      if (t.kind !== 'word' || CUE_VERBS.has(lower(t)) || AUXILIARIES.has(lower(t))) break;
      end = t.end;
    }
    return end;
  }

  private byLastWord(name: string): Person | undefined {
    return this.fullByLastWord.get(lastWord(name))?.[0];
  }

  /**
   * "Sir Christopher" after "Sir Christopher Meyer": a knight or a dame is called by the honour and the first name,
   * which is the person of that first name named in full before.
   */
  private knightByFirstName(name: string, title: string | null): string | null {
    const honour = titleHead(title ?? '');
    if (!FIRST_NAME_HONOURS.has(honour) || name.includes(' ')) return null;
    const knighted = (person: Person) => person.titles.some((t) => titleHead(t) === honour);
    // The knight of that first name; else the only person of that first name ("Keir Starmer", then "Sir Keir").
    const named = [...this.people.values()].filter(
      (p) => p.name.includes(' ') && key(nameProper(p.name)[0] ?? '') === key(name),
    );
    return (named.find(knighted) ?? (named.length === 1 ? named[0] : undefined))?.name ?? null;
  }

  /**
   * "President Xi" after "Xi Jinping", "Ms. Park" after "Park Geun-hye": a name with a title or honorific that no
   * full name ends in is the first word of the one full name it opens, when that word is short (five letters at
   * most: "Chairman Powell" is not Powell Smith) and no one's first name in the lists or the US records ("Sen.
   * Warren" is never Warren Buffett, "Mr. Lincoln" never Lincoln Chafee) and the honorific's sex does not
   * contradict the person's. The word is remembered as written family name first, so that
   * a later bare "Xi" is that person too, while only one full name opens with it (see familyNamed).
   */
  private familyNameFirst(name: string, title: string | null): string | null {
    const head = withoutFinalDot(
      key(title ?? '')
        .split(/\s+/)
        .pop() ?? '',
    );
    const titled = HONORIFICS.has(head) || (TITLE_WORDS.has(head) && !TITLE_MODIFIERS.has(head));
    const word = key(name);
    // Names written family name first open with a short family name ("Xi", "Park", "Gao"), not "Powell".
    if (!titled || name.includes(' ') || word.length > 5 || isAnyFirstName(word)) return null;
    const only = this.familyNamed(word);
    const sex = genderOfName(name, title);
    if (!only || (sex && (only.gender ?? only.likelySex ?? sex) !== sex)) return null;
    this.familyFirst.add(word);
    return only.name;
  }

  /**
   * Whether the text anywhere introduces someone by this name alone, with an indefinite description after or before
   * it: "Mahmoud, a former PhD candidate," "A young supporter, Jeff, said". Looser than introducedWithAppositive
   * (any indefinite, no noun for a person needed), as it only keeps a first name from being read as a full name:
   * naming the wrong person costs more than leaving a first name.
   */
  private textIntroducesAlone(name: string): boolean {
    const bare = `(?<![\\p{L}\\p{N}])${escapeRegex(name)},`;
    const before = `(?<![\\p{L}])[Aa]n?\\s+(?:[\\p{L}'’-]+\\s+){0,3}\\p{Ll}[\\p{L}'’-]*,\\s+${escapeRegex(name)},`;
    return new RegExp(`${bare}\\s+an?\\s|${before}`, 'u').test(this.text);
  }

  /**
   * A name of one word introduced with an age or an indefinite noun for a person (see introducedByAppositive); not
   * a place's or a title's word ("the city of Greenville, a …", "The Guardian, a …", "an Othello, a great leader"),
   * a sentence adverb ("Finally, a thought for …") or a word the article writes in lower case that is no first name.
   */
  private introducedWithAppositive(c: RunName, tokens: readonly Token[]): boolean {
    // The appositive first: most one-word names have none.
    if (!introducedByAppositive(tokens, c.to)) return false;
    const before = tokens[c.from - 1];
    const w = c.found.name.toLowerCase();
    const prior = before?.kind === 'word' ? lower(before) : '';
    // Nor the last word of a longer name: "Maria do Rosário, a congresswoman".
    const particle = (PARTICLES.has(prior) || MORE_PARTICLES.has(prior)) && isCapitalized(tokens[c.from - 2]);
    if (DETERMINERS.has(prior) || PLACE_PREPOSITIONS.has(prior) || particle) return false;
    if (OPENING_ADVERBS.has(w) || /(?:ly|wards?)$/.test(w)) return false;
    return !this.isCommonWord(w) || isAnyFirstName(w);
  }

  /** A person introduced by a first name alone is of the sex the lists or records give it ("Barry", "Lexi"). */
  private learnFirstNameSex(name: string): void {
    const person = this.people.get(key(name));
    if (person && person.likelySex === null) person.likelySex = recordedSexOfFirst(key(name));
  }

  /** The one person named in full whose name opens with `word` (keyed), if only one does. */
  private familyNamed(word: string): Person | undefined {
    const opened = [...this.people.values()].filter((p) => {
      const words = nameProper(p.name);
      return words.length >= 2 && words.length <= 3 && key(words[0] ?? '') === word;
    });
    return opened.length === 1 ? opened[0] : undefined;
  }

  /**
   * The full name for a mention's name ("Corn" → "Geoffrey Corn", "Chuck Schumer" → "Charles E. Schumer"), or null
   * when the article never names one. A full name never resolves to another person of the same surname ("Linda
   * Lay" is not "Kenneth Lay").
   */
  resolve(name: string, gender: Gender | null = null, firstName = true): string | null {
    const exact = this.people.get(key(name));
    if (exact?.name.includes(' ')) return exact.name;
    const same = this.fullByLastWord.get(lastWord(name));
    // "Van Hollen", "de Blasio": a surname of two words is the end of the full name, not a first name.
    const surnameOf = (p: Person) => key(p.name).endsWith(` ${key(name)}`);
    const match = name.includes(' ')
      ? same?.find((p) => surnameOf(p) || samePersonName(name, p.name))
      : gender === null
        ? same?.[0]
        : (same?.find((p) => p.gender === gender) ?? same?.find((p) => p.gender === null));
    const familyFirst =
      name.includes(' ') || !this.familyFirst.has(key(name)) ? undefined : this.familyNamed(key(name));
    const byFirst = match || familyFirst || !firstName ? undefined : this.byFirstName(name);
    return match?.name ?? familyFirst?.name ?? byFirst?.name ?? exact?.name ?? null;
  }

  /** Whether the article shows someone to be a person: a title, a role or a gendered first name. */
  private shownPerson(p: Person): boolean {
    return p.titles.length > 0 || p.roleSpans.length > 0 || p.gender !== null;
  }

  /**
   * "said Gloria" after "Gloria Sherman": a lone first name (in the lists or the US records) that is no one's
   * surname here is the one person named in full who opens with it, when the article shows that one to be a person
   * (a title, a role or a gendered first name: "Abbey National" is not) and no one else bears the word ("Prince
   * Charles" beside "Charles Warren"; "Bill Clinton" beside "Bill Gates"; "Mahmoud, a former PhD candidate," whom
   * the article introduces by his first name, beside "Mahmoud Ahmadinejad").
   */
  private byFirstName(name: string): Person | undefined {
    const word = key(name);
    if (name.includes(' ') || this.fullByLastWord.has(lastWord(name))) return undefined;
    if (!isAnyFirstName(word) || nameKind(name) !== 'person') return undefined;
    const bearers = [...this.people.values()].filter((p) => p.name.split(/\s+/).some((w) => key(w) === word));
    const only = bearers.length === 1 ? this.familyNamed(word) : undefined;
    // The scan of the whole text last: most first names fail the tests above.
    return only && this.shownPerson(only) && !this.textIntroducesAlone(name) ? only : undefined;
  }

  /** The person the name written at `at` was read as (so "Mrs Lay" is the Lay she is), if one was. */
  personAt(at: number): Person | undefined {
    const m = this.mentions[firstAtOrAfter(this.mentions, (x) => x.at, at)];
    return m?.at === at ? m.person : undefined;
  }

  /** Everyone the article names, in order of first mention. */
  all(): Person[] {
    return [...this.people.values()].sort((a, b) => a.at - b.at);
  }

  person(name: string): Person | undefined {
    return this.people.get(key(this.resolve(name) ?? name));
  }

  /** The person the article gives a title ending in `head` ("the president" → "President Donald Trump"). */
  withTitle(head: string, modifiers = '', loneHolderFits = false, description = ''): Person | undefined {
    const holds = (p: Person, bare: boolean) =>
      p.titles.some(
        (t) => titleHead(t) === key(head) && !secondUnasked(t, description) && titleHolds(t, modifiers, bare),
      );
    const holders = [...this.people.values()].filter((p) => holds(p, true));
    // "Judge Rosemarie Aquilina" is "the Michigan judge" when she is the only judge the article names (asked by
    // descriptions that are no epithet: an epithet weighs the salient people first).
    const matching =
      loneHolderFits && holders.length === 1 ? holders : holders.filter((p) => holds(p, false));
    const unmodified = matching.find((p) =>
      p.titles.some((t) => !/\s/.test(t.trim()) && titleHead(t) === key(head)),
    );
    return unmodified ?? matching.sort((a, b) => b.mentions.length - a.mentions.length)[0];
  }

  /**
   * The one person the article gives, before `at` (and after `notBefore`, where an unnamed one was brought in: "a
   * different judge"), a post in lower case before their name whose noun is `head` ("the judge" after "district
   * judge Howard Riddle"); none when someone else holds such a post, title or role ("Georgia's coach, Kirby Smart").
   */
  withPost(head: string, at: number, notBefore: number): Person | undefined {
    const noun = key(head);
    const holds = (post: { text: string; at: number }) =>
      post.at < at && post.at > notBefore && titleHead(post.text) === noun;
    const holders = [...this.people.values()].filter((p) => p.posts.some(holds));
    // One holder or none (read first: most descriptions have none, and the count below reads the text up to here).
    const [holder] = holders;
    if (!holder || holders.length > 1) return undefined;
    // Every earlier use of the noun is that post: "Georgia's coach, Kirby Smart," or "a different judge" is another.
    const uses = this.text.slice(0, at).match(new RegExp(`\\b${noun}\\b`, 'gi'))?.length ?? 0;
    if (uses !== holder.posts.filter(holds).length) return undefined;
    // "Georgia's coach, Kirby Smart," holds it too: two people, no one.
    const others = [...this.people.values()].filter(
      (p) => p !== holder && [...p.roles, ...p.titles].some((r) => titleHead(r) === noun),
    );
    return others.length === 0 ? holder : undefined;
  }

  /**
   * The best-known role of a person: the first appositive, else the first title, that the role rules keep ("His
   * rival, Hillary Clinton, captured Virginia" gives no role; "Mr." is not one).
   */
  roleOf(name: string): string | null {
    const person = this.person(name);
    return person?.roles.find(isRole) ?? person?.titles.find(isRole) ?? null;
  }

  /**
   * The source an earlier description with this head introduced ("a federal agent working on …"), with the
   * offset of its latest mention before `at`.
   */
  descriptionBefore(head: string, at: number): Description | undefined {
    const earlier = this.descriptions.filter((d) => d.head === head && d.at < at);
    const latest = earlier[earlier.length - 1];
    if (!latest) return undefined;
    // "One highly placed source said … Another highly placed source said … the source said": the last one
    // introduced before the mention as a clause's subject ("whether a second source leaked it" brings in no one).
    const intro =
      [...earlier].reverse().find((d) => INDEFINITE.has(d.determiner) && d.opensClause) ??
      earlier.find((d) => !d.definite) ??
      latest;
    return describedAt(intro, latest.at);
  }

  /**
   * The organisation named last before an offset, within `window` characters ("it" after "The Harbor Authority"),
   * that can speak (not "the Royal Marriages Act", see canSpeak).
   */
  lastOrganisationBefore(at: number, window: number): NamedThing | undefined {
    return this.lastThingBefore(
      at,
      window,
      (t) => t.kind === 'organisation' && !t.modifier && canSpeak(t.name),
    );
  }

  /** The thing named last before an offset, within `window` characters, that `fits`. */
  lastThingBefore(at: number, window: number, fits: (thing: NamedThing) => boolean): NamedThing | undefined {
    let best: NamedThing | undefined;
    for (const thing of this.things) {
      if (thing.at < at && at - thing.at <= window && (!best || thing.at > best.at) && fits(thing))
        best = thing;
    }
    return best;
  }

  /**
   * The name a sentence opens with as its subject, before `before` (a verb or an appositive after it: "Delta said
   * …", "Paine Webber, the brokerage, was hired …"), and whether the name shows it is a company ("Anheuser-Busch
   * Cos. said …"). A name modifying a noun ("The Menlo Park, Calif., company said") is no subject.
   */
  openingSubject(sentence: Span, before: number): { name: string; company: boolean } | undefined {
    const opening = OPENING_NAME.exec(this.text.slice(sentence.start, before));
    const name = opening?.[1];
    if (!name || nameKind(name) === 'place') return undefined;
    const end = sentence.start + (opening?.[0].length ?? 0);
    const apposed = /^,\s+(?:the|a|an|its|his|her|their)\s/i.test(this.text.slice(end, end + 8));
    const company = COMPANY_SUFFIX.test(name);
    if (this.verbAfter(end, false) || apposed || (company && this.text.charAt(end) === ','))
      return { name, company };
    return undefined;
  }

  /**
   * The name a sentence opens with as its subject, before `before`: an organisation ("The Harbor Authority voted
   * …"), a name nothing shows to be a person ("Tallyfield also said …") or, when `anyPerson`, any person. A
   * possessive ("Tallyfield's editor") or a name modifying a noun ("the Reilly campaign") is no subject.
   */
  subjectOf(sentence: Span, before: number, anyPerson: boolean): string | undefined {
    const opening = OPENING_NAME.exec(this.text.slice(sentence.start, before));
    const org = opening?.[1];
    if (
      org &&
      nameKind(org) === 'organisation' &&
      this.verbAfter(sentence.start + (opening?.[0].length ?? 0))
    )
      return org;
    const opens = (m: PersonMention) =>
      m.at >= sentence.start &&
      m.at < before &&
      !m.modifier &&
      SUBJECT_OPENING.test(this.text.slice(sentence.start, m.at)) &&
      !/^['’]/.test(this.text.slice(m.end, m.end + 1)) &&
      this.verbAfter(m.end);
    const subject = this.mentions.find((m) => opens(m) && (anyPerson || this.unproven(m.person)));
    if (!subject) return undefined;
    // "Ana Ruiz and Ben Ortiz sued …": both are the subject.
    const partner = this.mentions.find(
      (m) => m.at > subject.end && /^\s+and\s+$/.test(this.text.slice(subject.end, m.at)),
    );
    return partner ? `${subject.person.name} and ${partner.person.name}` : subject.person.name;
  }

  /** Whether the word after `end` is a verb (or, unless `comma` is false, a comma: "Smith, the chair, said"). */
  private verbAfter(end: number, comma = true): boolean {
    const next = /^\s*([\p{L}’'-]+|,)/u.exec(this.text.slice(end, end + 80))?.[1] ?? '';
    return (comma || next !== ',') && isVerbLike(next);
  }

  /**
   * Whether nothing shows a name to be a person's. Being quoted is no proof here (organisations are quoted
   * too); a gender, a title, a role or "X, who …" is.
   */
  private unproven(p: Person): boolean {
    const who = this.mentions.some(
      (m) => m.person === p && /^,\s+who\b/.test(this.text.slice(m.end, m.end + 8)),
    );
    return (
      p.gender === null &&
      p.titles.length === 0 &&
      p.roles.length === 0 &&
      nameKind(p.name) === 'person' &&
      !who
    );
  }

  /** The words of a span of the article. */
  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** The most recent mention of any named person before an offset. */
  lastPersonBefore(
    at: number,
    fits: (person: Person) => boolean = () => true,
  ): { person: Person; at: number } | undefined {
    let best: { person: Person; at: number } | undefined;
    for (const person of this.people.values()) {
      if (!fits(person)) continue;
      for (const m of person.mentions) {
        if (m < at && (!best || m > best.at)) best = { person, at: m };
      }
    }
    return best;
  }
}
