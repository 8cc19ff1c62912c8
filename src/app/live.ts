/**
 * The services of a running app: the archive loads in the background (the app answers "still loading" until
 * then), and every REINDEX_MINUTES (or on demand) the corpus folder's changes are applied and the services
 * replaced; a failed refresh is logged and the app keeps answering as it was.
 */
import type { LiveServices, Services } from '../commands/services';
import type { OpenedIndex } from '../search/sync/openCorpusIndex';
import { IndexRefresher } from '../search/sync/refresher';
import { type ServiceContext, servicesOver } from './services';

export interface LiveOptions extends ServiceContext {
  load: () => Promise<OpenedIndex>;
  refresh: (opened: OpenedIndex) => Promise<OpenedIndex>;
}

interface State {
  opened: OpenedIndex;
  services: Services;
}

function logRefreshed(options: LiveOptions, opened: OpenedIndex): void {
  const { stats } = opened;
  if (stats.snapshot === 'reused') return;
  options.logger.info(
    `index refreshed: ${stats.indexed} re-indexed, ${stats.removed} removed in ${stats.seconds} s`,
  );
}

export function liveServices(options: LiveOptions): LiveServices {
  let state: State | null = null;
  const refresher = new IndexRefresher({
    everyMs: options.config.reindexMinutes * 60_000,
    logger: options.logger,
    refresh: async () => {
      if (!state) return;
      const opened = await options.refresh(state.opened);
      logRefreshed(options, opened);
      state = { opened, services: servicesOver(opened, options) };
    },
  });
  const loaded = options.load().then((opened) => {
    state = { opened, services: servicesOver(opened, options) };
    const { articles, passages, quotes } = opened.stats;
    options.logger.info(`archive loaded: ${articles} articles, ${passages} passages, ${quotes} quotes`);
    // A snapshot of another index version answers until its rebuild is swapped in; then the services take the
    // rebuilt archive's figures and days (a refresh that also applies what changed meanwhile).
    void opened.rebuilt.then((rebuilt) => (rebuilt ? refresher.refresh() : undefined));
    return state.services;
  });
  loaded.catch(() => undefined);
  return {
    current: () => state?.services ?? null,
    loaded,
    refresh: () => (state ? refresher.refresh() : loaded.then(() => refresher.refresh())),
    startRefreshing: () => refresher.start(),
    stop: () => refresher.stop(),
  };
}
