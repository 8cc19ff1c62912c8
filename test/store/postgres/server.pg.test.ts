import { Client } from 'pg';
import { testDatabase } from '../../support/postgres';

describe('the test PostgreSQL server', () => {
  it('gives each test file a database of its own that takes writes', async () => {
    const url = await testDatabase();
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('CREATE TABLE t (n int)');
      await client.query('INSERT INTO t VALUES ($1), ($2)', [1, 2]);
      const { rows } = await client.query<{ sum: string }>('SELECT sum(n) FROM t');
      expect(rows[0]?.sum).toBe('3');
      const { rows: db } = await client.query<{ name: string }>('SELECT current_database() AS name');
      expect(db[0]?.name).toMatch(/^newsdesk_test_/);
    } finally {
      await client.end();
    }
  });
});
