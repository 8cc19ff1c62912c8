/**
 * Numbered JSON values kept on disk, not in memory: those from the snapshot where the snapshot has them (their
 * offsets used as read, not copied), those added since in a spill file. Each is read and parsed when asked for,
 * so the memory an index needs does not grow with the text of the archive. A value that cannot be written to the
 * spill file (the temp folder full, ENOSPC) is kept in memory instead, so the numbering never breaks and the
 * index keeps taking articles; the next ones go to the file again once there is room. A snapshot's line is checked
 * against its CRC-32 each time it is read, so a damaged one is never served (DamagedLineError instead).
 */
import { crc32 } from 'node:zlib';
import type { SnapshotWriter } from '../snapshot/snapshotFile';
import { LineFile } from './lineFile';

/** Where the snapshot's lines are, and the CRC-32 of each, checked whenever one is read. */
export interface Lines {
  file: LineFile;
  offsets: Float64Array;
  lengths: Uint32Array;
  sums: Uint32Array;
}

/** A line of the snapshot whose bytes are not those written: the snapshot is damaged. */
export class DamagedLineError extends Error {}

export class LineStore<T> {
  /** Values 0..base.offsets.length-1. */
  private base: Lines | null = null;
  /** Values from there on, in the spill file. */
  private readonly spillOffsets: number[] = [];
  private readonly spillLengths: number[] = [];
  private readonly deleted = new Set<number>();
  private spillFile: LineFile | null = null;
  /** Values (by their spill index) that could not be written to the spill file. */
  private readonly inMemory = new Map<number, Buffer>();

  /** Values 0..offsets.length-1 are lines of `lines.file`. */
  static over<T>(lines: Lines): LineStore<T> {
    const { offsets, lengths, sums } = lines;
    if (offsets.length !== lengths.length || offsets.length !== sums.length)
      throw new Error('index line offsets, lengths and checksums do not match');
    const store = new LineStore<T>();
    store.base = lines;
    return store;
  }

  private get baseCount(): number {
    return this.base?.offsets.length ?? 0;
  }

  get count(): number {
    return this.baseCount + this.spillOffsets.length;
  }

  /** Stores value number n, which must be the next number. */
  put(n: number, value: T): void {
    this.putLine(n, JSON.stringify(value));
  }

  /** As `put`, with the value already as its JSON text (made on another thread). */
  putLine(n: number, json: string): void {
    if (n !== this.count) throw new Error(`index line ${n} stored out of order (next is ${this.count})`);
    const line = Buffer.from(json);
    let offset = -1;
    try {
      this.spillFile ??= LineFile.spill();
      offset = this.spillFile.append(line);
    } catch {
      this.inMemory.set(this.spillOffsets.length, line);
    }
    this.spillOffsets.push(offset);
    this.spillLengths.push(line.length);
  }

  /** How many values are held in memory because the spill file could not take them. */
  get heldInMemory(): number {
    return this.inMemory.size;
  }

  delete(n: number): void {
    this.deleted.add(n);
    this.inMemory.delete(n - this.baseCount);
  }

  has(n: number): boolean {
    return n >= 0 && n < this.count && !this.deleted.has(n);
  }

  raw(n: number): Buffer | undefined {
    if (!this.has(n)) return undefined;
    const { base } = this;
    if (base && n < this.baseCount) return checkedLine(base, n);
    const i = n - this.baseCount;
    const held = this.inMemory.get(i);
    if (held) return held;
    return this.spillFile?.read(this.spillOffsets[i] as number, this.spillLengths[i] as number);
  }

  /** Closes the files the values are read from: the snapshot's (shared, so closed by whoever opened it) is left. */
  closeSpill(): void {
    this.spillFile?.close();
  }

  get(n: number): T | undefined {
    const raw = this.raw(n);
    return raw ? (JSON.parse(raw.toString('utf8')) as T) : undefined;
  }
}

function checkedLine(lines: Lines, n: number): Buffer {
  const offset = lines.offsets[n] as number;
  const line = lines.file.read(offset, lines.lengths[n] as number);
  if (crc32(line) !== lines.sums[n])
    throw new DamagedLineError(`index line ${n} (at byte ${offset} of the snapshot) fails its checksum`);
  return line;
}

/** Writes `count` stored lines into the snapshot; returns where each went and its CRC-32, for `LineStore.over`. */
export async function writeRawLines(writer: SnapshotWriter, count: number, raw: (i: number) => Buffer) {
  const offsets = new Float64Array(count);
  const lengths = new Uint32Array(count);
  const sums = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const line = raw(i);
    offsets[i] = writer.position;
    lengths[i] = line.length;
    sums[i] = crc32(line);
    await writer.raw(line);
  }
  return { offsets, lengths, sums };
}
