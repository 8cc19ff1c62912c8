/**
 * What a worker thread of the index pool runs: the indexing pipeline on one article. Loaded by file name from
 * the built `dist/` folder (see `pool.ts`).
 */
import type { Article } from '../corpus/types';
import { indexArticle } from './indexArticle';
import type { IndexedArticle } from './types';

export default function indexInWorker(article: Article): IndexedArticle {
  return indexArticle(article);
}
