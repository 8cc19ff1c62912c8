/**
 * How closely a remembered quote matches a printed one: the longest run of the query's words found in order in
 * the quote, where a word matches its stem-mates ("watching"/"watched"), a one-letter slip in a longer word,
 * and curly or straight apostrophes alike. Tolerates a dropped, added or swapped word. The words must lie close
 * together in the quote: a long quote (a speech printed whole) holds most words of any sentence somewhere.
 */
import { foldWord, stem, tokenize } from '../text/terms';

export interface QuoteMatch {
  /** Words of the query found in order in the quote, within a stretch of it (see `spanLimit`). */
  common: number;
  queryLength: number;
  queryCoverage: number;
  quoteCoverage: number;
}

/** A quote matches when most of the query is in it, or when all of a short quote is in the query. */
export const MIN_QUERY_COVERAGE = 0.7;
export const MIN_QUOTE_COVERAGE = 0.8;
export const MIN_COMMON_WORDS = 3;

/** Folded, stemmed words: "U.S." → "us", "isn’t" → "isn't". */
export function matchWords(text: string): string[] {
  return tokenize(text).map((w) => {
    const folded = foldWord(w).replace(/\./g, '');
    return /^[a-z']+$/.test(folded) ? stem(folded.replace(/'s$/, '')) : folded;
  });
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 5) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}

const same = (a: string, b: string) => a === b || withinOneEdit(a, b);

/** Length of the longest common subsequence of two word lists. */
function commonInOrder(query: string[], quote: string[]): number {
  let prev = new Array<number>(quote.length + 1).fill(0);
  for (const q of query) {
    const row = new Array<number>(quote.length + 1).fill(0);
    for (let j = 1; j <= quote.length; j++) {
      row[j] = same(q, quote[j - 1] as string)
        ? (prev[j - 1] as number) + 1
        : Math.max(prev[j] as number, row[j - 1] as number);
    }
    prev = row;
  }
  return prev[quote.length] as number;
}

/**
 * How many quote words the query's words may spread over: twice the query, and at least ten more than it (room
 * for a skipped clause). A remembered quote is one stretch of the printed words, not words picked across a page.
 */
export const spanLimit = (queryLength: number) => Math.max(2 * queryLength, queryLength + 10);

/** The most query words found in order inside any stretch of `spanLimit` quote words. */
function commonNearby(query: string[], quote: string[]): number {
  const limit = spanLimit(query.length);
  if (quote.length <= limit) return commonInOrder(query, quote);
  let best = 0;
  for (let j = 0; j < quote.length && best < query.length; j++) {
    const word = quote[j] as string;
    if (!query.some((q) => same(q, word))) continue;
    best = Math.max(best, commonInOrder(query, quote.slice(j, j + limit)));
  }
  return best;
}

export function matchQuote(query: string[], quote: string[]): QuoteMatch {
  const common = query.length && quote.length ? commonNearby(query, quote) : 0;
  return {
    common,
    queryLength: query.length,
    queryCoverage: query.length ? common / query.length : 0,
    quoteCoverage: quote.length ? common / quote.length : 0,
  };
}

/** A query of one or two words must make up at least this share of the quote ("could happen"). */
export const SHORT_QUERY_QUOTE_COVERAGE = 0.5;

export function isMatch(m: QuoteMatch, queryLength: number): boolean {
  if (queryLength < MIN_COMMON_WORDS) {
    return m.common === queryLength && m.quoteCoverage >= SHORT_QUERY_QUOTE_COVERAGE;
  }
  if (m.common < MIN_COMMON_WORDS) return false;
  return m.queryCoverage >= MIN_QUERY_COVERAGE || m.quoteCoverage >= MIN_QUOTE_COVERAGE;
}

/**
 * A single figure for ranking matches, in [0, 1]: each query word found counts one, and the quote's coverage adds
 * at most half a word. So the quote holding more of the remembered words always ranks first, and coverage only
 * breaks ties (of two quotes with the same words, the one the query is most of): a short quote that shares a
 * phrase with the query never outranks the longer one that holds one more of its words.
 */
export function matchScore(m: QuoteMatch): number {
  if (m.queryLength === 0) return 0;
  return Math.round(((m.common + m.quoteCoverage / 2) / (m.queryLength + 0.5)) * 1000) / 1000;
}
