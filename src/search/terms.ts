/**
 * How text becomes index terms, for passages and queries alike: words (hyphens split them; inner apostrophes and
 * initialism dots do not), folded to lower case without accents or curly apostrophes, possessives dropped,
 * stopwords removed, and stemmed with Porter2 so "sanctioned" finds "sanctions".
 */
import stem from 'wink-porter2-stemmer';
import { ENGLISH_STOPWORDS } from './stopwords';

const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Lower case, no diacritics, straight apostrophes: the form words are compared in. */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘`]/g, "'");
}

/** The index term for one token, or null for a stopword. */
export function processTerm(token: string): string | null {
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
  return common / Math.max(1, Math.min(a.size, b.size));
}
