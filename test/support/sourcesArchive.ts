/** The sources of a test, synced into a real archive with the services over it, as the running app does. */
import { corpusArchive } from '../../src/app/archive';
import { servicesOver } from '../../src/app/services';
import type { Services } from '../../src/commands/services';
import { loadConfig } from '../../src/config';
import { DigestLedger } from '../../src/digest/ledger';
import { createMemoryLogger } from '../../src/logger';
import type { OpenedIndex } from '../../src/search/sync/openCorpusIndex';
import type { SourceConfig } from '../../src/sources/config';
import { Fetcher } from '../../src/sources/fetch/fetcher';
import { SourceRegistry } from '../../src/sources/registry';
import { tempDir } from './tmp';

export interface SourcesArchive {
  registry: SourceRegistry;
  services: () => Services;
  opened: () => OpenedIndex;
  /** Polls every source and syncs the archive. */
  poll: () => Promise<void>;
  /** Syncs the archive with what the sources hold (no poll). */
  sync: () => Promise<void>;
  logs: string[];
  dataDir: string;
}

export function source(
  name: string,
  kind: SourceConfig['kind'],
  where: string,
  over: Partial<SourceConfig> = {},
): SourceConfig {
  const isPath = kind === 'folder' || kind === 'ninjs' || kind === 'newsml';
  return {
    name,
    kind,
    url: isPath || kind === 'push' ? null : where,
    path: isPath ? where : null,
    outlet: null,
    everyMs: 0,
    internal: true,
    ...over,
  };
}

export async function openSources(
  sources: SourceConfig[],
  options: { now?: () => Date; dataDir?: string } = {},
): Promise<SourcesArchive> {
  const dataDir = options.dataDir ?? tempDir();
  const logger = createMemoryLogger();
  const now = options.now ?? (() => new Date());
  const fetcher = new Fetcher({
    logger,
    hostIntervalMs: 0,
    backoffMs: 20,
    retries: 1,
    timeoutMs: 1500,
    maxRetryWaitMs: 2500,
    maxBytes: 2 * 1024 * 1024,
  });
  const registry = new SourceRegistry({ sources, dataDir, logger, fetcher, now });
  const config = loadConfig({ env: { DATA_DIR: dataDir, INDEX_WORKERS: '0' }, cwd: tempDir() });
  const ledger = new DigestLedger(dataDir, logger);
  const archive = corpusArchive({ ...config, corpusDir: tempDir() }, logger, registry);
  await registry.pollAll();
  let opened = await archive.loadCurrent();
  let services = servicesOver(opened, { config, logger, ledger, now });
  const sync = async () => {
    opened = await archive.refresh(opened);
    services = servicesOver(opened, { config, logger, ledger, now });
  };
  return {
    registry,
    services: () => services,
    opened: () => opened,
    poll: async () => {
      await registry.pollAll();
      await sync();
    },
    sync,
    logs: logger.lines,
    dataDir,
  };
}
