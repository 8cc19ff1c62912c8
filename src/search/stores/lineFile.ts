/**
 * A file of JSON lines read at any offset: the open snapshot, or a spill file that holds what was indexed since
 * (created in the system temp folder and unlinked at once, so it disappears with the process). Lines are read with
 * one positioned read each; the descriptor stays open for the life of the index (a snapshot replaced by a newer
 * one stays readable through it). Lines appended are written in batches of about WRITE_BATCH_BYTES (a build appends
 * several lines an article, and one write each was a few per cent of the build); until then they are read from
 * memory.
 */
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NEWLINE = Buffer.from('\n');
let spills = 0;

/** Appended lines are held until they add up to this many bytes, then written at once. */
export const WRITE_BATCH_BYTES = 256 * 1024;

export class LineFile {
  /** Lines appended but not yet written (each followed by its newline), from byte `written` on. */
  private pending: Buffer[] = [];
  /** Where each of `pending` starts in the file, ascending. */
  private pendingStarts: number[] = [];
  private pendingBytes = 0;
  private written: number;

  constructor(
    private fd: number,
    private size = 0,
  ) {
    this.written = size;
  }

  /** A new, empty file nobody else can see, for lines written from now on. */
  static spill(): LineFile {
    const path = join(tmpdir(), `newsdesk-spill-${process.pid}-${++spills}-${Date.now()}.ndjson`);
    const fd = openSync(path, 'w+', 0o600);
    try {
      unlinkSync(path);
    } catch (err) {
      closeSync(fd);
      throw err;
    }
    return new LineFile(fd);
  }

  /**
   * Bytes `offset..offset+length` of the file: those written read from it, those still held copied from memory (a
   * read never writes, so it cannot fail for want of room).
   */
  read(offset: number, length: number): Buffer {
    const buffer = Buffer.allocUnsafe(length);
    const onDisk = this.pendingBytes === 0 ? length : Math.max(0, Math.min(length, this.written - offset));
    let read = onDisk > 0 ? readSync(this.fd, buffer, 0, onDisk, offset) : 0;
    if (read === onDisk && read < length) read += this.copyHeld(buffer, read, offset + read);
    if (read !== length)
      throw new Error(`index line at byte ${offset} is cut short (${read} of ${length} bytes)`);
    return buffer;
  }

  /** Copies held bytes from file position `position` on into `target[at..]`; returns how many there were. */
  private copyHeld(target: Buffer, at: number, position: number): number {
    const starts = this.pendingStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= position) lo = mid;
      else hi = mid - 1;
    }
    let copied = 0;
    for (let i = lo; i < this.pending.length && at + copied < target.length; i++) {
      const piece = this.pending[i] as Buffer;
      const from = Math.max(0, position + copied - (starts[i] as number));
      if (from >= piece.length) continue;
      copied += piece.copy(target, at + copied, from);
    }
    return copied;
  }

  /** Gives the descriptor back, and the memory of the lines held; the file's lines cannot be read after. */
  close(): void {
    this.pending = [];
    this.pendingStarts = [];
    this.pendingBytes = 0;
    if (this.fd < 0) return;
    closeSync(this.fd);
    this.fd = -1;
  }

  /**
   * Adds a line at the end; returns where it starts. When the lines held reach WRITE_BATCH_BYTES they are written
   * first: a write that fails (ENOSPC) or comes up short throws, and leaves this line out and the end where it was
   * (the lines held stay held, readable, and are written with the next batch), so the next line is written over
   * what was cut.
   */
  append(line: Buffer): number {
    if (this.pendingBytes + line.length + 1 > WRITE_BATCH_BYTES) this.flush();
    const offset = this.size;
    this.pending.push(line, NEWLINE);
    this.pendingStarts.push(offset, offset + line.length);
    this.pendingBytes += line.length + 1;
    this.size += line.length + 1;
    return offset;
  }

  /** Writes the lines held, if any. */
  flush(): void {
    if (this.pendingBytes === 0) return;
    this.writeAll(Buffer.concat(this.pending, this.pendingBytes), this.written);
    this.written += this.pendingBytes;
    this.pending = [];
    this.pendingStarts = [];
    this.pendingBytes = 0;
  }

  private writeAll(bytes: Buffer, position: number): void {
    for (let done = 0; done < bytes.length; ) {
      const wrote = writeSync(this.fd, bytes, done, bytes.length - done, position + done);
      if (wrote <= 0) throw new Error(`could not write an index line at byte ${position + done}`);
      done += wrote;
    }
  }
}
