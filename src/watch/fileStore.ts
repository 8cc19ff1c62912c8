/**
 * Watches as one JSON file in the data folder (`watches.json`), changed under the folder's lock and written
 * whole (`state/jsonStateFile.ts`); a file that is not valid is reported, never replaced.
 */
import { join } from 'node:path';
import { JsonStateFile, listUnder, StateFileInvalidError } from '../state/jsonStateFile';
import type { AddOutcome, WatchStore } from './store';
import type { Watch } from './watches';

export const WATCHES_FILE = 'watches.json';
export { StateFileInvalidError as WatchesInvalidError };

const isWatch = (v: unknown): v is Watch => {
  const w = v as Partial<Watch> | null;
  return (
    typeof w === 'object' &&
    w !== null &&
    [w.channel, w.topic, w.key, w.createdAt, w.createdBy].every((f) => typeof f === 'string')
  );
};

const validate = listUnder('watches', isWatch, 'watches');

export class FileWatchStore implements WatchStore {
  private readonly state: JsonStateFile<{ watches: Watch[] }>;

  constructor(dataDir: string) {
    this.state = new JsonStateFile(join(dataDir, WATCHES_FILE), () => ({ watches: [] }), validate);
  }

  get file(): string {
    return this.state.file;
  }

  async all(): Promise<Watch[]> {
    return (await this.state.read()).watches;
  }

  async list(channel: string): Promise<Watch[]> {
    return (await this.all()).filter((w) => w.channel === channel);
  }

  add(watch: Watch, max: number): Promise<AddOutcome> {
    return this.state.change(({ watches }) => {
      const channel = watches.filter((w) => w.channel === watch.channel);
      if (channel.some((w) => w.key === watch.key)) return 'exists';
      if (channel.length >= max) return 'full';
      watches.push(watch);
      return 'added';
    });
  }

  remove(channel: string, key: string): Promise<Watch | null> {
    return this.state.change(({ watches }) => {
      const at = watches.findIndex((w) => w.channel === channel && w.key === key);
      return at < 0 ? null : (watches.splice(at, 1)[0] ?? null);
    });
  }
}
