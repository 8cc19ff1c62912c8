/**
 * An instance fed from PostgreSQL keeps its engine as a snapshot in its data folder, with the last change of the
 * change feed the engine holds. An instance that restarts (a deploy) then answers from the snapshot within a
 * second or so and applies only the changes since, instead of building its engine from the whole archive (a
 * minute at 10,000 articles). The snapshot is trusted only if, as of that change, the engine holds exactly the
 * articles and versions PostgreSQL held (another database, a restored backup or a lost change would differ);
 * otherwise it is dropped and the engine built from the feed. The snapshot is the embedded engine's own format,
 * with its checksums (a running app checks the lines behind its first answers).
 */
import type { Logger } from '../logger';
import { EmbeddedArchive } from '../search/embeddedArchive';
import { Slicer } from '../search/engine/slices';
import {
  indexFingerprint,
  makeSnapshot,
  readSnapshot,
  saveSnapshot,
  sayHowOpened,
} from '../search/snapshot/snapshot';
import { INDEX_OPTIONS } from '../search/sync/openCorpusIndex';
import type { FileState } from '../sources/folderSource';

/** An engine restored from the data folder, and the feed position it holds. */
export interface Restored {
  engine: EmbeddedArchive;
  applied: bigint;
  /** The corpus folder's files as this instance last read them, so a restart reads only those that changed. */
  folder: FileState[];
  /** When each article was first indexed (YYYY-MM-DD). */
  firstIndexed: Map<string, string>;
}

/**
 * The engine snapshot in `dataDir`, if it is one of this index version fed from a change feed; else null.
 * `onDamaged` is told when its lines, checked behind the first answers, turn out damaged: the engine must then be
 * built from the feed (its damaged lines are never served, each being checked as read, but it cannot be saved).
 */
export async function restoreFeedSnapshot(
  dataDir: string,
  logger: Logger,
  onDamaged: (reason: string) => void,
): Promise<Restored | null> {
  const read = await readSnapshot(dataDir, indexFingerprint(INDEX_OPTIONS), 'behind');
  if (read.state !== 'ok') {
    if (read.state === 'corrupt') logger.warn(`the engine snapshot is corrupt (${read.reason}); building it`);
    return null;
  }
  const { snapshot } = read;
  sayHowOpened(snapshot, logger);
  if (snapshot.stale || snapshot.feed === undefined || !/^\d+$/.test(snapshot.feed)) {
    snapshot.index.file?.close();
    return null;
  }
  const engine = EmbeddedArchive.fromData(snapshot.index);
  // As a running embedded app does (openDeferred): the first timelines and digests do not parse it line by line.
  engine.readAheadBehind(logger);
  snapshot.checked.catch((err: Error) => {
    logger.error(`the engine snapshot is damaged (${err.message}); building the engine from PostgreSQL`);
    onDamaged(err.message);
  });
  const firstIndexed = new Map(snapshot.items.map((item) => [item.id, item.firstIndexedAt.slice(0, 10)]));
  return { engine, applied: BigInt(snapshot.feed), firstIndexed, folder: snapshot.sourceState };
}

/** Saves `engine`, which holds every change up to `applied`, as the data folder's engine snapshot. */
export async function saveFeedSnapshot(
  dataDir: string,
  engine: EmbeddedArchive,
  applied: bigint,
  firstIndexed: ReadonlyMap<string, string>,
  logger: Logger,
  folder: FileState[] = [],
): Promise<boolean> {
  const savedAt = new Date().toISOString();
  const versions = await engine.versions();
  const items = [...versions].map(([id, version]) => ({
    id,
    version,
    firstIndexedAt: firstIndexed.get(id) ?? savedAt.slice(0, 10),
  }));
  const index = await engine.export(new Slicer());
  const snapshot = makeSnapshot({
    fingerprint: indexFingerprint(INDEX_OPTIONS),
    savedAt,
    items,
    sourceState: folder,
    index,
    feed: applied.toString(),
  });
  return saveSnapshot(dataDir, snapshot, logger);
}
