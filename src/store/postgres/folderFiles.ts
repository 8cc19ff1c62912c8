/**
 * The corpus folder's files as last read, in PostgreSQL: what the folder source remembers between its scans (see
 * FolderSource), shared by every process that polls. A poll is made by whichever process holds the poll lock,
 * often a `worker once` that has just started; without this memory each such process read and parsed every file
 * of the folder again to learn that nothing had changed (34.6 s at 100,000 articles). The memory is only ever a
 * shortcut: a file whose size, modification or change time differs from the row is read, as it is without one.
 * The times are kept as float8, which PostgreSQL 12 and later give back exactly; on an older server they may not
 * match, and every file is read, as without the memory.
 */
import type { Pool } from 'pg';
import type { FileState, FolderSource } from '../../sources/folderSource';
import { inTransaction, run, statement } from './pool';

const RECALL = statement(
  'source_files_recall',
  'SELECT id, file, size::float8 AS size, mtime_ms, ctime_ms, version FROM source_files WHERE source = $1',
);

const KEEP = statement(
  'source_files_keep',
  `INSERT INTO source_files (source, id, file, size, mtime_ms, ctime_ms, version)
   SELECT $1, * FROM unnest($2::text[], $3::text[], $4::bigint[], $5::float8[], $6::float8[], $7::text[])
   ON CONFLICT (source, id) DO UPDATE
     SET file = excluded.file, size = excluded.size, mtime_ms = excluded.mtime_ms, ctime_ms = excluded.ctime_ms,
       version = excluded.version`,
);

const FORGET = statement(
  'source_files_forget',
  'DELETE FROM source_files WHERE source = $1 AND id = ANY($2::text[])',
);

/** Rows written by one statement. */
const KEEP_BATCH = 5_000;

interface Row {
  id: string;
  file: string;
  size: number;
  mtime_ms: number;
  ctime_ms: number | null;
  version: string;
}

const stateOf = (r: Row): FileState => ({
  id: r.id,
  file: r.file,
  size: r.size,
  mtimeMs: r.mtime_ms,
  ...(r.ctime_ms !== null && { ctimeMs: r.ctime_ms }),
  version: r.version,
});

const sameState = (a: FileState, b: FileState) =>
  a.file === b.file &&
  a.size === b.size &&
  a.mtimeMs === b.mtimeMs &&
  a.ctimeMs === b.ctimeMs &&
  a.version === b.version;

/** One poll's use of the memory: recalled into the source before its scan, kept after it (under the poll lock). */
export interface RememberedFiles {
  recall: () => Promise<void>;
  keep: () => Promise<void>;
}

/** The memory of `source`'s folder, under the source's name (its folder's path). */
export function rememberFolder(pool: Pool, source: FolderSource): RememberedFiles {
  let recalled = new Map<string, FileState>();
  return {
    recall: async () => {
      const rows = await run<Row>(pool, RECALL, [source.name]);
      recalled = new Map(rows.map((r) => [r.id, stateOf(r)]));
      source.recall(recalled.values());
    },
    keep: async () => {
      const now = source.state();
      const changed = now.filter((s) => {
        const before = recalled.get(s.id);
        return before === undefined || !sameState(before, s);
      });
      const ids = new Set(now.map((s) => s.id));
      const gone = [...recalled.keys()].filter((id) => !ids.has(id));
      await writeChanges(pool, source.name, changed, gone);
      recalled = new Map(now.map((s) => [s.id, s]));
    },
  };
}

async function writeChanges(pool: Pool, name: string, changed: FileState[], gone: string[]): Promise<void> {
  if (changed.length === 0 && gone.length === 0) return;
  await inTransaction(pool, async (client) => {
    for (let at = 0; at < changed.length; at += KEEP_BATCH) {
      const batch = changed.slice(at, at + KEEP_BATCH);
      await run(client, KEEP, [
        name,
        batch.map((s) => s.id),
        batch.map((s) => s.file),
        batch.map((s) => s.size),
        batch.map((s) => s.mtimeMs),
        batch.map((s) => s.ctimeMs ?? null),
        batch.map((s) => s.version),
      ]);
    }
    if (gone.length > 0) await run(client, FORGET, [name, gone]);
  });
}
