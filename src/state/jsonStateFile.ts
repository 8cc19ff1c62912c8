/**
 * A small state file in the data folder (the post ledger, the channels' watches, their settings): JSON read whole, changed under
 * the lock every process using the folder shares (`delivery/fileLock.ts`) on the content as read again from disk,
 * written beside the file and renamed over it, so a crash never leaves half a file. A file that is not valid is
 * never replaced (that would drop every channel's state): it is reported, to be fixed or removed by a person.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withFileLock } from '../delivery/fileLock';

export class StateFileInvalidError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file} is not valid (${reason}); fix or remove it`);
  }
}

/** A validator for a state that is one list under `key`, each item passing `isItem` (`items` names them). */
export function listUnder<K extends string, I>(key: K, isItem: (v: unknown) => v is I, items: string) {
  return (parsed: unknown): Record<K, I[]> | string => {
    const list = (parsed as Record<string, unknown> | null)?.[key];
    return Array.isArray(list) && list.every(isItem)
      ? ({ [key]: list } as Record<K, I[]>)
      : `"${key}" must be a list of ${items}`;
  };
}

export class JsonStateFile<T> {
  constructor(
    readonly file: string,
    /** The empty state, when there is no file yet. */
    private readonly empty: () => T,
    /** The state, or a reason it is not valid. */
    private readonly validate: (parsed: unknown) => T | string,
    /** The error a file that is not valid is reported with. */
    private readonly invalid: (file: string, reason: string) => Error = (file, reason) =>
      new StateFileInvalidError(file, reason),
  ) {}

  async read(): Promise<T> {
    let raw: string;
    try {
      raw = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return this.empty();
      throw this.invalid(this.file, (err as Error).message);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (err) {
      throw this.invalid(this.file, `not JSON: ${(err as Error).message}`);
    }
    const state = this.validate(parsed);
    if (typeof state === 'string') throw this.invalid(this.file, state);
    return state;
  }

  /** Runs `edit` on the state as on disk, under the lock, and writes it back. */
  change<R>(edit: (state: T) => R): Promise<R> {
    return withFileLock(`${this.file}.lock`, async () => {
      const state = await this.read();
      const result = edit(state);
      const temp = `${this.file}.${process.pid}.tmp`;
      await mkdir(join(this.file, '..'), { recursive: true });
      await writeFile(temp, JSON.stringify(state, null, 2));
      await rename(temp, this.file);
      return result;
    });
  }
}
