/**
 * Cues and their sources in one sentence: "X said", "said X", "according to X", "X told Y", "as X put it",
 * "hailed by X", "X: “…”", and participles ("…, adding that …") that keep the sentence's speaker.
 */
import type { Span } from '../corpus/types';
import type { CueRuleId } from './cueRules';
import {
  ADJUNCT_PARTICIPLES,
  ADVERBS,
  AUXILIARIES,
  BODY_NOUNS,
  CUE_VERBS,
  DAY_WORDS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  EPITHET_NOUNS,
  INTERJECTIONS,
  INVERTED_CUE_VERBS,
  NP_BREAKERS,
  NUMBER_WORDS,
  OBJECT_PRONOUNS,
  OFFICE_FIELDS,
  ORGANISATION_NOUNS,
  PARTICIPLE_CUES,
  PRONOUNS,
  READER_INSTRUCTIONS,
  SOURCE_NOUNS,
  TIME_WORDS,
  TITLE_WORDS,
  WIRE_CREDITS,
} from './lexicon';
import {
  aroundTownsState,
  describeMention,
  isGroupWord,
  isNameParticle,
  isNounForPerson,
  isState,
  type Mention,
  officeLink,
  titleOfLink,
} from './mentions';
import { genderOfName, isAnyFirstName, isFirstName, isTitleWord, nameKind, nameProper } from './nameKinds';
import { isCapitalized, joinedWords, lower, possessiveRole, type Token } from './tokens';

export interface Cue {
  /** Token index range of the cue words. */
  from: number;
  to: number;
  text: string;
  source: Mention | null;
  /** Where the source sits: before the cue ("X said"), after it ("said X"), or inherited from another cue. */
  side: 'before' | 'after' | 'inherited';
  /** Token index range of the source phrase (with its appositive), when it is in this sentence. */
  sourceFrom: number;
  sourceTo: number;
  /** The id of the cue rule (see cueRules.ts) that read this cue. */
  rule: CueRuleId;
}

const MAX_NP = 12;
const MAX_APPOSITIVE = 40;

/** Verbs that are cues only with their particle: "points out", "went on", "goes on". */
const PHRASAL_CUES = new Map([
  ['point', 'out'],
  ['points', 'out'],
  ['pointed', 'out'],
  ['went', 'on'],
  ['goes', 'on'],
  ['go', 'on'],
  ['chimed', 'in'],
  ['shot', 'back'],
  ['fired', 'back'],
  ['hit', 'back'],
]);

/** "R-Wis.", "D-N.Y.": a party tag after a lawmaker's name. */
const PARTY_TAG = /^[RDI]-[A-Z]/;

/** "said by telephone", "told by email": how the words came, not who said them. */
const MEANS = new Set([
  'phone',
  'telephone',
  'cellphone',
  'email',
  'e-mail',
  'text',
  'letter',
  'mail',
  'fax',
  'video',
  'videoconference',
  'videolink',
  'satellite',
  'radio',
  'skype',
  'zoom',
  'teleconference',
  'conference',
  'message',
  'tweet',
]);

const PREPOSITIONS = new Set(
  `of to for in on with by at from about through near into onto outside inside around along behind under
  over against among between toward towards throughout within without via upon beneath beside alongside`.split(
    /\s+/,
  ),
);

/** Determiners that stand alone as a subject: "Another said", "One wrote". */
const STANDALONE_DETERMINERS = new Set(['another', 'one']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its']);
/** Determiners that are never someone alone ("said some", "said several" are; "pledged a “…”" is not). */
const NO_ONE_DETERMINERS = new Set([
  ...'the a an our my your this that these those'.split(' '),
  ...POSSESSIVES,
]);

const isWord = (t: Token | undefined, w: string) => t !== undefined && t.kind === 'word' && lower(t) === w;
const isPunct = (t: Token | undefined, p: string) => t !== undefined && t.kind === 'punct' && t.text === p;

/** A word ending in a possessive's apostrophe ("Obama's", "Jones'"). */
const isPossessive = (t: Token | undefined) => t?.kind === 'word' && /['’]s?$/.test(t.text);

/** A first name a person may have ("Mitt", "Donna"), by either list. */
const isGivenWord = (t: Token | undefined) => isAnyFirstName(lower(t));

/** The first token of the run of capitalised words that ends at tokens[end]. */
function capitalisedRunStart(tokens: Token[], end: number): number {
  let from = end;
  while (from > 0 && isCapitalized(tokens[from - 1])) from--;
  return from;
}

/**
 * Forms that are as often nouns ("his remarks", "the two bomb blasts"): cues only right after a name, pronoun,
 * source or quote ("Trump blasts Clinton").
 */
const NOUN_LIKE_CUES = new Set([
  'notes',
  'remarks',
  'claims',
  'calls',
  'charges',
  'reports',
  'tweets',
  'posts',
  'blasts',
  'slams',
  'hails',
  'praises',
  'cries',
]);

const GERUND_PREPOSITIONS = new Set(['by', 'after', 'before', 'while']);

/**
 * The words, in lower case, a cue can open with (see cueAt): "according", "put", the phrasal verbs and every word
 * isCueWord can take. Any other word opens no cue whatever is around it, and most words of a sentence are told so
 * by this one lookup.
 */
const CUE_OPENERS: ReadonlySet<string> = new Set(
  ['according', 'put', ...PHRASAL_CUES.keys(), ...NOUN_LIKE_CUES, ...INVERTED_CUE_VERBS, ...CUE_VERBS].map(
    (w) => w.toLowerCase(),
  ),
);

function isCueWord(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const word = i === 0 ? lower(t) : t.text.includes('’') ? t.text.replace(/’/g, "'") : t.text;
  const prev = tokens[i - 1];
  if (NOUN_LIKE_CUES.has(word)) {
    // "called Mr. Obama's remarks “a wake-up call”": after a possessive it is the noun.
    if (isPossessive(prev)) return false;
    return prev !== undefined && (prev.kind !== 'word' || isHeadWord(prev) || PRONOUNS.has(lower(prev)));
  }
  if (t.kind === 'word' && INVERTED_CUE_VERBS.has(word)) return followsQuote(tokens, i);
  if (t.kind !== 'word' || !CUE_VERBS.has(word)) return false;
  if (passive(tokens, i)) return false; // "Priebus was said to be “furious”", "Blumenthal was asked, “…”"
  if (chargesAnAmount(tokens, i)) return false;
  if (negated(tokens, i) || afterIndefiniteModifier(tokens, i)) return false;
  // "the report", "a call" are nouns; "Another said", "One wrote" are a subject and its verb.
  const standalone = STANDALONE_DETERMINERS.has(lower(prev)) && /(?:ed|said|wrote|told)$/.test(lower(t));
  if (prev && DETERMINERS.has(lower(prev)) && !PRONOUNS.has(lower(prev)) && !standalone) return false;
  // "a swiftly called meeting", "the widely reported deal": after a determiner and an adverb it modifies a noun.
  const before = lower(tokens[i - 2]);
  if (adverbByShape(lower(prev)) && DETERMINERS.has(before) && !PRONOUNS.has(before)) return false;
  // "of state" is no cue; "“…,” From said" is (a surname that is also a preposition, right after the quote).
  const surname = isCapitalized(prev) && (i < 2 || tokens[i - 2]?.kind !== 'word');
  // "… by saying “…”", "after adding": the subject's own manner of speaking, still a cue ("for saying" is not:
  // the one criticised for saying it is the object).
  const byAdverb = VERB_ADVERBS.has(lower(prev)) && GERUND_PREPOSITIONS.has(lower(tokens[i - 2]));
  const gerund = PARTICIPLE_CUES.has(lower(t)) && (GERUND_PREPOSITIONS.has(lower(prev)) || byAdverb);
  if (prev?.kind === 'word' && !surname && !gerund && (PREPOSITIONS.has(lower(prev)) || isPossessive(prev)))
    return false;
  // "so-called", "so called": a name for a thing, not a verb of saying.
  return !/^so-/.test(prev?.text ?? '') && !(lower(prev) === 'so' && word === 'called');
}

const AMOUNT = /^[$£€\d]/;

/** "the club charged a $100,000 initiation fee": "charged" with a sum after it asks money, it says nothing. */
function chargesAnAmount(tokens: Token[], i: number): boolean {
  if (!/^charge[sd]?$/.test(lower(tokens[i]))) return false;
  const next = tokens[i + 1];
  const article = next !== undefined && (isWord(next, 'a') || isWord(next, 'an'));
  return AMOUNT.test((article ? tokens[i + 2] : next)?.text ?? '');
}

/** Words that deny a verb of saying: "Comey cannot say that …", "he did not say whether …" report no words. */
const NEGATIONS = new Set(
  "not never cannot can't won't wouldn't couldn't didn't doesn't don't shouldn't hasn't haven't hadn't".split(
    ' ',
  ),
);
/** Verbs before "to" that refuse what follows: "declined to say", "refused to comment". */
const REFUSALS = new Set(['declined', 'declines', 'refused', 'refuses', 'refusing', 'declining']);

/** "Comey cannot say that …", "he declined to say whether …": a verb of saying denied or refused is no cue. */
function negated(tokens: Token[], i: number): boolean {
  const prev = lower(tokens[i - 1]).replace(/’/g, "'");
  return NEGATIONS.has(prev) || (prev === 'to' && REFUSALS.has(lower(tokens[i - 2])));
}

/**
 * "Sanders delivered a snappy retort:", "a Trump-style reply to …": a verb's plain form after "a" or "an" and one
 * modifier, before punctuation or a preposition, is a noun (no singular subject takes a plain form: "a spokesman
 * say" is no sentence); not after a word for a number of people ("A majority say", "A few argue").
 */
function afterIndefiniteModifier(tokens: Token[], i: number): boolean {
  const article = lower(tokens[i - 2]);
  const word = lower(tokens[i]);
  const plain = !/(?:ed|s|ing)$/.test(word) && !IRREGULAR_PASTS.has(word);
  const next = tokens[i + 1];
  const ends = next === undefined || next.kind !== 'word' || PREPOSITIONS.has(lower(next));
  const modifier = tokens[i - 1]?.kind === 'word' && !QUANTITY_NOUNS.has(lower(tokens[i - 1]));
  return (article === 'a' || article === 'an') && modifier && plain && ends;
}

/** Words for a number of people, after which a plain form is a verb: "A majority say", "A handful argue". */
const QUANTITY_NOUNS = new Set(
  'few handful majority minority plurality couple dozen number lot third quarter half bunch group score'.split(
    ' ',
  ),
);

/**
 * Adverbs between a subject and its verb ("Mr. Bush responded by first saying", "she finally said"): the
 * lexicon's, and ordinals used as adverbs, which a role keeps ("first defending Tour winner" is one).
 */
const VERB_ADVERBS: ReadonlySet<string> = new Set([...ADVERBS, 'first', 'finally']);
/** "The first said", "the last told": after a determiner an ordinal is the subject, no adverb. */
const verbAdverbAt = (tokens: Token[], k: number): boolean =>
  VERB_ADVERBS.has(lower(tokens[k])) &&
  (ADVERBS.has(lower(tokens[k])) || !DETERMINERS.has(lower(tokens[k - 1])));

const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
/** Past participles that, after a form of "be", name the one spoken to or about, not the speaker. */
const PASSIVE_PARTICIPLES = new Set(
  'said asked told reported described called charged accused praised criticized criticised blasted slammed labeled labelled dubbed hailed urged warned'.split(
    ' ',
  ),
);

/** "X was said to be …", "X was asked": a passive cue (without "by") has no speaker in the sentence. */
function passive(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (tokens[k]?.kind === 'word' && ADVERBS.has(lower(tokens[k])) && !AUXILIARIES.has(lower(tokens[k])))
    k--;
  // "was praised for calling it “…”", "was criticized for his “very fine people” remark": the one praised said it.
  const forSaying =
    /^(?:for|of|over)$/i.test(tokens[i + 1]?.text ?? '') &&
    (PARTICIPLE_CUES.has(lower(tokens[i + 2])) || POSSESSIVES.has(lower(tokens[i + 2])));
  return (
    BE_FORMS.has(lower(tokens[k])) &&
    PASSIVE_PARTICIPLES.has(lower(tokens[i])) &&
    !isWord(tokens[i + 1], 'by') &&
    !forSaying
  );
}

/** Index just past a phrase that starts at `i` and is set off by commas ("…, a professor at …,"). */
function appositiveEnd(tokens: Token[], i: number): number | null {
  for (let j = i; j < tokens.length && j < i + MAX_APPOSITIVE; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'quote' || isPunct(t, '.') || isPunct(t, ';') || isPunct(t, ':')) return null;
    if (isPunct(t, ',')) return j;
  }
  return null;
}

function looksLikeAppositive(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.kind !== 'word') return false;
  const w = lower(t);
  return (
    !isCapitalized(t) ||
    DETERMINERS.has(w) ||
    w === 'now' ||
    /^\d/.test(w) ||
    PARTY_TAG.test(t.text) ||
    possessiveRole(tokens, i)
  );
}

/** The first index of the noun phrase whose head is token `head`, scanning left to a determiner. */
function expandLeft(tokens: Token[], head: number): number {
  let j = head;
  while (j > 0 && head - j < MAX_NP) {
    const prev = tokens[j - 1] as Token;
    const w = lower(prev);
    const link = w === 'the' ? j - 2 : j - 1; // "Secretary of [the] State": a title's "of" is no break
    if (titleOfLink(tokens, link) === j - link) {
      j = link;
      continue;
    }
    if (prev.kind !== 'word' || NP_BREAKERS.has(w) || CUE_VERBS.has(w) || PRONOUNS.has(w)) break;
    j--;
    // "the ten senators", "The five-time winner": a number after a determiner does not open the phrase.
    // "Big Ten officials": a number inside a capitalised name opens nothing.
    const opens = DETERMINERS.has(w) || (quantifier(tokens, j) && !isCapitalized(tokens[j - 1]));
    if (opens && !(NUMBER_WORDS.has(w) && DETERMINERS.has(lower(tokens[j - 1])))) break;
  }
  return j;
}

/** A number written as a word before a lower-case word: "Eighteen prominent scientists", "ten senators". */
const quantifier = (tokens: Token[], k: number): boolean =>
  NUMBER_WORDS.has(lower(tokens[k])) && tokens[k + 1]?.kind === 'word' && !isCapitalized(tokens[k + 1]);

const SENTENCE_OPENERS = new Set([
  ...DETERMINERS,
  ...NP_BREAKERS,
  ...TIME_WORDS,
  'however',
  'meanwhile',
  'still',
  'now',
  'then',
  'hours',
  'days',
  'asked',
  'speaking',
  ...INTERJECTIONS,
]);

const CLAUSE_BREAKERS = new Set([
  'that',
  'and',
  'but',
  'which',
  'because',
  'while',
  'if',
  'when',
  'although',
]);

const isHeadWord = (t: Token) =>
  isCapitalized(t) || SOURCE_NOUNS.has(lower(t)) || TITLE_WORDS.has(lower(t).replace(/\.$/, ''));

/**
 * The head of the subject ending at `end` (inclusive): a pronoun, a name, a source noun, or failing those the
 * word after a determiner ("a friend", "the two").
 */
function headBefore(tokens: Token[], end: number): number | null {
  if (PRONOUNS.has(lower(tokens[end])) || STANDALONE_DETERMINERS.has(lower(tokens[end]))) return end;
  for (let k = end; k >= 0 && end - k < MAX_NP; k--) {
    k = skipParenthesis(tokens, k);
    const t = tokens[k];
    // "“…,” federal prosecutors wrote": a short bare noun phrase between a quote and its verb is the subject.
    if (k < end && end - k <= MAX_BARE_SUBJECT && closesQuote(tokens, k)) return k + 1;
    if (t?.kind !== 'word' || CLAUSE_BREAKERS.has(lower(t)) || PRONOUNS.has(lower(t))) return null;
    if (TIME_WORDS.has(lower(t)) || opensTimePhrase(tokens, k)) continue;
    if (isHeadWord(t)) return k;
    if (DETERMINERS.has(lower(t)) && PREPOSITIONS.has(lower(tokens[k - 1]))) {
      k--; // a prepositional phrase between subject and verb: "Trump at the time said"
      continue;
    }
    if (DETERMINERS.has(lower(t)) && k < end) return k + 1;
  }
  return null;
}

const MAX_BARE_SUBJECT = 4;

/** Words that open a time phrase before its time word: "this morning", "last week", "early Monday". */
const TIME_OPENERS = new Set(['this', 'that', 'last', 'next', 'early', 'late', 'each', 'every']);

/**
 * Whether tokens[k] opens a time phrase between a subject and its verb ("Matthew Taylor, the party's spokesman,
 * this morning described …"): the phrase is no subject, and the scan goes on past it.
 */
const opensTimePhrase = (tokens: Token[], k: number): boolean =>
  TIME_OPENERS.has(lower(tokens[k])) && TIME_WORDS.has(lower(tokens[k + 1]));

/** True when token `k` is a quote, or the comma or dash right after one. */
function closesQuote(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.kind === 'quote') return true;
  return t?.kind === 'punct' && /^[,—–]$/.test(t.text) && tokens[k - 1]?.kind === 'quote';
}

/** Skips a parenthesis ending at `i` ("Harry M. Reid (D-Nev.)"); returns the index before it. */
function skipParenthesis(tokens: Token[], i: number): number {
  if (!isPunct(tokens[i], ')')) return i;
  let j = i - 1;
  while (j >= 0 && !isPunct(tokens[j], '(') && i - j < 12) j--;
  return isPunct(tokens[j], '(') ? j - 1 : i;
}

/** Words that make a day of the word after them: "Last Friday, the mayor, Jo Park, said". */
const DAY_SHIFTERS = new Set(['last', 'next', 'this', 'early', 'late']);

/** The most words of a quoted name an appositive may hold ("a “Vote Olsen” pin", "the “Ted Cruz” campaign"). */
const MAX_QUOTED_NAME_WORDS = 3;
/** A quoted name used as a modifier: a few capitalised words, no punctuation, a lower-case noun after it. */
function quotedName(tokens: Token[], j: number): boolean {
  const words = (tokens[j] as Token).text.replace(/^\W+|\W+$/gu, '').split(/\s+/);
  const next = tokens[j + 1];
  return (
    words.length <= MAX_QUOTED_NAME_WORDS &&
    words.every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w)) &&
    next?.kind === 'word' &&
    !isCapitalized(next)
  );
}

/**
 * Whether the comma at `j` closes an adjunct opening the sentence ("Reacting to the statement, …"): the first comma,
 * after a participle of ADJUNCT_PARTICIPLES (after a preposition the subject may come before it: "In court Joan
 * Illuzzi-Orbon, the prosecutor, called").
 */
const closesOpeningAdjunct = (tokens: Token[], j: number): boolean =>
  ADJUNCT_PARTICIPLES.has(lower(tokens[0])) && !tokens.slice(1, j).some((t) => isPunct(t, ','));

/** The comma that opens the appositive closed by the comma at `i`: "Corn, director of …, says". */
function appositiveOpening(tokens: Token[], i: number): number | null {
  let fallback: number | null = null;
  for (let j = i - 1; j >= 0 && i - j < MAX_APPOSITIVE; j--) {
    const t = tokens[j] as Token;
    // "Reacting to the statement, Taylor's spokesman, Sylvester Paasewe, accused": no subject before the adjunct.
    if (isPunct(t, ',') && closesOpeningAdjunct(tokens, j)) break;
    // A short quoted name inside the appositive ("wearing a “Vote Olsen” pin") is part of it; a quote is not.
    const named = t.kind === 'quote' && quotedName(tokens, j);
    if ((t.kind === 'quote' && !named) || isPunct(t, '.') || isPunct(t, ':')) return null;
    if (!isPunct(t, ',') || aroundTownsState(tokens, j)) continue;
    // "Sen. Ted Cruz (R-Tex.), a candidate …,": the name is before the parenthesis.
    const before = tokens[skipParenthesis(tokens, j - 1)];
    // "On Wednesday, the director …, James Morton, said": a day opening the sentence has nothing set off after it
    // ("Theresa May, the prime minister," has).
    const opener = tokens[j - 2];
    const day =
      TIME_WORDS.has(lower(before)) &&
      (opener === undefined || PREPOSITIONS.has(lower(opener)) || DAY_SHIFTERS.has(lower(opener)));
    const nameOrSource =
      before !== undefined && !day && (isCapitalized(before) || SOURCE_NOUNS.has(lower(before)));
    // "Fatemeh Shams, whose husband, Mohammadreza Jalaeipour, was detained, said": words set off after a name that
    // open with an auxiliary are the name's own clause's predicate, no appositive; the subject is further back.
    if (AUXILIARIES.has(lower(tokens[j + 1]))) continue;
    const apposed = looksLikeAppositive(tokens, j + 1) || hasLowercaseWord(tokens, j + 1, i);
    if (nameOrSource && apposed && !insidePrepositionalPhrase(tokens, j - 1)) return j;
    if (nameOrSource && apposed) fallback ??= j;
  }
  return fallback;
}

/** True when the name ending at `i` is the object of a preposition ("chairman of Freedom Partners"). */
function insidePrepositionalPhrase(tokens: Token[], i: number): boolean {
  let k = i;
  // A sentence's opening preposition is capitalised too: "In Berlin, the foreign minister, …" (in a headline's
  // capitals, "… IN OTHER STATES - Michael P. McDonald:", it is not the sentence's opening).
  const opening = (j: number) => PREPOSITIONS.has(lower(tokens[j])) && tokens[j - 1]?.kind !== 'word';
  while (k >= 0 && ((isCapitalized(tokens[k]) && !opening(k)) || isWord(tokens[k], 'the'))) k--;
  return k >= 0 && PREPOSITIONS.has(lower(tokens[k]));
}

function hasLowercaseWord(tokens: Token[], from: number, to: number): boolean {
  return tokens
    .slice(from, to)
    .some((t) => t.kind === 'word' && !isCapitalized(t) && !DETERMINERS.has(lower(t)));
}

interface Phrase {
  from: number;
  to: number;
  appositive: Span | null;
}

/** The subject before a cue at `cue`: "Corn says", "Geoffrey Corn, director of …, says", "one official told". */
/** The comma that closes a name set off by commas opening at tokens[comma] ("…, Mahmoud Ahmadinejad,"), or null. */
function namedAfterComma(tokens: Token[], comma: number): number | null {
  if (!isPunct(tokens[comma], ',')) return null;
  let k = comma + 1;
  while (k < tokens.length && (isCapitalized(tokens[k]) || isNameParticle(tokens, k))) k++;
  return k - comma > 2 && isPunct(tokens[k], ',') ? k : null;
}

/** Whether tokens[k] is a word of a time phrase: "today", "this morning", "on Monday". */
const inTimePhrase = (tokens: Token[], k: number): boolean => {
  const w = lower(tokens[k]);
  return (
    tokens[k]?.kind === 'word' &&
    (TIME_WORDS.has(w) ||
      opensTimePhrase(tokens, k) ||
      (PREPOSITIONS.has(w) && TIME_WORDS.has(lower(tokens[k + 1]))))
  );
};

/** The index just past a time phrase at tokens[k] ("today", "this morning", "on Monday"), or k. */
function pastTimePhrase(tokens: Token[], k: number): number {
  let i = k;
  while (inTimePhrase(tokens, i)) i++;
  return i;
}

/**
 * Whether tokens[from..to) is a description ending in a person's name of two words or more: "the historian Tariq
 * Ali", "the Rev. Al Sharpton": a determiner, then nouns and modifiers only (no preposition, relative or verb, after
 * which the name is someone else's).
 */
function endsInName(tokens: Token[], opening: number, to: number): boolean {
  // "…, while another senior Republican, Mike Huckabee, said": a conjunction may open the phrase.
  const from = CONJUNCTIONS.has(lower(tokens[opening])) ? opening + 1 : opening;
  let k = to;
  while (k > from && (isCapitalized(tokens[k - 1]) || isNameParticle(tokens, k - 1))) k--;
  if (to - k < 2 || k === from || !DETERMINERS.has(lower(tokens[from]))) return false;
  // "the chief prosecutor, Eva Finne", "the head of the energy committee, Billy Tauzin": a name set off by a comma
  // is the head's, unless it follows a prepositional phrase's noun for a person ("the father of the victim, Tyre
  // Nichols" is the victim).
  if (isPunct(tokens[k - 1], ',')) {
    const of = tokens.slice(from, k - 1).some((t) => PREPOSITIONS.has(lower(t)));
    return !(of && isNounForPerson(tokens[k - 2])) && isPersonName(tokens, k, to);
  }
  // Else only a noun phrase before the name: "who also represented actor Johnny Depp", "a former aide to governor
  // Andrew Cuomo", "the brother of chef Gordon Ramsay" name someone else.
  for (let i = from + 1; i < k; i++) {
    const w = lower(tokens[i]);
    const breaks =
      NP_BREAKERS.has(w) || PREPOSITIONS.has(w) || CLAUSE_BREAKERS.has(w) || /(?:ed|ing)$/.test(w);
    if (tokens[i]?.kind !== 'word' || breaks) return false;
  }
  return isPersonName(tokens, k, to);
}

const CONJUNCTIONS = new Set(['while', 'and', 'but', 'whereas']);

const isPersonName = (tokens: Token[], from: number, to: number): boolean =>
  nameKind(joinedWords(tokens.slice(from, to))) === 'person';

/**
 * Where a subject set off by commas ends when a time phrase stands between its closing comma and the verb ("Matthew
 * Taylor, the party's spokesman, this morning described", "…, on Monday called"): the comma, else `end` itself.
 */
function beforeTimeAfterComma(tokens: Token[], end: number): number {
  let k = end;
  while (k >= 0 && inTimePhrase(tokens, k)) k--;
  return k < end && isPunct(tokens[k], ',') ? k : end;
}

/**
 * "The BBC was quick to point out", "The minister is keen to stress": a form of "be", an adjective and "to"
 * between the subject and its verb are no part of the subject; the index before them, else `i`.
 */
function beforeEagerTo(tokens: Token[], i: number): number {
  const adjective = tokens[i - 1];
  return isWord(tokens[i], 'to') &&
    adjective?.kind === 'word' &&
    !isCapitalized(adjective) &&
    BE_FORMS.has(lower(tokens[i - 2]))
    ? i - 3
    : i;
}

function subjectBefore(tokens: Token[], cue: number): Phrase | null {
  let i = cue - 1;
  // Adverbs and modals between subject and verb, but not a capitalised surname that is also a word ("Will wrote").
  const skippable = (k: number) => {
    const t = tokens[k];
    return (
      t?.kind === 'word' &&
      !isCapitalized(t) &&
      (verbAdverbAt(tokens, k) || MODALS.has(lower(t)) || adverbByShape(lower(t)))
    );
  };
  while (i >= 0 && skippable(i)) i--;
  i = beforeEagerTo(tokens, i);
  while (i >= 0 && skippable(i)) i--;
  i = beforeTimeAfterComma(tokens, i);
  let appositive: Span | null = null;
  let end = skipParenthesis(tokens, i);
  const resident = placeOwner(tokens, end) ?? affiliatedOwner(tokens, end) ?? beforeTownsState(tokens, end);
  if (resident !== null) return subjectEndingAt(tokens, resident, null);
  if (isDash(tokens[end])) return subjectBeforeDashes(tokens, end);
  if (isPunct(tokens[end], ',')) {
    const comma = end;
    end = skipParenthesis(tokens, end - 1);
    if (!isPunct(tokens[end], ',') && end !== comma - 1) return subjectEndingAt(tokens, end, null);
    const j = appositiveOpening(tokens, comma);
    // "In a statement to the Observer, her adviser, Jake Sullivan, said": a name set off by commas after a
    // description wins over a name inside a prepositional phrase before them.
    const named =
      j === null || insidePrepositionalPhrase(tokens, j - 1) ? namedInCommas(tokens, comma) : null;
    if (j === null || named) return named;
    // "WikiLeaks supporter, the historian Tariq Ali, said": after a description, a name closing the phrase set off
    // by commas is the speaker's (the words before it are their role).
    if (!isCapitalized(tokens[j - 1]) && endsInName(tokens, j + 1, comma))
      return { from: j + 1, to: comma, appositive: null };
    appositive = { start: (tokens[j + 1] as Token).start, end: (tokens[comma - 1] as Token).end };
    end = skipParenthesis(tokens, j - 1);
    if (insidePrepositionalPhrase(tokens, end)) return withOwner(tokens, end, appositive);
  }
  return subjectEndingAt(tokens, end, appositive);
}

const isDash = (t: Token | undefined) => t?.kind === 'punct' && (t.text === '—' || t.text === '–');

/**
 * The subject before an aside set off by dashes that ends at tokens[close]: "Republican pollster Whit Ayres — author
 * of 2016 and Beyond — said" is Whit Ayres; "A former presidential candidate — John McCain, who lost in 2008 — said"
 * is the person the aside names first, described by the words before it.
 */
function subjectBeforeDashes(tokens: Token[], close: number): Phrase | null {
  let open = close - 1;
  for (; open > 0 && close - open < MAX_APPOSITIVE && !isDash(tokens[open]); open--) {
    const t = tokens[open] as Token;
    if (t.kind === 'quote' || isPunct(t, '.') || isPunct(t, ';') || isPunct(t, ':')) return null;
  }
  if (open < 1 || !isDash(tokens[open]) || open === close - 1) return null;
  let k = open + 1;
  while (k < close && (isCapitalized(tokens[k]) || isNameParticle(tokens, k))) k++;
  const named = k - open > 2 && (k === close || isPunct(tokens[k], ',')) && isPersonName(tokens, open + 1, k);
  const head = headBefore(tokens, open - 1);
  if (named && head !== null && !isCapitalized(tokens[open - 1])) {
    let from = open - 1;
    while (from > 0 && tokens[from - 1]?.kind === 'word') from--;
    // "A lawyer for the family of the slain teenager — Tamir Rice, 12 — said": a name after a description with a
    // preposition or a clause may be its object's, not the speaker's, and a name with no first name may be a
    // place: the description itself is the speaker then, as written.
    const words = tokens.slice(from, open);
    const simple = words.every((t) => !PREPOSITIONS.has(lower(t)) && !CLAUSE_BREAKERS.has(lower(t)));
    const person = isGivenWord(tokens[open + 1]);
    if ((!simple && !partitive(tokens, from)) || !person) return { from, to: open, appositive: null };
    const description = { start: (tokens[from] as Token).start, end: (tokens[open - 1] as Token).end };
    return { from: open + 1, to: k, appositive: description };
  }
  // "John Dickey, the chief executive of Ora Media -- the company that … -- told me": a name, then its
  // description set off by a comma, then the aside: the name is the subject, as before a closing comma.
  const j = appositiveOpening(tokens, open);
  if (j !== null && personBeforeComma(tokens, j) && rolelikeAside(tokens, j + 1)) {
    const described = { start: (tokens[j + 1] as Token).start, end: (tokens[open - 1] as Token).end };
    return subjectEndingAt(tokens, skipParenthesis(tokens, j - 1), described);
  }
  const aside = { start: (tokens[open + 1] as Token).start, end: (tokens[close - 1] as Token).end };
  return subjectEndingAt(tokens, open - 1, rolelikeAside(tokens, open + 1) ? aside : null);
}

/** A person's name, a given name in it, ends right before the comma ("John Dickey," not "the 2009 Tour de France,"). */
function personBeforeComma(tokens: Token[], comma: number): boolean {
  const from = capitalisedRunStart(tokens, comma - 1);
  const given = tokens.slice(from, comma - 1).some(isGivenWord);
  return given && !insidePrepositionalPhrase(tokens, comma - 1) && isPersonName(tokens, from, comma);
}

/** "One of Trump's oldest friends", "another of the lawyers": a part of a group, whose name may follow. */
const partitive = (tokens: Token[], from: number): boolean =>
  /^(?:one|another|some|two|three)$/.test(lower(tokens[from])) && isWord(tokens[from + 1], 'of');

/**
 * An aside that says what someone is, so it is their role: "a teacher from Mount Pleasant", "author of …",
 * "Trump's former adviser"; not "who is in contact with him" or "her boots peeping out beneath a dress".
 */
function rolelikeAside(tokens: Token[], i: number): boolean {
  const w = lower(tokens[i]);
  const noun = TITLE_WORDS.has(w) || SOURCE_NOUNS.has(w) || EPITHET_NOUNS.has(w);
  return ['a', 'an', 'the'].includes(w) || noun || possessiveRole(tokens, i);
}

const TOWN_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside']);

/**
 * "A pastor in Lynchburg, Va., said": a preposition, a town, a comma and its state end the subject; it ends at the
 * word before the preposition (the state is no one).
 */
function beforeTownsState(tokens: Token[], end: number): number | null {
  if (!isPunct(tokens[end], ',') || !isState(tokens[end - 1]) || !isPunct(tokens[end - 2], ',')) return null;
  if (!isCapitalized(tokens[end - 3])) return null;
  const k = capitalisedRunStart(tokens, end - 3) - 1;
  if (!TOWN_PREPOSITIONS.has(lower(tokens[k])) || tokens[k - 1]?.kind !== 'word') return null;
  // "Cecelia Purner, 67, a retired teacher in Allentown, Pa., said": set off after a name or an age, the town is
  // the appositive's, and the comma rules find the name.
  let c = k - 1;
  while (c > 0 && tokens[c]?.kind === 'word') c--;
  const before = tokens[c - 1];
  const apposed = isPunct(tokens[c], ',') && (isCapitalized(before) || /^\d/.test(before?.text ?? ''));
  return apposed ? null : k - 1;
}

/**
 * "Tom Alder of Dayton, Ohio, said", "Laura Park of Columbia, South Carolina says": a name, "of" or "from", a
 * town, a comma and its state end where the subject does; the subject is the name (its last word's index), not
 * the state.
 */
function placeOwner(tokens: Token[], end: number): number | null {
  let k = isPunct(tokens[end], ',') ? end - 1 : end;
  const stateEnd = k;
  while (k >= 0 && isCapitalized(tokens[k])) k--;
  if (k === stateEnd || !isPunct(tokens[k], ',')) return null;
  if (nameKind(joinedWords(tokens.slice(k + 1, stateEnd + 1))) !== 'place') return null;
  const townEnd = --k;
  while (k >= 0 && isCapitalized(tokens[k])) k--;
  if (k === townEnd || !(isWord(tokens[k], 'of') || isWord(tokens[k], 'from'))) return null;
  const owner = k - 1;
  return isCapitalized(tokens[owner]) && opensClause(tokens, owner) ? owner : null;
}

/**
 * Whether the name ending at `owner` opens its clause: after nothing, a quote, "and", "but" or a quote's comma
 * ("Gov. Jo Park, responding to Sen. Tom Alder of Dayton, Ohio, said" is Jo Park, not Tom Alder).
 */
function opensClause(tokens: Token[], owner: number): boolean {
  let k = owner;
  while (k >= 0 && isCapitalized(tokens[k])) k--;
  const opener = tokens[k];
  return (
    opener === undefined ||
    opener.kind === 'quote' ||
    isWord(opener, 'and') ||
    isWord(opener, 'but') ||
    (isPunct(opener, ',') && (tokens[k - 1]?.kind === 'quote' || closesIntroduction(tokens, k)))
  );
}

/** Words that open an introductory phrase before a sentence's subject: "On Tuesday,", "In a statement,". */
const INTRODUCTION_OPENERS = new Set([
  ...PREPOSITIONS,
  ...TIME_WORDS,
  'after',
  'before',
  'during',
  'earlier',
  'later',
  'still',
  'however',
  'meanwhile',
  'last',
  'this',
]);

/**
 * Whether the comma at `comma` closes a phrase that opens the sentence: "On Tuesday, Rep. Tom Cole of Oklahoma
 * said", "In a statement, Jo Park of Utah said" (the subject follows it, as at the sentence's start).
 */
function closesIntroduction(tokens: Token[], comma: number): boolean {
  let k = comma - 1;
  while (k >= 0 && tokens[k]?.kind !== 'quote' && !isPunct(tokens[k], '.') && !isPunct(tokens[k], ',')) k--;
  const first = tokens[k + 1];
  return k + 1 < comma && (k < 0 || isPunct(tokens[k], '.')) && INTRODUCTION_OPENERS.has(lower(first));
}

/** Prepositions that tie a person to where they work: "Jeffrey Lund of the James Martin Center". */
const AFFILIATIONS = new Set(['of', 'from', 'at', 'with']);

/** Whether the capitalised words ending at `end` follow "the": "the Science" in "the Science and Technology …". */
function afterThe(tokens: Token[], end: number): boolean {
  let k = end;
  while (k >= 0 && isCapitalized(tokens[k])) k--;
  return isWord(tokens[k], 'the');
}

/**
 * Capitalised words before an affiliation that name no one: all of an office ("Home Secretary", "Defence
 * Minister"), a determiner or a day among them, or a participle first ("Managing Director"). An opening "The" or
 * "Monday" is stripped before as a sentence opener. "Sen. Angus King", "Rep. Dwight Evans", "Brian May" and
 * "Irving Azoff" are names.
 */
function namesNoOne(name: readonly string[]): boolean {
  const first = name[0] ?? '';
  return (
    name.every((w) => isTitleWord(w) || OFFICE_FIELDS.has(w.toLowerCase()) || w === 'Lord') ||
    name.some((w) => DETERMINERS.has(w.toLowerCase()) || DAY_WORDS.has(w.toLowerCase())) ||
    (/^\p{Lu}\p{Ll}+ing$/u.test(first) && !isFirstName(first.toLowerCase()))
  );
}

/** Words inside the name of a body after the preposition: "the University of Michigan", "Bank of America". */
const BODY_WORDS = new Set(['the', 'of']);
/** Words inside a body's name only between two capitals after "the": "the Council on Foreign Relations". */
const INNER_BODY_WORDS = new Set(['on', 'for']);

const insideBodyName = (tokens: Token[], i: number): boolean =>
  isCapitalized(tokens[i]) ||
  BODY_WORDS.has(lower(tokens[i])) ||
  (INNER_BODY_WORDS.has(lower(tokens[i])) &&
    isCapitalized(tokens[i - 1]) &&
    isCapitalized(tokens[i + 1]) &&
    bodyAfterThe(tokens, i - 1));

/**
 * Whether the capitalised words (with an "on" or "for" inside) ending at `end` follow "the": "the Center for
 * Budget Studies", not "Speaking on CNN" or "Running for Governor".
 */
function bodyAfterThe(tokens: Token[], end: number): boolean {
  let k = end;
  while (k >= 0 && (isCapitalized(tokens[k]) || INNER_BODY_WORDS.has(lower(tokens[k])))) k--;
  return isWord(tokens[k], 'the');
}

/**
 * "Jeffrey Lund of the James Martin Center said", "Jane Roe of the University of Michigan said", "Ray Takeyh of
 * the US-based Council on Foreign Relations said": a person's name
 * (two words or more) opening the clause, then "of", "from", "at" or "with" and the capitalised name of a place or
 * body, is the subject; the name after the preposition is where they work. ("A spokesman for Sen. Tom Alder of
 * Ohio said" is the spokesman: the name hangs off a description.)
 */
function affiliatedOwner(tokens: Token[], end: number): number | null {
  let body = end;
  while (body > 0 && insideBodyName(tokens, body - 1)) body--;
  let start = body;
  let owner = body;
  if (AFFILIATIONS.has(lower(tokens[body - 1]))) {
    // "Steve Milunovich at First Boston": the name ends before the preposition.
    owner = body - 2;
    start = owner;
    while (start > 0 && isCapitalized(tokens[start - 1])) start--;
  } else while (owner < end && isCapitalized(tokens[owner + 1])) owner++; // "Jane Roe of the University of …"
  // "So Steve Milunovich": a capitalised sentence opener is not part of the name.
  while (start < owner && SENTENCE_OPENERS.has(lower(tokens[start]))) start++;
  const link = owner + 1;
  // "Former Secretary of State Madeleine Albright": an office's "of" ties no one to anywhere.
  if (
    !isCapitalized(tokens[start]) ||
    !isCapitalized(tokens[owner]) ||
    !AFFILIATIONS.has(lower(tokens[link])) ||
    officeLink(tokens, link) > 0
  )
    return null;
  if (!isCapitalized(tokens[link + 1]) && !isWord(tokens[link + 1], 'the')) return null;
  // The name without its titles ("CBC Chairman G.K. Butterfield" is G.K. Butterfield); "Secretary General of
  // NATO", "The Mayor of London", "Two Republicans from Texas": an office, a description or a group before the
  // preposition is no one's name.
  const name = nameProper(joinedWords(tokens.slice(start, owner + 1)));
  // "the Science and Technology Directorate of …": an "and" inside the name of a body, after "the", is not a list
  // of people ("Sens. Lindsey Graham of South Carolina and Richard Blumenthal of Connecticut said").
  const inName =
    isWord(tokens[start - 1], 'and') && isCapitalized(tokens[start - 2]) && afterThe(tokens, start - 2);
  if (name.length < 2 || namesNoOne(name) || inName || nameKind(name.join(' ')) !== 'person') return null;
  // "A spokesman for Sen. Tom Alder of Ohio said": the description the name hangs off is the subject.
  const described = DESCRIPTION_LINKS.has(lower(tokens[start - 1]));
  return opensClause(tokens, owner) || described || opensAfterRole(tokens, start) ? owner : null;
}

/** The most words a role before a name runs to: "Trump running mate Gov. Mike Pence", "campaign chair Ana Lee". */
const MAX_ROLE_WORDS = 4;

/**
 * Whether the words before a name at `start` are a role that opens the clause ("“…,” Trump running mate Gov. Mike
 * Pence of Indiana told"): a few words with no preposition, verb, determiner or pronoun among them, after a quote
 * or at the sentence's start. "A spokesman for Sen. Tom Alder of Ohio said" hangs the name off a description.
 */
function opensAfterRole(tokens: Token[], start: number): boolean {
  let k = start - 1;
  for (; k >= 0 && start - k <= MAX_ROLE_WORDS; k--) {
    const t = tokens[k] as Token;
    const w = lower(t);
    if (t.kind !== 'word') break;
    if (NP_BREAKERS.has(w) || DETERMINERS.has(w) || PRONOUNS.has(w) || CUE_VERBS.has(w) || AUXILIARIES.has(w))
      return false;
  }
  const opener = tokens[k];
  return k < start - 1 && (opener === undefined || opener.kind === 'quote');
}

/** "Rep. Tom Cole of Oklahoma, an ally …, said": the name before "of …" is the subject. */
function withOwner(tokens: Token[], end: number, appositive: Span): Phrase | null {
  let from = expandLeft(tokens, end);
  while (PREPOSITIONS.has(lower(tokens[from - 1])) && isCapitalized(tokens[from - 2]))
    from = expandLeft(tokens, from - 2);
  return isCapitalized(tokens[from]) || DETERMINERS.has(lower(tokens[from]))
    ? { from, to: end + 1, appositive }
    : null;
}

/** "the assailant, John McGraw, told", "his manager, Peet van Zyl, said": a description with the name set off by commas. */
function namedInCommas(tokens: Token[], comma: number): Phrase | null {
  let j = comma - 1;
  while (j >= 0 && (isCapitalized(tokens[j]) || isNameParticle(tokens, j)) && comma - j < 6) j--;
  if (!isPunct(tokens[j], ',') || j === comma - 1 || tokens[j - 1]?.kind !== 'word') return null;
  const head = headBefore(tokens, j - 1);
  return head === null ? null : { from: expandLeft(tokens, head), to: comma, appositive: null };
}

/**
 * Drops what trails a subject before its verb: "Sanders (I-Vt.) on Saturday criticized", "Jo Park this week said",
 * "An anonymous officer was quoted as saying".
 */
function trimTrailing(tokens: Token[], head: number, end: number): number {
  let to = end;
  for (;;) {
    const t = tokens[to];
    const trailing =
      TIME_WORDS.has(lower(t)) ||
      opensTimePhrase(tokens, to) ||
      PREPOSITIONS.has(lower(t)) ||
      AUXILIARIES.has(lower(t)) ||
      t?.kind === 'punct';
    if (to > head && t && trailing) {
      to = isPunct(t, ')') ? skipParenthesis(tokens, to) : to - 1;
    } else return to;
  }
}

function subjectEndingAt(tokens: Token[], end: number, appositive: Span | null): Phrase | null {
  if (end < 0 || tokens[end]?.kind !== 'word') return null;
  const head = headBefore(tokens, end);
  if (head === null) return null;
  if (PRONOUNS.has(lower(tokens[head]))) return { from: head, to: head + 1, appositive };
  const opened =
    appositive || !insidePrepositionalPhrase(tokens, head) ? null : unclosedAppositive(tokens, head);
  if (opened) return opened;
  const from = describedOwner(tokens, expandLeft(tokens, head));
  const to = trimTrailing(tokens, head, end) + 1;
  return (!appositive && namedBeforeDescription(tokens, from, to)) || { from, to, appositive };
}

/**
 * "“…,” Nate Silver, the polling guru who founded fivethirtyeight.com tweeted": a description that opens after a
 * person's name and a comma, with its closing comma missing, describes that name (the subject is the name, the
 * description its role); the name must open the sentence or follow a quote.
 */
function namedBeforeDescription(tokens: Token[], found: number, to: number): Phrase | null {
  // The description may run back past the phrase found ("the pollster who founded the site tweeted").
  let from = found;
  while (from > 1 && tokens[from - 1]?.kind === 'word' && found - from < MAX_APPOSITIVE) from--;
  if (!isPunct(tokens[from - 1], ',') || !DETERMINERS.has(lower(tokens[from])) || from < 2) return null;
  let start = from - 1;
  while (start > 0 && (isCapitalized(tokens[start - 1]) || isNameParticle(tokens, start - 1))) start--;
  const opens = start === 0 || tokens[start - 1]?.kind !== 'word';
  if (from - 1 - start < 2 || !opens || !isPersonName(tokens, start, from - 1)) return null;
  if (!isGivenWord(tokens[start])) return null;
  const appositive = { start: (tokens[from] as Token).start, end: (tokens[to - 1] as Token).end };
  return { from: start, to: from - 1, appositive };
}

/** Nouns in -ly that are no adverbs: "his ally said", "the family said". */
const LY_NOUNS = new Set([
  'ally',
  'family',
  'rally',
  'assembly',
  'supply',
  'reply',
  'daily',
  'weekly',
  'monthly',
  'bully',
]);

/** "matter-of-factly", "tersely": an adverb by its shape between a subject and its verb. */
const adverbByShape = (w: string) => /^[a-z-]{3,}ly$/.test(w) && !LY_NOUNS.has(w);

/** Modals between a subject and its cue: "a spokesman … could only quip". */
const MODALS = new Set(['could', 'can', 'should', 'might', 'may', 'must', 'would', 'will']);

/** Prepositions that hang a name off a description: "a spokesman for X", "one operative inside X". */
const DESCRIPTION_LINKS = new Set([
  'for',
  'of',
  'with',
  'to',
  'inside',
  'at',
  'from',
  'in',
  'near',
  'on',
  'close',
]);

/**
 * "a spokesman for committee Democrats said", "several senior Democrats with longtime ties to both Clintons
 * cited": a name that is the object of a preposition after a common noun belongs to that description, which is
 * the subject; the phrase is widened to it. ("Rep. Tom Cole of Oklahoma": the noun before "of" is a name.)
 */
function describedOwner(tokens: Token[], from: number): number {
  let start = from;
  let cursor = from;
  for (let hops = 0; hops < 3; hops++) {
    const link = tokens[cursor - 1];
    const noun = tokens[cursor - 2];
    if (!link || !DESCRIPTION_LINKS.has(lower(link)) || noun?.kind !== 'word') break;
    const w = lower(noun);
    const determined = DETERMINERS.has(lower(tokens[expandLeft(tokens, cursor - 2)]));
    if (isCapitalized(noun) && !SOURCE_NOUNS.has(w) && !determined) break;
    if (DETERMINERS.has(w) || PRONOUNS.has(w) || CUE_VERBS.has(w) || AUXILIARIES.has(w)) break;
    if (NP_BREAKERS.has(w) || TIME_WORDS.has(w) || /(?:ed|ing|ly)$/.test(w)) break;
    cursor = expandLeft(tokens, cursor - 2);
    const opener = tokens[cursor];
    if (DETERMINERS.has(lower(opener)) || isCapitalized(opener) || SOURCE_NOUNS.has(w)) start = cursor;
  }
  return start;
}

const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'who', 'now', 'former', 'then']);

/** "Katie Packer, who is chairman of Our Principles Pac said": an appositive whose closing comma is missing. */
function unclosedAppositive(tokens: Token[], head: number): Phrase | null {
  for (let j = head; j > 0 && head - j < MAX_APPOSITIVE; j--) {
    const t = tokens[j] as Token;
    if (t.kind === 'quote' || isPunct(t, '.') || CLAUSE_BREAKERS.has(lower(t))) return null;
    if (!isPunct(t, ',')) continue;
    const next = tokens[j + 1];
    const opener = next && (APPOSITIVE_OPENERS.has(lower(next)) || TITLE_WORDS.has(lower(next)));
    const name = tokens[j - 1];
    if (
      !opener ||
      !isCapitalized(name) ||
      TIME_WORDS.has(lower(name)) ||
      insidePrepositionalPhrase(tokens, j - 1)
    ) {
      return null;
    }
    const appositive = { start: (next as Token).start, end: (tokens[head] as Token).end };
    return { from: expandLeft(tokens, j - 1), to: j, appositive };
  }
  return null;
}

/** The subject after a cue: "said former Army intelligence officer Stefano Ritondale, who …". */
function subjectAfter(tokens: Token[], from: number): Phrase | null {
  if (NP_BREAKERS.has(lower(tokens[from]))) return null; // "Asked on Monday whether …": no subject after
  // "Ask yourself: …": an imperative, no speaker ("said US officials" is someone: the pronoun is lower case).
  if (OBJECT_PRONOUNS.has(tokens[from]?.text ?? '')) return null;
  let i = from;
  while (i < tokens.length && i - from < MAX_NP) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') break;
    const w = lower(t);
    const link = titleOfLink(tokens, i); // "said Secretary of State John Kerry": a title's "of" is no break
    if (link > 0) {
      i += link;
      continue;
    }
    if (i > from && (NP_BREAKERS.has(w) || w === 'who' || CUE_VERBS.has(w) || AUXILIARIES.has(w))) break;
    i++;
    if (i - from === 1 && PRONOUNS.has(w)) break;
  }
  if (i === from || AUXILIARIES.has(lower(tokens[i]))) return null;
  // "pledged a “political revolution”", "said matter-of-factly": a lone determiner or adverb is no one.
  // ("said one", "said another" are someone; "Skelly" is a name, not an adverb in -ly.)
  const lone = i - from === 1 && !isCapitalized(tokens[from]) ? lower(tokens[from]) : '';
  const determiner = NO_ONE_DETERMINERS.has(lone);
  if (lone && (determiner || ADVERBS.has(lone) || adverbByShape(lone))) return null;
  const named = namedAfterDescription(tokens, from, i);
  const inner = named === null ? null : subjectAfter(tokens, named);
  // "the ambassador at the time, Jo Park": the description and its modifier are the name's role.
  const modifier = inner !== null && !isPunct(tokens[i], ',');
  // Written out rather than spread: see mentionWith in mentions.ts.
  if (inner && modifier)
    return { from: inner.from, to: inner.to, appositive: spanOf(tokens, from, (named as number) - 1) };
  if (inner) return { from, to: inner.to, appositive: inner.appositive };
  const author = authorOf(tokens, i);
  const writer = author === null ? null : subjectAfter(tokens, author);
  if (writer) return writer;
  let appositive: Span | null = null;
  if (isPunct(tokens[i], ',') && (looksLikeAppositive(tokens, i + 1) || isWord(tokens[i + 1], 'who'))) {
    const end = appositiveEnd(tokens, i + 1) ?? sentenceEnd(tokens, i + 1);
    if (end > i + 1)
      appositive = { start: (tokens[i + 1] as Token).start, end: (tokens[end - 1] as Token).end };
  } else if (isWord(tokens[i], 'who')) {
    const end = appositiveEnd(tokens, i) ?? sentenceEnd(tokens, i);
    if (end > i) appositive = { start: (tokens[i] as Token).start, end: (tokens[end - 1] as Token).end };
  }
  return { from, to: i, appositive };
}

/**
 * "said another Twitter user, Johanna Bayer.", "said Rubio's deputy campaign manager, Rich Beeson, who …": a
 * description then a name set off by a comma; the name is the speaker. Returns the index of the name.
 */
function namedAfterDescription(tokens: Token[], from: number, to: number): number | null {
  const head = tokens[to - 1];
  const comma = commaAfterModifier(tokens, to);
  // "the Post, …" names no one; "the Secretary of State, Brad Raffensperger" and "the Chancellor of the
  // Exchequer, Rachel Reeves" are an office and its holder.
  const office = hasTitleOf(tokens, from, to) || personTitle(head);
  if (comma === null || !head || (isCapitalized(head) && !office)) return null;
  if (!tokens.slice(from, to).some((t) => DETERMINERS.has(lower(t)) || /['’]s$/.test(t.text))) return null;
  let j = comma + 1;
  while (isCapitalized(tokens[j]) && j - comma <= 4) j++;
  const closes = j >= tokens.length || tokens[j]?.kind === 'punct' || isWord(tokens[j], 'who');
  return j - (comma + 1) >= 2 && closes && !TIME_WORDS.has(lower(tokens[comma + 1])) ? comma + 1 : null;
}

/** A title a person holds ("Chancellor", "Archbishop"), not a body's name ("House", "Senate", "Party"). */
const personTitle = (t: Token | undefined): boolean =>
  t !== undefined && TITLE_WORDS.has(lower(t)) && nameKind(t.text) === 'person';

const hasTitleOf = (tokens: Token[], from: number, to: number): boolean => {
  for (let k = from + 1; k < to; k++) if (titleOfLink(tokens, k) > 0) return true;
  return false;
};

const spanOf = (tokens: Token[], from: number, to: number): Span => ({
  start: (tokens[from] as Token).start,
  end: (tokens[to - 1] as Token).end,
});

const MAX_MODIFIER = 6;

/**
 * The comma that sets off the name after a description, past a short phrase that modifies the description:
 * "the ambassador at the time, Jo Park", "a spokeswoman for the agency, Ana Ruiz".
 */
function commaAfterModifier(tokens: Token[], to: number): number | null {
  if (isPunct(tokens[to], ',')) return to;
  if (!PREPOSITIONS.has(lower(tokens[to]))) return null;
  for (let j = to + 1; j < tokens.length && j - to <= MAX_MODIFIER; j++) {
    const t = tokens[j] as Token;
    if (isPunct(t, ',')) return j > to + 1 ? j : null;
    if (t.kind !== 'word' || CUE_VERBS.has(lower(t)) || AUXILIARIES.has(lower(t)) || lower(t) === 'who')
      return null;
  }
  return null;
}

const MAX_AUTHOR_GAP = 10;

/**
 * "noted a report for the council on energy prices by the research group Ember": a document's words are its
 * author's; the author follows "by" after phrases that describe the document. Returns the index after "by".
 */
function authorOf(tokens: Token[], end: number): number | null {
  if (!DOCUMENT_NOUNS.has(lower(tokens[end - 1]))) return null;
  for (let j = end; j < tokens.length && j - end <= MAX_AUTHOR_GAP; j++) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word') return null;
    if (CUE_VERBS.has(lower(t)) || AUXILIARIES.has(lower(t)) || RELATIVE_WORDS.has(lower(t))) return null;
    if (lower(t) === 'by' && tokens[j + 1]?.kind === 'word' && !TIME_WORDS.has(lower(tokens[j + 1])))
      return j + 1;
  }
  return null;
}

const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whose']);

/** Verbs of reading out: the words are the document's author's, not the reader's. */
const READ_VERBS = new Set(['read', 'reads', 'reading']);

/**
 * "read from a letter signed by Gonzalez", "read aloud a statement by the family": the author of the document read
 * out, when the text names one after "by" (see authorOf). Returns the author's phrase.
 */
function signerOfReading(tokens: Token[], at: number): Phrase | null {
  let k = at;
  while (['from', 'aloud', 'out'].includes(lower(tokens[k]))) k++;
  for (let end = k; end < tokens.length && end - k <= 4; end++) {
    const t = tokens[end] as Token;
    if (t.kind !== 'word') return null;
    if (!DOCUMENT_NOUNS.has(lower(t))) continue;
    const author = authorOf(tokens, end + 1);
    return author === null ? null : subjectAfter(tokens, author);
  }
  return null;
}

function sentenceEnd(tokens: Token[], from: number): number {
  let j = from;
  while (j < tokens.length && tokens[j]?.kind !== 'quote' && !isPunct(tokens[j], '.')) j++;
  return j;
}

/**
 * What a cue's subject can never be: a day alone ("announced yesterday"), or a clause with a negated verb
 * ("say the defects don't affect the average user").
 */
function notAnyone(words: readonly Token[]): boolean {
  if (words.length === 1 && DAY_WORDS.has(lower(words[0]))) return true;
  // "Don't Shoot Portland leader Teressa Raiford": a capitalised one is in a name.
  return words.some((t) => /^\p{Ll}.*n['’]t$/u.test(t.text));
}

/** True when the cue directly follows a quote ("“…,” said X"), so its subject comes after it. */
function followsQuote(tokens: Token[], cue: number): boolean {
  let i = cue - 1;
  while (i >= 0 && tokens[i]?.kind === 'punct' && /^[,—–-]$/.test(tokens[i]?.text ?? '')) i--;
  return tokens[i]?.kind === 'quote';
}

function mentionOf(text: string, tokens: Token[], phrase: Phrase | null): Mention | null {
  if (!phrase || notAnyone(tokens.slice(phrase.from, phrase.to))) return null;
  return describeMention(text, tokens.slice(phrase.from, phrase.to), phrase.appositive);
}

/** "saying", "talking" after "by": how something was begun ("began by saying"). */
const gerund = (t: Token | undefined) => t?.kind === 'word' && /^\p{Ll}+ing$/u.test(t.text);
/**
 * "began by talking": an active cue with a gerund after "by". A passive one keeps its agent, however it ends
 * ("was criticized by leading economists", "by opposing counsel Mark Reyes").
 */
const activeBeforeGerund = (tokens: Token[], i: number) =>
  gerund(tokens[i + 2]) && !BE_FORMS.has(lower(tokens[i - 1]));

/** "praised by Senator Paul Brisco": the cue at `i` names its speaker after "by" (not "by phone", "by saying"). */
const agentAfterBy = (tokens: Token[], i: number) =>
  isWord(tokens[i + 1], 'by') && !MEANS.has(lower(tokens[i + 2])) && !activeBeforeGerund(tokens, i);

function cueAt(text: string, tokens: Token[], i: number, previous: Cue | undefined): Cue | null {
  const word = lower(tokens[i]);
  const make = (to: number, phrase: Phrase | null, side: Cue['side'], rule: CueRuleId): Cue => ({
    from: i,
    to,
    text: text.slice((tokens[i] as Token).start, (tokens[to - 1] as Token).end),
    source: mentionOf(text, tokens, phrase),
    side,
    sourceFrom: phrase?.from ?? -1,
    sourceTo: phrase?.to ?? -1,
    rule,
  });
  if (word === 'according' && isWord(tokens[i + 1], 'to'))
    return make(i + 2, subjectAfter(tokens, i + 2), 'after', 'according-to');
  if (isWord(tokens[i + 1], PHRASAL_CUES.get(word) ?? '')) {
    const inverted = followsQuote(tokens, i);
    return make(
      i + 2,
      inverted ? subjectAfter(tokens, i + 2) : subjectBefore(tokens, i),
      inverted ? 'after' : 'before',
      'phrasal-verb',
    );
  }
  if (word === 'put' && isWord(tokens[i + 1], 'it'))
    return make(i + 2, subjectBefore(tokens, i), 'before', 'as-x-put-it');
  if (!isCueWord(tokens, i)) return null;
  if (agentAfterBy(tokens, i)) return make(i + 2, subjectAfter(tokens, i + 2), 'after', 'passive-by');
  if (PARTICIPLE_CUES.has(word)) {
    // "… an architect who said he was not paid, saying …": a cue in a relative clause is its noun's; the
    // participle goes on with the main clause. "The spot concludes with footage of Trump saying": a participle
    // with a subject of its own goes on with no one.
    const relative = previous && RELATIVE_WORDS.has(lower(tokens[previous.from - 1]));
    const quoted = quotedObject(tokens, i);
    if (quoted) return { ...make(i + 1, quoted, 'inherited', 'participle'), sourceFrom: -1, sourceTo: -1 };
    const own = absoluteSubject(tokens, i);
    if (previous?.source && !relative && !own)
      return { ...make(i + 1, null, 'inherited', 'participle'), source: previous.source };
    const subject = own ?? clauseSubject(tokens, i);
    return subject
      ? { ...make(i + 1, subject, 'inherited', 'participle'), sourceFrom: -1, sourceTo: -1 }
      : null;
  }
  if (followsQuote(tokens, i) || (i === 0 && isCapitalized(tokens[1]))) {
    return make(i + 1, subjectAfter(tokens, i + 1), 'after', 'said-x');
  }
  if (isWord(tokens[i - 1], 'and') || isWord(tokens[i - 1], 'but')) {
    // "…,” said a former official who … and described …": the verb shares the subject of the cue before it.
    if (previous?.source && previous.side === 'after')
      return { ...make(i + 1, null, 'inherited', 'coordinated-verb'), source: previous.source };
    const subject = clauseSubject(tokens, i);
    return subject ? make(i + 1, subject, 'before', 'coordinated-verb') : null;
  }
  const before = subjectBefore(tokens, i);
  const opener = before === null ? '' : lower(tokens[before.from - 1]);
  const pronoun = before !== null && PRONOUNS.has(lower(tokens[before.from]));
  const subordinate = SUBORDINATORS.has(opener) || (pronoun && OWN_CLAUSE_OPENERS.has(opener));
  // "Castro read from a letter signed by Gonzalez: “…”": the words read out are the letter's signer's.
  const signer = READ_VERBS.has(word) ? signerOfReading(tokens, i + 1) : null;
  if (signer) return make(i + 1, signer, 'after', 'read-from');
  if (before) return make(i + 1, before, 'before', subordinate ? 'subordinate-cue' : 'x-said');
  if (isPunct(tokens[i - 1], ',') || i === 0)
    return make(i + 1, subjectAfter(tokens, i + 1), 'after', 'said-x');
  return null;
}

/**
 * The subject of the sentence a later verb shares ("Clinton celebrated …, and said …"): the first name or pronoun
 * followed by a verb ("At a rally in Ames, Iowa, on Sunday, Mrs. Clinton tried …" is Clinton, not Iowa), else the
 * first name or pronoun that does not open the sentence as an adverb or a participle ("Moreover", "Led by").
 */
function clauseSubject(tokens: Token[], before: number): Phrase | null {
  const near = absoluteSubject(tokens, before) ?? nearestSubject(tokens, before);
  if (near) return near;
  const candidates = subjectCandidates(tokens, before);
  return candidates.find((c) => verbAfter(tokens, c.to)) ?? candidates[0] ?? null;
}

/**
 * Words after which a name and a participle make a clause of their own, the name its subject: "…, with Donald Trump
 * tweeting that …", "footage of Trump saying", "the ad shows Clinton telling a crowd".
 */
const PARTICIPLE_SUBJECT_OPENERS = new Set(
  'with show shows showed showing features featured featuring hear hears heard caught captures captured'.split(
    ' ',
  ),
);
/**
 * Records of someone speaking, after which "of" opens such a clause ("footage of Trump saying", "an account of
 * Clinton telling"); after other nouns "of" names a place or a body ("the governor of Hamedan saying").
 */
const RECORDING_NOUNS = new Set(
  'footage video videos clip clips recording recordings audio tape tapes film images image photo photos account'.split(
    ' ',
  ),
);

const opensParticipleClause = (tokens: Token[], k: number) =>
  PARTICIPLE_SUBJECT_OPENERS.has(lower(tokens[k])) ||
  (isWord(tokens[k], 'of') && RECORDING_NOUNS.has(lower(tokens[k - 1])));

/** Verbs whose object, before "as saying", is who speaks: "The paper quoted Carl Paladino as saying". */
const QUOTING_VERBS = new Set([
  'quoted',
  'quotes',
  'quote',
  'quoting',
  'reported',
  'reports',
  'cited',
  'cites',
]);

/**
 * "The newspaper quoted Carl Paladino as saying …", "Reuters quoted a police officer as saying …": the one the
 * verb quotes, between it and "as", is who says it; not the verb's subject ("was quoted as saying" has no one
 * between, and keeps its subject).
 */
function quotedObject(tokens: Token[], i: number): Phrase | null {
  if (!isWord(tokens[i - 1], 'as')) return null;
  for (let k = i - 2; k >= 0 && i - k <= 16; k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'quote' || isPunct(t, '.') || isPunct(t, ';') || isPunct(t, ':')) return null;
    if (!QUOTING_VERBS.has(lower(t))) continue;
    // "was quoted by state television as saying", "quoted in the Isna news agency as saying": no one quoted.
    const first = lower(tokens[k + 1]);
    if (PREPOSITIONS.has(first) || /^(?:him|her|them|me|us)$/.test(first)) return null;
    let to = i - 1;
    // "quoted Ramaphosa on Wednesday as saying": the day is when, not who.
    while (to > k + 1 && (isPunct(tokens[to - 1], ',') || TIME_WORDS.has(lower(tokens[to - 1])))) to--;
    if (PREPOSITIONS.has(lower(tokens[to - 1]))) to--;
    // "quoted Cassey Chamber, director of the group, as saying": the name, its role set off after it.
    const comma = tokens.slice(k + 1, to).findIndex((x) => isPunct(x, ','));
    const named = comma > 0 && tokens.slice(k + 1, k + 1 + comma).every((x) => isCapitalized(x));
    if (named && !DETERMINERS.has(first)) {
      const role = { start: (tokens[k + comma + 2] as Token).start, end: (tokens[to - 1] as Token).end };
      return { from: k + 1, to: k + 1 + comma, appositive: role };
    }
    return to > k + 1 ? { from: k + 1, to, appositive: null } : null;
  }
  return null;
}

/** "…, with Donald Trump tweeting that …": a name between such a word and a participle is the participle's subject. */
function absoluteSubject(tokens: Token[], participle: number): Phrase | null {
  if (!/ing$/.test(tokens[participle]?.text ?? '')) return null;
  let from = participle;
  while (from > 0 && isCapitalized(tokens[from - 1]) && participle - from < 4) from--;
  return from < participle && opensParticipleClause(tokens, from - 1)
    ? { from, to: participle, appositive: null }
    : null;
}

/** How many tokens a dateline runs to before its wire's credit ("SAN FRANCISCO, Calif. (Reuters)"). */
const DATELINE_TOKENS = 6;

/**
 * Where a sentence's words start after its dateline and wire credit ("CAIRO (Reuters) - The head of the rebel army
 * condemned …", "New York (AFP) – Oscar-winning actress …", "(Reuters) - The Nobel Prize was awarded …"): after a
 * wire's name in brackets, or any one word in brackets with a dash after it (a dash of one hyphen is no token),
 * with no lower-case word before; 0 when there is none. The agency filed the story and the place is where: neither
 * is the sentence's subject. "WASHINGTON — Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed …" has neither.
 */
function afterWireCredit(tokens: Token[]): number {
  for (let k = 1; k <= DATELINE_TOKENS + 1; k++) {
    const t = tokens[k - 1];
    if (t === undefined || (t.kind === 'word' && !/^[\p{Lu}\p{N}]/u.test(t.text))) return 0;
    const credit = tokens[k];
    if (isPunct(t, '(') && credit?.kind === 'word' && isPunct(tokens[k + 1], ')')) {
      const dash = isDash(tokens[k + 2]);
      return WIRE_CREDITS.has(credit.text) || dash ? k + (dash ? 3 : 2) : 0;
    }
  }
  return 0;
}

/** Names and pronouns before `before` that could be the sentence's subject, in order. */
function subjectCandidates(tokens: Token[], before: number): Phrase[] {
  const opensWithPhrase = PREPOSITIONS.has(lower(tokens[0])) || /ing$/.test(tokens[0]?.text ?? '');
  const firstComma = tokens.findIndex((t) => isPunct(t, ','));
  const start =
    opensWithPhrase && firstComma >= 0 && firstComma < before ? firstComma + 1 : afterWireCredit(tokens);
  const described = describedSubject(tokens, start, before);
  const out: Phrase[] = described ? [described] : [];
  for (let k = start; k < before; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'quote') break;
    if (t.kind !== 'word' || SENTENCE_OPENERS.has(lower(t)) || quantifier(tokens, k)) continue;
    if (/^\p{Lu}{3,}$/u.test(t.text)) continue; // a dateline ("WASHINGTON —")
    // "the shooting in San Bernardino, Calif., based on …": a town's state is no subject.
    if (isPunct(tokens[k - 1], ',') && isCapitalized(tokens[k - 2]) && isState(t)) continue;
    if (PRONOUNS.has(lower(t)) && lower(t) !== 'it') out.push({ from: k, to: k + 1, appositive: null });
    else if (isCapitalized(t) && !(k === 0 && frontedWord(t.text))) {
      let to = k + 1;
      while (isCapitalized(tokens[to])) to++;
      if (to === k + 1 && isGroupWord(t)) to = withPlace(tokens, to);
      // A name after a preposition ("on Capitol Hill") or a possessive ("Trump's victories") is not a subject.
      const possessive = /['’]s$/.test(tokens[to - 1]?.text ?? '') && !(k === start && ownsWords(tokens, to));
      if (!afterPreposition(tokens, k) && !possessive)
        out.push({ from: expandLeft(tokens, k), to, appositive: null });
      k = to - 1;
    }
  }
  return out;
}

/** Nouns for what someone says or issues: "Clinton's campaign slogan is “…”" gives the words to Clinton. */
const SPEECH_NOUNS = new Set([
  'slogan',
  'speech',
  'remarks',
  'words',
  'comments',
  'message',
  'motto',
  'line',
]);

/** A possessive name followed by a noun for words it issued ("Clinton's campaign slogan"). */
function ownsWords(tokens: Token[], to: number): boolean {
  return tokens
    .slice(to, to + 3)
    .some((t) => t.kind === 'word' && (SOURCE_NOUNS.has(lower(t)) || SPEECH_NOUNS.has(lower(t))));
}

/** "Republicans on Capitol Hill seized …": a place phrase between a group and its verb belongs to the group. */
function withPlace(tokens: Token[], to: number): number {
  if (verbAfter(tokens, to) || !OBJECT_PREPOSITIONS.has(lower(tokens[to])) || !isCapitalized(tokens[to + 1]))
    return to;
  let end = to + 1;
  while (isCapitalized(tokens[end])) end++;
  return verbAfter(tokens, end) ? end : to;
}

const OBJECT_PREPOSITIONS = new Set([
  ...PREPOSITIONS,
  'across',
  'inside',
  'outside',
  'near',
  'into',
  'over',
  'under',
  'against',
  'among',
  'through',
  'toward',
  'towards',
  'behind',
  'like',
  'than',
  'after',
  'before',
  'during',
  'since',
  'until',
]);

/** The word before is a preposition, maybe with a determiner between ("for the Republican nomination"). */
function afterPreposition(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  if (OBJECT_PREPOSITIONS.has(lower(prev))) return true;
  return DETERMINERS.has(lower(prev)) && OBJECT_PREPOSITIONS.has(lower(tokens[k - 2]));
}

/**
 * "A Clinton campaign official later walked back …", "One operative inside Trump Tower tried …": a clause that
 * opens with a description of a source (a determiner, then a source noun) followed by its verb has that
 * description as its subject, not the name inside it.
 */
function describedSubject(tokens: Token[], start: number, before: number): Phrase | null {
  const first = tokens[start];
  if (!first || !(DETERMINERS.has(lower(first)) || quantifier(tokens, start))) return null;
  // "Another said …", "One wrote …": a determiner alone is an unnamed subject.
  if (
    start + 1 < before &&
    strongVerb(tokens[start + 1] as Token) &&
    !AUXILIARIES.has(lower(tokens[start + 1]))
  )
    return { from: start, to: start + 1, appositive: null };
  let head = -1;
  for (let j = start + 1; j < before && j - start <= 6; j++) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word' || NP_BREAKERS.has(lower(t))) break;
    // "The Vermont senator emailed supporters saying …": a verb after the head ends the subject; the object's
    // noun ("supporters") is not a second head.
    if (head >= 0 && strongVerb(t)) break;
    // "The Republican candidate appeared to …": a definite epithet is a subject too (resolved as an epithet).
    const epithet = EPITHET_NOUNS.has(lower(t)) && isWord(first, 'the');
    // "The conservative magazine has …, arguing …": so is a definite organisation noun (resolved by Discourse),
    // when no noun for a person came first ("The candidate mocked a newspaper reporter" is the candidate).
    // A public body's noun heads the phrase only where it ends it ("The Cypriot government Saturday condemned";
    // not "The police commissioner, Howard Safir, defended", whose head is the commissioner).
    const body = ORGANISATION_NOUNS.has(lower(t)) || (BODY_NOUNS.has(lower(t)) && endsPhrase(tokens, j + 1));
    const organisation = head < 0 && body && isWord(first, 'the');
    if (SOURCE_NOUNS.has(lower(t)) || epithet || organisation) head = j;
  }
  if (head < 0) return null;
  // "The Iranian president, Mahmoud Ahmadinejad, today threatened …": the name set off by commas after the head
  // is in the subject, and a time phrase may stand before the verb.
  const close = namedAfterComma(tokens, head + 1);
  if (close !== null && close < before && verbAfter(tokens, pastTimePhrase(tokens, close + 1)))
    return { from: start, to: close, appositive: null };
  for (let j = head + 1; j <= before && j - head <= 10; j++) {
    // "The Cypriot government Saturday condemned …", "The embassy even said …": a day or an adverb before the
    // verb is not in the subject.
    const w = lower(tokens[j]);
    const beforeVerb =
      (DAY_WORDS.has(w) || ADVERBS.has(w)) && tokens[j + 1]?.kind === 'word' && verbAfter(tokens, j + 1);
    // "The Sanders campaign on Monday dismissed …": the day's preposition goes with it.
    const to = beforeVerb && DAY_WORDS.has(w) && PREPOSITIONS.has(lower(tokens[j - 1])) ? j - 1 : j;
    if (verbAfter(tokens, j) || beforeVerb) return { from: start, to, appositive: null };
    const t = tokens[j];
    if (t?.kind !== 'word') return null;
  }
  return null;
}

/** Whether the token at `next` ends the noun phrase before it: no word, a capital, a day, or a verb. */
function endsPhrase(tokens: Token[], next: number): boolean {
  const t = tokens[next];
  return t?.kind !== 'word' || isCapitalized(t) || DAY_WORDS.has(lower(t)) || verbAfter(tokens, next);
}

/** A sentence-opening word that is an adverb, a participle or a subordinator, not a first name ("Led", not "Ted"). */
const frontedWord = (word: string) => FRONTED_OPENER.test(word) && genderOfName(word, null) === null;

/** A sentence's first word that is an adverb, a participle or a subordinator, not a name: "Moreover", "Led". */
const FRONTED_OPENER =
  /^(?:\p{Lu}\p{Ll}*(?:ly|ing|ed)|Unless|Moreover|Furthermore|Indeed|Instead|Nevertheless|Yet|Though|Once)$/u;

const isAdverb = (t: Token) =>
  (VERB_ADVERBS.has(lower(t)) && !AUXILIARIES.has(lower(t))) || (/ly$/.test(t.text) && !isCapitalized(t));

/** Index past an aside set off by commas or dashes after a subject ("Ted Nordhaus, co-founder of …, welcomed"). */
function pastAside(tokens: Token[], i: number): number {
  const open = tokens[i];
  if (open?.kind !== 'punct' || !/^[,—–]$/.test(open.text)) return i;
  for (let j = i + 1; j < tokens.length && j - i < MAX_APPOSITIVE; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'quote' || isPunct(t, '.') || isPunct(t, ';')) return i;
    // ", Trump went after Bush," is a clause, not an aside: the name before it is a place in a fronted phrase.
    if (strongVerb(t) && j > i + 1 && tokens.slice(i + 1, j).every((w) => isCapitalized(w))) return i;
    if (t.kind === 'punct' && t.text === (open.text === ',' ? ',' : open.text)) return j + 1;
  }
  return i;
}

/** A sentence that opens with a phrase before its subject: "Citing …", "Moreover, …", "In 1991, …". */
const frontedOpening = (tokens: Token[]) =>
  frontedWord(tokens[0]?.text ?? '') || PREPOSITIONS.has(lower(tokens[0]));

/** Irregular past forms that follow a subject as often as any "-ed" verb does. */
const IRREGULAR_PASTS = new Set(
  'went took made gave got told said wrote spoke came left ran sent put set kept held brought thought felt sought won lost met read hit cut led drew threw struck stood became began fought broke knew saw found heard shot told'.split(
    ' ',
  ),
);

/** A verb right after a subject (adverbs and a parenthesis aside): "Trump went", "Gowdy referenced", "she has". */
function verbAfter(tokens: Token[], to: number): boolean {
  let i = to;
  if (isPunct(tokens[i], '(')) while (i < tokens.length && !isPunct(tokens[i - 1], ')')) i++;
  i = pastAside(tokens, i);
  while (tokens[i]?.kind === 'word' && isAdverb(tokens[i] as Token)) i++;
  const t = tokens[i];
  if (t?.kind !== 'word' || isCapitalized(t)) return false;
  if (strongVerb(t)) return true;
  // "rabbis called": a word in -s before a verb is a plural noun, not the verb.
  const w = lower(t);
  const next = tokens[i + 1];
  // "rabbis called", "screens hanging over …": a word in -s before a verb or a participle is a plural noun.
  const participle = next?.kind === 'word' && /ing$/.test(next.text);
  return (
    /[^su']s$/.test(w) && !NP_BREAKERS.has(w) && !(next?.kind === 'word' && strongVerb(next)) && !participle
  );
}

/** Auxiliaries, verbs of saying, irregular pasts and "-ed" forms: a verb whatever the word before. */
function strongVerb(t: Token): boolean {
  const w = lower(t);
  if (t.kind !== 'word' || isCapitalized(t)) return false;
  return (
    AUXILIARIES.has(w) || CUE_VERBS.has(w) || IRREGULAR_PASTS.has(w) || (/ed$/.test(w) && !NP_BREAKERS.has(w))
  );
}

/** "he laughed and said": a pronoun just before the coordinated verb. */
function nearestSubject(tokens: Token[], before: number): Phrase | null {
  for (let k = before - 1; k >= 0 && before - k <= 4; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return null;
    if (PRONOUNS.has(lower(t)) && lower(t) !== 'it') return { from: k, to: k + 1, appositive: null };
  }
  return null;
}

/**
 * Words before a pronoun that open a clause of its own, not a that-clause of the cue before: "…, and he
 * accused …", "which he called …", "but she said …", "…, he said, …".
 */
export const OWN_CLAUSE_OPENERS = new Set([
  'and',
  'but',
  'although',
  'though',
  'yet',
  'which',
  'whom',
  'who',
  ',',
  '—',
  '–',
]);

/** Words that open a clause of its own: a cue after one keeps its own speaker ("… when he said “…”"). */
export const SUBORDINATORS = new Set([
  'when',
  'as',
  'after',
  'while',
  'because',
  'before',
  'since',
  'where',
  'until',
]);

/** Every cue in a sentence's tokens, in order. */
export function findCues(text: string, tokens: Token[]): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.kind !== 'word' || !CUE_OPENERS.has(lower(tokens[i]))) continue;
    const cue = cueAt(text, tokens, i, cues[cues.length - 1]);
    if (cue?.source) {
      cues.push(cue);
      i = Math.max(i, cue.to - 1);
    }
  }
  return cues;
}

/** "Quoting a senior official, Rolling Stone reported …": the source is the one quoted, not the outlet. */
export function quotingSource(text: string, tokens: Token[]): Mention | null {
  if (!isWord(tokens[0], 'quoting')) return null;
  const end = tokens.findIndex((t, i) => i > 0 && isPunct(t, ','));
  if (end < 2) return null;
  return describeMention(text, tokens.slice(1, end), null);
}

/**
 * Whom "Quoting X, …" gives the sentence's quotes to: X when the main clause's source reports ("the Courier
 * reported"), no one when that source is a person named in full, who says it in their own words ("Quoting appeals
 * by Archbishop Pius Ncube, columnist Jeff Jacoby said it was time to act: “…”").
 */
export function quotingFor(quoting: Mention | null, source: Mention | null): Mention | null {
  const name = source?.kind === 'named' ? (source.name ?? '') : '';
  const first = name.includes(' ') ? (nameProper(name)[0] ?? '').toLowerCase() : '';
  return first && isAnyFirstName(first) ? null : quoting;
}

/** "KELLER: “…”", "JAKE TAPPER: “…”": a transcript's speaker label in capitals opening the sentence. */
export function transcriptLabel(text: string, tokens: Token[], quoteIndex: number): Mention | null {
  if (!isPunct(tokens[quoteIndex - 1], ':') || quoteIndex < 2 || quoteIndex > 5) return null;
  const label = tokens.slice(0, quoteIndex - 1);
  if (!label.every((t) => t.kind === 'word' && /^[\p{Lu}][\p{Lu}.'’-]+$/u.test(t.text))) return null;
  const first = label[0] as Token;
  const last = label[label.length - 1] as Token;
  const name = text.slice(first.start, last.end);
  return {
    start: first.start,
    end: last.end,
    text: name,
    kind: 'named',
    name,
    role: null,
    head: null,
    plural: false,
  };
}

/** "Read the latest updates below:", "Watch:": a line for the reader, ending in a colon (not "Read told reporters:"). */
export function tellsReaderWhereToLook(tokens: Token[]): boolean {
  const first = tokens.findIndex((t) => t.kind === 'word');
  const next = tokens[first + 1];
  return (
    first >= 0 &&
    isPunct(tokens[tokens.length - 1], ':') &&
    READER_INSTRUCTIONS.has(lower(tokens[first])) &&
    (isPunct(next, ':') || (next?.kind === 'word' && !isCapitalized(next) && !CUE_VERBS.has(lower(next))))
  );
}

/**
 * "Michael P. McDonald: “…”", "Trump leaned in and boomed: “…”": a colon before a quote gives it to the name
 * before the colon, or else to the subject of the clause the colon ends.
 */
export function colonSource(text: string, tokens: Token[], quoteIndex: number): Mention | null {
  if (!isPunct(tokens[quoteIndex - 1], ':')) return null;
  const end = skipParenthesis(tokens, quoteIndex - 2); // "Rep. Trey Gowdy (R-S.C.): “…”"
  if (end < 0 || tokens[end]?.kind !== 'word') return null;
  // The name right before the colon, or before its verb: "Ben Ortiz echoed:", "Trump reportedly yelling:".
  let last = end;
  while (last > end - 2 && /^\p{Ll}/u.test(tokens[last]?.text ?? '') && !PRONOUNS.has(lower(tokens[last])))
    last--;
  // "… quoting da Vinci in Italian:": a name after a preposition is not the one introducing the quote.
  const named =
    (isCapitalized(tokens[last]) &&
      !TIME_WORDS.has(lower(tokens[last])) &&
      !(last === end && insidePrepositionalPhrase(tokens, last))) ||
    // "Lucy Mangan was wryly amused by it:": a pronoun after a preposition is its object, not who speaks.
    (last === end && PRONOUNS.has(lower(tokens[end])) && !PREPOSITIONS.has(lower(tokens[end - 1])));
  const from = named ? expandLeft(tokens, last) : -1;
  const mention = named ? describeMention(text, tokens.slice(from, last + 1), null) : null;
  if (mention && mention.kind === 'named')
    return (
      personBeforeAffiliation(text, tokens, from, mention) ??
      jointAuthors(text, tokens, from, mention) ??
      mention
    );
  if (mention && mention.kind !== 'nominal') return mention;
  // The clause's subject must be followed by its verb: "Giant screens … glittered with …: “…”" names nobody.
  // ("Pia Lindqvist, on the shortage: “…”": a name set off by a comma needs no verb.)
  const candidates = subjectCandidates(tokens, end);
  const setOff = candidates[0] && candidates[0].from === 0 && isPunct(tokens[candidates[0].to], ',');
  const subject =
    nearestSubject(tokens, end) ??
    candidates.find((c) => verbAfter(tokens, c.to)) ??
    (setOff ? candidates[0] : undefined);
  const clause = subject ? describeMention(text, tokens.slice(subject.from, subject.to), null) : null;
  return clause && clause.kind !== 'nominal' ? clause : null;
}

/** The most words a roundup line's name runs to before its comma (see personBeforeAffiliation). */
const MAX_ROUNDUP_NAME_WORDS = 5;

/**
 * Platforms and outlets a roundup names by one word after a writer's name ("Meghan McCain, Twitter:"). Only here:
 * as organisations everywhere, "it" came to stand for them wherever they were named nearby ("a message on Twitter
 * … it said"), which on the Guardian's articles named more wrong speakers than right ones.
 */
const ROUNDUP_PLATFORMS = new Set(
  `twitter facebook instagram youtube tiktok reddit linkedin politico breitbart axios vox slate salon buzzfeed
  reuters bloomberg huffpost mediaite newsmax`.split(/\s+/),
);

/** Whether the words before a roundup's colon name a paper or a platform, not a person. */
const namesNoPerson = (name: string) =>
  nameKind(name) !== 'person' || ROUNDUP_PLATFORMS.has(name.toLowerCase());

/**
 * "Gerald F. Seib, The Wall Street Journal: “…”", "Meghan McCain, Twitter: “…”": a roundup's line opens with a
 * person's name and, after a comma, the paper or platform they wrote in; the person says the words, not the paper.
 * Only where the name opens the line and the words before the colon name no person ("Ana Ruiz, Ben Ortiz:" stays).
 */
function personBeforeAffiliation(
  text: string,
  tokens: Token[],
  from: number,
  affiliation: Mention,
): Mention | null {
  const comma = from - 1;
  if (!isPunct(tokens[comma], ',') || affiliation.name === null || !namesNoPerson(affiliation.name))
    return null;
  let start = comma;
  while (start > 0 && isCapitalized(tokens[start - 1]) && comma - start < MAX_ROUNDUP_NAME_WORDS) start--;
  if (start === comma || !opensLine(text, tokens, start)) return null;
  const person = describeMention(text, tokens.slice(start, comma), null);
  return person?.kind === 'named' && person.name !== null && nameKind(person.name) === 'person'
    ? person
    : null;
}

/**
 * "Ana Ruiz and Ben Ortiz: “…”": two named people joined by "and" both introduce the words (the authors of a
 * joint report or column); the speaker names both, never only the second.
 */
/** A word of a name: capitalised and not in capitals throughout (a headline's words are), or an initial. */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}'’-][\p{L}'’-]*|\p{Lu}\.)$/u;

function jointAuthors(text: string, tokens: Token[], from: number, second: Mention): Mention | null {
  if (!isWord(tokens[from - 1], 'and')) return null;
  let firstFrom = from - 1;
  while (firstFrom > 0 && from - firstFrom <= 4 && NAME_WORD.test(tokens[firstFrom - 1]?.text ?? ''))
    firstFrom--;
  if (firstFrom === from - 1 || NP_BREAKERS.has(lower(tokens[firstFrom - 1]))) return null; // "between A and B:"
  const first = describeMention(text, tokens.slice(firstFrom, from - 1), null);
  if (first?.kind !== 'named' || first.name === null) return null;
  return {
    ...second,
    start: first.start,
    text: text.slice(first.start, second.end),
    name: `${first.name} and ${second.name}`,
    role: null,
    plural: true,
  };
}

/**
 * "Bolton thought some of the “Neocons For Hillary” buzz …": a partial quote with no cue at all belongs to the
 * person the sentence is about, when the sentence opens with a name or a personal pronoun.
 */
export function sentenceSubject(text: string, tokens: Token[], quoteIndex: number): Mention | null {
  // "one assertion that he really is not “crazy”": a pronoun opening a that-clause is talked about, not quoted.
  const pronoun = nearestSubject(tokens, quoteIndex);
  const near = pronoun && !COMPLEMENTIZERS.has(lower(tokens[pronoun.from - 1])) ? pronoun : null;
  const candidates = subjectCandidates(tokens, quoteIndex);
  const opening =
    candidates[0] && candidates[0].from <= 3 && !frontedOpening(tokens) ? candidates[0] : undefined;
  const subject = near ?? candidates.find((c) => verbAfter(tokens, c.to)) ?? opening;
  // "Blumenthal was asked, “…”": the one asked did not say the words.
  if (!subject || passive(tokens, subject.to + 1)) return null;
  const mention = describeMention(text, tokens.slice(subject.from, subject.to), null);
  return mention && mention.kind !== 'nominal' && !mention.plural ? mention : null;
}

/** Nouns for a statement whose content a that-clause gives: "Trump's claim that …". */
const CLAIM_NOUNS = new Set(
  'claim claims assertion prediction insistence contention argument warning promise pledge vow boast allegation'.split(
    ' ',
  ),
);

/**
 * "a fact-check on Donald Trump's claim that there have been “thousands of shootings”": a partial quote in the
 * that-clause of a possessive name's claim is the name's. The name's phrase, or null.
 */
export function claimOwner(text: string, tokens: Token[], quoteIndex: number): Mention | null {
  const owner = claimOwnerPhrase(tokens, quoteIndex);
  const mention = owner && describeMention(text, tokens.slice(owner.from, owner.to), null);
  return mention?.kind === 'named' ? mention : null;
}

/** The possessive name whose claim's that-clause holds tokens[quoteIndex] (see claimOwner), or null. */
export function claimOwnerPhrase(tokens: Token[], quoteIndex: number): Phrase | null {
  let that = quoteIndex - 1;
  // "Rubio's claim that Cruz is in favor of it is “simply not true”", "Z's claim that it never happened earned
  // him the title of “conman”": a second verb before the quote is the sentence's own, and the quote is said of
  // the claim, not in it.
  let verbs = 0;
  for (; that > 0 && !isWord(tokens[that], 'that'); that--) {
    const t = tokens[that] as Token;
    if (t.kind !== 'word' && !isPunct(t, ',')) return null;
    const verb = AUXILIARIES.has(lower(t)) || (/ed$/.test(t.text) && !isCapitalized(t));
    if (verb && ++verbs > 1) return null;
  }
  const noun = that - 1;
  if (!CLAIM_NOUNS.has(lower(tokens[noun]))) return null;
  let owner = noun - 1;
  while (owner > 0 && tokens[owner]?.kind === 'word' && !isCapitalized(tokens[owner]) && noun - owner <= 2)
    owner--;
  if (!isPossessive(tokens[owner]) || !isCapitalized(tokens[owner])) return null;
  return { from: capitalisedRunStart(tokens, owner), to: owner + 1, appositive: null };
}

const COMPLEMENTIZERS = new Set(['that', 'whether', 'if', 'hopes', 'hope', 'fears', 'because']);

/** Verbs in -ed/-s that "it" does without speaking: "“…,” it seemed". */
const NOT_SPEECH_AFTER_IT = new Set([
  'seemed',
  'seems',
  'appeared',
  'appears',
  'happened',
  'happens',
  'worked',
  'works',
  'looked',
  'looks',
  'mattered',
  'matters',
  'helped',
  'helps',
  'failed',
  'fails',
  'passed',
  'passes',
  'ended',
  'ends',
  'started',
  'starts',
  'turned',
  'turns',
  'sounded',
  'sounds',
  'remained',
  'remains',
]);

/** Words that may follow a cue verb by shape and start another clause: "“…,” Trump barked and a guard …". */
const CLAUSE_LINKS = new Set(['and', 'as', 'before', 'after', 'while']);

const PAST_OR_PRESENT = /^\p{Ll}[\p{L}-]*(?:ed|s)$/u;
const NOT_CUES = new Set([
  'was',
  'is',
  'has',
  'does',
  'as',
  'this',
  'its',
  'his',
  'hers',
  'us',
  'yes',
  'less',
  'plus',
]);

/**
 * "“…,” Kelly charged.": a quote, a comma, a name or pronoun and a verb — a cue by its shape even when the
 * verb is not a verb of saying we know.
 */
export function cueByShape(text: string, tokens: Token[], quoteIndex: number): Mention | null {
  let i = quoteIndex + 1;
  if (tokens[i]?.kind === 'punct' && /^[,—–-]$/.test(tokens[i]?.text ?? '')) i++;
  const first = tokens[i];
  if (first?.kind !== 'word') return null;
  const inverted = invertedByShape(text, tokens, i);
  if (inverted) return inverted;
  // Only after a quote that closes a sentence of speech ("…,” / "…?”"): a scare quote runs on into its sentence.
  const closed =
    /[,?!][’”"'»]*$/.test(tokens[quoteIndex]?.text ?? '') &&
    tokens.slice(0, quoteIndex).every((t) => t.kind !== 'word');
  if (ARTICLES.has(lower(first))) return closed ? describedByShape(text, tokens, i) : null;
  let end = i;
  if (PRONOUNS.has(lower(first))) end = i + 1;
  else while (isCapitalized(tokens[end]) && end - i < 4) end++;
  if (end === i || !verbByShape(tokens, end)) return null;
  // "“…,” it recommended": an organisation's words; "“…,” it seemed" is no speech.
  if (lower(first) === 'it' && NOT_SPEECH_AFTER_IT.has(lower(tokens[end]))) return null;
  return describeMention(text, tokens.slice(i, end), null);
}

/** A verb in -ed or -s that ends its clause or is followed by a preposition, an adverb or "and". */
function verbByShape(tokens: Token[], at: number): boolean {
  const verb = tokens[at];
  if (verb?.kind !== 'word' || !PAST_OR_PRESENT.test(verb.text) || NOT_CUES.has(lower(verb))) return false;
  const after = tokens[at + 1];
  const free = (w: string) => PREPOSITIONS.has(w) || ADVERBS.has(w) || CLAUSE_LINKS.has(w);
  return !(after && after.kind === 'word' && !free(lower(after)));
}

/** "“…,” the Republican vice-presidential nominee riffed on …": a description and its verb, by shape. */
function describedByShape(text: string, tokens: Token[], i: number): Mention | null {
  for (let k = i + 2; k <= i + MAX_DESCRIBED_BY_SHAPE && k < tokens.length; k++) {
    const t = tokens[k - 1] as Token;
    if (t.kind !== 'word' || NP_BREAKERS.has(lower(t)) || CUE_VERBS.has(lower(t))) return null;
    if (verbByShape(tokens, k)) return describeMention(text, tokens.slice(i, k), null);
  }
  return null;
}

const MAX_DESCRIBED_BY_SHAPE = 6;
const ARTICLES = new Set(['the', 'a', 'an', 'one', 'another']);

/**
 * Words before a quote that make it a name, not speech: "dubbed", "known as". (A title or the text of a message,
 * "a memo titled “…”", "a tweet reading “…”", stays its author's words.)
 */
const LABEL_WORDS = new Set(['dubbed', 'nicknamed']);

/**
 * "Marcel Lazar, known online as “Guccifer,”", "what had been called the “Golden Week,”": the quoted words are a
 * name; nobody is said to have said them.
 */
export function isLabel(tokens: Token[], quoteIndex: number): boolean {
  let k = quoteIndex - 1;
  if (isPunct(tokens[k], ',')) k--;
  if (DETERMINERS.has(lower(tokens[k])) && !PRONOUNS.has(lower(tokens[k]))) k--;
  const w = lower(tokens[k]);
  if (LABEL_WORDS.has(w)) return true;
  if (w === 'as') return [1, 2, 3].some((d) => isWord(tokens[k - d], 'known'));
  return (
    (w === 'called' || w === 'named' || w === 'labeled' || w === 'labelled') &&
    BE_FORMS.has(lower(tokens[k - 1]))
  );
}

/** "“…,” reacted Trump.", "“…,” remembered Roy Verley, HP's former spokesman.": a past-tense verb, then a name. */
function invertedByShape(text: string, tokens: Token[], verb: number): Mention | null {
  const t = tokens[verb] as Token;
  if (isCapitalized(t) || !/^\p{Ll}+ed$/u.test(t.text) || NOT_CUES.has(lower(t))) return null;
  let end = verb + 1;
  while (isCapitalized(tokens[end]) && end - verb <= 4) end++;
  const after = tokens[end];
  const closes = after === undefined || after.kind === 'punct';
  if (end - verb < 2 || !closes || TIME_WORDS.has(lower(tokens[verb + 1]))) return null;
  const mention = describeMention(text, tokens.slice(verb + 1, end), null);
  return mention?.kind === 'named' ? mention : null;
}

/**
 * How a byline or a credit line under an article opens or ends ("— By Tom Hart", "— Photos By …", "— Tom Hart,
 * Staff Writer", "— Jane Doe, Globe Correspondent"): it names who wrote the article, not who said anything ("—
 * Marty Baron, executive editor of The Washington Post" and "— Gov. Tom Reed, standing by the new bridge" still
 * sign).
 */
const CREDIT_OPENERS = new Set([
  'reporting',
  'additional',
  'compiled',
  'edited',
  'editing',
  'written',
  'from',
]);
const CREDIT_LINE =
  /^[-—–\s]*(?:\S+\s+){0,3}by\b|\b(?:staff|contributing|senior)\s+(?:writer|reporter|reports|photographer)\b|\bcontributed\b|\bcorrespondent\b|\bspecial\s+to\b/i;
/** A newspaper's name alone after the comma: "— Jane Doe, Tampa Bay Times" (not "…, executive editor of The Post"). */
const CREDIT_PAPER =
  /,\s*(?:\p{Lu}[\p{L}.'’-]*\s+)*(?:Times|Post|Journal|Herald|Tribune|Gazette|News|Globe|Chronicle)\s*$/u;

/** The dashes a sign-off opens with: a hyphen, an en or em dash, a horizontal bar ("― Name"). */
const SIGN_OFF_DASH = /^[-—–―]/;

/** The most capitalised words a sign-off's title and name run to. */
const MAX_SIGN_OFF_WORDS = 8;

/** The index just past the parenthesis that opens at `open`, or `open` when it does not close. */
function skipParenthesisForward(tokens: Token[], open: number): number {
  for (let k = open + 1; k < tokens.length && k - open < 8; k++) if (isPunct(tokens[k], ')')) return k + 1;
  return open;
}

/**
 * "- Bernie Sanders.", "—President Obama, tweeting after the speech.": a line that opens with a dash and a name
 * signs the quotation printed just before it (a fact-check or a "quotable" box).
 */
export function signOff(text: string, tokens: Token[], unitStart: number): Mention | null {
  if (!SIGN_OFF_DASH.test(text.slice(unitStart, unitStart + 1))) return null;
  const from = tokens[0]?.kind === 'punct' ? 1 : 0; // a lone hyphen is no token
  // "— By Tom Hart", "— Additional Reporting By Jane Doe", "— Tom Hart, Staff Writer": a credit, no sign-off.
  const line = text.slice(unitStart, tokens[tokens.length - 1]?.end ?? unitStart);
  if (CREDIT_OPENERS.has(lower(tokens[from])) || CREDIT_LINE.test(line) || CREDIT_PAPER.test(line))
    return null;
  let end = from;
  // "— Republican National Committee Chair Ronna McDaniel, in a tweet": a title and a name, up to eight words.
  while (isCapitalized(tokens[end]) && end - from < MAX_SIGN_OFF_WORDS) end++;
  // "— Rep. Jane Doe (R-Tex.), in a tweet": a party tag after the name.
  const after = isPunct(tokens[end], '(') ? skipParenthesisForward(tokens, end) : end;
  const closes = after === tokens.length || isPunct(tokens[after], ',') || isPunct(tokens[after], '.');
  if (end === from || !closes) return null;
  const mention = describeMention(text, tokens.slice(from, end), null);
  return mention?.kind === 'named' ? mention : null;
}

/** Whether tokens[k] is the first on its line of the text: no token before it, or a line break between. */
function opensLine(text: string, tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  return !before || text.slice(before.end, (tokens[k] as Token).start).includes('\n');
}

/** The index of the first token after `from` that starts a new line of the text, or tokens.length. */
function lineEndAfter(text: string, tokens: Token[], from: number): number {
  for (let k = from + 1; k < tokens.length; k++) if (opensLine(text, tokens, k)) return k;
  return tokens.length;
}

/**
 * "“…” ― Sonya Herridge", "“…” — Rep. Jo Park (R-Tex.)": a dash and a name after a quote, ending its line, sign that
 * quote (a reader's reaction in a list, a quote box), as a sign-off line signs the quote above it (see signOff:
 * the same credits are no signature). The line must hold no other quote.
 */
export function trailingSignOff(text: string, tokens: Token[], q: number): Mention | null {
  const quote = tokens[q];
  if (quote?.kind !== 'quote' || !standsAlone(text, tokens, q)) return null;
  const dash = quote.end + (text.slice(quote.end).match(/^[^\S\n]*/)?.[0].length ?? 0);
  if (!SIGN_OFF_DASH.test(text.charAt(dash))) return null;
  const from = q + 1;
  if (from >= tokens.length || (tokens[from] as Token).start < dash) return null;
  const line = tokens.slice(from, lineEndAfter(text, tokens, from));
  if (line.length === 0 || line.some((t) => t.kind === 'quote')) return null;
  const signed = signOff(text, line, dash);
  // "― Sonya Herridge": a whole name (a lone capitalised word after a dash may be anything: "-Does").
  return signed && (signed.name ?? '').split(/\s+/).length >= 2 ? signed : null;
}

/**
 * Whether a quote is printed as words of their own: it opens its line, or it ends a sentence inside its marks
 * ("“… our young people.” ―"). A fragment in running text ("his “secret weapon” – Eddie, a 27-year-old …") is
 * not, and a dash after it explains rather than signs.
 */
function standsAlone(text: string, tokens: Token[], q: number): boolean {
  const quote = tokens[q] as Token;
  return opensLine(text, tokens, q) || /[.?!…][’”"'»]*$/.test(text.slice(quote.start, quote.end));
}

/**
 * "including the former candidate Mitt Romney -- “It is disqualifying …” -- and Fred Goldberg": a quote set off by
 * dashes right after a person's name (two words or more) is that person's, whatever verb the sentence has. The
 * name's first token, or -1.
 */
export function dashedAfterName(tokens: Token[], q: number): number {
  // Closed by a dash too: "an ode to Queen Victoria – “that cold and selfish woman”." describes her.
  if (!isDash(tokens[q - 1]) || !isDash(tokens[q + 1])) return -1;
  const from = capitalisedRunStart(tokens, q - 2);
  // Opening with a title or a given name ("Mitt Romney", "Sen. Alma Reyes"): "New Orleans" is no one, and in
  // "Quoting Victor Hugo" the opener is no part of the name.
  const opens = isGivenWord(tokens[from]) || TITLE_WORDS.has(lower(tokens[from]).replace(/\.$/, ''));
  return q - 1 - from >= 2 && opens && isPersonName(tokens, from, q - 1) ? from : -1;
}
