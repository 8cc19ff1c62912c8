/**
 * A query as a phrase: its words consecutive in the text, in any case, a possessive allowed ("Wells Fargo's"),
 * hyphens and spaces alike ("Strauss-Kahn"). Stemmed index terms find "well" for "Wells" and "William" in a
 * passage about another prince; a phrase check on the words themselves does not. Pure functions over text.
 */
import { escapeRegex } from './escapeRegex';
import { ENGLISH_STOPWORDS } from './stopwords';
import { foldWord, isPrintableAscii, stem, tokenize } from './terms';

/**
 * How the words compare. `name`: each word as written, folded (never another word of the same stem: "Wells" is
 * not "well", "Trump" not "trumped"). `words`: the same, but the last word in any inflection ("trade wars" for
 * "trade war").
 */
export type PhraseMode = 'name' | 'words';

export interface Phrase {
  /** The phrase's words, folded, possessives dropped; stopwords only inside it ("Bank of America"). */
  words: string[];
  mode: PhraseMode;
}

export interface PhraseRule {
  id: string;
  reason: string;
  mode: PhraseMode;
  query: string;
  /** Sentences that hold the phrase. */
  holds: string[];
  /** Sentences that hold the query's index terms but not the phrase. */
  lacks: string[];
}

/** A word as phrases compare it: folded, its possessive ending dropped. */
const phraseWord = (token: string) => foldWord(token).replace(/'s?$/, '');
const isStopword = (word: string) => ENGLISH_STOPWORDS.has(word);

/** The phrase a query asks for: its words, leading and trailing stopwords left out ("the election"). */
export function phraseOf(query: string, mode: PhraseMode): Phrase {
  const words = tokenize(query).map(phraseWord).filter(Boolean);
  let from = 0;
  let to = words.length;
  while (from < to && isStopword(words[from] as string)) from++;
  while (to > from && isStopword(words[to - 1] as string)) to--;
  return { words: words.slice(from, to), mode };
}

/**
 * Whether a phrase check can reject anything the index terms match: several words, or one name that is not its
 * own stem ("Wells" is indexed as "well", so the index alone finds every well). Not one lower-case word, which the
 * index matches by its stem as intended ("tariffs" finds "tariff"), nor a name that is its own stem ("Clinton"):
 * what the index finds for it are forms of the name itself ("the Clintons"), and checking would read every
 * article that names it.
 */
export function phraseNarrows(phrase: Phrase): boolean {
  const [only, ...more] = phrase.words;
  if (only === undefined) return false;
  return more.length > 0 || (phrase.mode === 'name' && stem(only) !== only);
}

/** The text's words as phrases compare them. */
export const phraseWords = (text: string): string[] => tokenize(text).map(phraseWord);

function sameWord(word: string, wanted: string, inflect: boolean): boolean {
  return word === wanted || (inflect && stem(word) === stem(wanted));
}

/** Whether `words` (a text's words, see phraseWords) hold the phrase. */
export function holdsPhraseWords(words: readonly string[], phrase: Phrase): boolean {
  const n = phrase.words.length;
  if (n === 0) return false;
  const first = phrase.words[0] as string;
  for (let i = 0; i + n <= words.length; i++) {
    if (!sameWord(words[i] as string, first, n === 1 && phrase.mode === 'words')) continue;
    let j = 1;
    while (
      j < n &&
      sameWord(words[i + j] as string, phrase.words[j] as string, j === n - 1 && phrase.mode === 'words')
    )
      j++;
    if (j === n) return true;
  }
  return false;
}

/**
 * Whether a text holds the phrase. Plain ASCII text (most news) that lacks one of the phrase's words even as a
 * substring of its lower case cannot hold it, and is not split into words (a word compared by its stem is not
 * looked for: its inflections may differ).
 */
export function holdsPhrase(text: string, phrase: Phrase): boolean {
  if (isPrintableAscii(text)) {
    const lower = text.toLowerCase();
    const last = phrase.words.length - 1;
    const absent = phrase.words.some(
      (w, i) => !(phrase.mode === 'words' && i === last) && !lower.includes(w),
    );
    if (absent) return false;
  }
  return holdsPhraseWords(phraseWords(text), phrase);
}

/** Plain ASCII (control characters allowed): every token folds to its lower case, nothing else. */
const isAscii = (s: string): boolean => /^\p{ASCII}*$/u.test(s);
/** A token starts here: no letter or digit before it, nor one joined to it by an apostrophe or a dot. */
const TOKEN_START = "(?<![a-z0-9]|[a-z0-9]['.])";
/** A token ends here: no letter or digit after it, nor an apostrophe or a dot that joins one to it. */
const TOKEN_END = "(?![a-z0-9]|['.][a-z0-9])";
/** What lies between two tokens: no letter or digit. */
const GAP = '[^a-z0-9]+';
/** Any token, captured (the last word of a lower-case phrase, compared by its stem). */
const ANY_TOKEN = "([a-z0-9]+(?:['.][a-z0-9]+)*)";

/**
 * The phrase as one regular expression over lower-case ASCII text: its words as whole tokens (as tokenize cuts
 * them), a possessive allowed, nothing but non-word characters between them. The last word of a `words` phrase is
 * captured, to be compared by its stem. Null when a word is not ASCII (an ASCII text cannot hold it).
 */
function asciiPattern(phrase: Phrase): RegExp | null {
  const { words, mode } = phrase;
  if (words.length === 0 || !words.every(isAscii)) return null;
  const exact = mode === 'words' && words.length > 1 ? words.slice(0, -1) : words;
  const parts = exact.map((w) => `${TOKEN_START}${escapeRegex(w)}(?:'s)?${TOKEN_END}`);
  if (exact.length < words.length) parts.push(`${TOKEN_START}${ANY_TOKEN}${TOKEN_END}`);
  return new RegExp(parts.join(GAP), 'g');
}

/**
 * A letter, digit or mark beyond ASCII: a text without one (most English news: its only other characters are
 * curly quotes and dashes, which tokenize and fold leave as they are, and ’, which both take as an apostrophe)
 * has only ASCII words, folded to their lower case.
 */
const WORD_CHAR_BEYOND_ASCII = /(?!\p{ASCII})[\p{L}\p{N}\p{M}]/u;

/**
 * A test of whether texts hold the phrase, compiled once: exactly what holdsPhrase says, but a text with only
 * ASCII words (most news) is matched by one regular expression instead of being split into words and folded word
 * by word.
 */
export function phraseTester(phrase: Phrase): (text: string) => boolean {
  const n = phrase.words.length;
  const inflectOnly = n === 1 && phrase.mode === 'words';
  const pattern = inflectOnly ? null : asciiPattern(phrase);
  const last = phrase.words[n - 1] as string;
  return (text) => {
    if (n === 0) return false;
    if (!pattern || WORD_CHAR_BEYOND_ASCII.test(text)) return holdsPhrase(text, phrase);
    const lower = text.toLowerCase().replace(/’/g, "'");
    pattern.lastIndex = 0;
    for (let m = pattern.exec(lower); m !== null; m = pattern.exec(lower)) {
      const token = m[1];
      if (token === undefined || sameWord(phraseWord(token), last, true)) return true;
      pattern.lastIndex = m.index + 1;
    }
    return false;
  };
}

/**
 * A name pair: two consecutive words of a text, both capitalised ("Donald Trump"). The passage index keeps a hash
 * of each pair per passage (see PassageTable), as Lucene's `index_phrases` keeps word pairs, so that the passages
 * holding a two-word name are known without reading any text; as hashes per passage, not terms, the memory grows
 * with the passages and not with the number of distinct pairs (which in news grows as fast as the archive).
 */
const NAME_WORD = /^\p{Lu}/u;

/** Whether a token is a name word: an ASCII first letter is told by its code, any other by NAME_WORD. */
function isNameWord(token: string): boolean {
  const c = token.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : NAME_WORD.test(token);
}

/**
 * A pair's hash: 52 bits (two 32-bit FNV-1a hashes of its phrase words, one of them cut to 20 bits), exact in a
 * double. Two different pairs in one passage share a hash about once in 2^52 checks.
 */
export function pairHash(first: string, second: string): number {
  const text = `${first} ${second}`;
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return ((b >>> 12) & 0xfffff) * 2 ** 32 + (a >>> 0);
}

/** The name pairs of a text already cut into tokens (see tokenize), as hashes, in order. */
export function tokenNamePairs(tokens: readonly string[]): number[] {
  const out: number[] = [];
  let before = false;
  for (let i = 0; i < tokens.length; i++) {
    const name = isNameWord(tokens[i] as string);
    if (name && before)
      out.push(pairHash(phraseWord(tokens[i - 1] as string), phraseWord(tokens[i] as string)));
    before = name;
  }
  return out;
}

/** The name pairs of a text, as hashes (see tokenNamePairs). */
export const namePairs = (text: string): number[] => tokenNamePairs(tokenize(text));

/** A phrase word a text may write in lower case or in figures inside a name ("Bank of America", "Boeing 737"). */
const maybeLowerOrFigures = (word: string) => isStopword(word) || /^\p{N}/u.test(word);

/**
 * The name pairs a passage holds when it holds the phrase written as a name, or null when they cannot tell: not
 * a name, one word, or a word a name may write other than capitalised ("Bank of America", "Boeing 737"). For two
 * words the pair is the phrase itself; for more, a passage with every pair holds each two of them together, but
 * maybe not all in one run.
 */
export function phrasePairs(phrase: Phrase): number[] | null {
  const { words, mode } = phrase;
  if (mode !== 'name' || words.length < 2 || words.some(maybeLowerOrFigures)) return null;
  return words.slice(1).map((word, i) => pairHash(words[i] as string, word));
}

/** Whether a text holds the phrase written as a name, told from its name pairs alone (see phrasePairs). */
export function holdsNamePairs(text: string, phrase: Phrase): boolean {
  const wanted = phrasePairs(phrase);
  if (!wanted) return false;
  const held = new Set(namePairs(text));
  return wanted.every((pair) => held.has(pair));
}

/** How name pairs tell a two-word name, with examples: a test runs them all. */
export const NAME_PAIR_RULES: readonly Omit<PhraseRule, 'mode'>[] = [
  {
    id: 'name-pair-capitalised',
    reason: 'a two-word name is found where it is written as a name: both words capitalised, side by side',
    query: 'Donald Trump',
    holds: [
      'Donald Trump arrived in Iowa on Sunday.',
      "DONALD TRUMP'S RALLY DRAWS THOUSANDS",
      'Aides to Donald J. Trump and to Donald Trump Jr. declined to comment.',
    ],
    lacks: [
      'The donald trump of the card game is an invented name.',
      'Donald Duck met with Ivanka Trump.',
      'Donald J. Trump spoke.',
    ],
  },
  {
    id: 'name-pair-any-gap',
    reason: 'as in a phrase, anything that is not a word may stand between the two words',
    query: 'Wells Fargo',
    holds: [
      'Shares of Wells-Fargo fell.',
      'Analysts at Wells (Fargo) disagreed.',
      'Les actionnaires de Wells Fargo',
    ],
    lacks: ['Fargo Wells is a town that does not exist.'],
  },
];

/** The phrase rules with their examples: a test runs them all. */
export const PHRASE_RULES: readonly PhraseRule[] = [
  {
    id: 'phrase-consecutive',
    reason: 'a name of several words is those words together, not each somewhere in the paragraph',
    mode: 'name',
    query: 'Prince William',
    holds: [
      'Prince William opened the new hospital wing on Tuesday.',
      "The crowd cheered PRINCE WILLIAM's arrival at the stadium.",
    ],
    lacks: ['Prince Harry spoke first; William Hague, the former minister, followed him.'],
  },
  {
    id: 'phrase-exact-word',
    reason: 'a name is never a stem of a common word: Wells is not well',
    mode: 'name',
    query: 'Wells Fargo',
    holds: [
      "Wells Fargo's chief executive resigned.",
      'Shares of Wells-Fargo fell.',
      'Les actionnaires de Wells Fargo ont été déçus.',
    ],
    lacks: ['The well was dug near Fargo last spring.', 'Fargo police said the wells were dry.'],
  },
  {
    id: 'phrase-single-name',
    reason: 'a one-word name matches the word itself, never the common word it stems to',
    mode: 'name',
    query: 'Wells',
    holds: ['Wells said the bank would appeal.', "The regulator criticised Wells' lending."],
    lacks: ['The well ran dry in August.'],
  },
  {
    id: 'phrase-inner-stopword',
    reason: 'words inside a name count (Bank of America); leading and trailing stopwords do not',
    mode: 'name',
    query: 'Bank of America',
    holds: ['Bank of America reported higher profits.'],
    lacks: ['The bank said America would recover.'],
  },
  {
    id: 'phrase-last-word-inflected',
    reason: 'a lower-case phrase allows its last word singular or plural',
    mode: 'words',
    query: 'trade war',
    holds: ['The trade wars of the decade hurt farmers.', 'A trade war began in March.'],
    lacks: ['The war on trade barriers continued.'],
  },
  {
    id: 'phrase-leading-stopword',
    reason: '"the election" asks for the election, whichever determiner the paragraph uses',
    mode: 'words',
    query: 'the election',
    holds: ['Voters went to the polls in this election.'],
    lacks: ['Voters went to the polls in this referendum.'],
  },
];
