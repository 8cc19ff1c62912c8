/**
 * A file of JSON lines read at any offset: the open snapshot, or a spill file that holds what was indexed since
 * (created in the system temp folder and unlinked at once, so it disappears with the process). Lines are read with
 * one positioned read each; the descriptor stays open for the life of the index (a snapshot replaced by a newer
 * one stays readable through it).
 */
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NEWLINE = Buffer.from('\n');
let spills = 0;

export class LineFile {
  constructor(
    private fd: number,
    private size = 0,
  ) {}

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

  read(offset: number, length: number): Buffer {
    const buffer = Buffer.allocUnsafe(length);
    const read = readSync(this.fd, buffer, 0, length, offset);
    if (read !== length)
      throw new Error(`index line at byte ${offset} is cut short (${read} of ${length} bytes)`);
    return buffer;
  }

  /** Gives the descriptor back; the file's lines cannot be read after. */
  close(): void {
    if (this.fd < 0) return;
    closeSync(this.fd);
    this.fd = -1;
  }

  /**
   * Writes a line at the end; returns where it starts. A write that fails (ENOSPC) or comes up short throws and
   * leaves the end where it was, so the next line is written over what was cut.
   */
  append(line: Buffer): number {
    const offset = this.size;
    this.writeAll(Buffer.concat([line, NEWLINE], line.length + 1), offset); // one write, not two
    this.size += line.length + 1;
    return offset;
  }

  private writeAll(bytes: Buffer, position: number): void {
    for (let done = 0; done < bytes.length; ) {
      const wrote = writeSync(this.fd, bytes, done, bytes.length - done, position + done);
      if (wrote <= 0) throw new Error(`could not write an index line at byte ${position + done}`);
      done += wrote;
    }
  }
}
