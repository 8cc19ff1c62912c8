/**
 * Numbered JSON values kept on disk, not in memory: those from the snapshot where the snapshot has them (their
 * offsets used as read, not copied), those added since in a spill file. Each is read and parsed when asked for,
 * so the memory an index needs does not grow with the text of the archive. A value that cannot be written to the
 * spill file (the temp folder full, ENOSPC) is kept in memory instead, so the numbering never breaks and the
 * index keeps taking articles; the next ones go to the file again once there is room. A snapshot's line is checked
 * against its CRC-32 each time it is read, so a damaged one is never served (DamagedLineError instead).
 */
import { crc32 } from 'node:zlib';
import { Slicer } from '../engine/slices';
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
    return raw ? parse<T>(raw) : undefined;
  }

  /**
   * Values `ns` in order (those not held are left out): a run of the snapshot's lines that lie one after another
   * (an article's quotes) is read with one read instead of one each, every line still checked against its CRC-32.
   */
  getMany(ns: ArrayLike<number>): T[] {
    const out: T[] = [];
    for (let i = 0; i < ns.length; ) {
      const end = this.runEnd(ns, i);
      if (end > i + 1 && this.base) {
        for (const line of checkedLines(this.base, ns, i, end)) out.push(parse<T>(line));
      } else {
        const value = this.get(ns[i] as number);
        if (value !== undefined) out.push(value);
      }
      i = end;
    }
    return out;
  }

  /**
   * The lines of values `ns[from..to)`, in order, each as stored (every one must be held; `what` names the values
   * in the error when one is not), a run at a time: a run that lies one line after another in the snapshot or in the
   * spill file is read with one read, as a save copies them all (a read each was a fifth of a 100,000-article
   * save); the snapshot's lines are checked against their CRC-32 as always. One run is held at a time (at most
   * MAX_RUN_BYTES, or one longer line), whatever the lines' sizes.
   */
  *rawRuns(ns: ArrayLike<number>, from = 0, to = ns.length, what = 'index line'): Generator<Buffer[]> {
    for (let i = from; i < to; ) {
      const inBase = this.runEnd(ns, i, to);
      const end = inBase > i + 1 ? inBase : this.spillRunEnd(ns, i, to);
      if (inBase > i + 1 && this.base) yield checkedLines(this.base, ns, i, end);
      else if (end > i + 1) yield this.spillLines(ns, i, end);
      else yield [this.held(ns[i] as number, what)];
      i = end;
    }
  }

  private held(n: number, what: string): Buffer {
    const raw = this.raw(n);
    if (!raw) throw new Error(`${what} ${n} is not stored`);
    return raw;
  }

  /** Where the run of spill-file lines that starts at ns[i] ends: each the next line of the file. */
  private spillRunEnd(ns: ArrayLike<number>, i: number, to: number): number {
    const spillAt = (n: number) =>
      n >= this.baseCount && this.has(n) ? (this.spillOffsets[n - this.baseCount] as number) : -1;
    const start = spillAt(ns[i] as number);
    if (start < 0) return i + 1;
    let j = i + 1;
    for (; j < to; j++) {
      const previous = (ns[j - 1] as number) - this.baseCount;
      const next = (this.spillOffsets[previous] as number) + (this.spillLengths[previous] as number) + 1;
      const n = ns[j] as number;
      const at = spillAt(n);
      if (at !== next || at + (this.spillLengths[n - this.baseCount] as number) - start > MAX_RUN_BYTES)
        break;
    }
    return j;
  }

  /** Lines ns[from..to) of the spill file, one after another, read with one read. */
  private spillLines(ns: ArrayLike<number>, from: number, to: number): Buffer[] {
    const index = (i: number) => (ns[i] as number) - this.baseCount;
    const start = this.spillOffsets[index(from)] as number;
    const last = index(to - 1);
    const span = (this.spillFile as LineFile).read(
      start,
      (this.spillOffsets[last] as number) + (this.spillLengths[last] as number) - start,
    );
    const out: Buffer[] = [];
    for (let i = from; i < to; i++) {
      const at = (this.spillOffsets[index(i)] as number) - start;
      out.push(span.subarray(at, at + (this.spillLengths[index(i)] as number)));
    }
    return out;
  }

  /** Where the run of held snapshot lines that starts at ns[i] ends: each next in the file, in one short read. */
  private runEnd(ns: ArrayLike<number>, i: number, to = ns.length): number {
    const { base } = this;
    const first = ns[i] as number;
    if (!base || first >= this.baseCount || !this.has(first)) return i + 1;
    const start = base.offsets[first] as number;
    let j = i + 1;
    for (; j < to; j++) {
      const n = ns[j] as number;
      const previous = ns[j - 1] as number;
      const gap =
        (base.offsets[n] as number) - (base.offsets[previous] as number) - (base.lengths[previous] as number);
      if (n >= this.baseCount || !this.has(n) || gap < 0 || gap > MAX_LINE_GAP) break;
      if ((base.offsets[n] as number) + (base.lengths[n] as number) - start > MAX_RUN_BYTES) break;
    }
    return j;
  }
}

/** Lines read together may be this many bytes apart (their newlines), and span at most this many bytes. */
const MAX_LINE_GAP = 1;
const MAX_RUN_BYTES = 1024 * 1024;

const parse = <T>(raw: Buffer): T => JSON.parse(raw.toString('utf8')) as T;

function checkedLine(lines: Lines, n: number): Buffer {
  const offset = lines.offsets[n] as number;
  return checked(lines, n, lines.file.read(offset, lines.lengths[n] as number));
}

function checked(lines: Lines, n: number, line: Buffer): Buffer {
  if (crc32(line) !== lines.sums[n])
    throw new DamagedLineError(
      `index line ${n} (at byte ${lines.offsets[n]} of the snapshot) fails its checksum`,
    );
  return line;
}

/** Lines ns[from..to) of the snapshot, read with one read (see LineStore.getMany), each checked. */
function checkedLines(lines: Lines, ns: ArrayLike<number>, from: number, to: number): Buffer[] {
  const { offsets, lengths } = lines;
  const start = offsets[ns[from] as number] as number;
  const last = ns[to - 1] as number;
  const span = lines.file.read(start, (offsets[last] as number) + (lengths[last] as number) - start);
  const out: Buffer[] = [];
  for (let i = from; i < to; i++) {
    const n = ns[i] as number;
    const at = (offsets[n] as number) - start;
    out.push(checked(lines, n, span.subarray(at, at + (lengths[n] as number))));
  }
  return out;
}

/** Lines copied between chances to pause (see Slicer). */
const LINES_PER_PAUSE = 1024;

/**
 * Writes `count` stored lines into the snapshot, `runs(from, to)` giving lines from..to-1 a run at a time (each run
 * written before the next is read); returns where each went and its CRC-32, for `LineStore.over`.
 */
export async function writeRawLines(
  writer: SnapshotWriter,
  count: number,
  runs: (from: number, to: number) => Iterable<readonly Buffer[]>,
) {
  const offsets = new Float64Array(count);
  const lengths = new Uint32Array(count);
  const sums = new Uint32Array(count);
  const slicer = new Slicer();
  for (let from = 0; from < count; from += LINES_PER_PAUSE) {
    if (from > 0) await slicer.pause();
    const to = Math.min(count, from + LINES_PER_PAUSE);
    let i = from;
    for (const run of runs(from, to)) {
      for (const line of run) {
        if (i >= to) throw new Error(`snapshot: more lines given than the ${to - from} asked for`);
        offsets[i] = writer.position;
        lengths[i] = line.length;
        sums[i++] = crc32(line);
        await writer.raw(line);
      }
    }
    if (i !== to) throw new Error(`snapshot: ${i - from} lines given for ${to - from}`);
  }
  return { offsets, lengths, sums };
}
