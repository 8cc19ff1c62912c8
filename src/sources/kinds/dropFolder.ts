/**
 * A folder where wire items are dropped (ninjs JSON, NewsML-G2 XML): every poll reads the files that are new or
 * changed since the last (by size and modification time) and hands each to the format's reader. A file that
 * cannot be read is skipped with its reason; the rest go on. A file removed from the folder does not remove its
 * article (drop folders are cleaned out); a withdrawn item does.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { WireItem } from '../compose';
import { decodeText } from '../decode';
import type { Poller, PollerState, PollResult } from '../remoteSource';
import type { PollerContext } from './context';

/** What one file says: items (published or updated) and ids withdrawn. */
export interface WireFile {
  items: WireItem[];
  removed: string[];
}

const MAX_FILE_BYTES = 5 * 1024 * 1024;

export class DropFolderPoller implements Poller {
  private readonly seen = new Map<string, string>();

  constructor(
    private readonly ctx: PollerContext,
    private readonly extensions: readonly string[],
    private readonly read: (text: string) => WireFile,
  ) {}

  async poll(): Promise<PollResult> {
    const dir = this.ctx.config.path as string;
    const names = (await readdir(dir))
      .filter((n) => this.extensions.includes(extname(n).toLowerCase()))
      .sort();
    const result: PollResult = { items: [], removed: [], skipped: [] };
    for (const name of names) {
      const path = join(dir, name);
      try {
        const info = await stat(path);
        const mark = `${info.size}:${info.mtimeMs}`;
        if (this.seen.get(name) === mark) continue;
        if (info.size > MAX_FILE_BYTES) throw new Error(`larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
        const file = this.read(decodeText(await readFile(path)));
        result.items.push(...file.items);
        result.removed.push(...file.removed);
        this.seen.set(name, mark);
      } catch (err) {
        result.skipped?.push({ item: name, reason: (err as Error).message });
      }
    }
    return result;
  }

  /** The files read (size and time), so a restart does not read the whole drop again. */
  saveState(): PollerState {
    return { seen: Object.fromEntries(this.seen) };
  }

  restoreState(state: PollerState): void {
    const seen = typeof state.seen === 'object' && state.seen !== null ? state.seen : {};
    for (const [name, mark] of Object.entries(seen)) if (typeof mark === 'string') this.seen.set(name, mark);
  }
}
