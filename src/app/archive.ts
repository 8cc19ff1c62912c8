/**
 * Where the archive comes from: today the corpus folder indexed into the embedded engine, with its snapshot in
 * the data folder. The one place outside `search/` that knows the engine.
 */
import type { Config } from '../config';
import type { Logger } from '../logger';
import { type OpenedIndex, openCorpusIndex, refreshCorpusIndex } from '../search/sync/openCorpusIndex';
import type { FileState } from '../sources/folderSource';
import type { SourceRegistry } from '../sources/registry';

export interface ArchiveSource {
  /** Opens the archive; a running app answers at once from a snapshot of another index version while it rebuilds. */
  load: () => Promise<OpenedIndex>;
  refresh: (opened: OpenedIndex) => Promise<OpenedIndex>;
}

export function corpusArchive(
  config: Pick<Config, 'corpusDir' | 'dataDir'>,
  logger: Logger,
  /** The sources of sources.yml; the corpus folder alone without. */
  registry?: SourceRegistry,
): ArchiveSource & {
  /** Opens the archive as a one-off command needs it: up to date, the rebuild (if any) finished. */
  loadCurrent: () => Promise<OpenedIndex>;
} {
  const options = {
    corpusDir: config.corpusDir,
    dataDir: config.dataDir,
    logger,
    ...(registry && { source: (known?: readonly FileState[]) => registry.useFolders(known) }),
  };
  return {
    load: () => openCorpusIndex(options),
    loadCurrent: async () => {
      const opened = await openCorpusIndex(options);
      if (opened.stats.snapshot !== 'stale') return opened;
      return (await opened.rebuilt) ?? refreshCorpusIndex(opened, options);
    },
    refresh: (opened) => refreshCorpusIndex(opened, options),
  };
}
