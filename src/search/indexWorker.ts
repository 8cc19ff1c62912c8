/**
 * The embedded engine's worker for the index pool (see indexing/pool.ts): the indexing pipeline on one article,
 * as indexing/indexWorker.ts runs it, and the form the embedded engine stores it in (see prepareArticle), made
 * while the worker has the results, so the main thread only copies. Loaded by file name from the built `dist/`
 * folder (ENGINE_INDEX_WORKER).
 */
import { join } from 'node:path';
import type { Article } from '../corpus/types';
import indexInWorker, { type Extracted } from '../indexing/indexWorker';
import { prepareArticle } from './engine/prepareArticle';

/** This module, built: the worker file to give the index pool when the embedded engine stores what it makes. */
export const ENGINE_INDEX_WORKER = join(__dirname, 'indexWorker.js');

export default function indexForEngine(article: Article): Extracted {
  const extracted = indexInWorker(article);
  return { ...extracted, prepared: prepareArticle({ article, ...extracted }) };
}
