/**
 * The part of the snapshot read at start, mapped instead of read: a private, copy-on-write mapping of the file
 * (native/mapFile.c, built by `npm ci` into build/Release), so its pages are the kernel's page cache. Reading
 * 326 MB at 100,000 articles into fresh memory costs more than a second on a machine whose first touch of a page
 * is slow; mapping the same bytes costs only their checksum. Node has no mmap of its own, and the npm packages
 * that offer one either no longer build on Node 20 or bring a hundred packages with them, hence 50 lines of C.
 *
 * When the addon was not built (no compiler on the machine, or a platform without mmap), `fileMapper` answers
 * null and the snapshot is read as before.
 */
import { join } from 'node:path';

/** Maps `length` bytes of the open file from `offset` (a multiple of PAGE_BYTES); unmapped when collected. */
export type MapFile = (fd: number, offset: number, length: number) => ArrayBuffer;

/** The page size mappings start on: 4 kB, or 64 kB on some ARM kernels; a multiple of either is a multiple of both. */
export const MAP_ALIGN = 64 * 1024;

/** build/Release beside package.json: the same three folders up from src/search/snapshot and dist/search/snapshot. */
const ADDON = join(__dirname, '..', '..', '..', 'build', 'Release', 'newsdesk_map.node');

let loaded: { mapFile: MapFile | null; why: string } | undefined;

function load(): { mapFile: MapFile | null; why: string } {
  try {
    const addon = require(ADDON) as { mapFile?: MapFile };
    if (typeof addon.mapFile !== 'function') return { mapFile: null, why: `${ADDON} has no mapFile` };
    return { mapFile: addon.mapFile, why: '' };
  } catch (err) {
    return { mapFile: null, why: (err as Error).message.split('\n')[0] ?? '' };
  }
}

/** The mapping function, or null when the addon is missing (see `mapperMissing` for why). */
export function fileMapper(): MapFile | null {
  loaded ??= load();
  return loaded.mapFile;
}

/** Why there is no mapping function, for a log line; empty when there is one. */
export function mapperMissing(): string {
  loaded ??= load();
  return loaded.why;
}
