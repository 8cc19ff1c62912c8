/** The extraction reports of the command line: `quotes` and `dates` over files, offsets into the files as stored. */
import type { TimeExpression } from '../dates/extractDates';
import type { ExtractedQuote } from '../quotes/extractQuotes';

export interface QuotesReport {
  articles: { articleId: string; quotes: ExtractedQuote[] }[];
}

export interface DatesReport {
  articles: { articleId: string; published: string | null; expressions: TimeExpression[] }[];
}
