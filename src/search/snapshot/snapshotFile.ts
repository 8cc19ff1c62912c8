/**
 * The framing of the snapshot file: JSON lines and binary blocks (each announced by a `{"bytes":n}` line), written
 * in buffered pieces and read back one piece at a time. No part of the snapshot is ever one string, so it works
 * past Node's 512 MB string limit. Binary blocks start at a multiple of 8 bytes from `alignFrom`, so the reader
 * uses them in place as typed arrays, without a copy. The file is cut into named sections (`section`), each with
 * the CRC-32 of its bytes, so a reader can check every byte on open.
 */
import type { FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';

const FLUSH_BYTES = 4 * 1024 * 1024;
const NEWLINE = Buffer.from('\n');

/** A run of the file's bytes, [start, end), and the CRC-32 of its bytes (unsigned). */
export interface SectionSum {
  name: string;
  start: number;
  end: number;
  crc: number;
}

export class SnapshotWriter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Bytes written so far, flushed or not: where the next line starts. */
  position = 0;
  /** Where the part a reader loads as one buffer begins: binary blocks are aligned relative to it. */
  alignFrom = 0;
  private readonly done: SectionSum[] = [];
  private open: { name: string; start: number; crc: number } | null = null;

  constructor(private readonly file: FileHandle) {}

  /** Ends the section being written (if any) and starts one named `name` here. */
  section(name: string): void {
    this.endSection();
    this.open = { name, start: this.position, crc: 0 };
  }

  /** Ends the section being written; returns every section written so far, in order. */
  sections(): SectionSum[] {
    this.endSection();
    return [...this.done];
  }

  private endSection(): void {
    if (!this.open) return;
    const { name, start, crc } = this.open;
    this.done.push({ name, start, end: this.position, crc });
    this.open = null;
  }

  async line(value: unknown): Promise<void> {
    await this.push(Buffer.from(`${JSON.stringify(value)}\n`));
  }

  /** Lines for many small values, `perLine` to a line. */
  async lines<T>(values: readonly T[], perLine: number): Promise<void> {
    await this.line({ lines: Math.ceil(values.length / perLine) });
    for (let i = 0; i < values.length; i += perLine) await this.line(values.slice(i, i + perLine));
  }

  /** One line of bytes already encoded (a JSON line copied from another snapshot), and its newline. */
  async raw(line: Buffer): Promise<void> {
    await this.push(line);
    await this.push(NEWLINE);
  }

  async bytes(view: ArrayBufferView): Promise<void> {
    await this.blockHeader(view.byteLength);
    await this.push(Buffer.from(view.buffer, view.byteOffset, view.byteLength));
    await this.push(NEWLINE);
  }

  /** One binary block of `byteLength` bytes in all, written run by run as the runs are produced. */
  async stream(byteLength: number, runs: AsyncIterable<ArrayBufferView>): Promise<void> {
    await this.blockHeader(byteLength);
    let written = 0;
    for await (const run of runs) {
      await this.push(Buffer.from(run.buffer, run.byteOffset, run.byteLength));
      written += run.byteLength;
    }
    if (written !== byteLength) throw new Error(`snapshot block: ${written} bytes written of ${byteLength}`);
    await this.push(NEWLINE);
  }

  /** Spaces and a newline (one byte at least), up to the next multiple of `align` bytes from the file's start. */
  async padTo(align: number): Promise<void> {
    const spaces = (align - ((this.position + 1) % align)) % align;
    await this.push(Buffer.from(`${' '.repeat(spaces)}\n`));
  }

  /** `{"bytes":n}`, padded with spaces so that the block after it starts 8-byte aligned. */
  private async blockHeader(byteLength: number): Promise<void> {
    const header = JSON.stringify({ bytes: byteLength });
    const pad = (8 - ((this.position + header.length + 1 - this.alignFrom) % 8)) % 8;
    await this.push(Buffer.from(`${header}${' '.repeat(pad)}\n`));
  }

  async close(): Promise<void> {
    await this.flush();
  }

  private async push(chunk: Buffer): Promise<void> {
    // Node 20's crc32 answers 0 for an empty buffer over an empty ArrayBuffer, whatever the running value.
    if (this.open && chunk.length > 0) this.open.crc = crc32(chunk, this.open.crc);
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    this.position += chunk.length;
    if (this.pendingBytes >= FLUSH_BYTES) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    await this.file.write(Buffer.concat(this.pending, this.pendingBytes));
    this.pending = [];
    this.pendingBytes = 0;
  }
}

/** The sections of the part of the snapshot read at start, each in a buffer of its own, by name. */
export class StartSections {
  constructor(private readonly bytes: Map<string, Buffer>) {}

  /** Reads the section named `name` now with `read`, which must read all of it. */
  read<T>(name: string, read: (reader: SnapshotReader) => T): T {
    return readWhole(name, this.take(name), read);
  }

  /** The same, when first asked for: its bytes are kept until then, and let go after. */
  later<T>(name: string, read: (reader: SnapshotReader) => T): () => T {
    let bytes: Buffer | null = this.take(name);
    let value: { read: T } | null = null;
    return () => {
      if (!value) value = { read: readWhole(name, bytes as Buffer, read) };
      bytes = null;
      return value.read;
    };
  }

  private take(name: string): Buffer {
    const bytes = this.bytes.get(name);
    if (!bytes) throw new Error(`it has no ${name} section`);
    this.bytes.delete(name);
    return bytes;
  }
}

function readWhole<T>(name: string, bytes: Buffer, read: (reader: SnapshotReader) => T): T {
  const reader = new SnapshotReader(bytes);
  const value = read(reader);
  if (!reader.done) throw new Error(`unexpected bytes at the end of section ${name}`);
  return value;
}

export class SnapshotReader {
  private at = 0;

  constructor(private readonly buffer: Buffer) {}

  line<T>(): T {
    return JSON.parse(this.rawLine().toString('utf8')) as T;
  }

  /** The next line's bytes, without its newline, not parsed. */
  rawLine(): Buffer {
    const end = this.buffer.indexOf(10, this.at);
    if (end < 0) throw new Error(`snapshot ends early at byte ${this.at}`);
    const line = this.buffer.subarray(this.at, end);
    this.at = end + 1;
    return line;
  }

  /** The lines written by `SnapshotWriter.lines`, each as its bytes, to be parsed when needed. */
  rawLines(): Buffer[] {
    const { lines } = this.line<{ lines: number }>();
    const out: Buffer[] = [];
    for (let i = 0; i < lines; i++) out.push(this.rawLine());
    return out;
  }

  /** The values written by `SnapshotWriter.lines`. */
  lines<T>(): T[] {
    const { lines } = this.line<{ lines: number }>();
    const values: T[] = [];
    for (let i = 0; i < lines; i++) for (const value of this.line<T[]>()) values.push(value);
    return values;
  }

  int32(): Int32Array {
    return this.typed(Int32Array);
  }

  uint32(): Uint32Array {
    return this.typed(Uint32Array);
  }

  uint8(): Uint8Array {
    return this.typed(Uint8Array);
  }

  float32(): Float32Array {
    return this.typed(Float32Array);
  }

  float64(): Float64Array {
    return this.typed(Float64Array);
  }

  /**
   * The next block as a typed array over the bytes read, not copied, when it lies aligned in them (the snapshot
   * reads each section into a buffer of its own, so a block holds only its section); else a copy.
   */
  private typed<A extends Uint8Array | Int32Array | Uint32Array | Float32Array | Float64Array>(Kind: {
    new (buffer: ArrayBufferLike, byteOffset: number, length: number): A;
    BYTES_PER_ELEMENT: number;
  }): A {
    const block = this.block();
    if (block.byteLength % Kind.BYTES_PER_ELEMENT !== 0)
      throw new Error('snapshot block has a partial value');
    const length = block.byteLength / Kind.BYTES_PER_ELEMENT;
    if (block.byteOffset % Kind.BYTES_PER_ELEMENT === 0)
      return new Kind(block.buffer, block.byteOffset, length);
    return new Kind(block.buffer.slice(block.byteOffset, block.byteOffset + block.byteLength), 0, length);
  }

  private block(): Buffer {
    const { bytes } = this.line<{ bytes: number }>();
    if (!Number.isInteger(bytes) || this.at + bytes >= this.buffer.length) {
      throw new Error(`snapshot block of ${bytes} bytes at byte ${this.at} is cut short`);
    }
    const block = this.buffer.subarray(this.at, this.at + bytes);
    this.at += bytes + 1;
    return block;
  }

  get done(): boolean {
    return this.at >= this.buffer.length;
  }
}
