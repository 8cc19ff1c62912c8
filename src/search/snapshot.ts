/**
 * The index snapshot in the data folder: the passage index, the quotes and dates extracted from each article,
 * the articles, and what each corpus file looked like when it was indexed. It is reused only when its
 * fingerprint matches: the snapshot format and the code that builds what it holds (cleaning, quote and date
 * extraction, term processing, index options), so a new version of newsdesk never answers from an index an
 * older one made. It is written atomically (a temporary file, then a rename).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../logger';
import type { ArchiveJSON } from './archive';

export const SNAPSHOT_FILE = 'index-snapshot.json';
const FORMAT = 1;

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
  index: ArchiveJSON;
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

export function makeSnapshot(files: IndexedFile[], index: ArchiveJSON, savedAt: string): Snapshot {
  return { format: FORMAT, fingerprint: indexFingerprint(), savedAt, files, index };
}

export async function loadSnapshot(dataDir: string, logger: Logger): Promise<Snapshot | null> {
  const path = join(dataDir, SNAPSHOT_FILE);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    logger.debug(`no index snapshot at ${path}; building the index`);
    return null;
  }
  try {
    const snapshot = JSON.parse(raw) as Snapshot;
    if (snapshot.format !== FORMAT || snapshot.fingerprint !== indexFingerprint()) {
      logger.debug('index snapshot was built with other options; rebuilding');
      return null;
    }
    return snapshot;
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
    await writeFile(temp, JSON.stringify(snapshot));
    await rename(temp, path);
    return true;
  } catch (err) {
    logger.warn(
      `could not save the index snapshot to ${path} (${(err as Error).message}); it will be rebuilt next time`,
    );
    return false;
  }
}
