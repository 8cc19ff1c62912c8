/**
 * The corpus folder as an article source: one article per `.md`/`.txt`/`.html` file (a saved page is read as a
 * feed's article page is: its main text, embeds out, JSON-LD dates), its id the file name, its version the
 * hash of its bytes. A file whose size, modification time and change time are as when it was last read keeps the
 * version read then, so an unchanged folder is listed without reading a file. The change time catches what the
 * other two miss: a file renamed onto another of the same size and time, a copy that kept its time.
 */
import { createHash } from 'node:crypto';
import { type CorpusFile, listCorpusFiles } from '../corpus/listCorpusFiles';
import { loadArticle } from '../corpus/loadArticles';
import type { Logger } from '../logger';
import { loadHtmlArticle } from './htmlFile';
import type { ArticleSource, ReadItem, SourceItem, SourceScan } from './types';

const HTML_FILE = /\.html?$/i;

/** What a file looked like when it was read: the folder source's memory between scans. */
export interface FileState {
  id: string;
  file: string;
  size: number;
  mtimeMs: number;
  /** Absent in the states saved before it was kept: such a file is read once more. */
  ctimeMs?: number;
  version: string;
}

export function contentHash(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface FolderSourceOptions {
  dir: string;
  logger: Logger;
  /** What the files looked like when last read (from the previous run). */
  known?: readonly FileState[];
}

export class FolderSource implements ArticleSource {
  readonly name: string;
  private readonly known: Map<string, FileState>;

  constructor(private readonly options: FolderSourceOptions) {
    this.name = `folder ${options.dir}`;
    this.known = new Map((options.known ?? []).map((f) => [f.id, f]));
  }

  /**
   * Files as another process last read them (see store/postgres/folderFiles.ts): taken as this source's own memory,
   * since a file whose size, modification or change time has moved on since is read again anyway.
   */
  recall(states: Iterable<FileState>): void {
    for (const state of states) this.known.set(state.id, state);
  }

  /** Every file as last read, for the next run. */
  state(): FileState[] {
    return [...this.known.values()];
  }

  async scan(): Promise<SourceScan> {
    const listing = await listCorpusFiles(this.options.dir);
    const ids = new Set(listing.files.map((f) => f.id));
    for (const id of this.known.keys()) if (!ids.has(id)) this.known.delete(id);
    return { items: listing.files.map((file) => this.itemFor(file)), skipped: listing.skipped };
  }

  private itemFor(file: CorpusFile): SourceItem {
    const before = this.known.get(file.id);
    const same =
      before !== undefined &&
      before.file === file.file &&
      before.size === file.size &&
      before.mtimeMs === file.mtimeMs &&
      before.ctimeMs === file.ctimeMs;
    return { id: file.id, version: same ? before.version : null, read: () => this.read(file) };
  }

  private async read(file: CorpusFile): Promise<ReadItem> {
    const outcome = HTML_FILE.test(file.file)
      ? await loadHtmlArticle(file)
      : await loadArticle(file, { logger: this.options.logger, hash: contentHash });
    if (!outcome.ok) {
      this.known.delete(file.id);
      return outcome;
    }
    const { article, hash } = outcome.loaded;
    this.known.set(file.id, {
      id: file.id,
      file: file.file,
      size: file.size,
      mtimeMs: file.mtimeMs,
      ...(file.ctimeMs !== undefined && { ctimeMs: file.ctimeMs }),
      version: hash,
    });
    return { ok: true, article, version: hash };
  }
}
