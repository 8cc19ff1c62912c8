/**
 * Numbered JSON values kept on disk, not in memory: those from the snapshot where the snapshot has them (their
 * offsets used as read, not copied), those added since in a spill file. Each is read and parsed when asked for,
 * so the memory an index needs does not grow with the text of the archive. A value that cannot be written to the
 * spill file (the temp folder full, ENOSPC) is kept in memory instead, so the numbering never breaks and the
 * index keeps taking articles; the next ones go to the file again once there is room.
 */
import type { SnapshotWriter } from '../snapshot/snapshotFile';
import { LineFile } from './lineFile';

interface Lines {
  file: LineFile;
  offsets: Float64Array;
  lengths: Uint32Array;
}

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

  /** Values 0..offsets.length-1 are lines of `file`. */
  static over<T>(file: LineFile, offsets: Float64Array, lengths: Uint32Array): LineStore<T> {
    if (offsets.length !== lengths.length) throw new Error('index line offsets and lengths do not match');
    const store = new LineStore<T>();
    store.base = { file, offsets, lengths };
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
    if (n !== this.count) throw new Error(`index line ${n} stored out of order (next is ${this.count})`);
    const line = Buffer.from(JSON.stringify(value));
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
    if (base && n < this.baseCount)
      return base.file.read(base.offsets[n] as number, base.lengths[n] as number);
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

/** Writes `count` stored lines into the snapshot; returns where each went, for `LineStore.over`. */
export async function writeRawLines(writer: SnapshotWriter, count: number, raw: (i: number) => Buffer) {
  const offsets = new Float64Array(count);
  const lengths = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const line = raw(i);
    offsets[i] = writer.position;
    lengths[i] = line.length;
    await writer.raw(line);
  }
  return { offsets, lengths };
}
