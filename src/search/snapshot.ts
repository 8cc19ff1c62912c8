/**
 * The index snapshot in the data folder: a header line; one JSON line per article record and per quote (left in
 * the file and read when an answer needs them); then what each corpus file looked like when indexed, the
 * articles' metadata, the passage table and the postings (see snapshotSections); last, a fixed-size trailer that
 * says where that second part starts. It is reused only when its fingerprint matches: the snapshot format and the
 * code that builds what it holds (cleaning, quote and date extraction, term processing, index options), so a new
 * version of newsdesk never answers from an index an older one made. It is written atomically (a temporary file,
 * then a rename) and in pieces (see snapshotFile), never as one string, so it works at any archive size.
 */
import { createHash } from 'node:crypto';
import { close, fstat, open as openFd, read, readdirSync, readFileSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from '../logger';
import type { ArchiveData, ArchiveExport } from './archive';
import { LineFile } from './lineFile';
import { SnapshotReader, SnapshotWriter } from './snapshotFile';
import { readEagerParts, writeEagerParts, writeLazyParts } from './snapshotSections';

export const SNAPSHOT_FILE = 'index-snapshot.ndx';
/** The one-JSON-document snapshot of earlier versions: removed once a new snapshot is saved. */
const LEGACY_SNAPSHOT_FILE = 'index-snapshot.json';
const FORMAT = 3;
/** The last line of the file: where the part read at start begins, padded to this many bytes. */
const TRAILER_BYTES = 64;
const HEADER_MAX_BYTES = 4096;
const READ_CHUNK = 256 * 1024 * 1024;

const openAsync = promisify(openFd);
const readAsync = promisify(read);
const fstatAsync = promisify(fstat);
const closeAsync = promisify(close);

export interface IndexedFile {
  id: string;
  file: string;
  size: number;
  mtimeMs: number;
  hash: string;
  /** When the article was first indexed (ISO time): the digest's day for an article without a date. */
  firstIndexedAt?: string;
}

export interface Snapshot<Index = ArchiveData> {
  format: number;
  fingerprint: string;
  savedAt: string;
  files: IndexedFile[];
  index: Index;
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

export function makeSnapshot(
  files: IndexedFile[],
  index: ArchiveExport,
  savedAt: string,
): Snapshot<ArchiveExport> {
  return { format: FORMAT, fingerprint: indexFingerprint(), savedAt, files, index };
}

async function readAt(fd: number, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(length);
  for (let done = 0; done < length; ) {
    const { bytesRead } = await readAsync(
      fd,
      buffer,
      done,
      Math.min(READ_CHUNK, length - done),
      position + done,
    );
    if (bytesRead === 0) throw new Error(`snapshot ends early at byte ${position + done}`);
    done += bytesRead;
  }
  return buffer;
}

async function readHeader(fd: number, size: number): Promise<Header> {
  const start = await readAt(fd, 0, Math.min(HEADER_MAX_BYTES, size));
  return new SnapshotReader(start).line<Header>();
}

/**
 * Reads the snapshot's start-up part. The file stays open: the articles and quotes are read from it as answers
 * need them (a file replaced by a newer snapshot stays readable through the open descriptor).
 */
export async function loadSnapshot(dataDir: string, logger: Logger): Promise<Snapshot | null> {
  const path = join(dataDir, SNAPSHOT_FILE);
  let fd: number;
  try {
    fd = await openAsync(path, 'r');
  } catch {
    logger.debug(`no index snapshot at ${path}; building the index`);
    return null;
  }
  try {
    const { size } = await fstatAsync(fd);
    const header = await readHeader(fd, size);
    if (header.format !== FORMAT || header.fingerprint !== indexFingerprint()) {
      logger.debug('index snapshot was built with other options; rebuilding');
      await closeAsync(fd);
      return null;
    }
    const trailer = await readAt(fd, size - TRAILER_BYTES, TRAILER_BYTES);
    const { eager } = new SnapshotReader(trailer).line<{ eager: number }>();
    if (!Number.isInteger(eager) || eager <= 0 || eager > size - TRAILER_BYTES)
      throw new Error('bad trailer');
    const reader = new SnapshotReader(await readAt(fd, eager, size - TRAILER_BYTES - eager));
    const files = reader.lines<IndexedFile>();
    const index = readEagerParts(reader, new LineFile(fd));
    if (!reader.done) throw new Error('unexpected bytes after the postings');
    return { ...header, files, index };
  } catch (err) {
    await closeAsync(fd).catch(() => undefined);
    logger.warn(`index snapshot ${path} is unreadable (${(err as Error).message}); rebuilding it`);
    return null;
  }
}

export async function saveSnapshot(
  dataDir: string,
  snapshot: Snapshot<ArchiveExport>,
  logger: Logger,
): Promise<boolean> {
  const path = join(dataDir, SNAPSHOT_FILE);
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dataDir, { recursive: true });
    await writeSnapshotFile(temp, snapshot);
    await rename(temp, path);
    await rm(join(dataDir, LEGACY_SNAPSHOT_FILE), { force: true });
    return true;
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined);
    logger.warn(
      `could not save the index snapshot to ${path} (${(err as Error).message}); it will be rebuilt next time`,
    );
    return false;
  }
}

async function writeSnapshotFile(path: string, snapshot: Snapshot<ArchiveExport>): Promise<void> {
  const file = await open(path, 'w');
  try {
    const writer = new SnapshotWriter(file);
    const { format, fingerprint, savedAt } = snapshot;
    await writer.line({ format, fingerprint, savedAt } satisfies Header);
    const lazy = await writeLazyParts(writer, snapshot.index);
    const eager = writer.position;
    writer.alignFrom = eager;
    await writer.lines(snapshot.files, 1000);
    await writeEagerParts(writer, snapshot.index, lazy);
    await writer.raw(Buffer.from(JSON.stringify({ eager }).padEnd(TRAILER_BYTES - 1)));
    await writer.close();
  } finally {
    await file.close();
  }
}
