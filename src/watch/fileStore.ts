/**
 * Watches as one JSON file in the data folder (`watches.json`). Every change is made under the lock every process
 * using the folder shares (`delivery/fileLock.ts`), on the file as read again from disk, written beside it and
 * renamed over it, so a crash never leaves half a file. A file that is not valid is never replaced (that would
 * drop every channel's watches): it is reported, and fixed or removed by a person.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withFileLock } from '../delivery/fileLock';
import type { AddOutcome, WatchStore } from './store';
import type { Watch } from './watches';

export const WATCHES_FILE = 'watches.json';

export class WatchesInvalidError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`the watches file ${file} is not valid (${reason}); fix or remove it`);
  }
}

const isWatch = (v: unknown): v is Watch => {
  const w = v as Partial<Watch> | null;
  return (
    typeof w === 'object' &&
    w !== null &&
    [w.channel, w.topic, w.key, w.createdAt, w.createdBy].every((f) => typeof f === 'string')
  );
};

export class FileWatchStore implements WatchStore {
  readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, WATCHES_FILE);
  }

  async all(): Promise<Watch[]> {
    let raw: string;
    try {
      raw = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new WatchesInvalidError(this.file, (err as Error).message);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (err) {
      throw new WatchesInvalidError(this.file, `not JSON: ${(err as Error).message}`);
    }
    const watches = (parsed as { watches?: unknown } | null)?.watches;
    if (!Array.isArray(watches) || !watches.every(isWatch))
      throw new WatchesInvalidError(this.file, '"watches" must be a list of watches');
    return watches;
  }

  async list(channel: string): Promise<Watch[]> {
    return (await this.all()).filter((w) => w.channel === channel);
  }

  add(watch: Watch, max: number): Promise<AddOutcome> {
    return this.change((watches) => {
      const channel = watches.filter((w) => w.channel === watch.channel);
      if (channel.some((w) => w.key === watch.key)) return 'exists';
      if (channel.length >= max) return 'full';
      watches.push(watch);
      return 'added';
    });
  }

  remove(channel: string, key: string): Promise<Watch | null> {
    return this.change((watches) => {
      const at = watches.findIndex((w) => w.channel === channel && w.key === key);
      return at < 0 ? null : (watches.splice(at, 1)[0] ?? null);
    });
  }

  /** Runs `edit` on the watches as on disk, under the lock, and writes them back. */
  private change<T>(edit: (watches: Watch[]) => T): Promise<T> {
    return withFileLock(`${this.file}.lock`, async () => {
      const watches = await this.all();
      const result = edit(watches);
      const temp = `${this.file}.${process.pid}.tmp`;
      await mkdir(join(this.file, '..'), { recursive: true });
      await writeFile(temp, JSON.stringify({ watches }, null, 2));
      await rename(temp, this.file);
      return result;
    });
  }
}
