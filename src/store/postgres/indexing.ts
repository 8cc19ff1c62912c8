/**
 * Indexing against PostgreSQL: the source is polled by one process at a time (whoever holds the poll advisory
 * lock; the others skip the round) and what changed is queued; workers drain the queue, extracting each
 * article with the indexing pipeline and finishing it in one transaction.
 */
import { hostname } from 'node:os';
import type { Pool, PoolClient } from 'pg';
import type { Article } from '../../corpus/types';
import { type SyncResult, syncSource } from '../../indexing/sync';
import type { IndexedArticle } from '../../indexing/types';
import type { Logger } from '../../logger';
import type { ArticleSource } from '../../sources/types';
import type { PostgresArchive } from './archive';
import type { RememberedFiles } from './folderFiles';
import { type IndexQueue, QueueWriter, unextracted } from './queue';

/** Held by the process polling the sources. */
export const POLL_LOCK = 0x6e657773_03;

export interface PollOptions {
  pool: Pool;
  source: ArticleSource;
  queue: IndexQueue;
  archive: PostgresArchive;
  logger: Logger;
  pause: () => Promise<void>;
  /** Wait for the lock (a one-off command that must answer from a current archive) instead of skipping. */
  wait?: boolean;
  /** The source's memory of what it read, shared with the processes that poll after this one (folderFiles.ts). */
  remember?: RememberedFiles;
}

/** How often a process that must poll asks again for the lock another process holds. */
export const POLL_LOCK_RETRY_MS = 250;

/**
 * Takes the poll lock: at once or not at all, or (`wait`) asking again until the other process lets go. Never one
 * `pg_advisory_lock` that waits: a poll of a large folder outlasts the statement timeout, which would cancel it.
 */
async function pollLock(client: PoolClient, wait: boolean): Promise<boolean> {
  for (;;) {
    const { rows } = await client.query('SELECT pg_try_advisory_lock($1) AS got', [POLL_LOCK]);
    if (rows[0]?.got) return true;
    if (!wait) return false;
    await new Promise((resolve) => setTimeout(resolve, POLL_LOCK_RETRY_MS));
  }
}

/** Whether another process holds the poll lock now (it is taken and let go at once when free). */
export async function pollUnderWay(pool: Pool): Promise<boolean> {
  const client = await pool.connect();
  try {
    if (!(await pollLock(client, false))) return true;
    await client.query('SELECT pg_advisory_unlock($1)', [POLL_LOCK]);
    return false;
  } finally {
    client.release();
  }
}

const FILES_NOT_RECALLED = 'could not read which files the last poll read; reading every file';
const FILES_NOT_KEPT = 'could not save which files this poll read; the next poll reads every file';

/** Polls the source into the queue if no other process is polling; null when another one was. */
export async function pollSource(options: PollOptions): Promise<SyncResult | null> {
  const client = await options.pool.connect();
  try {
    if (!(await pollLock(client, options.wait ?? false))) return null;
    try {
      const writer = new QueueWriter(options.queue, options.archive);
      const { remember, logger } = options;
      // The memory only spares reads: without it (or when it cannot be written) the next poll reads every file.
      await remember?.recall().catch((err: Error) => logger.warn(`${FILES_NOT_RECALLED} (${err.message})`));
      const result = await syncSource(options.source, writer, { pause: options.pause, index: unextracted });
      await remember?.keep().catch((err: Error) => logger.warn(`${FILES_NOT_KEPT} (${err.message})`));
      for (const s of result.skipped) options.logger.warn(`skipped ${s.file}: ${s.reason}`);
      return result;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [POLL_LOCK]);
    }
  } finally {
    client.release();
  }
}

export interface WorkOptions {
  queue: IndexQueue;
  logger: Logger;
  /** This worker's name in the claims. */
  worker?: string;
  index: (article: Article, pause: () => Promise<void>) => Promise<IndexedArticle>;
  pause: () => Promise<void>;
  /** Claimed at once. */
  batch?: number;
  /** Stop claiming when this turns true (the process is stopping). */
  stopping?: () => boolean;
}

export interface WorkResult {
  done: number;
  failed: number;
  parked: number;
}

export const workerName = () => `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;

/** Works the queue until nothing can be claimed. */
export async function drainQueue(options: WorkOptions): Promise<WorkResult> {
  const worker = options.worker ?? workerName();
  const result: WorkResult = { done: 0, failed: 0, parked: 0 };
  while (!options.stopping?.()) {
    const claimed = await options.queue.claim(worker, options.batch ?? 4);
    if (claimed.length === 0) return result;
    for (const item of claimed) {
      try {
        const indexed = await options.index(item.article, options.pause);
        if (await options.queue.finish(worker, item, indexed)) result.done++;
      } catch (err) {
        const message = (err as Error).stack ?? String(err);
        const state = await options.queue.fail(worker, item, message);
        result.failed++;
        if (state === 'parked') result.parked++;
        const said = state === 'parked' ? 'parked after repeated failures' : 'will retry';
        options.logger.warn(`could not index ${item.article.id} (${(err as Error).message}); ${said}`);
      }
      await options.pause();
    }
  }
  return result;
}
