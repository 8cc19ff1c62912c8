/**
 * The archive with DATABASE_URL set: PostgreSQL is the source of truth (articles, what indexing made of them,
 * the indexing queue), and this process answers from its own embedded engine, built from PostgreSQL and kept
 * current by following its change feed (LISTEN/NOTIFY), so queries stay in memory. Loading or refreshing polls
 * the corpus folder into the queue (one process at a time), works the queue beside any `newsdesk worker`
 * processes, then applies what changed to the engine. The engine is kept in the data folder as a snapshot with
 * its feed position (feedSnapshot.ts), so a restarted instance answers at once and applies only what changed.
 */
import type { Pool } from 'pg';
import type { Config } from '../config';
import { indexArticleInSteps } from '../indexing/indexArticle';
import type { SyncResult } from '../indexing/sync';
import type { Logger } from '../logger';
import { EmbeddedArchive } from '../search/embeddedArchive';
import { Slicer } from '../search/engine/slices';
import { LiveArchive } from '../search/sync/liveArchive';
import type { OpenedIndex } from '../search/sync/openCorpusIndex';
import { type FileState, FolderSource } from '../sources/folderSource';
import { PostgresArchive } from '../store/postgres/archive';
import { rememberFolder } from '../store/postgres/folderFiles';
import { ChangeFollower } from '../store/postgres/follower';
import { drainQueue, pollSource, type WorkResult } from '../store/postgres/indexing';
import { migrate } from '../store/postgres/migrations';
import { createPool } from '../store/postgres/pool';
import { IndexQueue } from '../store/postgres/queue';
import type { ArchiveSource } from './archive';
import { restoreFeedSnapshot, saveFeedSnapshot } from './feedSnapshot';

/** How long a replaced engine stays open for the answers still reading it. */
const RETIRE_AFTER_MS = 60_000;

/** Closes a replaced engine once the answers still reading it are done; resolves when it is closed. */
function retire(engine: EmbeddedArchive, afterMs: number): Promise<void> {
  return new Promise((resolve) =>
    setTimeout(() => {
      engine.close();
      resolve();
    }, afterMs).unref(),
  );
}

export interface PostgresArchiveOptions {
  /**
   * How long a replaced engine stays open for the answers still reading it (RETIRE_AFTER_MS). The benchmark,
   * which asks nothing before the instance has settled, sets 0 so that it measures memory without waiting.
   */
  retireAfterMs?: number;
}

/**
 * An engine built change by change holds its postings in their growing form, about two and a half times the
 * memory of the compact form a snapshot is read back in (1,012 MB against 396 MB at 100,000 articles). Past this
 * many changes applied since the engine was last read from its snapshot, a save reads it back and swaps it in.
 */
const COMPACT_AFTER_CHANGES = 1000n;

export interface PostgresSource extends ArchiveSource {
  loadCurrent: () => Promise<OpenedIndex>;
  close: () => Promise<void>;
  /** The number of the last change in the feed this instance's engine holds. */
  applied: () => bigint;
  /**
   * Resolves once the loaded instance is in its steady state: its first snapshot saved and the compact engine
   * read back from it swapped in (the benchmark measures from there).
   */
  settled: () => Promise<void>;
  /** Resolves once the engines this instance replaced are closed and their memory can be reclaimed. */
  retired: () => Promise<void>;
}

export function postgresArchive(
  config: Config,
  logger: Logger,
  url: string,
  options: PostgresArchiveOptions = {},
): PostgresSource {
  const instance = new PostgresInstance(config, logger, url, options.retireAfterMs ?? RETIRE_AFTER_MS);
  return {
    followChanges: (listener) => instance.followChanges(listener),
    load: () => instance.load(),
    loadCurrent: () => instance.update(true),
    applied: () => instance.follower.applied,
    settled: () => instance.snapshots.settled(),
    retired: () => instance.snapshots.retired,
    refresh: () => instance.update(false),
    close: () => instance.close(),
  };
}

/** One instance's engine over the PostgreSQL archive: loaded, kept current, compacted, saved. */
class PostgresInstance {
  private readonly pool: Pool;
  private readonly ready: Promise<unknown>;
  private readonly archive: PostgresArchive;
  private readonly queue: IndexQueue;
  /** The corpus folder; restored from the engine snapshot, it knows the files as last read. */
  private source: FolderSource;
  private readonly live = new LiveArchive(EmbeddedArchive.create());
  private readonly firstIndexed = new Map<string, string>();
  private readonly indexedAt = new Map<string, string>();
  private readonly slicer = new Slicer();
  private readonly pause = () => this.slicer.pause();
  private readonly changed = new Set<() => void>();
  readonly follower: ChangeFollower;
  readonly snapshots: FeedSnapshots;

  constructor(
    config: Config,
    private readonly logger: Logger,
    url: string,
    private readonly retireAfterMs: number,
  ) {
    this.pool = createPool(url);
    this.ready = migrate(this.pool);
    this.ready.catch(() => undefined);
    this.archive = new PostgresArchive(this.pool);
    this.queue = new IndexQueue(this.pool, this.archive, { leaseMs: config.indexLeaseSeconds * 1000 });
    this.source = new FolderSource({ dir: config.corpusDir, logger });
    const { archive, live, firstIndexed, indexedAt, pause } = this;
    const onApplied = () => {
      for (const listener of this.changed) listener();
    };
    this.follower = new ChangeFollower({
      archive,
      target: live,
      firstIndexed,
      indexedAt,
      logger,
      url,
      pause,
      onApplied,
    });
    const rebuildFromFeed = (why: string) => this.rebuildFromFeed(why);
    this.snapshots = new FeedSnapshots({
      config,
      logger,
      archive,
      live,
      follower: this.follower,
      firstIndexed,
      rebuildFromFeed,
      retire: (engine) => retire(engine, retireAfterMs),
      folder: {
        state: () => this.source.state(),
        restore: (known) => {
          this.source = new FolderSource({ dir: config.corpusDir, logger, known });
        },
      },
    });
  }

  followChanges(listener: () => void): void {
    this.changed.add(listener);
  }

  async load(): Promise<OpenedIndex> {
    const restored = await this.snapshots.restore();
    let first = await this.update(false);
    if (restored && !(await this.snapshots.trusted())) {
      await this.rebuildFromFeed('the engine snapshot does not match the archive in PostgreSQL');
      first = { ...first, stats: { ...first.stats, ...this.live.current.sizeNow() } };
    }
    await this.follower.start();
    void this.snapshots.saveEvery();
    return first;
  }

  /** Polls the corpus folder (one process at a time), works the queue, applies what changed to the engine. */
  async update(wait: boolean): Promise<OpenedIndex> {
    const started = performance.now();
    await this.ready;
    const { pool, source, queue, archive, logger, pause } = this;
    const remember = rememberFolder(pool, source);
    const polled = await pollSource({ pool, source, queue, archive, logger, pause, wait, remember });
    const worked = await drainQueue({ queue, logger, index: indexArticleInSteps, pause });
    const applied = await this.follower.pull();
    await this.compactIfWorthIt();
    return this.opened(polled, worked, applied, started);
  }

  async close(): Promise<void> {
    await this.follower.stop();
    await this.snapshots.stop();
    await this.pool.end();
  }

  /** The engine keeps replaced and removed articles' slots: past a third of them, rebuild it and swap it in. */
  private async compactIfWorthIt(): Promise<void> {
    if (!this.live.current.worthCompacting()) return;
    await this.engineFromFeed();
    this.logger.info('compacted the in-memory index (rebuilt from PostgreSQL)');
  }

  /** A new engine built from the whole change feed, swapped in; the old one closed once answers are done with it. */
  private async engineFromFeed(): Promise<void> {
    const fresh = EmbeddedArchive.create();
    await this.follower.restart(fresh);
    const old = this.live.current;
    this.live.swap(fresh);
    void retire(old, this.retireAfterMs);
  }

  /** The engine restored from the data folder does not hold what PostgreSQL holds: build it from the feed. */
  private async rebuildFromFeed(why: string): Promise<void> {
    this.logger.warn(`${why}; building the engine from PostgreSQL`);
    this.firstIndexed.clear();
    await this.engineFromFeed();
  }

  private opened(
    polled: SyncResult | null,
    worked: WorkResult,
    applied: number,
    started: number,
  ): OpenedIndex {
    const size = this.live.current.sizeNow();
    const stats = {
      ...size,
      reused: Math.max(0, size.articles - worked.done),
      indexed: worked.done,
      removed: polled?.removed.length ?? 0,
      snapshot: applied > 0 ? ('updated' as const) : ('reused' as const),
      seconds: Math.round((performance.now() - started) / 10) / 100,
      indexedAt: new Date().toISOString(),
    };
    const { live: archive, firstIndexed, indexedAt } = this;
    const skipped = polled?.skipped ?? [];
    return { archive, skipped, stats, firstIndexed, indexedAt, rebuilt: Promise.resolve(null) };
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
  /** Closes a replaced engine once the answers reading it are done. */
  retire: (engine: EmbeddedArchive) => Promise<void>;
  /** The corpus folder's files as last read: saved with the engine, given back on a restore. */
  folder: { state: () => FileState[]; restore: (known: FileState[]) => void };
}

/** The instance's engine snapshot (see feedSnapshot.ts): restored at start, saved now and then and on stop. */
class FeedSnapshots {
  private saved: bigint | null = null;
  private saving: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** Only a loaded, serving instance saves (a one-off command never writes a snapshot). */
  private serving = false;
  private stopped = false;
  /** The engine as last read back from the snapshot, and the change it held then. */
  private compact: { engine: EmbeddedArchive; at: bigint } | null = null;
  /** The first save (and read-back) of a serving instance. */
  private first: Promise<void> | null = null;
  /** Settles once the engine the last read-back replaced is closed. */
  retired: Promise<void> = Promise.resolve();

  constructor(private readonly parts: FeedSnapshotParts) {}

  async settled(): Promise<void> {
    await this.first;
  }

  /** The snapshot's lines turned out damaged: the engine read from it is built again from the feed. */
  private readonly onDamaged = () => {
    this.saved = null;
    this.compact = null;
    void this.parts
      .rebuildFromFeed('its lines are damaged')
      .then(() => this.save())
      .catch((err: Error) => this.parts.logger.warn(`could not rebuild the engine (${err.message})`));
  };

  /** Answers from the data folder's engine snapshot and follows on from its position; false when none. */
  async restore(): Promise<boolean> {
    const { config, logger, live, follower, firstIndexed } = this.parts;
    const restored = await restoreFeedSnapshot(config.dataDir, logger, this.onDamaged);
    if (!restored) return false;
    this.compact = { engine: restored.engine, at: restored.applied };
    const empty = live.current;
    live.swap(restored.engine);
    empty.close();
    for (const [id, day] of restored.firstIndexed) firstIndexed.set(id, day);
    this.parts.folder.restore(restored.folder);
    follower.resume(live, restored.applied);
    this.saved = restored.applied;
    logger.info(
      `engine restored from its snapshot at change ${restored.applied}; applying the changes since`,
    );
    return true;
  }

  /** Whether, as of the change it holds, the engine holds exactly the articles and versions PostgreSQL held. */
  trusted(): Promise<boolean> {
    const { archive, live, follower } = this.parts;
    return follower.still(async (applied) => archive.heldBy(applied, await live.versions()));
  }

  /** Saves now (when the engine moved on since the last save), then every SAVE_EVERY_MS. */
  async saveEvery(): Promise<void> {
    this.serving = true;
    this.first = this.save();
    await this.first;
    if (this.stopped) return; // stopped during that first save
    this.timer = setInterval(() => void this.save(), SAVE_EVERY_MS);
    this.timer.unref();
  }

  /** Saves what the engine holds now (the follower stopped), so a restart applies nothing twice. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.saving;
    if (this.serving) await this.save();
  }

  private save(): Promise<void> {
    const { config, logger, live, follower, firstIndexed } = this.parts;
    this.saving ??= follower
      .still(async (applied) => {
        if (this.saved === applied) return;
        const folder = this.parts.folder.state();
        if (!(await saveFeedSnapshot(config.dataDir, live.current, applied, firstIndexed, logger, folder)))
          return;
        this.saved = applied;
        if (this.serving && !this.stopped) await this.readBack(applied);
      })
      .catch((err: Error) => logger.warn(`could not save the engine snapshot (${err.message})`))
      .finally(() => {
        this.saving = null;
      });
    return this.saving;
  }

  /**
   * Swaps in the engine just saved, read back compact, when the one serving was built or grew change by change
   * past COMPACT_AFTER_CHANGES; called while no change is applied, with the change the snapshot holds.
   */
  private async readBack(applied: bigint): Promise<void> {
    const { config, logger, live, follower } = this.parts;
    const held = this.compact;
    if (held && held.engine === live.current && applied - held.at <= COMPACT_AFTER_CHANGES) return;
    const restored = await restoreFeedSnapshot(config.dataDir, logger, this.onDamaged);
    if (!restored) return;
    if (restored.applied !== applied) {
      restored.engine.close();
      return;
    }
    const old = live.current;
    live.swap(restored.engine);
    follower.resume(live, applied);
    this.compact = { engine: restored.engine, at: applied };
    this.retired = this.parts.retire(old);
    logger.info(`engine read back compact from its snapshot at change ${applied}`);
  }
}
