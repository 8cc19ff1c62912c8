/**
 * Extraction off the event loop: a pool of worker threads, each running the indexing pipeline on one article at
 * a time, so that a build uses every core and a running app's re-index never holds up a Slack acknowledgement.
 * An article that takes longer than the deadline is abandoned (its worker is recycled) and skipped with a reason.
 * Where the worker file is not there (the TypeScript sources run directly, as in unit tests), the pipeline runs
 * on this thread in steps instead.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import type { Article } from '../corpus/types';
import { indexArticleInSteps } from './indexArticle';
import type { Extracted } from './indexWorker';
import type { IndexedArticle } from './types';

export interface Indexer {
  /** Indexes one article; on this thread it pauses between stages, in the pool it never blocks. */
  index: (article: Article, pause: () => Promise<void>) => Promise<IndexedArticle>;
  /** How many articles it indexes at once. */
  readonly parallel: number;
  close: () => Promise<void>;
}

export interface PoolOptions {
  /** Worker threads; 0 runs the pipeline on this thread. One per core by default. */
  threads?: number;
  /** An article that takes longer than this is abandoned (milliseconds). */
  deadlineMs?: number;
  /** The built worker module (`dist/indexing/indexWorker.js` by default). */
  workerFile?: string;
}

export const DEFAULT_INDEX_DEADLINE_MS = 60_000;
export const defaultIndexThreads = (): number => availableParallelism();

/** Thrown (as the index promise's rejection) for an article past its deadline. */
export class IndexDeadlineError extends Error {
  constructor(
    readonly articleId: string,
    readonly deadlineMs: number,
  ) {
    super(`indexing ${articleId} took longer than ${Math.round(deadlineMs / 1000)} s; skipped`);
  }
}

export const inlineIndexer = (): Indexer => ({
  index: indexArticleInSteps,
  parallel: 1,
  close: async () => undefined,
});

export function createIndexer(options: PoolOptions = {}): Indexer {
  const threads = options.threads ?? defaultIndexThreads();
  const workerFile = options.workerFile ?? join(__dirname, 'indexWorker.js');
  if (threads <= 0 || !existsSync(workerFile)) return inlineIndexer();
  // The threads start with the first article, so an app whose snapshot is current starts none.
  let pool: Piscina | null = null;
  const deadlineMs = options.deadlineMs ?? DEFAULT_INDEX_DEADLINE_MS;
  return {
    parallel: threads,
    index: async (article) => {
      pool ??= new Piscina({ filename: workerFile, minThreads: 0, maxThreads: threads, idleTimeout: 10_000 });
      const signal = AbortSignal.timeout(deadlineMs);
      try {
        const extracted = (await pool.run(article, { signal })) as Extracted;
        return { article, ...extracted };
      } catch (err) {
        if (signal.aborted) throw new IndexDeadlineError(article.id, deadlineMs);
        throw err;
      }
    },
    close: async () => {
      await pool?.destroy();
      pool = null;
    },
  };
}
