/**
 * What indexing makes of an article: everything the answers read besides the article's own text, extracted once
 * when the article enters the archive and stored as given. Any engine behind the archive port stores these.
 */
import type { Article, Span } from '../corpus/types';
import type { TimeExpression } from '../dates/extractDates';
import type { ExtractedQuote } from '../quotes/extractQuotes';
import type { NamedPerson } from '../quotes/peopleOf';

/** A paragraph, or for a long paragraph a run of its sentences: what the index holds and a citation quotes. */
export interface Passage extends Span {
  id: string;
  articleId: string;
  paragraph: number;
  /** 0 for a whole paragraph; 1, 2, … for the pieces of a long one. */
  part: number;
}

/** A person the article names: their name and its variants, gender when known, the roles it gives them. */
export type PersonRecord = NamedPerson;

export interface IndexedArticle {
  article: Article;
  passages: Passage[];
  /** Time expressions resolved against the article's publication date. */
  dates: TimeExpression[];
  quotes: ExtractedQuote[];
  people: PersonRecord[];
  /**
   * The days the article reports, packed (see dayReports.ts): what a timeline ranks days by without reading the
   * text. Optional: an engine that does not keep it gives timelines from the text instead.
   */
  dayReports?: number[];
  /**
   * The same results already in the form the embedded engine stores (computed by a worker of the index pool, so
   * the thread that stores only copies). Optional: an engine computes it itself when it is absent.
   */
  prepared?: PreparedArticle;
}

/** The index terms of a list of documents, flat (see search/engine/termRows.ts). */
export interface TermRows {
  /** The documents' distinct terms, in the order they first come, joined by spaces. */
  terms: string;
  /** Every document's terms in order, each as its place in `terms`. */
  entries: Uint32Array;
  /** Each entry's weight, in the same order. */
  weights: Float64Array;
  /** How many of the terms are each document's. */
  counts: Uint32Array;
  /** Each document's length as BM25 counts it. */
  lengths: Float64Array;
}

/** Each passage's name pair hashes (see namePairs in text/phrase.ts): how many each has, then all in order. */
export interface PassagePairs {
  counts: Uint32Array;
  hashes: Float64Array;
}

/** What the embedded engine stores of an indexed article, computed beforehand. */
export interface PreparedArticle {
  passageTerms: TermRows;
  passagePairs: PassagePairs;
  quoteTerms: TermRows;
  /** The article's record (article, dates, people, day reports) as its JSON line. */
  recordLine: string;
  /** Each quote, as stored, as its JSON line. */
  quoteLines: string[];
}
