/**
 * The index terms of many documents (an article's passages, or its quotes) in one flat form: what the postings
 * take for each document, computed where the CPU is free (a worker of the index pool) and sent across the thread
 * boundary as one string and a few typed arrays instead of a map per document. Reading it back gives each
 * document's terms and weights in the order the maps had them, so the postings are the same whichever thread
 * computed them.
 */
import type { Article } from '../../corpus/types';
import type { Passage, PassagePairs, TermRows } from '../../indexing/types';
import type { ExtractedQuote } from '../../quotes/extractQuotes';
import { tokenNamePairs } from '../../text/phrase';
import { termWeights, tokenize, tokenWeights, totalWeight } from '../../text/terms';

export type { TermRows };

/** Index terms never hold a space: they are made of letters, digits, apostrophes and dots. */
const SEPARATOR = ' ';

/**
 * Flattens each document's weights (and its length) into rows. A term is written once however many documents
 * hold it (an article's title words are in every passage): the thread that stores the rows looks each up once.
 */
export function toRows(
  documents: ReadonlyArray<{ weights: ReadonlyMap<string, number>; length: number }>,
): TermRows {
  const places = new Map<string, number>();
  const terms: string[] = [];
  let total = 0;
  for (const d of documents) total += d.weights.size;
  const entries = new Uint32Array(total);
  const weights = new Float64Array(total);
  const counts = new Uint32Array(documents.length);
  const lengths = new Float64Array(documents.length);
  let at = 0;
  documents.forEach((d, i) => {
    for (const [term, weight] of d.weights) {
      let place = places.get(term);
      if (place === undefined) {
        place = terms.length;
        places.set(term, place);
        terms.push(term);
      }
      entries[at] = place;
      weights[at++] = weight;
    }
    counts[i] = d.weights.size;
    lengths[i] = d.length;
  });
  return { terms: terms.join(SEPARATOR), entries, weights, counts, lengths };
}

/** The rows' distinct terms, in the order the entries first name them; throws on rows that do not add up. */
export function rowTerms(rows: TermRows): string[] {
  const terms = rows.terms === '' ? [] : rows.terms.split(SEPARATOR);
  const { entries, weights, counts } = rows;
  let total = 0;
  for (const count of counts) total += count;
  if (entries.length !== weights.length || entries.length !== total)
    throw new Error('term rows: entries, weights and counts do not match');
  for (const place of entries)
    if (place >= terms.length) throw new Error('term rows: an entry names no term');
  return terms;
}

/** Each document's entries, `rows.entries[from..to)` with their weights, and its length, in order. */
export function forEachRow(
  rows: TermRows,
  add: (k: number, from: number, to: number, length: number) => void,
): void {
  let from = 0;
  for (let k = 0; k < rows.counts.length; k++) {
    const to = from + (rows.counts[k] as number);
    add(k, from, to, rows.lengths[k] as number);
    from = to;
  }
}

export interface PassageBoost {
  text: number;
  title: number;
  outlet: number;
}

/**
 * Each passage's terms (its text's, then the article's title and outlet words at their boost; its length is the
 * text's) and its name pairs (see namePairs), from one cut of its text into tokens.
 */
export function passageRows(
  article: Article,
  passages: readonly Passage[],
  boost: PassageBoost,
): { rows: TermRows; pairs: PassagePairs } {
  const fields = termWeights(article.title ?? '', boost.title);
  addWeights(fields, termWeights(article.outlet ?? '', boost.outlet));
  const pairs: number[][] = [];
  const rows = toRows(
    passages.map((p) => {
      const tokens = tokenize(article.text.slice(p.start, p.end));
      pairs.push(tokenNamePairs(tokens));
      const weights = tokenWeights(tokens, boost.text);
      const length = totalWeight(weights);
      addWeights(weights, fields);
      return { weights, length };
    }),
  );
  const counts = Uint32Array.from(pairs, (each) => each.length);
  return { rows, pairs: { counts, hashes: Float64Array.from(pairs.flat()) } };
}

/** Each quote's terms, from its words. */
export function quoteRows(quotes: readonly ExtractedQuote[]): TermRows {
  return toRows(
    quotes.map((q) => {
      const weights = termWeights(q.text, 1);
      return { weights, length: totalWeight(weights) };
    }),
  );
}

function addWeights(into: Map<string, number>, from: ReadonlyMap<string, number>): void {
  for (const [term, weight] of from) into.set(term, (into.get(term) ?? 0) + weight);
}
