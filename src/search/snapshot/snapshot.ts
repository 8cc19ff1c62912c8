/**
 * The index snapshot in the data folder: a header line; one JSON line per article record and per quote (left in
 * the file and read when an answer needs them); then each article's version and first-indexed time, the source's
 * own state, the articles' metadata, the passage table and the postings (see snapshotSections); last, a
 * fixed-size trailer that says where that second part starts. Its fingerprint is the explicit INDEX_VERSION and
 * the index options, never the bytes of the code: a deploy that changes no indexing reuses it. A snapshot of this
 * format with another fingerprint is still readable, so a running app answers from it while it rebuilds. It is
 * written atomically (a temporary file, then a rename) and in pieces (see snapshotFile), never as one string.
 */
import { createHash } from 'node:crypto';
import { close, fstat, open as openFd, read } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { INDEX_VERSION } from '../../indexing/version';
import type { Logger } from '../../logger';
import type { FileState } from '../../sources/folderSource';
import type { ArchiveData, ArchiveExport } from '../embeddedArchive';
import { LineFile } from '../stores/lineFile';
import { SnapshotReader, SnapshotWriter } from './snapshotFile';
import { readEagerParts, writeEagerParts, writeLazyParts } from './snapshotSections';

export const SNAPSHOT_FILE = 'index-snapshot.ndx';
/** The one-JSON-document snapshot of earlier versions: removed once a new snapshot is saved. */
const LEGACY_SNAPSHOT_FILE = 'index-snapshot.json';
/** The layout of the file; a snapshot of another format is not read at all. */
const FORMAT = 5;
/** The last line of the file: where the part read at start begins, padded to this many bytes. */
const TRAILER_BYTES = 64;
const HEADER_MAX_BYTES = 4096;
const READ_CHUNK = 256 * 1024 * 1024;

const openAsync = promisify(openFd);
const readAsync = promisify(read);
const fstatAsync = promisify(fstat);
const closeAsync = promisify(close);

/** An article the snapshot holds: its version, and when it was first indexed. */
export interface IndexedItem {
  id: string;
  version: string;
  /** When the article was first indexed (ISO time): the digest's day for an article without a date. */
  firstIndexedAt: string;
}

export interface Snapshot<Index = ArchiveData> {
  format: number;
  fingerprint: string;
  savedAt: string;
  items: IndexedItem[];
  /** What the folder source knew of its files. */
  sourceState: FileState[];
  index: Index;
}

/** A snapshot as read: `stale` when it was built by another index version or with other options. */
export type LoadedSnapshot = Snapshot & { stale: boolean };

interface Header {
  format: number;
  fingerprint: string;
  savedAt: string;
}

/** What decides the index's contents besides the code that INDEX_VERSION stands for. */
export interface IndexOptions {
  [option: string]: unknown;
}

export function indexFingerprint(options: IndexOptions, version = INDEX_VERSION): string {
  const hash = createHash('sha256').update(`format ${FORMAT}\nversion ${version}\n`);
  hash.update(JSON.stringify(options, Object.keys(options).sort()));
  return hash.digest('hex').slice(0, 16);
}

/** A snapshot about to be written. */
export type ArchiveExportSnapshot = Snapshot<ArchiveExport>;

export function makeSnapshot(parts: Omit<ArchiveExportSnapshot, 'format'>): ArchiveExportSnapshot {
  return { format: FORMAT, ...parts };
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
export async function loadSnapshot(
  dataDir: string,
  fingerprint: string,
  logger: Logger,
): Promise<LoadedSnapshot | null> {
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
    if (header.format !== FORMAT) {
      logger.debug(`index snapshot has format ${header.format}, not ${FORMAT}; rebuilding`);
      await closeAsync(fd);
      return null;
    }
    const trailer = await readAt(fd, size - TRAILER_BYTES, TRAILER_BYTES);
    const { eager } = new SnapshotReader(trailer).line<{ eager: number }>();
    if (!Number.isInteger(eager) || eager <= 0 || eager > size - TRAILER_BYTES)
      throw new Error('bad trailer');
    const reader = new SnapshotReader(await readAt(fd, eager, size - TRAILER_BYTES - eager));
    const items = reader.lines<IndexedItem>();
    const sourceState = reader.lines<FileState>();
    const versions = new Map(items.map((item) => [item.id, item.version]));
    const file = new LineFile(fd);
    const index = { ...readEagerParts(reader, file), versions, file };
    if (!reader.done) throw new Error('unexpected bytes after the postings');
    return { ...header, items, sourceState, index, stale: header.fingerprint !== fingerprint };
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
    await writer.lines(snapshot.items, 1000);
    await writer.lines(snapshot.sourceState, 1000);
    await writeEagerParts(writer, snapshot.index, lazy);
    await writer.raw(Buffer.from(JSON.stringify({ eager }).padEnd(TRAILER_BYTES - 1)));
    await writer.close();
  } finally {
    await file.close();
  }
}
