/**
 * The indexing queue: articles read from a source wait here for extraction. Any number of workers, on any
 * machine, claim a few at a time with FOR UPDATE SKIP LOCKED (never the same row twice at once) under a lease;
 * a worker that dies leaves its claims to expire, and another takes them over. An article is finished in one
 * transaction: what indexing made of it is put and its queue row deleted, only while the claim is still this
 * worker's, so a taken-over article is never written twice. A failure is kept with the row and retried after a
 * back-off; after MAX_ATTEMPTS the row is parked (kept, with its error, for a person to look at) until the
 * source gives a new version.
 */
import type { Pool } from 'pg';
import type { ArchiveWriter, ArticleVersion } from '../../answers/archive';
import type { Article } from '../../corpus/types';
import type { IndexedArticle } from '../../indexing/types';
import type { PostgresArchive } from './archive';
import { inTransaction, run, statement } from './pool';

export const MAX_ATTEMPTS = 3;
export const QUEUE_DEFAULTS = { leaseMs: 60_000, retryMs: 5_000 } as const;

export interface Claimed {
  article: Article;
  version: string;
  attempts: number;
}

const ENQUEUE = statement(
  'queue_enqueue',
  `INSERT INTO index_queue (article_id, version, article) VALUES ($1, $2, $3)
   ON CONFLICT (article_id) DO UPDATE SET version = $2, article = $3, state = 'pending', attempts = 0,
     last_error = NULL, claimed_by = NULL, claimed_until = NULL, not_before = now(), enqueued_at = now()
   WHERE index_queue.version <> $2`,
);
const DEQUEUE = statement('queue_drop', 'DELETE FROM index_queue WHERE article_id = $1');
const QUEUED = statement('queue_versions', 'SELECT article_id, version FROM index_queue');
const CLAIM = statement(
  'queue_claim',
  `UPDATE index_queue q SET claimed_by = $1, claimed_until = now() + make_interval(secs => $2),
     attempts = q.attempts + 1
   WHERE q.article_id IN (
     SELECT article_id FROM index_queue
     WHERE state = 'pending' AND not_before <= now() AND (claimed_until IS NULL OR claimed_until < now())
     ORDER BY enqueued_at LIMIT $3 FOR UPDATE SKIP LOCKED)
   RETURNING q.article, q.version, q.attempts`,
);
const FINISH = statement(
  'queue_finish',
  'DELETE FROM index_queue WHERE article_id = $1 AND version = $2 AND claimed_by = $3',
);
const FAIL = statement(
  'queue_fail',
  `UPDATE index_queue SET last_error = $3, claimed_by = NULL, claimed_until = NULL,
     not_before = now() + make_interval(secs => $4),
     state = CASE WHEN attempts >= $5 THEN 'parked' ELSE 'pending' END
   WHERE article_id = $1 AND claimed_by = $2 RETURNING state`,
);
const COUNTS = statement(
  'queue_counts',
  `SELECT count(*) FILTER (WHERE state = 'pending')::int AS pending,
          count(*) FILTER (WHERE state = 'parked')::int AS parked FROM index_queue`,
);

export class IndexQueue {
  constructor(
    private readonly pool: Pool,
    private readonly archive: PostgresArchive,
    private readonly options: { leaseMs?: number; retryMs?: number } = {},
  ) {}

  /** Adds an article to extract (or replaces the one waiting); the same version again is left as it is. */
  async enqueue(article: Article, version: ArticleVersion): Promise<void> {
    await run(this.pool, ENQUEUE, [article.id, version, JSON.stringify(article)]);
  }

  async drop(articleId: string): Promise<void> {
    await run(this.pool, DEQUEUE, [articleId]);
  }

  /** The versions waiting (or parked), by article id. */
  async queued(): Promise<Map<string, ArticleVersion>> {
    const rows = await run<{ article_id: string; version: string }>(this.pool, QUEUED);
    return new Map(rows.map((r) => [r.article_id, r.version]));
  }

  /** Claims up to `limit` articles for `worker`, for the lease time. */
  async claim(worker: string, limit: number): Promise<Claimed[]> {
    const leaseSeconds = (this.options.leaseMs ?? QUEUE_DEFAULTS.leaseMs) / 1000;
    return run<Claimed>(this.pool, CLAIM, [worker, leaseSeconds, limit]);
  }

  /** Puts what indexing made and removes the row, in one transaction; false when the claim was lost. */
  async finish(worker: string, claimed: Claimed, indexed: IndexedArticle): Promise<boolean> {
    return inTransaction(this.pool, async (tx) => {
      const result = await tx.query({
        name: FINISH.name,
        text: FINISH.text,
        values: [claimed.article.id, claimed.version, worker],
      });
      if (!result.rowCount) return false;
      await this.archive.putOn(tx, indexed, claimed.version);
      return true;
    });
  }

  /** Records a failure; the row is retried later, or parked after MAX_ATTEMPTS. */
  async fail(worker: string, claimed: Claimed, error: string): Promise<'pending' | 'parked' | 'lost'> {
    const retrySeconds = (this.options.retryMs ?? QUEUE_DEFAULTS.retryMs) / 1000;
    const values = [claimed.article.id, worker, error.slice(0, 2000), retrySeconds, MAX_ATTEMPTS];
    const rows = await run<{ state: 'pending' | 'parked' }>(this.pool, FAIL, values);
    return rows[0]?.state ?? 'lost';
  }

  async counts(): Promise<{ pending: number; parked: number }> {
    return (
      (await run<{ pending: number; parked: number }>(this.pool, COUNTS))[0] ?? { pending: 0, parked: 0 }
    );
  }
}

/**
 * The queue seen as an archive writer, for syncing a source into it: what is stored or waiting counts as known,
 * a changed article is queued (its extraction is the workers' job), a removed one is removed from the archive
 * and the queue at once.
 */
export class QueueWriter implements ArchiveWriter {
  constructor(
    private readonly queue: IndexQueue,
    private readonly archive: PostgresArchive,
  ) {}

  async put(indexed: IndexedArticle, version: ArticleVersion): Promise<void> {
    await this.queue.enqueue(indexed.article, version);
  }

  async remove(articleId: string): Promise<void> {
    await this.queue.drop(articleId);
    await this.archive.remove(articleId);
  }

  /**
   * The queue is read before the archive: a worker finishing an article moves it from the one to the other in one
   * transaction, so read the other way round an article finished between the two reads would be in neither,
   * taken for new and indexed a second time.
   */
  async versions(): Promise<Map<string, ArticleVersion>> {
    const queued = await this.queue.queued();
    const stored = await this.archive.versions();
    for (const [id, version] of queued) stored.set(id, version);
    return stored;
  }
}

/** What syncing into the queue "indexes": nothing; the article goes to the queue as read. */
export const unextracted = async (article: Article): Promise<IndexedArticle> => ({
  article,
  passages: [],
  dates: [],
  quotes: [],
  people: [],
});
