/**
 * Every configured source behind the one `ArticleSource` port: a scan lists the folders' files and what each
 * remote source holds, so the archive sync works as it did for the folder alone. Polling (the network) is
 * separate from scanning: a source is polled on its schedule, then the archive is synced. The registry also
 * keeps each source's status for `newsdesk sources` and App Home.
 */
import type { SkippedFile } from '../corpus/types';
import type { Logger } from '../logger';
import type { SourceConfig, SourceKind } from './config';
import { Fetcher } from './fetch/fetcher';
import { type FileState, FolderSource } from './folderSource';
import type { PollerContext } from './kinds/context';
import { DropFolderPoller } from './kinds/dropFolder';
import { FeedPoller } from './kinds/feed';
import { readNewsml } from './kinds/newsml';
import { readNinjs } from './kinds/ninjs';
import { SitemapPoller } from './kinds/sitemap';
import { WordPressPoller } from './kinds/wordpress';
import { emptyStatus, type Poller, RemoteSource, type SourceStatus } from './remoteSource';
import type { ArticleSource, SourceItem, SourceScan } from './types';

export type PollerFactory = (ctx: PollerContext) => Poller;

/** The pollers by kind; `folder` is the folder source and `push` is never polled. */
export const POLLERS: Partial<Record<SourceKind, PollerFactory>> = {
  feed: (ctx) => new FeedPoller(ctx),
  wordpress: (ctx) => new WordPressPoller(ctx),
  sitemap: (ctx) => new SitemapPoller(ctx),
  ninjs: (ctx) => new DropFolderPoller(ctx, ['.json'], readNinjs),
  newsml: (ctx) => new DropFolderPoller(ctx, ['.xml'], readNewsml),
};

export interface RegistryOptions {
  sources: readonly SourceConfig[];
  dataDir: string | null;
  logger: Logger;
  fetcher?: Fetcher;
  now?: () => Date;
  pollers?: Partial<Record<SourceKind, PollerFactory>>;
}

interface FolderEntry {
  config: SourceConfig;
  source: FolderSource;
  status: SourceStatus;
}

export class SourceRegistry implements ArticleSource {
  readonly name = 'sources';
  private folders: FolderEntry[] = [];
  readonly remotes: RemoteSource[];

  constructor(private readonly options: RegistryOptions) {
    const now = options.now ?? (() => new Date());
    const fetcher = options.fetcher ?? new Fetcher({ logger: options.logger });
    const pollers = { ...POLLERS, ...options.pollers };
    this.remotes = options.sources
      .filter((c) => c.kind !== 'folder')
      .map((config) => {
        const factory = pollers[config.kind];
        const poller = factory ? factory({ config, fetcher, logger: options.logger, now }) : null;
        return new RemoteSource({ config, poller, dataDir: options.dataDir, logger: options.logger, now });
      });
    this.useFolders();
  }

  /** Starts the folders over, remembering the files as last read (the snapshot's state, or none). */
  useFolders(known?: readonly FileState[]): this {
    this.folders = this.options.sources
      .filter((c) => c.kind === 'folder')
      .map((config) => ({
        config,
        source: new FolderSource({
          dir: config.path as string,
          logger: this.options.logger,
          known: known ?? [],
        }),
        status: emptyStatus(config),
      }));
    return this;
  }

  remote(name: string): RemoteSource | undefined {
    return this.remotes.find((r) => r.name === name);
  }

  /** The folders' files as last read, for the snapshot. */
  state(): FileState[] {
    return this.folders.flatMap((f) => f.source.state());
  }

  statuses(): SourceStatus[] {
    const byName = new Map<string, SourceStatus>();
    for (const f of this.folders) byName.set(f.config.name, { ...f.status });
    for (const r of this.remotes) byName.set(r.name, r.statusNow());
    return this.options.sources.map((c) => byName.get(c.name) as SourceStatus);
  }

  /** Polls every remote source once, together; one failing source never stops the others. */
  async pollAll(): Promise<void> {
    await Promise.all(this.remotes.map((r) => r.poll()));
  }

  async scan(): Promise<SourceScan> {
    const items: SourceItem[] = [];
    const skipped: SkippedFile[] = [];
    const ids = new Set<string>();
    const add = (from: string, scan: SourceScan) => {
      skipped.push(...scan.skipped);
      for (const item of scan.items) {
        if (ids.has(item.id))
          skipped.push({ file: item.id, reason: `listed twice (again by ${from}); the first is kept` });
        else {
          ids.add(item.id);
          items.push(item);
        }
      }
    };
    for (const f of this.folders) add(f.config.name, await this.scanFolder(f));
    for (const r of this.remotes) add(r.name, await r.scan());
    return { items, skipped };
  }

  private async scanFolder(f: FolderEntry): Promise<SourceScan> {
    const at = new Date().toISOString();
    f.status.lastPoll = at;
    try {
      const scan = await f.source.scan();
      Object.assign(f.status, { lastSuccess: at, articles: scan.items.length, error: null });
      return scan;
    } catch (err) {
      f.status.error = (err as Error).message;
      if (this.folders.length === 1 && this.remotes.length === 0) throw err;
      this.options.logger.warn(`${f.config.name}: ${f.status.error}; keeping its articles as they were`);
      // Listed as last read, so a folder that is briefly unreadable does not empty the archive of its articles.
      const items = f.source.state().map((s) => ({
        id: s.id,
        version: s.version,
        read: async () => ({ ok: false as const, skipped: { file: s.file, reason: f.status.error ?? '' } }),
      }));
      return { items, skipped: [] };
    }
  }
}
