import { liveServices } from '../../src/app/live';
import { loadConfig } from '../../src/config';
import { DigestLedger } from '../../src/digest/ledger';
import { createMemoryLogger } from '../../src/logger';
import type { EmbeddedArchive } from '../../src/search/embeddedArchive';
import { LiveArchive } from '../../src/search/sync/liveArchive';
import type { OpenedIndex } from '../../src/search/sync/openCorpusIndex';
import { archiveOf } from '../support/archive';
import { ferryArchive } from '../support/ferry';
import { tempDir } from '../support/tmp';

function opened(
  archive: EmbeddedArchive,
  snapshot: 'built' | 'updated' | 'reused' = 'built',
  { indexed = 1, removed = 0 } = {},
): OpenedIndex {
  const stats = {
    ...archive.sizeNow(),
    reused: 0,
    indexed,
    removed,
    snapshot,
    seconds: 0.1,
    indexedAt: '2025-03-12T08:00:00.000Z',
  };
  return {
    archive: new LiveArchive(archive),
    skipped: [],
    rebuilt: Promise.resolve(null),
    firstIndexed: new Map(),
    stats,
  };
}

function live(
  load: () => Promise<OpenedIndex>,
  refresh: (o: OpenedIndex) => Promise<OpenedIndex>,
  onChange?: (o: OpenedIndex) => void,
) {
  const dataDir = tempDir();
  const config = loadConfig({ env: { DATA_DIR: dataDir, REINDEX_MINUTES: '0' }, cwd: tempDir() });
  const logger = createMemoryLogger();
  const ledger = new DigestLedger(dataDir, logger);
  return {
    services: liveServices({
      ...{ config, logger, ledger, now: () => new Date(), load, refresh },
      ...(onChange && { onChange }),
    }),
    logs: logger.lines,
  };
}

describe('the services of a running app', () => {
  it('are null while the archive loads, then answer from it, and log its size once', async () => {
    let finish: (o: OpenedIndex) => void = () => undefined;
    const { services, logs } = live(
      () => new Promise((resolve) => (finish = resolve)),
      async (o) => o,
    );
    expect(services.current()).toBeNull();
    finish(opened(ferryArchive()));
    const loaded = await services.loaded;
    expect(services.current()).toBe(loaded);
    expect((await loaded.stats()).articles).toBe(1);
    const r = await loaded.answers.whosaid('ferry will run until midnight');
    expect(r.ok && r.answer.speaker).toBe('Mara Voss');
    expect(logs.filter((l) => l.includes('archive loaded: 1 articles'))).toHaveLength(1);
  });

  it('replace the services after a refresh, and keep the old ones when a refresh fails', async () => {
    const empty = archiveOf();
    let fail = false;
    const { services, logs } = live(
      async () => opened(empty),
      async () => {
        if (fail) throw new Error('corpus folder gone');
        return opened(ferryArchive(), 'updated');
      },
    );
    const first = await services.loaded;
    expect((await first.stats()).articles).toBe(0);
    await services.refresh();
    const second = services.current();
    expect((await second?.stats())?.articles).toBe(1);
    expect(logs.some((l) => l.includes('index refreshed: 1 re-indexed, 0 removed'))).toBe(true);
    fail = true;
    await services.refresh();
    expect(services.current()).toBe(second);
    expect(logs.some((l) => l.includes('could not refresh the index: corpus folder gone'))).toBe(true);
    await services.stop();
  });

  it('log a refresh that indexed or removed articles also when the engine already held them', async () => {
    // PostgreSQL: the change feed's notification may apply the articles a refresh indexed before its own pull.
    const results = [
      opened(ferryArchive(), 'reused'),
      opened(ferryArchive(), 'reused', { indexed: 0, removed: 2 }),
      opened(ferryArchive(), 'reused', { indexed: 0 }),
    ];
    const { services, logs } = live(
      async () => opened(archiveOf()),
      async () => results.shift() ?? opened(ferryArchive(), 'reused', { indexed: 0 }),
    );
    await services.loaded;
    for (let i = 0; i < 3; i++) await services.refresh();
    expect(logs.filter((l) => l.includes('index refreshed'))).toEqual([
      expect.stringContaining('index refreshed: 1 re-indexed, 0 removed'),
      expect.stringContaining('index refreshed: 0 re-indexed, 2 removed'),
    ]);
    await services.stop();
  });

  it('a refresh asked for before the archive is loaded waits for it', async () => {
    let refreshed = 0;
    const { services } = live(
      async () => opened(archiveOf()),
      async (o) => {
        refreshed++;
        return o;
      },
    );
    await services.refresh();
    expect(refreshed).toBe(1);
  });

  it('a load that fails rejects `loaded` and leaves the services null', async () => {
    const { services } = live(
      () => Promise.reject(new Error('unreadable')),
      async (o) => o,
    );
    await expect(services.loaded).rejects.toThrow('unreadable');
    expect(services.current()).toBeNull();
  });

  it('tell watch alerts of the archive once loaded and after each refresh; a corrupt one only once rebuilt', async () => {
    const seen: OpenedIndex[] = [];
    const first = opened(archiveOf());
    const second = opened(ferryArchive(), 'updated');
    const { services } = live(
      async () => first,
      async () => second,
      (o) => seen.push(o),
    );
    await services.loaded;
    expect(seen).toEqual([first]);
    await services.refresh();
    expect(seen).toEqual([first, second]);

    const told: OpenedIndex[] = [];
    let rebuild: (o: OpenedIndex) => void = () => undefined;
    const rebuilt = opened(ferryArchive());
    const corrupt = {
      ...opened(archiveOf()),
      rebuilding: 'its snapshot was corrupt',
      rebuilt: new Promise<OpenedIndex | null>((resolve) => (rebuild = resolve)),
    };
    const other = live(
      async () => corrupt,
      async (o) => o,
      (o) => told.push(o),
    );
    await other.services.loaded;
    expect(told).toEqual([]);
    rebuild(rebuilt);
    await corrupt.rebuilt;
    await new Promise((resolve) => setImmediate(resolve));
    expect(told).toEqual([rebuilt]);
  });

  it('once stopped, save what the refreshes left unsaved, from the archive as last refreshed; a failed save is a warning', async () => {
    const dataDir = tempDir();
    const config = loadConfig({ env: { DATA_DIR: dataDir, REINDEX_MINUTES: '0' }, cwd: tempDir() });
    const logger = createMemoryLogger();
    const ledger = new DigestLedger(dataDir, logger);
    const refreshed = opened(ferryArchive(), 'updated');
    const flushed: OpenedIndex[] = [];
    let fail = false;
    const services = liveServices({
      ...{ config, logger, ledger, now: () => new Date() },
      load: async () => opened(archiveOf()),
      refresh: async () => refreshed,
      flush: async (o) => {
        if (fail) throw new Error('disk full');
        flushed.push(o);
      },
    });
    await services.loaded;
    await services.refresh();
    await services.stop();
    expect(flushed).toEqual([]);
    await services.flush?.();
    expect(flushed).toEqual([refreshed]);
    fail = true;
    await services.flush?.();
    expect(logger.lines.join('\n')).toMatch(/could not save the index snapshot on stopping.*disk full/);
  });
});
