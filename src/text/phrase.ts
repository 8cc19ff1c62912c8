/**
 * A query as a phrase: its words consecutive in the text, in any case, a possessive allowed ("Wells Fargo's"),
 * hyphens and spaces alike ("Strauss-Kahn"). Stemmed index terms find "well" for "Wells" and "William" in a
 * passage about another prince; a phrase check on the words themselves does not. Pure functions over text.
 */
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
