/**
 * Where the archive comes from: today the corpus folder indexed into the embedded engine, with its snapshot in
 * the data folder. The one place outside `search/` that knows the engine.
 */
import type { Config } from '../config';
import type { Logger } from '../logger';
import { type OpenedIndex, openCorpusIndex, refreshCorpusIndex } from '../search/sync/openCorpusIndex';

export interface ArchiveSource {
  /** Opens the archive; a running app answers at once from a snapshot of another index version while it rebuilds. */
  load: () => Promise<OpenedIndex>;
  refresh: (opened: OpenedIndex) => Promise<OpenedIndex>;
}

export function corpusArchive(
  config: Pick<Config, 'corpusDir' | 'dataDir'>,
  logger: Logger,
): ArchiveSource & {
  /** Opens the archive as a one-off command needs it: up to date, the rebuild (if any) finished. */
  loadCurrent: () => Promise<OpenedIndex>;
} {
  const options = { corpusDir: config.corpusDir, dataDir: config.dataDir, logger };
  return {
    load: () => openCorpusIndex({ ...options, deferSync: true }),
    loadCurrent: async () => {
      const opened = await openCorpusIndex(options);
      if (opened.stats.snapshot !== 'stale') return opened;
      return (await opened.rebuilt) ?? refreshCorpusIndex(opened, options);
    },
    refresh: (opened) => refreshCorpusIndex(opened, options),
  };
}
