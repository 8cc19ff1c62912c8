/**
 * Polling the sources into the queue, one process at a time: a process that must poll (`worker once`, a one-off
 * command) waits for the one polling, however long its poll takes.
 */
import { Client } from 'pg';
import { createMemoryLogger } from '../../../src/logger';
import { FolderSource } from '../../../src/sources/folderSource';
import { PostgresArchive } from '../../../src/store/postgres/archive';
import { POLL_LOCK, pollSource } from '../../../src/store/postgres/indexing';
import { migrate } from '../../../src/store/postgres/migrations';
import { createPool } from '../../../src/store/postgres/pool';
import { IndexQueue } from '../../../src/store/postgres/queue';
import { testDatabase } from '../../support/postgres';
import { tempDir, writeFiles } from '../../support/tmp';

const ARTICLE = [
  '---',
  'title: "Ferry fares rise in spring"',
  'outlet: "The Harbour Ledger"',
  'published: 2025-03-01',
  '---',
  '',
  '"Riders deserve better," said Ana Ruiz, who chairs the ferry board.',
].join('\n');

describe('polling the sources', () => {
  it('waits for another process polling longer than the statement timeout, then polls', async () => {
    const url = await testDatabase();
    const pool = createPool(url, { statementTimeoutMs: 300 });
    const other = new Client({ connectionString: url });
    await migrate(pool);
    await other.connect();
    try {
      const dir = tempDir();
      writeFiles(dir, { 'fares.md': ARTICLE });
      const logger = createMemoryLogger();
      const archive = new PostgresArchive(pool);
      const queue = new IndexQueue(pool, archive);
      const source = new FolderSource({ dir, logger });
      await other.query('SELECT pg_advisory_lock($1)', [POLL_LOCK]);
      let polled = false;
      const polling = pollSource({
        pool,
        source,
        queue,
        archive,
        logger,
        pause: async () => undefined,
        wait: true,
      });
      void polling.then(() => (polled = true));
      // The other process holds the lock for more than three statement timeouts.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(polled).toBe(false);
      await other.query('SELECT pg_advisory_unlock($1)', [POLL_LOCK]);
      const result = await polling;
      expect(result?.indexed).toHaveLength(1);
      expect((await queue.counts()).pending).toBe(1);
    } finally {
      await other.end();
      await pool.end();
    }
  });
});
