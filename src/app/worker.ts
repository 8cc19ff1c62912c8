/**
 * `newsdesk worker`: an indexing process for a PostgreSQL archive. Any number run, on any machine: each polls the
 * sources when no other process is polling them (every REINDEX_MINUTES), and claims queued articles to extract.
 * `worker once` stops when nothing is left to claim. SIGTERM lets the article in hand finish.
 */
import type { CliIO } from '../cli/context';
import type { Config } from '../config';
import { UsageError } from '../errors';
import { indexArticle } from '../indexing/indexArticle';
import type { Logger } from '../logger';
import { MSG } from '../messages';
import { FolderSource } from '../sources/folderSource';
import { PostgresArchive } from '../store/postgres/archive';
import { rememberFolder } from '../store/postgres/folderFiles';
import {
  drainQueue,
  pollSource,
  pollUnderWay,
  type WorkResult,
  workerName,
} from '../store/postgres/indexing';
import { migrate } from '../store/postgres/migrations';
import { createPool } from '../store/postgres/pool';
import { IndexQueue } from '../store/postgres/queue';

const IDLE_MS = 1_000;
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function runWorker(config: Config, logger: Logger, io: CliIO, once: boolean): Promise<number> {
  if (!config.databaseUrl) throw new UsageError(MSG.workerNeedsDatabase);
  const pool = createPool(config.databaseUrl, { max: 3 });
  let stopping = false;
  let finished: Promise<WorkResult> | null = null;
  io.onShutdown?.(async () => {
    stopping = true;
    await finished?.catch(() => undefined);
  });
  try {
    await migrate(pool);
    finished = workLoop(config, logger, pool, once, () => stopping);
    const total = await finished;
    logger.info(MSG.workerDone(total.done, total.failed, total.parked));
    return 0;
  } finally {
    await pool.end();
  }
}

/** `worker once` is done when no poll is under way (its own is over) and nothing is left to claim. */
async function onceDone(
  pool: ReturnType<typeof createPool>,
  queue: IndexQueue,
  polled: boolean,
): Promise<boolean> {
  if (!polled && (await pollUnderWay(pool))) return false;
  return (await queue.counts()).pending === 0;
}

async function workLoop(
  config: Config,
  logger: Logger,
  pool: ReturnType<typeof createPool>,
  once: boolean,
  stopping: () => boolean,
): Promise<WorkResult> {
  const archive = new PostgresArchive(pool);
  const queue = new IndexQueue(pool, archive, { leaseMs: config.indexLeaseSeconds * 1000 });
  const source = new FolderSource({ dir: config.corpusDir, logger });
  const worker = workerName();
  const total: WorkResult = { done: 0, failed: 0, parked: 0 };
  const pollEveryMs = config.reindexMinutes * 60_000;
  let polledAt = Number.NEGATIVE_INFINITY;
  // `once`: a poll under way elsewhere when this worker starts covers its run; it drains what that poll queues
  // meanwhile instead of waiting for the lock, and stops when the poll is over and the queue empty.
  let otherPoll = false;
  while (!stopping()) {
    const due = once
      ? polledAt < 0 && !otherPoll
      : (pollEveryMs > 0 || polledAt < 0) && Date.now() - polledAt >= pollEveryMs;
    if (due) {
      const remember = rememberFolder(pool, source);
      const polled = await pollSource({ pool, source, queue, archive, logger, pause, remember });
      if (polled) polledAt = Date.now();
      else otherPoll = true;
    }
    const index = async (article: Parameters<typeof indexArticle>[0]) => indexArticle(article);
    const round = await drainQueue({ queue, logger, worker, index, pause, stopping });
    total.done += round.done;
    total.failed += round.failed;
    total.parked += round.parked;
    if (once && (await onceDone(pool, queue, polledAt >= 0))) break;
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  }
  return total;
}
