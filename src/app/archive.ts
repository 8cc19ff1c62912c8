/**
 * Where the archive comes from: today the corpus folder indexed into the embedded engine, with its snapshot in
 * the data folder. The one place outside `search/` that knows the engine.
 */
import type { Config } from '../config';
import type { Logger } from '../logger';
import { type OpenedIndex, openCorpusIndex, refreshCorpusIndex } from '../search/openCorpusIndex';

export interface ArchiveSource {
  load: () => Promise<OpenedIndex>;
  refresh: (opened: OpenedIndex) => Promise<OpenedIndex>;
}

export function corpusArchive(config: Pick<Config, 'corpusDir' | 'dataDir'>, logger: Logger): ArchiveSource {
  const options = { corpusDir: config.corpusDir, dataDir: config.dataDir, logger };
  return {
    load: () => openCorpusIndex(options),
    refresh: (opened) => refreshCorpusIndex(opened, options),
  };
}
