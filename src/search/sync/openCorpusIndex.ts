/**
 * Opens the embedded archive for a corpus folder: reuses the snapshot in the data folder when it is still valid
 * and applies only what changed since (added, edited and removed articles, told apart by their versions);
 * otherwise builds it. A snapshot made by another index version is answered from at once while a new archive is
 * built beside it and swapped in when done. A running app refreshes an open archive the same way. Articles are
 * indexed in slices that give the event loop back every few milliseconds, so a Slack command is acknowledged in
 * time while thousands of articles are re-indexed. After a save that dropped articles, the compacted archive
 * read back from the snapshot replaces the live one, so removed and replaced articles never pile up. A snapshot
 * that fails its checksums is set aside (never read again) and the archive rebuilt from the source: a running app
 * says it is rebuilding (`rebuilding`) until done, a one-off command waits for it. A running app answers before
 * the snapshot's article and quote lines are checked (each is checked as it is read) and checks them behind:
 * damage found then (`damaged`) is handled the same way.
 */
import type { SkippedFile } from '../../corpus/types';
import { indexArticleInSteps } from '../../indexing/indexArticle';
import { MAX_PASSAGE_CHARS } from '../../indexing/passages';
import { type SyncOptions, type SyncResult, syncSource } from '../../indexing/sync';
import type { Logger } from '../../logger';
import { type FileState, FolderSource } from '../../sources/folderSource';
import type { ArticleSource } from '../../sources/types';
import { EmbeddedArchive } from '../embeddedArchive';
import { FIELD_BOOST } from '../engine/passageIndex';
import { Slicer } from '../engine/slices';
import {
  indexFingerprint,
  type LoadedSnapshot,
  loadSnapshot,
  makeSnapshot,
  readSnapshot,
  saveSnapshot,
  sayHowOpened,
  setAsideSnapshot,
} from '../snapshot/snapshot';
import { LiveArchive } from './liveArchive';

export interface OpenIndexOptions {
  corpusDir: string;
  dataDir: string;
  logger: Logger;
  now?: () => Date;
  /** The index version the snapshot must have been built with (INDEX_VERSION unless a test says otherwise). */
  indexVersion?: string;
  /** Indexes one article (the indexing pipeline unless a test says otherwise). */
  index?: SyncOptions['index'];
  /** How long a replaced engine stays open for the answers still reading it (a minute by default). */
  retireAfterMs?: number;
  /**
   * Answer from a current snapshot at once and check every corpus file for changes behind (a running app): the
   * check's result is `rebuilt`. A one-off command leaves this off and waits for the check.
   */
  deferSync?: boolean;
  /** The sources (sources.yml), given the folder files as last read; the corpus folder alone by default. */
  source?: (known?: readonly FileState[]) => StatefulSource;
  /**
   * A running app saves the snapshot after a sync that changed the archive only when the last save is at least
   * this old (milliseconds); `savePending` saves what is left when it stops. Saving rewrites the whole snapshot
   * (about 30 s at 100,000 articles, for one changed article as for a thousand). Absent or 0: after every such
   * sync (a one-off command). What a crash loses is only work: the next open finds the snapshot behind its
   * sources and indexes what changed since.
   */
  saveEveryMs?: number;
}

/** A source that can say what its folder files looked like when read, for the snapshot. */
export type StatefulSource = ArticleSource & { state(): FileState[] };

function sourceFor(options: OpenIndexOptions, known?: readonly FileState[]): StatefulSource {
  if (options.source) return options.source(known);
  return new FolderSource({ dir: options.corpusDir, logger: options.logger, ...(known && { known }) });
}

export interface IndexStats {
  articles: number;
  passages: number;
  quotes: number;
  /** Articles taken unchanged from the snapshot. */
  reused: number;
  /** Articles read and indexed in this run. */
  indexed: number;
  /** Articles dropped because they are gone from the source or no longer usable. */
  removed: number;
  /** `stale`: answering from a snapshot of another index version while a new one is built. */
  snapshot: 'reused' | 'updated' | 'built' | 'stale';
  seconds: number;
  indexedAt: string;
}

export interface OpenedIndex {
  archive: LiveArchive;
  skipped: SkippedFile[];
  stats: IndexStats;
  /** The day (YYYY-MM-DD) each article was first indexed. */
  firstIndexed: Map<string, string>;
  /** When each article was first indexed (ISO time), kept current by later refreshes: what watch alerts compare. */
  indexedAt?: ReadonlyMap<string, string>;
  /**
   * The rebuild a stale snapshot started (or, with `deferSync`, the check of the corpus for changes): the archive
   * as rebuilt or brought up to date once done, or null at once when there was none (or when it failed: it is
   * tried again at the next refresh). Never rejects.
   */
  rebuilt: Promise<OpenedIndex | null>;
  /**
   * Why the archive cannot answer yet (its snapshot was corrupt and is being rebuilt from the source), until
   * `rebuilt` resolves; absent when it can answer.
   */
  rebuilding?: string;
  /**
   * With `deferSync`, the check of the snapshot's article and quote lines behind the first answers: why they
   * were found damaged (the archive is then emptied and rebuilt from the source: `rebuilt` resolves with it,
   * and until then the archive cannot answer), or null when they are sound.
   */
  damaged?: Promise<string | null>;
}

/** What the index holds depends on these besides INDEX_VERSION. */
export const INDEX_OPTIONS = { fieldBoost: FIELD_BOOST, maxPassageChars: MAX_PASSAGE_CHARS };

/** What a live archive keeps between refreshes: its source, and when each article was first indexed. */
interface Held {
  source: StatefulSource;
  firstIndexedAt: Map<string, string>;
  savedAt: string | null;
  fingerprint: string;
  /** The engine holds another index version's articles: it is never synced or saved, only replaced. */
  stale: boolean;
  /**
   * The archive holds changes the snapshot does not: their save waits for its time (a running app, see
   * OpenIndexOptions.saveEveryMs) or failed (a full disk). The next sync whose save is due saves even when
   * nothing changed.
   */
  unsaved?: boolean;
  /** When a sync last changed the archive (ISO time): what `indexedAt` says while its save waits. */
  changedAt?: string;
  /**
   * When this process last saved (ISO time, by its clock): what the save policy counts from. The snapshot is
   * stamped with when the archive last changed (`savedAt`), which for a save that waited is earlier.
   */
  lastSaveAt?: string;
}

const NONE: Promise<OpenedIndex | null> = Promise.resolve(null);

const held = new WeakMap<LiveArchive, Held>();

/** The time now by the options' clock, as an ISO string. */
const clockNow = (options: OpenIndexOptions) => (options.now?.() ?? new Date()).toISOString();

export async function openCorpusIndex(options: OpenIndexOptions): Promise<OpenedIndex> {
  const started = performance.now();
  const fingerprint = indexFingerprint(INDEX_OPTIONS, options.indexVersion);
  const read = await openSnapshot(options, fingerprint);
  if (read === CORRUPT && options.deferSync) return openRebuilding(options, fingerprint, started);
  const snapshot = read === CORRUPT ? null : read;
  const state: Held = {
    source: sourceFor(options, snapshot?.sourceState),
    firstIndexedAt: new Map(snapshot?.items.map((item) => [item.id, item.firstIndexedAt]) ?? []),
    savedAt: snapshot?.savedAt ?? null,
    fingerprint,
    stale: snapshot?.stale ?? false,
  };
  if (snapshot?.stale) return openStale(snapshot, state, options, started);
  const archive = new LiveArchive(
    snapshot ? EmbeddedArchive.fromData(snapshot.index) : EmbeddedArchive.create(),
  );
  held.set(archive, state);
  if (snapshot && options.deferSync) return openDeferred(archive, snapshot, options, started);
  return sync(archive, options, started);
}

const CORRUPT = Symbol('corrupt snapshot');

/** Why an archive cannot answer while its corrupt snapshot is rebuilt (OpenedIndex.rebuilding). */
export const CORRUPT_SNAPSHOT = 'its snapshot was corrupt';

/** The snapshot, null when there is none to read; a corrupt one is set aside (CORRUPT). */
async function openSnapshot(
  options: OpenIndexOptions,
  fingerprint: string,
): Promise<LoadedSnapshot | null | typeof CORRUPT> {
  const read = await readSnapshot(options.dataDir, fingerprint, options.deferSync ? 'behind' : 'now');
  if (read.state === 'ok') {
    sayHowOpened(read.snapshot, options.logger);
    return read.snapshot;
  }
  if (read.state === 'none') options.logger.debug('no index snapshot; building the index');
  if (read.state === 'other-format')
    options.logger.debug(`the index snapshot is of format ${String(read.format)}; rebuilding`);
  if (read.state !== 'corrupt') return null;
  await setAside(options, read.reason);
  return CORRUPT;
}

/** Moves a corrupt snapshot out of the way, so it is never read again, and says so. */
async function setAside(options: OpenIndexOptions, reason: string): Promise<void> {
  try {
    const aside = await setAsideSnapshot(options.dataDir);
    options.logger.error(
      `the index snapshot is corrupt (${reason}); set aside as ${aside}, rebuilding the index from the source`,
    );
  } catch (err) {
    options.logger.error(
      `the index snapshot is corrupt (${reason}) and could not be set aside (${(err as Error).message}); rebuilding the index from the source`,
    );
  }
}

/** A running app whose snapshot was corrupt: an empty archive at once, rebuilt from the source behind. */
function openRebuilding(options: OpenIndexOptions, fingerprint: string, started: number): OpenedIndex {
  const archive = new LiveArchive(EmbeddedArchive.create());
  const state: Held = {
    source: sourceFor(options),
    firstIndexedAt: new Map(),
    savedAt: null,
    fingerprint,
    stale: false,
  };
  held.set(archive, state);
  const rebuilt = sync(archive, options, performance.now()).catch((err: unknown) => {
    options.logger.warn(
      `could not rebuild the index (${(err as Error).message}); trying again at the next refresh`,
    );
    return null;
  });
  const stats = { ...snapshotStats(archive, 'reused', started, ''), snapshot: 'built' as const };
  return {
    archive,
    skipped: [],
    stats,
    firstIndexed: new Map(),
    rebuilt,
    rebuilding: CORRUPT_SNAPSHOT,
  };
}

/**
 * Answers from the snapshot as read, while the check of every corpus file for changes runs behind, and the
 * articles' metadata is read ahead (so the first timeline or digest does not wait for it).
 */
function openDeferred(
  archive: LiveArchive,
  snapshot: LoadedSnapshot,
  options: OpenIndexOptions,
  started: number,
): OpenedIndex {
  const state = held.get(archive) as Held;
  const stats = snapshotStats(archive, 'reused', started, snapshot.savedAt);
  archive.current.readAheadBehind(options.logger);
  const damaged = snapshot.checked.then(
    () => null,
    (err: Error) => err.message,
  );
  const checked = damaged.then((reason) =>
    (reason === null
      ? sync(archive, options, performance.now())
      : rebuildDamaged(archive, reason, options)
    ).catch((err: unknown) => {
      options.logger.warn(
        `could not check the corpus for changes (${(err as Error).message}); trying again at the next refresh`,
      );
      return null;
    }),
  );
  const firstIndexed = firstDays(state);
  const indexedAt = state.firstIndexedAt;
  return { archive, skipped: [], stats, firstIndexed, indexedAt, rebuilt: checked, damaged };
}

/**
 * The article and quote lines, checked behind a running app's first answers, are damaged: the snapshot is set
 * aside and the archive emptied (nothing more is answered from it) and rebuilt from the source; the articles
 * keep the day they were first indexed (the part read at start was checked before it was used).
 */
async function rebuildDamaged(
  archive: LiveArchive,
  reason: string,
  options: OpenIndexOptions,
): Promise<OpenedIndex> {
  const state = held.get(archive) as Held;
  const damaged = archive.current;
  archive.swap(EmbeddedArchive.create());
  retire(damaged, options);
  held.set(archive, {
    source: sourceFor(options),
    firstIndexedAt: new Map(state.firstIndexedAt),
    savedAt: null,
    fingerprint: state.fingerprint,
    stale: false,
  });
  await setAside(options, reason);
  return sync(archive, options, performance.now());
}

/**
 * Applies what changed in the corpus folder since the archive was last synced, in place; an archive still of
 * another index version (its rebuild failed) is rebuilt instead.
 */
export async function refreshCorpusIndex(
  opened: OpenedIndex,
  options: OpenIndexOptions,
): Promise<OpenedIndex> {
  await opened.rebuilt;
  if (!(held.get(opened.archive) as Held).stale) return sync(opened.archive, options, performance.now());
  const rebuilt = await rebuild(opened.archive, options);
  if (!rebuilt) throw new Error('the index for the new index version could not be built');
  return rebuilt;
}

/** Answers from the old snapshot as it is, while a new archive is built from the source and swapped in. */
async function openStale(
  snapshot: LoadedSnapshot,
  state: Held,
  options: OpenIndexOptions,
  started: number,
): Promise<OpenedIndex> {
  options.logger.info(
    'the index snapshot was built by another index version; answering from it while rebuilding',
  );
  const archive = new LiveArchive(EmbeddedArchive.fromData(snapshot.index));
  held.set(archive, state);
  void snapshot.checked.catch((err: Error) =>
    options.logger.error(
      `the index snapshot is corrupt (${err.message}); its damaged lines are never served, and the rebuild under way replaces it`,
    ),
  );
  const rebuilt = rebuild(archive, options);
  const stats = snapshotStats(archive, 'stale', started, snapshot.savedAt);
  return {
    archive,
    skipped: [],
    stats,
    firstIndexed: firstDays(state),
    indexedAt: state.firstIndexedAt,
    rebuilt,
  };
}

/**
 * Builds a new archive from the source beside a stale one and swaps it in; the articles keep the day they were
 * first indexed. On failure the stale one keeps answering, and null says to try again.
 */
async function rebuild(archive: LiveArchive, options: OpenIndexOptions): Promise<OpenedIndex | null> {
  const state = held.get(archive) as Held;
  const rebuilding = new LiveArchive(EmbeddedArchive.create());
  const fresh: Held = {
    source: sourceFor(options),
    firstIndexedAt: new Map(state.firstIndexedAt),
    savedAt: null,
    fingerprint: state.fingerprint,
    stale: false,
  };
  held.set(rebuilding, fresh);
  try {
    const done = await sync(rebuilding, options, performance.now());
    retire(archive.current, options);
    archive.swap(rebuilding.current);
    held.set(archive, fresh);
    options.logger.info('rebuilt the index for the new index version');
    return { ...done, archive };
  } catch (err) {
    options.logger.warn(
      `could not rebuild the index for the new index version (${(err as Error).message}); still answering from the old one, trying again at the next refresh`,
    );
    return null;
  }
}

async function sync(archive: LiveArchive, options: OpenIndexOptions, started: number): Promise<OpenedIndex> {
  const state = held.get(archive) as Held;
  const slicer = new Slicer();
  const result = await syncSource(state.source, archive, {
    pause: () => slicer.pause(),
    index: options.index ?? indexArticleInSteps,
  });
  for (const s of result.skipped) options.logger.warn(`skipped ${s.file}: ${s.reason}`);
  const now = clockNow(options);
  for (const id of result.indexed) if (!state.firstIndexedAt.has(id)) state.firstIndexedAt.set(id, now);
  const stored = await archive.versions();
  for (const id of state.firstIndexedAt.keys()) if (!stored.has(id)) state.firstIndexedAt.delete(id);
  const changed = result.indexed.length + result.removed.length + result.reread > 0;
  const { snapshot, indexedAt } = await saveAfterSync(archive, options, changed, now, slicer);
  logSyncState(options.logger, snapshot, result);
  const stats: IndexStats = {
    ...archive.current.sizeNow(),
    reused: result.unchanged + result.reread,
    indexed: result.indexed.length,
    removed: result.removed.length,
    snapshot,
    seconds: elapsed(started),
    indexedAt,
  };
  const firstIndexed = firstDays(state);
  return {
    archive,
    skipped: result.skipped,
    stats,
    firstIndexed,
    indexedAt: state.firstIndexedAt,
    rebuilt: NONE,
  };
}

/**
 * Saves what a sync changed, now or (a running app) when its save is due, and says what the sync did to the
 * snapshot: 'updated' when it changed the archive or saved changes left unsaved; a sync with nothing new while a
 * save waits for its time is 'reused', as it changes nothing. `indexedAt`: when the archive last changed.
 */
async function saveAfterSync(
  archive: LiveArchive,
  options: OpenIndexOptions,
  changed: boolean,
  now: string,
  slicer: Slicer,
): Promise<{ snapshot: IndexStats['snapshot']; indexedAt: string }> {
  const state = held.get(archive) as Held;
  const due = saveDue(archive, state, options, now);
  const snapshot =
    state.savedAt === null ? 'built' : changed || (state.unsaved && due) ? 'updated' : 'reused';
  if (changed) state.changedAt = now;
  const lastChange = state.unsaved ? state.changedAt : state.savedAt;
  const indexedAt = changed ? now : (lastChange ?? now);
  if (snapshot === 'reused') return { snapshot, indexedAt };
  if (due) await persist(archive, state, options, indexedAt, slicer);
  else state.unsaved = true;
  return { snapshot, indexedAt };
}

/**
 * Whether a sync that changed the archive saves it now (see OpenIndexOptions.saveEveryMs): the last save is old
 * enough, or the engine holds so many replaced or removed articles' slots that it is worth compacting, which a
 * save does (the rule the PostgreSQL instance compacts by).
 */
function saveDue(archive: LiveArchive, state: Held, options: OpenIndexOptions, now: string): boolean {
  const every = options.saveEveryMs ?? 0;
  if (every <= 0 || state.savedAt === null) return true;
  if (archive.current.worthCompacting()) return true;
  return Date.parse(now) - Date.parse(state.lastSaveAt ?? state.savedAt) >= every;
}

/**
 * Saves what a running app's syncs changed since its last save, if anything (see OpenIndexOptions.saveEveryMs):
 * when it stops, stamped with when the archive last changed. An archive that answers from another index version's
 * snapshot is never saved.
 */
export async function savePending(opened: OpenedIndex, options: OpenIndexOptions): Promise<void> {
  const state = held.get(opened.archive);
  if (!state?.unsaved || state.stale) return;
  await persist(opened.archive, state, options, state.changedAt ?? clockNow(options), new Slicer());
}

/** Saves the archive; when it holds removed articles' slots, swaps in the compacted copy the snapshot now holds. */
async function persist(
  archive: LiveArchive,
  state: Held,
  options: OpenIndexOptions,
  savedAt: string,
  slicer: Slicer,
): Promise<void> {
  const engine = archive.current;
  const versions = await engine.versions();
  const items = [...versions].map(([id, version]) => ({
    id,
    version,
    firstIndexedAt: state.firstIndexedAt.get(id) ?? savedAt,
  }));
  const index = await engine.export(slicer);
  const snapshot = makeSnapshot({
    fingerprint: state.fingerprint,
    savedAt,
    items,
    sourceState: state.source.state(),
    index,
  });
  state.unsaved = !(await saveSnapshot(options.dataDir, snapshot, options.logger));
  if (state.unsaved) return;
  state.savedAt = savedAt;
  state.lastSaveAt = clockNow(options);
  const size = engine.sizeNow();
  const slots = engine.slots;
  if (slots.passages === size.passages && slots.quotes === size.quotes) return;
  const compacted = await loadSnapshot(options.dataDir, state.fingerprint, options.logger);
  if (!compacted) return;
  if (compacted.stale || archive.current !== engine) {
    compacted.index.file?.close();
    return;
  }
  archive.swap(EmbeddedArchive.fromData(compacted.index));
  retire(engine, options);
}

const RETIRE_AFTER_MS = 60_000;

/** Closes a replaced engine's files once the answers that were reading it when it was replaced are done. */
function retire(engine: EmbeddedArchive, options: OpenIndexOptions): void {
  setTimeout(() => engine.close(), options.retireAfterMs ?? RETIRE_AFTER_MS).unref();
}

/** The figures of an archive answered from its snapshot as it was: nothing indexed or removed yet. */
function snapshotStats(
  archive: LiveArchive,
  snapshot: 'reused' | 'stale',
  started: number,
  savedAt: string,
): IndexStats {
  const size = archive.current.sizeNow();
  return {
    ...size,
    reused: size.articles,
    indexed: 0,
    removed: 0,
    snapshot,
    seconds: elapsed(started),
    indexedAt: savedAt,
  };
}

const elapsed = (started: number) => Math.round(performance.now() - started) / 1000;

const firstDays = (state: Held) =>
  new Map([...state.firstIndexedAt].map(([id, at]) => [id, at.slice(0, 10)]));

function logSyncState(logger: Logger, state: IndexStats['snapshot'], result: SyncResult): void {
  const kept = result.unchanged + result.reread;
  if (state === 'reused') logger.debug(`reused the index snapshot: all ${kept} articles unchanged`);
  else if (state === 'updated')
    logger.debug(
      `reused the index snapshot; re-indexed ${result.indexed.length} changed, removed ${result.removed.length}`,
    );
  else logger.debug(`built the index: ${result.indexed.length} articles`);
}
