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
import { namePairs } from '../../text/phrase';
import { termWeights, totalWeight } from '../../text/terms';

export type { TermRows };

/** Index terms never hold a space: they are made of letters, digits, apostrophes and dots. */
const SEPARATOR = ' ';

/** Flattens each document's weights (and its length) into rows. */
export function toRows(
  documents: ReadonlyArray<{ weights: ReadonlyMap<string, number>; length: number }>,
): TermRows {
  const terms: string[] = [];
  let total = 0;
  for (const d of documents) total += d.weights.size;
  const weights = new Float64Array(total);
  const counts = new Uint32Array(documents.length);
  const lengths = new Float64Array(documents.length);
  documents.forEach((d, i) => {
    for (const [term, weight] of d.weights) {
      weights[terms.length] = weight;
      terms.push(term);
    }
    counts[i] = d.weights.size;
    lengths[i] = d.length;
  });
  return { terms: terms.join(SEPARATOR), weights, counts, lengths };
}

/** Each document's terms, weights and length, in order: `add(k, terms, weights, from, to, length)`. */
export function forEachRow(
  rows: TermRows,
  add: (
    k: number,
    terms: readonly string[],
    weights: Float64Array,
    from: number,
    to: number,
    length: number,
  ) => void,
): void {
  const terms = rows.terms === '' ? [] : rows.terms.split(SEPARATOR);
  if (terms.length !== rows.weights.length) throw new Error('term rows: terms and weights do not match');
  let from = 0;
  for (let k = 0; k < rows.counts.length; k++) {
    const to = from + (rows.counts[k] as number);
    add(k, terms, rows.weights, from, to, rows.lengths[k] as number);
    from = to;
  }
}

export interface PassageBoost {
  text: number;
  title: number;
  outlet: number;
}

/** Each passage's terms: its text's, then the article's title and outlet words at their boost; length of the text. */
export function passageRows(article: Article, passages: readonly Passage[], boost: PassageBoost): TermRows {
  const fields = termWeights(article.title ?? '', boost.title);
  addWeights(fields, termWeights(article.outlet ?? '', boost.outlet));
  return toRows(
    passages.map((p) => {
      const weights = termWeights(article.text.slice(p.start, p.end), boost.text);
      const length = totalWeight(weights);
      addWeights(weights, fields);
      return { weights, length };
    }),
  );
}

/** Each passage's name pair hashes (see namePairs), from its text. */
export function passagePairs(article: Article, passages: readonly Passage[]): PassagePairs {
  const each = passages.map((p) => namePairs(article.text.slice(p.start, p.end)));
  return { counts: Uint32Array.from(each, (pairs) => pairs.length), hashes: Float64Array.from(each.flat()) };
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
