/**
 * The corpus folder's memory in PostgreSQL: a poll by a process that has just started (a new `worker once`, an
 * instance without a snapshot) reads only the files that changed since any process last polled.
 */
import { renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { createMemoryLogger } from '../../../src/logger';
import { FolderSource } from '../../../src/sources/folderSource';
import { PostgresArchive } from '../../../src/store/postgres/archive';
import { rememberFolder } from '../../../src/store/postgres/folderFiles';
import { pollSource } from '../../../src/store/postgres/indexing';
import { migrate } from '../../../src/store/postgres/migrations';
import { createPool } from '../../../src/store/postgres/pool';
import { IndexQueue } from '../../../src/store/postgres/queue';
import { testDatabase } from '../../support/postgres';
import { tempDir, writeFiles } from '../../support/tmp';

const article = (title: string, body: string) =>
  ['---', `title: "${title}"`, 'outlet: "The Harbour Ledger"', 'published: 2025-03-01', '---', '', body].join(
    '\n',
  );

const FILES = {
  'fares.md': article(
    'Ferry fares rise in spring',
    '"Riders deserve better," said Ana Ruiz, who chairs the board.',
  ),
  'pier.md': article('Pier repairs begin', 'Crews began work on the north pier on Monday, the port said.'),
  'tolls.md': article('Bridge tolls frozen', 'The council froze bridge tolls for a second year on Tuesday.'),
};

/** One process's poll: its own new folder source, with or without the shared memory. */
async function pollAsNewProcess(pool: Pool, dir: string, remembered: boolean) {
  const logger = createMemoryLogger();
  const archive = new PostgresArchive(pool);
  const queue = new IndexQueue(pool, archive);
  const source = new FolderSource({ dir, logger });
  const remember = remembered ? rememberFolder(pool, source) : undefined;
  const pause = async () => undefined;
  const result = await pollSource({
    pool,
    source,
    queue,
    archive,
    logger,
    pause,
    wait: true,
    ...(remember && { remember }),
  });
  if (!result) throw new Error('the poll did not run');
  return { result, logger };
}

describe("the corpus folder's memory", () => {
  let pool: Pool;
  beforeEach(async () => {
    pool = createPool(await testDatabase());
    await migrate(pool);
  });
  afterEach(async () => {
    await pool.end();
  });

  it('lets a new process list an unchanged folder without reading a file', async () => {
    const dir = tempDir();
    writeFiles(dir, FILES);
    const first = await pollAsNewProcess(pool, dir, true);
    expect(first.result.indexed).toHaveLength(3);
    const next = await pollAsNewProcess(pool, dir, true);
    expect(next.result).toMatchObject({ indexed: [], unchanged: 3, reread: 0 });
    // Without the memory, a new process reads all three files to learn that none changed.
    const forgetful = await pollAsNewProcess(pool, dir, false);
    expect(forgetful.result).toMatchObject({ indexed: [], unchanged: 0, reread: 3 });
  });

  it('reads an edited file again and forgets a removed one', async () => {
    const dir = tempDir();
    writeFiles(dir, FILES);
    await pollAsNewProcess(pool, dir, true);
    writeFileSync(join(dir, 'pier.md'), `${FILES['pier.md']}\nThe work should end in May.\n`);
    rmSync(join(dir, 'tolls.md'));
    const next = await pollAsNewProcess(pool, dir, true);
    expect(next.result.indexed).toEqual(['pier']);
    expect(next.result.removed).toEqual(['tolls']);
    expect(next.result.unchanged).toBe(1);
    const { rows } = await pool.query('SELECT id FROM source_files ORDER BY id');
    expect(rows.map((r: { id: string }) => r.id)).toEqual(['fares', 'pier']);
    const after = await pollAsNewProcess(pool, dir, true);
    expect(after.result).toMatchObject({ indexed: [], removed: [], unchanged: 2, reread: 0 });
  });

  it("keeps each folder's files apart", async () => {
    const one = tempDir();
    const two = tempDir();
    writeFiles(one, FILES);
    writeFiles(two, FILES);
    await pollAsNewProcess(pool, one, true);
    const { rows } = await pool.query('SELECT DISTINCT source FROM source_files');
    expect(rows).toEqual([{ source: `folder ${one}` }]);
    // The other folder's files have the same names: nothing of the first folder is recalled for them.
    const other = new FolderSource({ dir: two, logger: createMemoryLogger() });
    await rememberFolder(pool, other).recall();
    expect(other.state()).toEqual([]);
  });

  it('reads a file renamed onto another of the same size and time (its change time moved)', async () => {
    const dir = tempDir();
    const same = (title: string) => article(title, 'The council met on Monday and adjourned at noon sharp.');
    writeFiles(dir, { 'a.md': same('Council meets at nine'), 'b.md': same('Council meets at five') });
    const time = new Date('2026-03-01T09:00:00Z');
    for (const f of ['a.md', 'b.md']) utimesSync(join(dir, f), time, time);
    await pollAsNewProcess(pool, dir, true);
    renameSync(join(dir, 'b.md'), join(dir, 'a.md')); // a.md: b's bytes, the same size and modification time
    const next = await pollAsNewProcess(pool, dir, true);
    expect(next.result.indexed).toEqual(['a']);
    expect(next.result.removed).toEqual(['b']);
  });

  it('still polls, with a warning, when the memory cannot be read or written', async () => {
    const dir = tempDir();
    writeFiles(dir, FILES);
    await pool.query('DROP TABLE source_files');
    const { result, logger } = await pollAsNewProcess(pool, dir, true);
    expect(result.indexed).toHaveLength(3);
    expect(logger.lines.join('\n')).toMatch(/could not read which files the last poll read/);
    expect(logger.lines.join('\n')).toMatch(/could not save which files this poll read/);
  });
});
