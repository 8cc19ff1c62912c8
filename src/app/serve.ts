/** `serve`: the Slack app when SLACK_BOT_TOKEN is set, else the local console, over services built here once. */
import { isAbsolute, relative } from 'node:path';
import type { OpenedArchive } from '../cli/context';
import { commandList } from '../commands';
import type { LiveServices } from '../commands/services';
import type { Config } from '../config';
import { createConsoleHandler, runConsole } from '../console/console';
import type { ChannelPoster } from '../delivery/deliver';
import type { Logger } from '../logger';
import { CONSOLE } from '../messages';
import { tokenPoster } from '../slack/digestPoster';
import type { RateLimits } from '../slack/guards';
import { checkCredentials, type RunningSlack, type RunSlackOptions, runSlack } from '../slack/runSlack';
import type { SourceRegistry } from '../sources/registry';
import { type ArchiveSource, corpusArchive } from './archive';
import { liveServices } from './live';
import { ingestRoutes, openRegistry, SourcePolling } from './sources';
import { type SharedState, sharedState } from './state';
import { watchAlerts } from './watchAlerts';

export interface SlackAppOptions {
  config: Config;
  logger: Logger;
  /** Where the archive comes from; the sources of sources.yml (or the corpus folder) by default. */
  source?: ArchiveSource;
  /** The sources (read from SOURCES_FILE by default). */
  registry?: SourceRegistry;
  rateLimiter?: RateLimits;
  now?: () => Date;
  /** Past this many answers in flight, requests are shed at once (tests and the bench set it). */
  maxInFlight?: number;
}

export interface RunningApp extends RunningSlack {
  live: LiveServices;
  sources: SourceRegistry;
  polling: SourcePolling;
  /** Resolves once the archive is loaded. */
  loaded: Promise<void>;
  /**
   * Resolves once the sync that follows loading is done: every source polled once and the archive brought up to
   * date with them (a failure is a warning in the log, as ever). Resolves at once when loading failed (`loaded`
   * says why), so that nobody has to handle the same failure twice.
   */
  synced: Promise<void>;
  /** Applies the corpus folder's changes now. */
  refresh: () => Promise<void>;
  /** Resolves once the watch alerts for what the archive has applied are posted (or given up). */
  alertsSettled: () => Promise<void>;
}

/** Starts the Slack app: listening at once, the archive loading behind it, refreshed on its schedule. */
export async function startSlackApp(options: SlackAppOptions): Promise<RunningApp> {
  const { config, logger } = options;
  checkCredentials(config);
  const now = options.now ?? (() => new Date());
  const registry = options.registry ?? openRegistry(config, logger);
  const source = options.source ?? corpusArchive(config, logger, registry);
  const shared = sharedState(config, logger, now);
  const ledger = shared.digestLedger;
  // The one poster for everyone's posts (the digest, shared answers, mention replies, watch alerts).
  const poster = tokenPoster(config.slackBotToken ?? '', config.slackApiUrl, logger);
  const alerts = watchAlerts(logger, shared, poster);
  const onChange = (opened: Parameters<typeof alerts.check>[0]) => void alerts.check(opened);
  const live = liveServices({ config, logger, ledger, now, ...source, onChange });
  source.followChanges?.(() => void alerts.check());
  // A refresh asked for while one is under way waits for one after it (see IndexRefresher): what a sync applied
  // is in the index when the refresh resolves.
  const sync = () => live.refresh();
  const polling = new SourcePolling(registry, sync, logger);
  const routes = ingestRoutes(registry, config, sync, logger);
  let running: RunningSlack;
  try {
    running = await runSlack(slackOptions({ options, shared, live, registry, routes, now, poster }));
  } catch (err) {
    await live.stop();
    await source.close?.();
    await shared.close();
    throw err;
  }
  let synced: Promise<void> = Promise.resolve();
  const loaded = live.loaded.then(() => {
    live.startRefreshing();
    synced = polling.start().catch((err: unknown) => logger.warn(`sources: ${(err as Error).message}`));
  });
  const stop = async () => {
    polling.stop();
    await live.stop();
    await running.stop();
    await source.close?.();
    // The last alerts (a change followed just before the follower stopped) are posted before the ledger closes.
    await alerts.settled();
    await shared.close();
    // Last, as it may outlast the shutdown grace at a large archive (a save rewrites the whole snapshot): cut
    // short, it loses only work that the next start redoes.
    await live.flush?.();
  };
  const alertsSettled = () => alerts.settled();
  return {
    ...running,
    live,
    sources: registry,
    polling,
    loaded,
    synced: loaded.then(
      () => synced,
      () => undefined,
    ),
    refresh: () => live.refresh(),
    alertsSettled,
    stop,
  };
}

interface SlackParts {
  options: SlackAppOptions;
  shared: SharedState;
  live: LiveServices;
  registry: SourceRegistry;
  routes: RunSlackOptions['routes'];
  now: () => Date;
  poster: ChannelPoster;
}

/** What the Slack adapter is given: the services, the shared state, the sources' routes and statuses. */
function slackOptions({ options, shared, live, registry, routes, now, poster }: SlackParts): RunSlackOptions {
  return {
    config: options.config,
    logger: options.logger,
    now,
    live,
    commands: commandList(),
    routes,
    routesInSocketMode: registry.remotes.some((r) => r.config.kind === 'push'),
    sources: () => registry.statuses(),
    rateLimiter: options.rateLimiter ?? shared.rateLimiter,
    shared: {
      feedback: shared.feedback,
      watches: shared.watches,
      channelSettings: shared.channelSettings,
      postLedger: shared.postLedger,
    },
    poster,
    ...(options.maxInFlight !== undefined && { maxInFlight: options.maxInFlight }),
    deduper: shared.eventIds,
  };
}

/** A folder as a person would type it: relative to the working folder when inside it. */
function displayPath(cwd: string, dir: string): string {
  const rel = relative(cwd, dir);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? dir : rel;
}

export interface ConsoleOptions {
  config: Config;
  io: { stdin: NodeJS.ReadableStream; write: (text: string) => void; isTTY: boolean; cwd: string };
  open: () => Promise<OpenedArchive>;
}

export async function serveConsole(options: ConsoleOptions): Promise<void> {
  const { services } = await options.open();
  const { articles, passages } = await services.stats();
  const { io } = options;
  await runConsole(
    { input: io.stdin, write: io.write, isTTY: io.isTTY },
    CONSOLE.banner(articles, passages, displayPath(io.cwd, options.config.corpusDir)),
    createConsoleHandler(services),
  );
}
