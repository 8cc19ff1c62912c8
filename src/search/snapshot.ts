/**
 * The index snapshot in the data folder: what each corpus file looked like when it was indexed, then one line per
 * article (the article, its quotes and dates), the quote word index and the passage postings as binary blocks. It is reused only when its
 * fingerprint matches: the snapshot format and the code that builds what it holds (cleaning, quote and date
 * extraction, term processing, index options), so a new version of newsdesk never answers from an index an
 * older one made. It is written atomically (a temporary file, then a rename) and in pieces (see snapshotFile), never as one
 * string, so it works at any archive size.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../logger';
import type { ArchiveData } from './archive';
import { SnapshotReader, SnapshotWriter } from './snapshotFile';
import { readArchive, writeArchive } from './snapshotSections';

export const SNAPSHOT_FILE = 'index-snapshot.ndx';
const FORMAT = 2;

export interface IndexedFile {
  id: string;
  file: string;
  size: number;
  mtimeMs: number;
  hash: string;
  /** When the article was first indexed (ISO time): the digest's day for an article without a date. */
  firstIndexedAt?: string;
}

export interface Snapshot {
  format: number;
  fingerprint: string;
  savedAt: string;
  files: IndexedFile[];
  index: ArchiveData;
}

interface Header {
  format: number;
  fingerprint: string;
  savedAt: string;
}

/** The folders whose code decides what the index holds. */
const INDEXING_CODE = ['corpus', 'quotes', 'dates', 'search'];

let fingerprint: string | null = null;

export function indexFingerprint(): string {
  if (fingerprint === null) {
    const hash = createHash('sha256').update(`format ${FORMAT}`);
    for (const folder of INDEXING_CODE) {
      const dir = join(__dirname, '..', folder);
      for (const file of readdirSync(dir)
        .filter((f) => /\.(?:js|ts)$/.test(f) && !f.endsWith('.d.ts'))
        .sort()) {
        hash.update(file).update(readFileSync(join(dir, file)));
      }
    }
    fingerprint = hash.digest('hex').slice(0, 16);
  }
  return fingerprint;
}

export function contentHash(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function makeSnapshot(files: IndexedFile[], index: ArchiveData, savedAt: string): Snapshot {
  return { format: FORMAT, fingerprint: indexFingerprint(), savedAt, files, index };
}

export async function loadSnapshot(dataDir: string, logger: Logger): Promise<Snapshot | null> {
  const path = join(dataDir, SNAPSHOT_FILE);
  let raw: Buffer;
  try {
    raw = await readFile(path);
  } catch {
    logger.debug(`no index snapshot at ${path}; building the index`);
    return null;
  }
  try {
    const reader = new SnapshotReader(raw);
    const header = reader.line<Header>();
    if (header.format !== FORMAT || header.fingerprint !== indexFingerprint()) {
      logger.debug('index snapshot was built with other options; rebuilding');
      return null;
    }
    const files = reader.lines<IndexedFile>();
    return { ...header, files, index: readArchive(reader) };
  } catch (err) {
    logger.warn(`index snapshot ${path} is unreadable (${(err as Error).message}); rebuilding it`);
    return null;
  }
}

export async function saveSnapshot(dataDir: string, snapshot: Snapshot, logger: Logger): Promise<boolean> {
  const path = join(dataDir, SNAPSHOT_FILE);
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dataDir, { recursive: true });
    await writeSnapshotFile(temp, snapshot);
    await rename(temp, path);
    return true;
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined);
    logger.warn(
      `could not save the index snapshot to ${path} (${(err as Error).message}); it will be rebuilt next time`,
    );
    return false;
  }
}

async function writeSnapshotFile(path: string, snapshot: Snapshot): Promise<void> {
  const file = await open(path, 'w');
  try {
    const writer = new SnapshotWriter(file);
    const { format, fingerprint, savedAt } = snapshot;
    await writer.line({ format, fingerprint, savedAt } satisfies Header);
    await writer.lines(snapshot.files, 1000);
    await writeArchive(writer, snapshot.index);
    await writer.close();
  } finally {
    await file.close();
  }
}
