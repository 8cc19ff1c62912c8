/**
 * Filters on the articles an answer may read (`since:`, `until:`, `outlet:`, `by:`), and the archive as seen
 * through them. The engine is asked to apply a filter (the port's optional `filter`); the view here filters again
 * after reading, so an engine that ignores the hint still never lets an article outside the filter through.
 */
import type { ArticleMeta } from '../corpus/types';
import { foldName } from '../text/terms';
import type { ArchiveReader, DateWindow, PassageQuery, StoredQuote } from './archive';
import { inWindow } from './archive';
import { keepMatched } from './paragraphMatches';

export interface ArticleFilter {
  /** First publication day included (YYYY-MM-DD). */
  since?: string | undefined;
  /** Last publication day included (YYYY-MM-DD). */
  until?: string | undefined;
  /** The outlet's name, or whole words of it, in any case. */
  outlet?: string | undefined;
  /** An author's name, or whole words of it, in any case. */
  by?: string | undefined;
}

/** Whether a filter restricts anything. */
export const isFiltering = (f: ArticleFilter | undefined): f is ArticleFilter =>
  f !== undefined && [f.since, f.until, f.outlet, f.by].some((v) => v !== undefined);

/** Lower case, accents and punctuation gone, single spaces, padded: whole-word containment is `includes`. */
const words = (text: string) =>
  ` ${foldName(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** Whether `wanted` names `name`: the same words, or a run of its whole words ("stone" names "Rolling Stone"). */
export const namesMatch = (name: string, wanted: string): boolean =>
  words(wanted).trim() !== '' && words(name).includes(words(wanted));

export function matchesFilter(meta: ArticleMeta, filter: ArticleFilter): boolean {
  const window: DateWindow = { since: filter.since, until: filter.until };
  if ((filter.since !== undefined || filter.until !== undefined) && !inWindow(meta.published, window))
    return false;
  if (filter.outlet !== undefined && !namesMatch(meta.outlet ?? '', filter.outlet)) return false;
  if (filter.by !== undefined && !meta.authors.some((a) => namesMatch(a, filter.by as string))) return false;
  return true;
}

/** The window of a filter combined with a window asked for: the later start, the earlier end. */
function narrowed(window: DateWindow | undefined, filter: ArticleFilter): DateWindow | undefined {
  const later = (a?: string, b?: string) => (a === undefined ? b : b === undefined || a > b ? a : b);
  const earlier = (a?: string, b?: string) => (a === undefined ? b : b === undefined || a < b ? a : b);
  const since = later(window?.since, filter.since);
  const until = earlier(window?.until, filter.until);
  return since === undefined && until === undefined ? window : { since, until };
}

/** The archive with only the articles the filter lets through; without a filter, the archive itself. */
export function filteredReader(archive: ArchiveReader, filter: ArticleFilter | undefined): ArchiveReader {
  if (!isFiltering(filter)) return archive;
  const passes = async (articleId: string) => {
    const article = await archive.article(articleId);
    return article !== undefined && matchesFilter(article, filter);
  };
  const keepQuotes = async (quotes: StoredQuote[]) => {
    const out: StoredQuote[] = [];
    for (const q of quotes) if (await passes(q.articleId)) out.push(q);
    return out;
  };
  return {
    searchPassages: async (query: string, options: PassageQuery) =>
      (await archive.searchPassages(query, { ...options, filter })).filter((h) =>
        matchesFilter(h.article, filter),
      ),
    matchPassages: async (query: string, options: PassageQuery) =>
      (await archive.matchPassages(query, options)).filter((m) => matchesFilter(m.meta, filter)),
    matchParagraphs: async (query: string, options: PassageQuery) =>
      keepMatched(await archive.matchParagraphs(query, options), (meta) => matchesFilter(meta, filter)),
    searchQuotes: async (query, limit) => keepQuotes(await archive.searchQuotes(query, limit, filter)),
    quotesOf: async (id) => ((await passes(id)) ? archive.quotesOf(id) : []),
    article: async (id) => {
      const article = await archive.article(id);
      return article && matchesFilter(article, filter) ? article : undefined;
    },
    datesOf: (id) => archive.datesOf(id),
    peopleOf: (id) => archive.peopleOf(id),
    articleMetas: async (window) =>
      (await archive.articleMetas(narrowed(window, filter))).filter((m) => matchesFilter(m, filter)),
    size: () => archive.size(),
  };
}
