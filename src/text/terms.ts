/**
 * How text becomes index terms, for passages and queries alike: words (hyphens split them; inner apostrophes and
 * initialism dots do not), folded to lower case without accents or curly apostrophes, possessives dropped,
 * stopwords removed, and stemmed with Porter2 so "sanctioned" finds "sanctions".
 */
import porter2 from 'wink-porter2-stemmer';
import { boundedMemo } from './boundedMemo';
import { ENGLISH_STOPWORDS } from './stopwords';

/** Stems already computed: a language has far fewer words than an archive has tokens. Bounded, then reset. */
const MAX_REMEMBERED_STEMS = 200_000;

/** The Porter2 stem of a folded word. */
export const stem: (word: string) => string = boundedMemo(porter2, MAX_REMEMBERED_STEMS);

const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Printable ASCII only: nothing to decompose or strip of accents (most words and names in English news). */
export const isPrintableAscii = (s: string): boolean => /^[ -~]*$/.test(s);

/** Lower case, no diacritics, straight apostrophes: the form words are compared in. */
export function foldWord(word: string): string {
  if (isPrintableAscii(word)) return word.toLowerCase().replace(/`/g, "'");
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘`]/g, "'");
}

/** Text without diacritics, in lower case: how names are compared ("Treviño" = "trevino"). */
export const foldName = (text: string): string =>
  isPrintableAscii(text) ? text.toLowerCase() : text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The same words, case, punctuation, quotation marks and spacing aside: two printings of one sentence or quote. */
export const sameWordsKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A person's surname as names are compared: "Geoffrey Corn" and "Corn" share "corn". */
export const surnameKey = (name: string): string => foldName(name.split(/\s+/).pop() ?? name);

/** termOf remembered by token (far fewer distinct tokens than tokens), bounded, then reset. */
const rememberedTerm: (token: string) => string | null = boundedMemo(termOf, MAX_REMEMBERED_STEMS);

/**
 * The terms of the commonest tokens, made once: the stopwords as text prints them (lower case, capitalised, upper
 * case), about two tokens in five. A lookup in this small map stays in the processor's cache; one in the memo of up
 * to MAX_REMEMBERED_STEMS tokens mostly does not (it was the indexing pipeline's costliest line).
 */
const COMMON_TOKENS: ReadonlyMap<string, string | null> = new Map(
  [...ENGLISH_STOPWORDS]
    .flatMap((w) => [w, `${w.charAt(0).toUpperCase()}${w.slice(1)}`, w.toUpperCase()])
    .map((token) => [token, termOf(token)]),
);

/** The index term for one token, or null for a stopword (see termOf): looked up in COMMON_TOKENS, then remembered. */
export function processTerm(token: string): string | null {
  const common = COMMON_TOKENS.get(token);
  return common === undefined ? rememberedTerm(token) : common;
}

/** The index term for one token: folded, possessive dropped, stemmed when it is all letters; null for a stopword. */
function termOf(token: string): string | null {
  const folded = foldWord(token);
  if (ENGLISH_STOPWORDS.has(folded)) return null;
  const bare = folded.replace(/'s$/, '');
  if (bare === '' || ENGLISH_STOPWORDS.has(bare)) return null;
  return /^[\p{L}']+$/u.test(bare) ? stem(bare) : bare;
}

/** The distinct terms of a query, in order. */
export function queryTerms(query: string): string[] {
  const terms = tokenize(query)
    .map(processTerm)
    .filter((t): t is string => t !== null);
  return [...new Set(terms)];
}

/** The distinct index terms of a text, as a set. */
export const termSet = (text: string): Set<string> => new Set(queryTerms(text));

/** The share of the smaller set's terms that the other set also has: 1 when one contains the other. */
export function termOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let common = 0;
  for (const t of a) if (b.has(t)) common++;
  return overlapShare(common, a.size, b.size);
}

/** `common` shared terms as a share of the smaller of two sets of these sizes (see termOverlap). */
export const overlapShare = (common: number, a: number, b: number): number =>
  common / Math.max(1, Math.min(a, b));

/** The sum of a text's term weights: its length as BM25 counts it. */
export function totalWeight(weights: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const weight of weights.values()) total += weight;
  return total;
}

/** Each index term of a text with its count, times a boost (a field's weight). */
export const termWeights = (text: string, boost: number): Map<string, number> =>
  tokenWeights(tokenize(text), boost);

/** termWeights of a text already cut into tokens (see tokenize). */
export function tokenWeights(tokens: readonly string[], boost: number): Map<string, number> {
  const weights = new Map<string, number>();
  for (const token of tokens) {
    const term = processTerm(token);
    if (term !== null) weights.set(term, (weights.get(term) ?? 0) + boost);
  }
  return weights;
}
