/**
 * What a worker thread of the index pool runs: the indexing pipeline on one article. Loaded by file name from
 * the built `dist/` folder (see `pool.ts`). The article itself is not sent back (the caller has it): only what
 * was extracted crosses the thread boundary again.
 */
import type { Article } from '../corpus/types';
import { indexArticle } from './indexArticle';
import type { IndexedArticle } from './types';

export type Extracted = Omit<IndexedArticle, 'article'>;

export default function indexInWorker(article: Article): Extracted {
  const { article: _sent, ...extracted } = indexArticle(article);
  return extracted;
}
