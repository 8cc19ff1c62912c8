/** `search`: the best-matching passages for a query, each as a verbatim, cited passage. */
import type { Result } from '../errors';
import type { ArchiveReader } from './archive';
import { type Citation, citationFor } from './citation';
import { normaliseQuery, type QueryProblem } from './query';

export interface SearchHit {
  score: number;
  citation: Citation;
}

export interface SearchAnswer {
  query: string;
  hits: SearchHit[];
}

export const DEFAULT_SEARCH_LIMIT = 5;

export type SearchResult = Result<SearchAnswer, QueryProblem>;

export function createSearch(deps: { archive: ArchiveReader }) {
  return async (rawQuery: string, limit = DEFAULT_SEARCH_LIMIT): Promise<SearchResult> => {
    const query = normaliseQuery(rawQuery);
    if (!query.ok) return query;
    const hits = (await deps.archive.searchPassages(query.text, { limit })).map((hit) => ({
      score: Math.round(hit.score * 1000) / 1000,
      citation: citationFor(hit.article, hit.passage.paragraph, hit.passage),
    }));
    return { ok: true, answer: { query: query.text, hits } };
  };
}

export type Search = ReturnType<typeof createSearch>;
