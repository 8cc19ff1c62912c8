/** The services the composition root builds, over an archive made for a test. */
import { servicesOver } from '../../src/app/services';
import type { Services } from '../../src/commands/services';
import { loadConfig } from '../../src/config';
import { DigestLedger } from '../../src/digest/ledger';
import { createMemoryLogger } from '../../src/logger';
import { EmbeddedArchive } from '../../src/search/embeddedArchive';
import { LiveArchive } from '../../src/search/sync/liveArchive';
import type { OpenedIndex } from '../../src/search/sync/openCorpusIndex';
import { tempDir } from './tmp';

export function servicesFor(
  archive: EmbeddedArchive = EmbeddedArchive.create(),
  overrides: Partial<Services> = {},
): Services {
  const dataDir = tempDir();
  const config = loadConfig({ env: { DATA_DIR: dataDir }, cwd: tempDir() });
  const logger = createMemoryLogger();
  const size = archive.sizeNow();
  const opened: OpenedIndex = {
    archive: new LiveArchive(archive),
    skipped: [],
    firstIndexed: new Map(),
    rebuilt: Promise.resolve(null),
    stats: {
      ...size,
      reused: 0,
      indexed: size.articles,
      removed: 0,
      snapshot: 'built',
      seconds: 0,
      indexedAt: '2025-04-02T08:00:00.000Z',
    },
  };
  const ledger = new DigestLedger(dataDir, logger);
  const now = () => new Date('2025-04-02T09:00:00Z');
  return { ...servicesOver(opened, { config, logger, ledger, now }), ...overrides };
}
