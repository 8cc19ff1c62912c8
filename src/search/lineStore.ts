/**
 * Numbered JSON values kept on disk, not in memory: those from the snapshot where the snapshot has them, those
 * added since in a spill file. Each is read and parsed when asked for, so the memory an index needs does not grow
 * with the text of the archive.
 */
import { LineFile } from './lineFile';

export class LineStore<T> {
  private readonly files: (LineFile | null)[] = [];
  private readonly offsets: number[] = [];
  private readonly lengths: number[] = [];
  private spillFile: LineFile | null = null;

  /** Values 0..offsets.length-1 are lines of `file`. */
  static over<T>(file: LineFile, offsets: Float64Array, lengths: Uint32Array): LineStore<T> {
    if (offsets.length !== lengths.length) throw new Error('index line offsets and lengths do not match');
    const store = new LineStore<T>();
    for (let i = 0; i < offsets.length; i++) {
      store.files.push(file);
      store.offsets.push(offsets[i] as number);
      store.lengths.push(lengths[i] as number);
    }
    return store;
  }

  get count(): number {
    return this.files.length;
  }

  /** Stores value number n (the next number, or one that was deleted). */
  put(n: number, value: T): void {
    this.spillFile ??= LineFile.spill();
    const line = Buffer.from(JSON.stringify(value));
    this.files[n] = this.spillFile;
    this.offsets[n] = this.spillFile.append(line);
    this.lengths[n] = line.length;
  }

  delete(n: number): void {
    this.files[n] = null;
  }

  has(n: number): boolean {
    return (this.files[n] ?? null) !== null;
  }

  raw(n: number): Buffer | undefined {
    const file = this.files[n];
    return file ? file.read(this.offsets[n] as number, this.lengths[n] as number) : undefined;
  }

  get(n: number): T | undefined {
    const raw = this.raw(n);
    return raw ? (JSON.parse(raw.toString('utf8')) as T) : undefined;
  }
}
