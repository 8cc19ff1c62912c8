/**
 * The archive with DATABASE_URL set: PostgreSQL is the source of truth (articles, what indexing made of them,
 * the indexing queue), and this process answers from its own embedded engine, built from PostgreSQL and kept
 * current by following its change feed (LISTEN/NOTIFY), so queries stay in memory. Loading or refreshing polls
 * the corpus folder into the queue (one process at a time), works the queue beside any `newsdesk worker`
 * processes, then applies what changed to the engine. The engine is kept in the data folder as a snapshot with
 * its feed position (feedSnapshot.ts), so a restarted instance answers at once and applies only what changed.
 */
import type { Config } from '../config';
import { indexArticleInSteps } from '../indexing/indexArticle';
import type { SyncResult } from '../indexing/sync';
import type { Logger } from '../logger';
import { EmbeddedArchive } from '../search/embeddedArchive';
import { Slicer } from '../search/engine/slices';
import { LiveArchive } from '../search/sync/liveArchive';
import type { OpenedIndex } from '../search/sync/openCorpusIndex';
import { FolderSource } from '../sources/folderSource';
import { PostgresArchive } from '../store/postgres/archive';
import { ChangeFollower } from '../store/postgres/follower';
import { drainQueue, pollSource, type WorkResult } from '../store/postgres/indexing';
import { migrate } from '../store/postgres/migrations';
import { createPool } from '../store/postgres/pool';
import { IndexQueue } from '../store/postgres/queue';
import type { ArchiveSource } from './archive';
import { restoreFeedSnapshot, saveFeedSnapshot } from './feedSnapshot';

/** How long a replaced engine stays open for the answers still reading it. */
const RETIRE_AFTER_MS = 60_000;

export interface PostgresSource extends ArchiveSource {
  loadCurrent: () => Promise<OpenedIndex>;
  close: () => Promise<void>;
  /** The number of the last change in the feed this instance's engine holds. */
  applied: () => bigint;
}

export function postgresArchive(config: Config, logger: Logger, url: string): PostgresSource {
  const pool = createPool(url);
  const ready = migrate(pool);
  ready.catch(() => undefined);
  const archive = new PostgresArchive(pool);
  const queue = new IndexQueue(pool, archive, { leaseMs: config.indexLeaseSeconds * 1000 });
  const source = new FolderSource({ dir: config.corpusDir, logger });
  const live = new LiveArchive(EmbeddedArchive.create());
  const firstIndexed = new Map<string, string>();
  const indexedAt = new Map<string, string>();
  const slicer = new Slicer();
  const pause = () => slicer.pause();
  const changed = new Set<() => void>();
  const onApplied = () => {
    for (const listener of changed) listener();
  };
  const follower = new ChangeFollower({
    ...{ archive, target: live, firstIndexed, indexedAt, logger, url, pause },
    onApplied,
  });

  const update = async (wait: boolean): Promise<OpenedIndex> => {
    const started = performance.now();
    await ready;
    const polled = await pollSource({ pool, source, queue, archive, logger, pause, wait });
    const worked = await drainQueue({ queue, logger, index: indexArticleInSteps, pause });
    const applied = await follower.pull();
    await compactIfWorthIt();
    return opened(polled, worked, applied, started);
  };

  /** The engine keeps replaced and removed articles' slots: past a third of them, rebuild it and swap it in. */
  const compactIfWorthIt = async () => {
    const { slots } = live.current;
    const size = live.current.sizeNow();
    if (slots.passages <= size.passages * 1.5 + 1000 && slots.quotes <= size.quotes * 1.5 + 1000) return;
    await engineFromFeed();
    logger.info('compacted the in-memory index (rebuilt from PostgreSQL)');
  };

  /** A new engine built from the whole change feed, swapped in; the old one closed once answers are done with it. */
  const engineFromFeed = async () => {
    const fresh = EmbeddedArchive.create();
    await follower.restart(fresh);
    const old = live.current;
    live.swap(fresh);
    setTimeout(() => old.close(), RETIRE_AFTER_MS).unref();
  };

  const opened = async (
    polled: SyncResult | null,
    worked: WorkResult,
    applied: number,
    started: number,
  ): Promise<OpenedIndex> => {
    const size = live.current.sizeNow();
    const removed = polled?.removed.length ?? 0;
    const stats = {
      ...size,
      reused: Math.max(0, size.articles - worked.done),
      indexed: worked.done,
      removed,
      snapshot: applied > 0 ? ('updated' as const) : ('reused' as const),
      seconds: Math.round((performance.now() - started) / 10) / 100,
      indexedAt: new Date().toISOString(),
    };
    const skipped = polled?.skipped ?? [];
    return { archive: live, skipped, stats, firstIndexed, indexedAt, rebuilt: Promise.resolve(null) };
  };

  const snapshots = feedSnapshots({ config, logger, archive, live, follower, firstIndexed, rebuildFromFeed });
  return {
    followChanges: (listener) => {
      changed.add(listener);
    },
    load: async () => {
      const restored = await snapshots.restore();
      let first = await update(false);
      if (restored && !(await snapshots.trusted())) {
        await rebuildFromFeed('the engine snapshot does not match the archive in PostgreSQL');
        first = { ...first, stats: { ...first.stats, ...live.current.sizeNow() } };
      }
      await follower.start();
      void snapshots.saveEvery();
      return first;
    },
    loadCurrent: () => update(true),
    applied: () => follower.applied,
    refresh: () => update(false),
    close: async () => {
      await follower.stop();
      await snapshots.stop();
      await pool.end();
    },
  };

  /** The engine restored from the data folder does not hold what PostgreSQL holds: build it from the feed. */
  async function rebuildFromFeed(why: string): Promise<void> {
    logger.warn(`${why}; building the engine from PostgreSQL`);
    firstIndexed.clear();
    await engineFromFeed();
  }
}

/** How often a running instance saves its engine (when it changed), and never more often. */
const SAVE_EVERY_MS = 30 * 60_000;

interface FeedSnapshotParts {
  /** Builds the engine anew from the change feed, saying why. */
  rebuildFromFeed: (why: string) => Promise<void>;
  config: Config;
  logger: Logger;
  archive: PostgresArchive;
  live: LiveArchive;
  follower: ChangeFollower;
  firstIndexed: Map<string, string>;
}

/** The instance's engine snapshot (see feedSnapshot.ts): restored at start, saved now and then and on stop. */
function feedSnapshots(parts: FeedSnapshotParts) {
  const { config, logger, archive, live, follower, firstIndexed } = parts;
  let saved: bigint | null = null;
  let saving: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  /** Only a loaded, serving instance saves (a one-off command never writes a snapshot). */
  let serving = false;
  let stopped = false;
  const save = (): Promise<void> => {
    saving ??= follower
      .still(async (applied) => {
        if (saved === applied) return;
        const engine = live.current;
        if (await saveFeedSnapshot(config.dataDir, engine, applied, firstIndexed, logger)) saved = applied;
      })
      .catch((err: Error) => logger.warn(`could not save the engine snapshot (${err.message})`))
      .finally(() => {
        saving = null;
      });
    return saving;
  };
  return {
    /** Answers from the data folder's engine snapshot and follows on from its position; false when none. */
    restore: async (): Promise<boolean> => {
      const restored = await restoreFeedSnapshot(config.dataDir, logger, () => {
        saved = null;
        void parts
          .rebuildFromFeed('its lines are damaged')
          .then(save)
          .catch((err: Error) => logger.warn(`could not rebuild the engine (${err.message})`));
      });
      if (!restored) return false;
      const empty = live.current;
      live.swap(restored.engine);
      empty.close();
      for (const [id, day] of restored.firstIndexed) firstIndexed.set(id, day);
      follower.resume(live, restored.applied);
      saved = restored.applied;
      logger.info(
        `engine restored from its snapshot at change ${restored.applied}; applying the changes since`,
      );
      return true;
    },
    trusted: () => follower.still(async (applied) => archive.heldBy(applied, await live.versions())),
    /** Saves now (when the engine moved on since the last save), then every SAVE_EVERY_MS. */
    saveEvery: async () => {
      serving = true;
      await save();
      if (stopped) return; // stopped during that first save
      timer = setInterval(() => void save(), SAVE_EVERY_MS);
      timer.unref();
    },
    /** Saves what the engine holds now (the follower stopped), so a restart applies nothing twice. */
    stop: async () => {
      stopped = true;
      if (timer) clearInterval(timer);
      await saving;
      if (serving) await save();
    },
  };
}
