/**
 * A database of its own for each test file, on the server the `postgres` project's global setup started (or
 * TEST_DATABASE_URL's): created on first use, dropped after the file's tests. Tests never skip PostgreSQL: with
 * no server the helper throws.
 */
import { randomBytes } from 'node:crypto';
import { Client, type Pool } from 'pg';
import { migrate } from '../../src/store/postgres/migrations';
import { createPool } from '../../src/store/postgres/pool';

const made: string[] = [];

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error('no PostgreSQL server: run the test in the jest project "postgres" (*.pg.test.ts)');
  return url;
}

async function admin<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A new empty database; its URL. */
export async function testDatabase(): Promise<string> {
  const name = `newsdesk_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
  made.push(name);
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.href;
}

/**
 * Two pools on one migrated database of the file's own, handed out in turn, as if every other handle were another
 * instance; the tables `truncate` names are emptied before each test. Registers the file's hooks; returns the
 * function that gives the next pool.
 */
export function alternatingPools(truncate: string): () => Pool {
  let pools: Pool[] = [];
  let turn = 0;
  const next = () => pools[turn++ % pools.length] as Pool;
  beforeAll(async () => {
    const url = await testDatabase();
    pools = [createPool(url), createPool(url)];
    await migrate(next());
  });
  afterAll(() => Promise.all(pools.map((p) => p.end())));
  beforeEach(() => next().query(`TRUNCATE ${truncate}`));
  return next;
}

afterAll(async () => {
  const names = made.splice(0);
  if (names.length === 0) return;
  await admin(async (client) => {
    for (const name of names)
      await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  });
});
