/**
 * The framing of the snapshot file: JSON lines and binary blocks (each announced by a `{"bytes":n}` line), written
 * in buffered pieces and read back one piece at a time. No part of the snapshot is ever one string, so it works
 * past Node's 512 MB string limit; binary blocks are copied into their own aligned buffers for typed arrays.
 */
import type { FileHandle } from 'node:fs/promises';

const FLUSH_BYTES = 4 * 1024 * 1024;
const NEWLINE = Buffer.from('\n');

export class SnapshotWriter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Bytes written so far, flushed or not: where the next line starts. */
  position = 0;

  constructor(private readonly file: FileHandle) {}

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
    await this.line({ bytes: view.byteLength });
    await this.push(Buffer.from(view.buffer, view.byteOffset, view.byteLength));
    await this.push(NEWLINE);
  }

  /** One binary block of `byteLength` bytes in all, written run by run as the runs are produced. */
  async stream(byteLength: number, runs: AsyncIterable<ArrayBufferView>): Promise<void> {
    await this.line({ bytes: byteLength });
    let written = 0;
    for await (const run of runs) {
      await this.push(Buffer.from(run.buffer, run.byteOffset, run.byteLength));
      written += run.byteLength;
    }
    if (written !== byteLength) throw new Error(`snapshot block: ${written} bytes written of ${byteLength}`);
    await this.push(NEWLINE);
  }

  async close(): Promise<void> {
    await this.flush();
  }

  private async push(chunk: Buffer): Promise<void> {
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

export class SnapshotReader {
  private at = 0;

  constructor(private readonly buffer: Buffer) {}

  line<T>(): T {
    const end = this.buffer.indexOf(10, this.at);
    if (end < 0) throw new Error(`snapshot ends early at byte ${this.at}`);
    const value = JSON.parse(this.buffer.toString('utf8', this.at, end)) as T;
    this.at = end + 1;
    return value;
  }

  /** The values written by `SnapshotWriter.lines`. */
  lines<T>(): T[] {
    const { lines } = this.line<{ lines: number }>();
    const values: T[] = [];
    for (let i = 0; i < lines; i++) for (const value of this.line<T[]>()) values.push(value);
    return values;
  }

  bytes(): ArrayBuffer {
    const { bytes } = this.line<{ bytes: number }>();
    if (!Number.isInteger(bytes) || this.at + bytes >= this.buffer.length) {
      throw new Error(`snapshot block of ${bytes} bytes at byte ${this.at} is cut short`);
    }
    const copy = new Uint8Array(bytes);
    copy.set(this.buffer.subarray(this.at, this.at + bytes));
    this.at += bytes + 1;
    return copy.buffer;
  }

  get done(): boolean {
    return this.at >= this.buffer.length;
  }
}
