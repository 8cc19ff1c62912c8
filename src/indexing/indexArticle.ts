/**
 * The indexing pipeline: the one place extraction runs. A pure function of the article, so that it can run
 * anywhere (the main thread, a worker, another machine) and any engine can store what it returns.
 */
import type { Article } from '../corpus/types';
import { extractDates, referenceDay } from '../dates/extractDates';
import { extractQuotes } from '../quotes/extractQuotes';
import { People } from '../quotes/people';
import { passagesOf } from './passages';
import type { IndexedArticle, PersonRecord } from './types';

/** The article's dates, then its quotes, then its people: each stage a separate step a caller can pause between. */
export const INDEXING_STAGES = ['passages', 'dates', 'quotes', 'people'] as const;

export function peopleOf(article: Article, quotes: IndexedArticle['quotes']): PersonRecord[] {
  return People.of(article, quotes).all();
}

export function indexArticle(article: Article): IndexedArticle {
  const dates = extractDates(article, referenceDay(article.published));
  const quotes = extractQuotes(article);
  return { article, passages: passagesOf(article), dates, quotes, people: peopleOf(article, quotes) };
}

/**
 * As `indexArticle`, handing control back between the stages (each can take tens of milliseconds on a long
 * article), so a running app stays responsive while it re-indexes.
 */
export async function indexArticleInSteps(
  article: Article,
  pause: () => Promise<void>,
): Promise<IndexedArticle> {
  const dates = extractDates(article, referenceDay(article.published));
  await pause();
  const quotes = extractQuotes(article);
  await pause();
  const people = peopleOf(article, quotes);
  return { article, passages: passagesOf(article), dates, quotes, people };
}
