/**
 * Lists the article files of a corpus folder (recursively), with their article ids. Symlinks are followed only
 * while they stay inside the folder. Files that cannot be articles are reported as skipped with a reason; two
 * files with one id are reported naming both.
 */

import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import { CorpusUnreadableError } from '../errors';
import type { SkippedFile } from './types';

export const ARTICLE_EXTENSIONS = ['.md', '.txt', '.html', '.htm'] as const;

export interface CorpusFile {
  id: string;
  /** Path relative to the corpus folder, with forward slashes. */
  file: string;
  path: string;
  size: number;
  mtimeMs: number;
  /**
   * When the file's inode last changed (its content, a rename onto it, a copy that kept the modification time):
   * with the size and modification time, what tells that a file read before may have changed.
   */
  ctimeMs?: number;
}

export interface CorpusListing {
  files: CorpusFile[];
  skipped: SkippedFile[];
}

interface Walk extends CorpusListing {
  byId: Map<string, CorpusFile>;
}

export { CorpusUnreadableError };

export const LISTING_REASONS = {
  notArticle: `not an article file (only ${ARTICLE_EXTENSIONS.join(', ')} are read)`,
  symlinkOutside: 'a symlink leading outside the corpus folder (not followed)',
  brokenSymlink: 'a broken symlink',
  duplicateId: (id: string, kept: string) =>
    `same article id "${id}" as ${kept}, which is kept; rename one of them`,
} as const;

const toPosix = (p: string) => p.split(sep).join('/');
const isHidden = (name: string) => name.startsWith('.');

async function corpusRoot(dir: string): Promise<string> {
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw new CorpusUnreadableError(dir, 'not a folder');
    return await realpath(dir);
  } catch (err) {
    if (err instanceof CorpusUnreadableError) throw err;
    throw new CorpusUnreadableError(dir, (err as NodeJS.ErrnoException).code ?? String(err));
  }
}

function inside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !rel.includes(`..${sep}`);
}

type FileEntry = { kind: 'file'; path: string; size: number; mtimeMs: number; ctimeMs: number };
type Entry = FileEntry | { kind: 'dir'; path: string };

/** Resolves one directory entry, following symlinks only within the root. */
async function resolveEntry(root: string, path: string, dirent: Dirent): Promise<Entry | SkippedFile | null> {
  let target = path;
  if (dirent.isSymbolicLink()) {
    try {
      target = await realpath(path);
    } catch {
      return { file: toPosix(relative(root, path)), reason: LISTING_REASONS.brokenSymlink };
    }
    if (!inside(root, target))
      return { file: toPosix(relative(root, path)), reason: LISTING_REASONS.symlinkOutside };
  }
  const info = await stat(target);
  if (info.isDirectory()) return dirent.isSymbolicLink() ? null : { kind: 'dir', path };
  if (!info.isFile()) return null;
  return { kind: 'file', path, size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs };
}

/** Entries whose details are read at once: a large folder is listed in a fraction of one-by-one time. */
const STAT_CONCURRENCY = 128;

async function walk(root: string, dir: string, out: Walk): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((d) => !isHidden(d.name));
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (let i = 0; i < entries.length; i += STAT_CONCURRENCY) {
    const batch = entries.slice(i, i + STAT_CONCURRENCY);
    const resolved = await Promise.all(batch.map((d) => resolveEntry(root, join(dir, d.name), d)));
    for (const entry of resolved) {
      if (entry === null) continue;
      if (!('kind' in entry)) out.skipped.push(entry);
      else if (entry.kind === 'dir') await walk(root, entry.path, out);
      else addFile(root, entry, out);
    }
  }
}

function addFile(root: string, entry: FileEntry, out: Walk): void {
  const file = toPosix(relative(root, entry.path));
  const ext = extname(entry.path).toLowerCase();
  if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(ext)) {
    out.skipped.push({ file, reason: LISTING_REASONS.notArticle });
    return;
  }
  const id = basename(entry.path, extname(entry.path));
  const twin = out.byId.get(id);
  if (twin) {
    out.skipped.push({ file, reason: LISTING_REASONS.duplicateId(id, twin.file) });
    return;
  }
  const { size, mtimeMs, ctimeMs } = entry;
  const corpusFile = { id, file, path: entry.path, size, mtimeMs, ctimeMs };
  out.byId.set(id, corpusFile);
  out.files.push(corpusFile);
}

export async function listCorpusFiles(dir: string): Promise<CorpusListing> {
  const root = await corpusRoot(dir);
  const out: Walk = { files: [], skipped: [], byId: new Map() };
  await walk(root, root, out);
  return { files: out.files, skipped: out.skipped };
}

/** A folder's article files, or one file named on the command line (any extension). */
export async function listPath(path: string): Promise<CorpusListing> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (err) {
    throw new CorpusUnreadableError(path, (err as NodeJS.ErrnoException).code ?? String(err));
  }
  if (info.isDirectory()) return listCorpusFiles(path);
  const id = basename(path, extname(path));
  const { size, mtimeMs, ctimeMs } = info;
  return { files: [{ id, file: basename(path), path, size, mtimeMs, ctimeMs }], skipped: [] };
}
