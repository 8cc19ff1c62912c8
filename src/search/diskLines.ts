/**
 * JSON lines that stay in the open snapshot file until asked for: each is read (one positioned read) and parsed
 * only when an answer needs it, so opening a large archive does not parse every article and quote.
 */
import { readSync } from 'node:fs';

export class DiskLines {
  constructor(
    private readonly fd: number,
    readonly offsets: Float64Array,
    readonly lengths: Uint32Array,
  ) {
    if (offsets.length !== lengths.length) throw new Error('snapshot line offsets and lengths do not match');
  }

  get count(): number {
    return this.offsets.length;
  }

  /** Line i's bytes, without its newline. */
  raw(i: number): Buffer {
    const length = this.lengths[i] ?? 0;
    const buffer = Buffer.allocUnsafe(length);
    const read = readSync(this.fd, buffer, 0, length, this.offsets[i] ?? 0);
    if (read !== length) throw new Error(`snapshot line ${i} is cut short (${read} of ${length} bytes)`);
    return buffer;
  }

  parse<T>(i: number): T {
    return JSON.parse(this.raw(i).toString('utf8')) as T;
  }
}
