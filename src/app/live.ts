/**
 * The services of a running app: the archive loads in the background (the app answers "still loading" until
 * then), and every REINDEX_MINUTES (or on demand) the corpus folder's changes are applied and the services
 * replaced; a failed refresh is logged and the app keeps answering as it was. An archive whose snapshot was
 * corrupt (found on opening, or by the check of its lines behind the first answers) answers "rebuilding" (no
 * services) until its rebuild from the source is done.
 */
import type { LiveServices, Services } from '../commands/services';
import { HEALTH } from '../messages';
import { CORRUPT_SNAPSHOT, type OpenedIndex } from '../search/sync/openCorpusIndex';
import { IndexRefresher } from '../search/sync/refresher';
import { type ServiceContext, servicesOver } from './services';

export interface LiveOptions extends ServiceContext {
  load: () => Promise<OpenedIndex>;
  refresh: (opened: OpenedIndex) => Promise<OpenedIndex>;
  /**
   * Told of the archive once it can answer (loaded, or rebuilt from a corrupt snapshot) and after every refresh:
   * watch alerts look for the articles it did not hold before.
   */
  onChange?: (opened: OpenedIndex) => void;
  /** Saves what the refreshes have not saved yet; called once the refreshes have stopped. */
  flush?: (opened: OpenedIndex) => Promise<void>;
}

interface State {
  opened: OpenedIndex;
  services: Services;
}

const UNSAVED_AT_STOP =
  'could not save the index snapshot on stopping; the next start indexes what changed since the last save';

/**
 * Says what a refresh changed; a refresh that changed nothing is not logged. With PostgreSQL the engine may
 * already hold what this refresh indexed (the change feed's notification can be applied before the refresh's own
 * pull, which then finds nothing: snapshot 'reused'), so what it indexed or removed counts too.
 */
function logRefreshed(options: LiveOptions, opened: OpenedIndex): void {
  const { stats } = opened;
  if (stats.snapshot === 'reused' && stats.indexed === 0 && stats.removed === 0) return;
  options.logger.info(
    `index refreshed: ${stats.indexed} re-indexed, ${stats.removed} removed in ${stats.seconds} s`,
  );
}

function logLoaded(options: LiveOptions, how: 'loaded' | 'rebuilt', opened: OpenedIndex): void {
  const { articles, passages, quotes } = opened.stats;
  options.logger.info(`archive ${how}: ${articles} articles, ${passages} passages, ${quotes} quotes`);
}

export function liveServices(options: LiveOptions): LiveServices {
  let state: State | null = null;
  /** Why the archive cannot answer while it is rebuilt, or null. */
  let rebuilding: string | null = null;
  const refresher = new IndexRefresher({
    everyMs: options.config.reindexMinutes * 60_000,
    logger: options.logger,
    refresh: async () => {
      if (!state) return;
      const opened = await options.refresh(state.opened);
      logRefreshed(options, opened);
      state = { opened, services: servicesOver(opened, options) };
      rebuilding = null;
      options.onChange?.(opened);
    },
  });
  /** The archive rebuilt from the source after its snapshot was found corrupt: answering again. */
  const adoptRebuilt = (rebuilt: OpenedIndex | null) => {
    if (!rebuilt) return; // the next refresh tries again
    state = { opened: rebuilt, services: servicesOver(rebuilt, options) };
    rebuilding = null;
    logLoaded(options, 'rebuilt', rebuilt);
    options.onChange?.(rebuilt);
  };
  const loaded = options.load().then((opened) => {
    state = { opened, services: servicesOver(opened, options) };
    rebuilding = opened.rebuilding ?? null;
    if (rebuilding !== null) {
      options.logger.warn(`archive not loaded: ${HEALTH.rebuilding(rebuilding)}`);
      void opened.rebuilt.then(adoptRebuilt);
      return state.services;
    }
    logLoaded(options, 'loaded', opened);
    options.onChange?.(opened);
    // The snapshot's lines, checked behind the first answers, may turn out damaged: "rebuilding" until rebuilt.
    void opened.damaged?.then((why) => {
      if (why === null) return;
      rebuilding = CORRUPT_SNAPSHOT;
      options.logger.warn(`archive not answering: ${HEALTH.rebuilding(rebuilding)}`);
    });
    // A snapshot of another index version answers until its rebuild is swapped in; then the services take the
    // rebuilt archive's figures and days (a refresh that also applies what changed meanwhile).
    void opened.rebuilt.then((rebuilt) => {
      if (rebuilding !== null) adoptRebuilt(rebuilt);
      else if (rebuilt) return refresher.refresh();
      return undefined;
    });
    return state.services;
  });
  loaded.catch(() => undefined);
  return {
    current: () => (rebuilding === null ? (state?.services ?? null) : null),
    notReady: () =>
      rebuilding !== null
        ? { why: HEALTH.rebuilding(rebuilding), rebuilding: true }
        : state
          ? null
          : { why: HEALTH.loading, rebuilding: false },
    loaded,
    refresh: () => (state ? refresher.refresh() : loaded.then(() => refresher.refresh())),
    startRefreshing: () => refresher.start(),
    stop: () => refresher.stop(),
    flush: async () => {
      await refresher.stop();
      if (!state || !options.flush) return;
      await options.flush(state.opened).catch((err: Error) => {
        options.logger.warn(`${UNSAVED_AT_STOP} (${err.message})`);
      });
    },
  };
}
