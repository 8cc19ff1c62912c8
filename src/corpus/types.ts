/** What ingestion produces. Every offset is a JavaScript string index into `Article.text`, the file as read. */

export interface Span {
  start: number;
  end: number;
}

export interface ArticleMeta {
  id: string;
  title: string | null;
  outlet: string | null;
  authors: string[];
  url: string | null;
  /** YYYY-MM-DD, or null when the article carries no date. */
  published: string | null;
  /**
   * The days the article reports, packed (see indexing/dayReports.ts), where they travel with an article: the
   * PostgreSQL archive's article JSON, and metadata given to paragraphMatchesOf. The embedded engine keeps them in
   * columns (see MatchedDays), not in its metadata.
   */
  dayReports?: number[];
  /** YYYY-MM-DD: when the source says the article was last updated (optional; most sources do not say). */
  updated?: string | null | undefined;
}

export interface Paragraph extends Span {
  /** 1-based, counted over the body after cleaning. */
  n: number;
  sentences: Span[];
}

/** A line that cleaning took out of the body, and the rule that took it. */
export interface RemovedLine extends Span {
  rule: string;
}

export interface Article extends ArticleMeta {
  /** Path relative to the corpus folder. */
  file: string;
  /** The file's text exactly as read: UTF-8 decoded, a leading BOM removed, nothing else changed. */
  text: string;
  /** Where the body starts (after the front matter). */
  bodyStart: number;
  paragraphs: Paragraph[];
  /** Headings, deks and other non-sentence lines: kept for structure, not counted as paragraphs. */
  headings: Span[];
  removed: RemovedLine[];
  /** YYYY-MM-DD when the source says the article was modified on a later day than it was published. */
  updated?: string | null;
  /** Correction notes in the text ("Correction: …", "An earlier version of this article …"), verbatim. */
  corrections?: string[];
  /** The source it came from (sources.yml name), when not the corpus folder. */
  source?: string;
  /** The publication time as the source gives it (ISO 8601), when it gives one. */
  publishedAt?: string | null;
}

/** A file that could not be used, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
}
