/**
 * Where the archive comes from: the corpus folder indexed into the embedded engine, with its snapshot in the
 * data folder; or, with DATABASE_URL set, PostgreSQL as the source of truth with the embedded engine following
 * it (`./postgres.ts`). With `postgres.ts`, the one place outside `search/` that knows the engine.
 */
import type { Config } from '../config';
import { closeStoriesPool } from '../digest/storiesPool';
import { createIndexer } from '../indexing/pool';
import type { Logger } from '../logger';
import { ENGINE_INDEX_WORKER } from '../search/indexWorker';
import {
  type OpenedIndex,
  openCorpusIndex,
  refreshCorpusIndex,
  savePending,
} from '../search/sync/openCorpusIndex';
import type { FileState } from '../sources/folderSource';
import type { SourceRegistry } from '../sources/registry';
import { postgresArchive } from './postgres';
import { removeStaleTemps } from './staleTemps';

export interface ArchiveSource {
  /** Opens the archive; a running app answers at once from a snapshot of another index version while it rebuilds. */
  load: () => Promise<OpenedIndex>;
  refresh: (opened: OpenedIndex) => Promise<OpenedIndex>;
  /** Lets go of what the archive holds open (the indexing workers, database connections). */
  close?: () => Promise<void>;
  /**
   * Calls `listener` whenever the archive applied changes outside a refresh (PostgreSQL: changes followed from
   * the database); absent: the archive changes only in refreshes.
   */
  followChanges?: (listener: () => void) => void;
  /** Saves what the refreshes changed and have not saved yet (a running app that stops). */
  flush?: (opened: OpenedIndex) => Promise<void>;
}

/**
 * How often a running app saves its snapshot after refreshes that changed the archive (and when it stops): as the
 * PostgreSQL instance saves its own. A save rewrites the whole snapshot.
 */
export const SNAPSHOT_SAVE_EVERY_MS = 30 * 60_000;

export function corpusArchive(
  config: Config,
  logger: Logger,
  /** The sources of sources.yml; the corpus folder alone without. */
  registry?: SourceRegistry,
): ArchiveSource & {
  /** Opens the archive as a one-off command needs it: up to date, the rebuild (if any) finished. */
  loadCurrent: () => Promise<OpenedIndex>;
} {
  if (config.databaseUrl) return postgresArchive(config, logger, config.databaseUrl);
  // the embedded engine's worker also makes what the engine stores, so the main thread only copies it
  const indexer = createIndexer({ threads: config.indexWorkers, workerFile: ENGINE_INDEX_WORKER });
  const options = {
    corpusDir: config.corpusDir,
    dataDir: config.dataDir,
    logger,
    index: indexer.index,
    ...(registry && { source: (known?: readonly FileState[]) => registry.useFolders(known) }),
  };
  const running = { ...options, saveEveryMs: SNAPSHOT_SAVE_EVERY_MS };
  return {
    load: async () => {
      await removeStaleTemps(config.dataDir, logger);
      return openCorpusIndex({ ...running, deferSync: true });
    },
    loadCurrent: async () => {
      const opened = await openCorpusIndex(options);
      if (opened.stats.snapshot !== 'stale') return opened;
      return (await opened.rebuilt) ?? refreshCorpusIndex(opened, options);
    },
    refresh: (opened) => refreshCorpusIndex(opened, running),
    flush: (opened) => savePending(opened, running),
    close: async () => {
      await indexer.close();
      await closeStoriesPool();
    },
  };
}
