/**
 * The archive in PostgreSQL, the source of truth: the writer port (each article put or removed in one
 * transaction) and the change feed the instances' embedded engines follow. Every change takes the next number of
 * a sequence, handed out under a transaction-scoped advisory lock taken just before commit, so numbers become
 * visible in order and a reader that asks "what changed after n" never misses a change. A removed article stays
 * as a tombstone (removed, its rows gone) so followers learn of the removal. A change is announced with NOTIFY.
 */
import type { Pool, PoolClient } from 'pg';
import type { ArchiveWriter, ArticleVersion } from '../../answers/archive';
import type { Article } from '../../corpus/types';
import type { IndexedArticle } from '../../indexing/types';
import { INDEX_VERSION } from '../../indexing/version';
import { inTransaction, run, statement } from './pool';
import { CLEAR_ROWS, putRows, readIndexed } from './rows';

/** The channel NOTIFY announces changes on; the payload is the change's sequence number. */
export const CHANGES_CHANNEL = 'newsdesk_articles';
/** Held from the sequence number to the commit: changes become visible in sequence order. */
export const CHANGE_ORDER_LOCK = 0x6e657773_02;

const UPSERT = statement(
  'article_upsert',
  `INSERT INTO articles (id, version, index_version, seq, removed, published, title, outlet, article)
   VALUES ($1, $2, $3, 0, false, $4, $5, $6, $7)
   ON CONFLICT (id) DO UPDATE SET version = $2, index_version = $3, removed = false, published = $4,
     title = $5, outlet = $6, article = $7, updated_at = now(), revision = articles.revision + 1,
     first_indexed_at = CASE WHEN articles.removed THEN now() ELSE articles.first_indexed_at END`,
);
const TOMBSTONE = statement(
  'article_tombstone',
  `UPDATE articles SET removed = true, article = NULL, updated_at = now() WHERE id = $1 AND NOT removed`,
);
const NEXT_SEQ = statement(
  'article_next_seq',
  `UPDATE articles SET seq = nextval('article_change_seq') WHERE id = $1 RETURNING seq::text AS seq`,
);
const VERSIONS = statement(
  'article_versions',
  'SELECT id, version, index_version FROM articles WHERE NOT removed',
);
const FEED_STATE = statement(
  'article_feed_state',
  'SELECT id, version, removed, seq::text AS seq FROM articles',
);
const CHANGES = statement(
  'article_changes',
  `SELECT id, version, seq::text AS seq, removed, article, first_indexed_at FROM articles
   WHERE articles.seq > $1 ORDER BY articles.seq LIMIT $2`,
);

/** One change after a sequence number: an article put (with what indexing made of it) or removed. */
export type Change =
  | {
      seq: bigint;
      id: string;
      removed: false;
      indexed: IndexedArticle;
      version: string;
      firstIndexedAt: Date;
    }
  | { seq: bigint; id: string; removed: true };

interface ChangeRow {
  id: string;
  version: string;
  seq: string;
  removed: boolean;
  article: Article | null;
  first_indexed_at: Date;
}

/** The version `versions()` gives an article indexed by another INDEX_VERSION: never equal, so it is re-indexed. */
const staleVersion = (version: string, indexVersion: string) => `${version} (index ${indexVersion})`;

export class PostgresArchive implements ArchiveWriter {
  constructor(
    readonly pool: Pool,
    private readonly indexVersion = INDEX_VERSION,
  ) {}

  async put(indexed: IndexedArticle, version: ArticleVersion): Promise<void> {
    await inTransaction(this.pool, (tx) => this.putOn(tx, indexed, version));
  }

  /** Puts an article inside a transaction the caller holds (a worker finishing a queued article). */
  async putOn(tx: PoolClient, indexed: IndexedArticle, version: ArticleVersion): Promise<void> {
    const { article, dayReports } = indexed;
    // The days the article reports ride with the article's JSON; readIndexed takes them off again.
    const stored = dayReports ? { ...article, dayReports } : article;
    const meta = [article.published, article.title, article.outlet, JSON.stringify(stored)];
    await run(tx, UPSERT, [article.id, version, this.indexVersion, ...meta]);
    await run(tx, CLEAR_ROWS, [article.id]);
    await putRows(tx, indexed);
    await this.announce(tx, article.id);
  }

  async remove(articleId: string): Promise<void> {
    await inTransaction(this.pool, async (tx) => {
      await run(tx, CLEAR_ROWS, [articleId]);
      const rows = await tx.query({ name: TOMBSTONE.name, text: TOMBSTONE.text, values: [articleId] });
      if (rows.rowCount) await this.announce(tx, articleId);
    });
  }

  /** Numbers the change in commit order and announces it (NOTIFY is delivered at commit). */
  private async announce(tx: PoolClient, articleId: string): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [CHANGE_ORDER_LOCK]);
    const seq = (await run<{ seq: string }>(tx, NEXT_SEQ, [articleId]))[0]?.seq;
    await tx.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, seq ?? '']);
  }

  async versions(): Promise<Map<string, ArticleVersion>> {
    const rows = await run<{ id: string; version: string; index_version: string }>(this.pool, VERSIONS);
    return new Map(
      rows.map((r) => [
        r.id,
        r.index_version === this.indexVersion ? r.version : staleVersion(r.version, r.index_version),
      ]),
    );
  }

  /**
   * Whether an engine that has applied every change up to `applied` holds what the archive held then: for each
   * article last changed by then, the same version (or none when removed), and no article the archive never had.
   * Articles changed since are left out, on both sides: the engine is about to apply them.
   */
  async heldBy(applied: bigint, engine: Map<string, ArticleVersion>): Promise<boolean> {
    const rows = await run<{ id: string; version: string; removed: boolean; seq: string }>(
      this.pool,
      FEED_STATE,
    );
    const unseen = new Set(engine.keys());
    for (const row of rows) {
      unseen.delete(row.id);
      if (BigInt(row.seq) > applied) continue;
      if ((row.removed ? undefined : row.version) !== engine.get(row.id)) return false;
    }
    return unseen.size === 0;
  }

  /** The changes after `after`, in order, at most `limit`. */
  async changesSince(after: bigint, limit = 500): Promise<Change[]> {
    const rows = await run<ChangeRow>(this.pool, CHANGES, [after.toString(), limit]);
    const live = rows.filter((r) => !r.removed && r.article !== null);
    const indexed = await readIndexed(
      this.pool,
      live.map((r) => r.article as Article),
    );
    return rows.map((r): Change => {
      const seq = BigInt(r.seq);
      const found = indexed.get(r.id);
      if (r.removed || !found) return { seq, id: r.id, removed: true };
      return {
        seq,
        id: r.id,
        removed: false,
        indexed: found,
        version: r.version,
        firstIndexedAt: r.first_indexed_at,
      };
    });
  }
}
