/** `quotes <file|folder>`: every quote in the files, with its speaker and offsets into the files as stored. */
import type { ExtractedQuote } from '../quotes/extractQuotes';

export interface QuotesReport {
  articles: { articleId: string; quotes: ExtractedQuote[] }[];
}
