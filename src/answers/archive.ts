/**
 * The archive as the answers need it: a port, so that any engine can stand behind it (the embedded one by
 * default; PostgreSQL or a search cluster later). Every method is async: an engine may read from disk or over the
 * network. The answers import this file, never an engine.
 */
import type { Article, ArticleMeta } from '../corpus/types';
import type { TimeExpression } from '../dates/extractDates';
import type { IndexedArticle, Passage, PersonRecord } from '../indexing/types';
import type { ExtractedQuote } from '../quotes/extractQuotes';
import type { PhraseMode } from '../text/phrase';
import type { ArticleFilter } from './articleFilter';

export type { Passage, PersonRecord };

/** A passage that matched a query, with its whole article (for factoid, timeline and profile answers). */
export interface PassageHit {
  passage: Passage;
  article: Article;
  score: number;
}

/** A passage that matched a query, with its article's metadata only (the article is not read). */
export interface PassageMatch {
  passage: Passage;
  meta: ArticleMeta;
  score: number;
}

/**
 * The articles whose passages matched a query, with the paragraphs of those passages, as columns: what a timeline
 * needs of its thousands of matches without an object per passage or per article. Article i is `metas[i]`; its
 * paragraphs are `paragraphs[starts[i]]` up to (not including) `paragraphs[starts[i + 1]]`, ascending, each once.
 */
export interface ParagraphMatches {
  metas: ArticleMeta[];
  starts: Int32Array;
  paragraphs: Int32Array;
  days: MatchedDays;
}

/**
 * What indexing stored of the matched articles' days, as columns beside ParagraphMatches' own (see
 * indexing/dayReports.ts): article i's publication day number `published[i]` (NO_DAY when undated) and the days it
 * reports, packed, `reports[reportStarts[i]]` up to `reports[reportStarts[i + 1]]`. A timeline ranks its days from
 * these over thousands of articles; read from each article's metadata they cost a wait for memory apiece.
 */
export interface MatchedDays {
  published: Int32Array;
  reportStarts: Int32Array;
  reports: Int32Array;
}

/** A quote as the archive keeps it: with the article it is from and an id unique in the archive. */
export interface StoredQuote extends ExtractedQuote {
  id: string;
  articleId: string;
}

export interface ArchiveSize {
  articles: number;
  passages: number;
  quotes: number;
}

/** Publication days (YYYY-MM-DD), both ends included; an open end is unbounded. */
export interface DateWindow {
  since?: string | undefined;
  until?: string | undefined;
}

export interface PassageQuery {
  /** How many passages at most, best first. */
  limit: number;
  /** Only passages of the articles the filter lets through (an engine may ignore it; `filteredReader` re-checks). */
  filter?: ArticleFilter | undefined;
  /**
   * matchPassages and matchParagraphs only: the query's words must stand together in the passage as a phrase (see text/phrase.ts),
   * not merely share their stems with it ("Wells Fargo" is not "the well near Fargo"). The embedded engine checks
   * it on each matching passage's text.
   */
  phrase?: PhraseMode | undefined;
  /** matchPassages and matchParagraphs only: only passages of these articles (by id). */
  within?: ReadonlySet<string> | undefined;
}

export interface ArchiveReader {
  /** The best passages for a query: the query's words (or most of them) in the passage, ranked. */
  searchPassages(query: string, options: PassageQuery): Promise<PassageHit[]>;
  /**
   * Every passage holding all the query's words exactly, best first, up to the limit, with its article's
   * metadata and without reading the articles: for answers over many articles.
   */
  matchPassages(query: string, options: PassageQuery): Promise<PassageMatch[]>;
  /**
   * The passages matchPassages finds, grouped by article: the articles in the order of their best passage, each
   * with its matching passages' paragraphs.
   */
  matchParagraphs(query: string, options: PassageQuery): Promise<ParagraphMatches>;
  /** Quotes sharing most of the query's words, best first: the candidates a who-said answer reads. */
  searchQuotes(query: string, limit: number, filter?: ArticleFilter): Promise<StoredQuote[]>;
  quotesOf(articleId: string): Promise<StoredQuote[]>;
  article(articleId: string): Promise<Article | undefined>;
  /** The article's time expressions, resolved against its publication date. */
  datesOf(articleId: string): Promise<TimeExpression[]>;
  /** The people the article names, with the titles and roles it gives them. */
  peopleOf(articleId: string): Promise<PersonRecord[]>;
  /**
   * The metadata of the articles published in the window, in no set order; without a window, every article's.
   * Undated articles are in the answer only without a window.
   */
  articleMetas(window?: DateWindow): Promise<ArticleMeta[]>;
  size(): Promise<ArchiveSize>;
}

/** An article's version as its source gave it (a content hash, a feed item's modified time). */
export type ArticleVersion = string;

export interface ArchiveWriter {
  /** Stores an indexed article, replacing any earlier version of it. */
  put(indexed: IndexedArticle, version: ArticleVersion): Promise<void>;
  remove(articleId: string): Promise<void>;
  /** Every stored article's id and the version stored. */
  versions(): Promise<Map<string, ArticleVersion>>;
}

export type Archive = ArchiveReader & ArchiveWriter;

/** Whether a publication day falls in a window (an undated article never does). */
export function inWindow(published: string | null, window: DateWindow): boolean {
  if (published === null) return false;
  return (
    (window.since === undefined || published >= window.since) &&
    (window.until === undefined || published <= window.until)
  );
}
