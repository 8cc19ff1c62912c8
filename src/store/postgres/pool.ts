/**
 * The connection pool to PostgreSQL (`pg`), with timeouts on connecting, on every statement and on idle
 * connections, so a database that stops answering fails a request instead of hanging it. Every statement goes
 * through `run`: a named prepared statement with parameters, never SQL built from text it is given.
 */
import { Pool, type PoolClient, type QueryConfig, type QueryResult, type QueryResultRow } from 'pg';

export interface PoolOptions {
  /** Connections at most (per process). */
  max?: number;
  /** How long a statement may run before the server cancels it (milliseconds). */
  statementTimeoutMs?: number;
  /** The name the connections show in pg_stat_activity. */
  applicationName?: string;
}

export const POOL_DEFAULTS = {
  max: 10,
  connectTimeoutMs: 5_000,
  idleTimeoutMs: 30_000,
  statementTimeoutMs: 30_000,
} as const;

export function createPool(url: string, options: PoolOptions = {}): Pool {
  const statementTimeout = options.statementTimeoutMs ?? POOL_DEFAULTS.statementTimeoutMs;
  const pool = new Pool({
    connectionString: url,
    max: options.max ?? POOL_DEFAULTS.max,
    connectionTimeoutMillis: POOL_DEFAULTS.connectTimeoutMs,
    idleTimeoutMillis: POOL_DEFAULTS.idleTimeoutMs,
    statement_timeout: statementTimeout,
    query_timeout: statementTimeout + 5_000,
    application_name: options.applicationName ?? 'newsdesk',
  });
  // An idle connection the server closed: the pool drops it and makes a new one when next needed.
  pool.on('error', () => undefined);
  return pool;
}

/** A statement: its name (it is prepared once per connection under that name) and its text with $n parameters. */
export interface Statement {
  name: string;
  text: string;
}

export const statement = (name: string, text: string): Statement => ({ name: `newsdesk_${name}`, text });

type Queryable = Pick<Pool, 'query'> | PoolClient;

/** What a store needs to run statements: a pool, or one that waits for the schema first (`afterReady`). */
export interface Db {
  query<R extends QueryResultRow>(config: QueryConfig): Promise<QueryResult<R>>;
}

/** The pool, each statement waiting until `ready` (the migrations) has resolved. */
export function afterReady(pool: Pool, ready: Promise<unknown>): Db {
  return {
    query: async <R extends QueryResultRow>(config: QueryConfig) => {
      await ready;
      return pool.query<R>(config);
    },
  };
}

export async function run<R extends QueryResultRow>(
  db: Queryable | Db,
  stmt: Statement,
  values: unknown[] = [],
): Promise<R[]> {
  const result = await (db as Db).query<R>({ name: stmt.name, text: stmt.text, values });
  return result.rows;
}

/** Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    return await inTransactionOn(client, () => work(client));
  } finally {
    client.release();
  }
}

/** Runs `work` in one transaction on a connection already held. */
export async function inTransactionOn<T>(client: PoolClient, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}
