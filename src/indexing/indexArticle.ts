/**
 * The indexing pipeline: the one place extraction runs. A pure function of the article, so that it can run
 * anywhere (the main thread, a worker, another machine) and any engine can store what it returns.
 */
import type { Article } from '../corpus/types';
import { extractDates, referenceDay } from '../dates/extractDates';
import { readQuotes } from '../quotes/extractQuotes';
import { peopleOf } from '../quotes/peopleOf';
import { dayReportsOf, packDayReports } from './dayReports';
import { passagesOf } from './passages';
import type { IndexedArticle } from './types';

export function indexArticle(article: Article): IndexedArticle {
  const dates = extractDates(article, referenceDay(article.published));
  const { quotes, read } = readQuotes(article);
  const dayReports = packDayReports(dayReportsOf(article, dates));
  return {
    article,
    passages: passagesOf(article),
    dates,
    quotes,
    people: peopleOf(article, quotes, read),
    dayReports,
  };
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
  const { quotes, read } = readQuotes(article);
  await pause();
  const people = peopleOf(article, quotes, read);
  const dayReports = packDayReports(dayReportsOf(article, dates));
  return { article, passages: passagesOf(article), dates, quotes, people, dayReports };
}
