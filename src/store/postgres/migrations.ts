/**
 * The database schema, as numbered migrations the app applies on start (each in its own transaction, under an
 * advisory lock so two instances starting together do not both apply one). A database migrated by newer code
 * than this is refused with a clear error rather than written in a shape this code does not know.
 */
import type { Pool } from 'pg';
import { inTransactionOn, run, statement } from './pool';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Held while migrating: one instance at a time. */
export const MIGRATION_LOCK = 0x6e657773_01;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'archive: articles with versions, passages, quotes, dates, people, and a change sequence',
    sql: `
      CREATE SEQUENCE article_change_seq;
      CREATE TABLE articles (
        id text PRIMARY KEY,
        version text NOT NULL,
        index_version text NOT NULL,
        seq bigint NOT NULL,
        revision int NOT NULL DEFAULT 1,
        removed boolean NOT NULL DEFAULT false,
        published date,
        title text,
        outlet text,
        article json,
        first_indexed_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX articles_seq ON articles (seq);
      CREATE INDEX articles_published ON articles (published) WHERE NOT removed;
      CREATE TABLE passages (
        article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        n int NOT NULL,
        id text NOT NULL,
        paragraph int NOT NULL,
        part int NOT NULL,
        start_at int NOT NULL,
        end_at int NOT NULL,
        body text NOT NULL,
        PRIMARY KEY (article_id, n)
      );
      CREATE TABLE quotes (
        article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        n int NOT NULL,
        speaker text,
        body text NOT NULL,
        quote json NOT NULL,
        PRIMARY KEY (article_id, n)
      );
      CREATE TABLE dates (
        article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        n int NOT NULL,
        value text NOT NULL,
        expression json NOT NULL,
        PRIMARY KEY (article_id, n)
      );
      CREATE TABLE people (
        article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        n int NOT NULL,
        name text NOT NULL,
        person json NOT NULL,
        PRIMARY KEY (article_id, n)
      );`,
  },
  {
    version: 2,
    name: 'indexing queue: articles waiting for extraction, claimed by workers with a lease',
    sql: `
      CREATE TABLE index_queue (
        article_id text PRIMARY KEY,
        version text NOT NULL,
        article json NOT NULL,
        state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'parked')),
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        claimed_by text,
        claimed_until timestamptz,
        not_before timestamptz NOT NULL DEFAULT now(),
        enqueued_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX index_queue_ready ON index_queue (enqueued_at) WHERE state = 'pending';`,
  },
  {
    version: 3,
    name: 'shared state: posting claims, Slack event dedupe, feedback votes',
    sql: `
      CREATE TABLE state_claims (
        key text PRIMARY KEY,
        state text NOT NULL DEFAULT 'claimed' CHECK (state IN ('claimed', 'posted')),
        claimed_at timestamptz NOT NULL DEFAULT now(),
        posted_at timestamptz,
        ts text
      );
      CREATE TABLE state_events (event_id text PRIMARY KEY, expires_at timestamptz NOT NULL);
      CREATE INDEX state_events_expiry ON state_events (expires_at);
      CREATE TABLE state_votes (
        item text NOT NULL,
        user_id text NOT NULL,
        value smallint NOT NULL CHECK (value IN (-1, 1)),
        voted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (item, user_id)
      );`,
  },
  {
    version: 4,
    name: 'shared ledgers, rate limits and feedback: digest days on claims, requests per person, votes with their answer',
    sql: `
      ALTER TABLE state_claims ADD COLUMN since text, ADD COLUMN until text;
      CREATE TABLE state_rate (user_id text PRIMARY KEY, hits bigint[] NOT NULL DEFAULT '{}');
      CREATE FUNCTION newsdesk_rate_check(p_user text, p_window bigint, p_limit int) RETURNS bigint
      LANGUAGE plpgsql AS $$
      DECLARE
        t bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
        recent bigint[];
      BEGIN
        INSERT INTO state_rate (user_id) VALUES (p_user) ON CONFLICT (user_id) DO NOTHING;
        SELECT hits INTO recent FROM state_rate WHERE user_id = p_user FOR UPDATE;
        SELECT coalesce(array_agg(h ORDER BY h), '{}') INTO recent FROM unnest(recent) h WHERE h > t - p_window;
        IF cardinality(recent) >= p_limit THEN
          UPDATE state_rate SET hits = recent WHERE user_id = p_user;
          RETURN coalesce(recent[1], t) + p_window - t;
        END IF;
        UPDATE state_rate SET hits = recent || t WHERE user_id = p_user;
        RETURN NULL;
      END $$;
      CREATE TABLE feedback_votes (
        answer_id text NOT NULL,
        user_id text NOT NULL,
        vote jsonb NOT NULL,
        voted_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (answer_id, user_id)
      );`,
  },
  {
    version: 5,
    name: 'watch subscriptions (a topic per channel, alerted on newly indexed articles) and per-channel settings',
    sql: `
      CREATE TABLE watches (
        channel text NOT NULL,
        topic_key text NOT NULL,
        topic text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (channel, topic_key)
      );
      CREATE TABLE channel_settings (
        channel text PRIMARY KEY,
        daily_digest boolean NOT NULL,
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT clock_timestamp()
      );`,
  },
  {
    version: 6,
    name: "the corpus folder's files as last read (size, modification time, version), so any process's next poll reads only what changed",
    sql: `
      CREATE TABLE source_files (
        source text NOT NULL,
        id text NOT NULL,
        file text NOT NULL,
        size bigint NOT NULL,
        mtime_ms double precision NOT NULL,
        version text NOT NULL,
        PRIMARY KEY (source, id)
      );`,
  },
  {
    version: 7,
    name: "the corpus folder's files' change times too (a file renamed onto another of the same size and time is read)",
    sql: 'ALTER TABLE source_files ADD COLUMN IF NOT EXISTS ctime_ms double precision;',
  },
];

export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

export class SchemaTooNewError extends Error {
  constructor(
    readonly database: number,
    readonly code: number,
  ) {
    super(
      `the database schema is at version ${database}, newer than this code knows (${code}): run the newer newsdesk, or restore a backup taken before the upgrade`,
    );
    this.name = 'SchemaTooNewError';
  }
}

const CREATE_LEDGER = `CREATE TABLE IF NOT EXISTS newsdesk_schema (
  version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`;
const CURRENT = statement(
  'schema_current',
  'SELECT coalesce(max(version), 0)::int AS v FROM newsdesk_schema',
);
const RECORD = statement('schema_record', 'INSERT INTO newsdesk_schema (version, name) VALUES ($1, $2)');

/** Brings the schema to SCHEMA_VERSION; the versions applied. Throws SchemaTooNewError for a newer database. */
export async function migrate(pool: Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const latest = Math.max(...migrations.map((m) => m.version));
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(CREATE_LEDGER);
    const current = (await run<{ v: number }>(client, CURRENT))[0]?.v ?? 0;
    if (current > latest) throw new SchemaTooNewError(current, latest);
    const pending = migrations.filter((m) => m.version > current).sort((a, b) => a.version - b.version);
    for (const m of pending) {
      await inTransactionOn(client, async () => {
        await client.query(m.sql);
        await run(client, RECORD, [m.version, m.name]);
      });
    }
    return pending.map((m) => m.version);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
