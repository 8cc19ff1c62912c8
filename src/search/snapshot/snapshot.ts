/**
 * The index snapshot in the data folder: a header line; one JSON line per article record and per quote (left in
 * the file and read when an answer needs them); then each article's version and first-indexed time, the source's
 * own state, the articles' metadata, the passage table and the postings (see snapshotSections); then the table
 * of sections, each with the CRC-32 of its bytes; last, a fixed-size trailer that says where that table starts
 * and carries its CRC-32. Every byte of the file is in a section, the table or the trailer, and every section is
 * checked. The part read at start is checked when the snapshot is opened; the article and quote lines (most of
 * the file: a gigabyte at 100,000 articles) either then too or, for a running app that must answer at once,
 * behind (`checked`), while each of those lines carries its own CRC-32, checked whenever it is read: so a flipped
 * byte anywhere is found, and nothing damaged is ever served. The part read at start is mapped where it can be
 * (see mappedFile, and the padding section that aligns it in the file) rather than read. Format 10 saves the
 * passages' name pair hashes with the passage table (see PassageTable); format 9 saved the very common terms' impact lists with the postings (see
 * impactLists); format 8 saved the articles' ids apart from their metadata, so the metadata is parsed when
 * first needed, and keeps each postings block's saturation bound (see compactPostings);
 * format 7 parsed the metadata on open, format 6 checked every section before answering, format 5 had no
 * checksums. A snapshot of an earlier format is not read, and the index is rebuilt. Its fingerprint is the
 * explicit INDEX_VERSION and the index options, never the bytes of the code: a deploy that changes no indexing
 * reuses it. A snapshot of this format with another fingerprint is still readable, so a running app answers from
 * it while it rebuilds. It is written atomically (a temporary file, then a rename) and in pieces (see
 * snapshotFile), never as one string.
 */
import { createHash } from 'node:crypto';
import { close, fstat, open as openFd, read } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { crc32 } from 'node:zlib';
import { INDEX_VERSION } from '../../indexing/version';
import type { Logger } from '../../logger';
import type { FileState } from '../../sources/folderSource';
import type { ArchiveData, ArchiveExport } from '../embeddedArchive';
import { Slicer } from '../engine/slices';
import { LineFile } from '../stores/lineFile';
import { fileMapper, MAP_ALIGN, mapperMissing } from './mappedFile';
import { type SectionSum, SnapshotReader, SnapshotWriter, StartSections } from './snapshotFile';
import { readEagerParts, writeEagerParts, writeLazyParts } from './snapshotSections';

export const SNAPSHOT_FILE = 'index-snapshot.ndx';
/** The one-JSON-document snapshot of earlier versions: removed once a new snapshot is saved. */
const LEGACY_SNAPSHOT_FILE = 'index-snapshot.json';
/** Where a snapshot found corrupt is set aside (the last one only), for a person to look at. */
export const CORRUPT_SNAPSHOT_FILE = 'index-snapshot.corrupt.ndx';
/** The layout of the file; a snapshot of another format is not read at all. */
export const SNAPSHOT_FORMAT = 11;
const FORMAT = SNAPSHOT_FORMAT;
/** The last line of the file: where the table of sections begins and its CRC-32, padded to this many bytes. */
const TRAILER_BYTES = 96;
/** The section the part read at start begins with. */
const FIRST_EAGER_SECTION = 'items';
/** Checked behind in chunks this size, so the event loop is never held for more than a few milliseconds. */
const VERIFY_CHUNK = 1024 * 1024;
const HEADER_MAX_BYTES = 4096;
const READ_CHUNK = 256 * 1024 * 1024;
/** Binary blocks start at a multiple of this many bytes from the part read at start (see SnapshotWriter). */
const BLOCK_ALIGN = 8;

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
  /** An engine fed from PostgreSQL: the last change of the archive's change feed it holds (a sequence number). */
  feed?: string;
}

/**
 * A snapshot as read: `stale` when it was built by another index version or with other options. Its `items` and
 * `sourceState` (checked with the rest of the part read at start) are parsed when first read: a sync needs them,
 * not an answer, so a running app answers first. `checked` settles once every section has been checked: at once
 * unless the lines were left to be checked behind; it rejects with a SnapshotCorruptError when one fails.
 */
export type LoadedSnapshot = Snapshot & { stale: boolean; checked: Promise<void>; startPart: StartPart };

/**
 * How the part read at start is had: `map`ped where the file mapping addon is built (see mappedFile), falling
 * back to `read`; or `read` into buffers of the process's own (to compare the two).
 */
export type StartRead = 'map' | 'read';

/**
 * How the part read at start was had: mapped (`bytes` of the page cache, not of the heap), or read, and why it was
 * not mapped.
 */
export type StartPart = { how: 'mapped'; bytes: number } | { how: 'read'; why: string };

/**
 * When the article and quote lines are checked: `now` before the snapshot is answered from (a one-off command),
 * `behind` while it already answers (a running app; each line read is checked on its own meanwhile).
 */
export type LineCheck = 'now' | 'behind';

interface Header {
  format: number;
  fingerprint: string;
  savedAt: string;
  feed?: string;
}

/** What decides the index's contents besides the code that INDEX_VERSION stands for. */
export interface IndexOptions {
  [option: string]: unknown;
}

export function indexFingerprint(options: IndexOptions, version = INDEX_VERSION): string {
  const hash = createHash('sha256').update(`format ${FORMAT}\nversion ${version}\n`);
  hash.update(canonicalJson(options));
  return hash.digest('hex').slice(0, 16);
}

/**
 * A value as JSON with every object's keys sorted, at every depth: the same options give the same text whatever
 * order they were written in, and a nested value (a field's boost) counts. A list of keys given to
 * JSON.stringify would filter the nested objects' keys too, and left `{"fieldBoost":{}}`.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** A snapshot about to be written. */
export type ArchiveExportSnapshot = Snapshot<ArchiveExport>;

export function makeSnapshot(parts: Omit<ArchiveExportSnapshot, 'format'>): ArchiveExportSnapshot {
  return { format: FORMAT, ...parts };
}

/**
 * `length` bytes from `position`, in a buffer of their own (never a slice of Node's shared pool), or at the start
 * of `into` when given (at least `length` bytes long).
 */
async function readAt(fd: number, position: number, length: number, into?: Buffer): Promise<Buffer> {
  const buffer = into ? into.subarray(0, length) : Buffer.allocUnsafeSlow(length);
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

/** A snapshot whose bytes are not those that were written (a flipped byte, a cut file, a broken line). */
export class SnapshotCorruptError extends Error {}

/** What opening the snapshot found. */
export type SnapshotRead =
  | { state: 'none' }
  | { state: 'other-format'; format: unknown }
  | { state: 'corrupt'; reason: string }
  | { state: 'ok'; snapshot: LoadedSnapshot };

const trailerText = (table: number, crc: number) => JSON.stringify({ table, crc }).padEnd(TRAILER_BYTES - 1);

/** The table of sections, checked against the trailer: null when the trailer is not one of this format. */
async function readSections(fd: number, size: number): Promise<SectionSum[] | null> {
  if (size < TRAILER_BYTES) return null;
  const trailer = (await readAt(fd, size - TRAILER_BYTES, TRAILER_BYTES)).toString('latin1');
  let parsed: { table: number; crc: number };
  try {
    parsed = JSON.parse(trailer) as { table: number; crc: number };
  } catch {
    return null;
  }
  const { table, crc } = parsed;
  if (!Number.isInteger(table) || table <= 0 || table >= size - TRAILER_BYTES) return null;
  if (trailer !== `${trailerText(table, crc)}\n`) return null;
  const bytes = await readAt(fd, table, size - TRAILER_BYTES - table);
  if (crc32(bytes) !== crc) throw new SnapshotCorruptError('the table of sections fails its checksum');
  const sections = new SnapshotReader(bytes).line<SectionSum[]>();
  let at = 0;
  for (const section of sections) {
    if (section.start !== at || !(section.end >= section.start))
      throw new SnapshotCorruptError(`section ${section.name} is not where the table says`);
    at = section.end;
  }
  if (at !== table) throw new SnapshotCorruptError('the sections do not cover the file');
  return sections;
}

/** Checks these sections' CRC-32, reading them in chunks into one buffer (a gigabyte makes no garbage). */
async function verifySections(fd: number, sections: readonly SectionSum[]): Promise<void> {
  const chunk = Buffer.allocUnsafeSlow(VERIFY_CHUNK);
  for (const section of sections) {
    let crc = 0;
    for (let at = section.start; at < section.end; at += VERIFY_CHUNK) {
      crc = crc32(await readAt(fd, at, Math.min(VERIFY_CHUNK, section.end - at), chunk), crc);
    }
    if (crc !== section.crc) throw failsChecksum(section);
  }
}

/**
 * A section of the part read at start, in a buffer of its own read from the 8-byte boundary (counted from
 * `alignFrom`) at or before it, so that its binary blocks lie aligned and are used in place; its CRC-32 checked.
 */
async function readSection(fd: number, section: SectionSum, alignFrom: number): Promise<Buffer> {
  const from = section.start - ((section.start - alignFrom) % BLOCK_ALIGN);
  return passingChecksum(
    section,
    (await readAt(fd, from, section.end - from)).subarray(section.start - from),
  );
}

const failsChecksum = (section: SectionSum) =>
  new SnapshotCorruptError(`section ${section.name} fails its checksum`);

/** A section's bytes once they pass its CRC-32 (taken as crc32Behind takes it). */
async function passingChecksum(section: SectionSum, bytes: Buffer): Promise<Buffer> {
  if ((await crc32Behind(bytes)) !== section.crc) throw failsChecksum(section);
  return bytes;
}

/**
 * Checks the sections before the part read at start (the header, the article and quote lines) on a descriptor
 * of its own, so the check never reads through one that was closed (and perhaps reused) meanwhile.
 */
async function verifyBehind(path: string, opened: number, sections: readonly SectionSum[]): Promise<void> {
  const fd = await openAsync(path, 'r');
  try {
    const [mine, theirs] = await Promise.all([fstatAsync(fd), fstatAsync(opened)]);
    if (mine.ino !== theirs.ino || mine.dev !== theirs.dev) return; // replaced by a newer snapshot meanwhile
    await verifySections(fd, sections);
  } finally {
    await closeAsync(fd).catch(() => undefined);
  }
}

/** The header, the sections of the part read at start, and those left to check (none unless lines are `behind`). */
interface Checked {
  header: Header;
  eager: Map<string, Buffer>;
  later: SectionSum[];
  startPart: StartPart;
}

/**
 * The sections of the part read at start as views of one mapping of the file (see mappedFile), each checked
 * against its CRC-32; or why they could not be mapped, and are to be read.
 */
async function mapStartPart(
  fd: number,
  eager: readonly SectionSum[],
  alignFrom: number,
): Promise<{ sections: Map<string, Buffer>; bytes: number } | string> {
  const mapFile = fileMapper();
  if (!mapFile) return `the file mapping addon is not built: ${mapperMissing()}`;
  if (alignFrom % BLOCK_ALIGN !== 0) return 'it was saved before its start part was aligned for mapping';
  const from = alignFrom - (alignFrom % MAP_ALIGN);
  const end = eager[eager.length - 1]?.end ?? alignFrom;
  let mapping: ArrayBuffer;
  try {
    mapping = mapFile(fd, from, end - from);
  } catch (err) {
    return (err as Error).message;
  }
  const sections = new Map<string, Buffer>();
  for (const section of eager) {
    const view = Buffer.from(mapping, section.start - from, section.end - section.start);
    sections.set(section.name, await passingChecksum(section, view));
  }
  return { sections, bytes: end - alignFrom };
}

/**
 * The CRC-32 of `bytes`, VERIFY_CHUNK at a time, giving the event loop back between (see Slicer): a running app
 * that reloads its compacted snapshot (145 MB of postings in one section at 100,000 articles) goes on
 * acknowledging meanwhile.
 */
async function crc32Behind(bytes: Buffer): Promise<number> {
  const slicer = new Slicer();
  let crc = 0;
  for (let at = 0; at < bytes.length; at += VERIFY_CHUNK) {
    if (at > 0) await slicer.pause();
    crc = crc32(bytes.subarray(at, at + VERIFY_CHUNK), crc);
  }
  return crc;
}

/** The part read at start mapped when it can be (StartRead `map`), else read into buffers of its own. */
async function startPart(
  fd: number,
  eager: readonly SectionSum[],
  alignFrom: number,
  how: StartRead,
): Promise<{ bytes: Map<string, Buffer>; startPart: StartPart }> {
  const mapped = how === 'map' ? await mapStartPart(fd, eager, alignFrom) : 'it was asked to be read';
  if (typeof mapped !== 'string')
    return { bytes: mapped.sections, startPart: { how: 'mapped', bytes: mapped.bytes } };
  const bytes = new Map<string, Buffer>();
  for (const section of eager) bytes.set(section.name, await readSection(fd, section, alignFrom));
  return { bytes, startPart: { how: 'read', why: mapped } };
}

/** The header, the sections checked (all, or all but the lines), and the part read at start; or why not. */
async function readChecked(
  fd: number,
  size: number,
  lines: LineCheck,
  how: StartRead,
): Promise<SnapshotRead | Checked> {
  const sections = await readSections(fd, size);
  if (!sections) {
    const header = await readHeader(fd, size).catch(() => null);
    if (header && header.format !== FORMAT) return { state: 'other-format', format: header.format };
    throw new SnapshotCorruptError('its trailer is damaged');
  }
  const first = sections.find((s) => s.name === FIRST_EAGER_SECTION);
  if (!first) throw new SnapshotCorruptError('it has no start-up part');
  const start = await startPart(
    fd,
    sections.filter((s) => s.start >= first.start),
    first.start,
    how,
  );
  const before = sections.filter((s) => s.start < first.start);
  const later = lines === 'behind' ? before.filter((s) => s.name !== 'header') : [];
  await verifySections(
    fd,
    before.filter((s) => !later.includes(s)),
  );
  const header = await readHeader(fd, size);
  if (header.format !== FORMAT) return { state: 'other-format', format: header.format };
  return { header, eager: start.bytes, later, startPart: start.startPart };
}

/**
 * Opens the snapshot and checks its sections: every one before it is answered from, or with `lines: 'behind'`
 * the article and quote lines after (see LoadedSnapshot.checked). The file stays open when it is read: the
 * articles and quotes are read from it as answers need them (a file replaced by a newer snapshot stays readable
 * through the open descriptor).
 */
export async function readSnapshot(
  dataDir: string,
  fingerprint: string,
  lines: LineCheck = 'now',
  how: StartRead = 'map',
): Promise<SnapshotRead> {
  const path = join(dataDir, SNAPSHOT_FILE);
  let fd: number;
  try {
    fd = await openAsync(path, 'r');
  } catch {
    return { state: 'none' };
  }
  try {
    const { size } = await fstatAsync(fd);
    const checked = await readChecked(fd, size, lines, how);
    if ('state' in checked) {
      await closeAsync(fd);
      return checked;
    }
    const sections = new StartSections(checked.eager);
    const items = sections.later('items', (r) => r.lines<IndexedItem>());
    const sourceState = sections.later('sourceState', (r) => r.lines<FileState>());
    const versions = () => new Map(items().map((item) => [item.id, item.version]));
    const file = new LineFile(fd);
    const index = { ...readEagerParts(sections, file), versions, file };
    const { header, later, startPart } = checked;
    const behind = later.length > 0 ? verifyBehind(path, fd, later) : Promise.resolve();
    behind.catch(() => undefined);
    return {
      state: 'ok',
      snapshot: {
        ...header,
        get items() {
          return items();
        },
        get sourceState() {
          return sourceState();
        },
        index,
        stale: header.fingerprint !== fingerprint,
        checked: behind,
        startPart,
      },
    };
  } catch (err) {
    await closeAsync(fd).catch(() => undefined);
    return { state: 'corrupt', reason: (err as Error).message };
  }
}

/** Why the start of opening a snapshot was slower than it could be: once per snapshot opened, when it was read. */
export function sayHowOpened(snapshot: LoadedSnapshot, logger: Logger): void {
  const { startPart } = snapshot;
  if (startPart.how === 'read') logger.info(`${SNAPSHOT_READ_NOT_MAPPED} (${startPart.why})`);
}

/** Said when the part read at start could not be mapped (see mappedFile). */
export const SNAPSHOT_READ_NOT_MAPPED = 'the index snapshot was read into memory, not mapped';

/** Reads the snapshot (see readSnapshot); null when there is none, it is of another format, or it is corrupt. */
export async function loadSnapshot(
  dataDir: string,
  fingerprint: string,
  logger: Logger,
  lines: LineCheck = 'now',
): Promise<LoadedSnapshot | null> {
  const read = await readSnapshot(dataDir, fingerprint, lines);
  if (read.state === 'ok') {
    sayHowOpened(read.snapshot, logger);
    return read.snapshot;
  }
  const path = join(dataDir, SNAPSHOT_FILE);
  if (read.state === 'none') logger.debug(`no index snapshot at ${path}; building the index`);
  else if (read.state === 'other-format')
    logger.debug(`index snapshot has format ${String(read.format)}, not ${FORMAT}; rebuilding`);
  else logger.warn(`index snapshot ${path} is unreadable (${read.reason}); rebuilding it`);
  return null;
}

/** Where each part of the snapshot lies: its sections, then the table of sections and the trailer. */
export async function snapshotLayout(dataDir: string): Promise<SectionSum[]> {
  const fd = await openAsync(join(dataDir, SNAPSHOT_FILE), 'r');
  try {
    const { size } = await fstatAsync(fd);
    const sections = await readSections(fd, size);
    if (!sections) throw new SnapshotCorruptError('its trailer is damaged');
    const table = sections[sections.length - 1]?.end ?? 0;
    const tail = [
      { name: 'table', start: table, end: size - TRAILER_BYTES, crc: 0 },
      { name: 'trailer', start: size - TRAILER_BYTES, end: size, crc: 0 },
    ];
    return [...sections, ...tail];
  } finally {
    await closeAsync(fd);
  }
}

/** Moves a corrupt snapshot out of the way (over the last one set aside), so it is never read again. */
export async function setAsideSnapshot(dataDir: string): Promise<string> {
  const aside = join(dataDir, CORRUPT_SNAPSHOT_FILE);
  await rename(join(dataDir, SNAPSHOT_FILE), aside);
  return aside;
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
    const { format, fingerprint, savedAt, feed } = snapshot;
    writer.section('header');
    await writer.line({ format, fingerprint, savedAt, ...(feed !== undefined && { feed }) } satisfies Header);
    const lazy = await writeLazyParts(writer, snapshot.index);
    // Spaces and a newline, so that the part read at start, and so its binary blocks, lie aligned in the file
    // itself, and a mapping of the file from a page boundary serves them in place.
    writer.section('padding');
    await writer.padTo(BLOCK_ALIGN);
    writer.section(FIRST_EAGER_SECTION);
    writer.alignFrom = writer.position;
    await writer.lines(snapshot.items, 1000);
    writer.section('sourceState');
    await writer.lines(snapshot.sourceState, 1000);
    await writeEagerParts(writer, snapshot.index, lazy);
    const sections = writer.sections();
    const table = writer.position;
    const line = Buffer.from(`${JSON.stringify(sections)}\n`);
    await writer.raw(line.subarray(0, line.length - 1));
    await writer.raw(Buffer.from(trailerText(table, crc32(line))));
    await writer.close();
  } finally {
    await file.close();
  }
}
