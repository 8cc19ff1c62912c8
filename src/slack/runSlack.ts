/**
 * Runs the Slack app: checks the credentials, starts listening (HTTP or Socket Mode) at once, loads the archive,
 * and stops cleanly: no new work, what is in flight finished, then closed.
 */
import type { Server } from 'node:http';
import { type Answers, createAnswers } from '../answers/answers';
import type { Config } from '../config';
import { DigestLedger } from '../digest/ledger';
import { publishDigest } from '../digest/publish';
import { DigestScheduler } from '../digest/schedule';
import { type DigestDeps, digestFor } from '../digest/service';
import type { Logger } from '../logger';
import { MSG, SLACK } from '../messages';
import type { OpenedIndex } from '../search/sync/openCorpusIndex';
import { IndexRefresher } from '../search/sync/refresher';
import { createApp, type SlackApp } from './createApp';
import { webClientPoster } from './digestPoster';
import type { RateLimiter } from './guards';
import { createHttpServer, listen } from './httpServer';
import type { ArchiveStats } from './listeners';
import { digestMessage } from './renderAnswers';

export class MissingCredentialError extends Error {}

/** Says which variable is missing and where to get it, or nothing when the credentials are complete. */
export function checkCredentials(config: Config): void {
  if (!config.slackBotToken) {
    throw new MissingCredentialError(
      SLACK.missingCredential(
        'SLACK_BOT_TOKEN',
        'the bot token (xoxb-…) from your app\'s "OAuth & Permissions" page',
      ),
    );
  }
  if (!config.slackAppToken && !config.slackSigningSecret) {
    throw new MissingCredentialError(
      SLACK.missingCredential(
        'SLACK_SIGNING_SECRET',
        'HTTP mode needs the signing secret from your app\'s "Basic Information" page (or set SLACK_APP_TOKEN for Socket Mode)',
      ),
    );
  }
}

export interface RunSlackOptions {
  config: Config;
  logger: Logger;
  loadIndex: () => Promise<OpenedIndex>;
  /** Applies corpus changes to an open index in place (every REINDEX_MINUTES, and on `refresh()`). */
  refreshIndex?: (opened: OpenedIndex) => Promise<OpenedIndex>;
  /** Listen on this host (tests use 127.0.0.1). */
  host?: string;
  rateLimiter?: RateLimiter;
  /** The clock the digest schedule reads. */
  now?: () => Date;
}

export interface RunningSlack {
  slack: SlackApp;
  /** The HTTP port, or null in Socket Mode. */
  port: number | null;
  /** Resolves once the archive is loaded. */
  loaded: Promise<void>;
  /** The digest schedule, when DIGEST_CHANNEL is set. */
  scheduler: DigestScheduler | null;
  /** Applies corpus changes now (after the archive is loaded; joins a refresh under way). */
  refresh: () => Promise<void>;
  stop: () => Promise<void>;
}

interface Loaded {
  opened: OpenedIndex;
  answers: Answers;
  stats: ArchiveStats;
  digest: DigestDeps;
}

const statsOf = ({ stats }: OpenedIndex): ArchiveStats => ({
  articles: stats.articles,
  passages: stats.passages,
  quotes: stats.quotes,
  indexedAt: stats.indexedAt,
});

/** Brings the loaded state up to date after a refresh changed the archive in place. */
function refreshed(state: Loaded, opened: OpenedIndex, logger: Logger): Loaded {
  const { stats } = opened;
  if (stats.snapshot !== 'reused') {
    logger.info(
      `index refreshed: ${stats.indexed} re-indexed, ${stats.removed} removed in ${stats.seconds} s`,
    );
  }
  return {
    ...state,
    opened,
    stats: statsOf(opened),
    digest: { ...state.digest, firstIndexed: opened.firstIndexed },
  };
}

/** Posts the day's digest to DIGEST_CHANNEL through the ledger (once per channel and day). */
function scheduledDigest(
  options: RunSlackOptions,
  slack: SlackApp,
  state: () => Loaded | null,
  ledger: DigestLedger,
) {
  const { config, logger } = options;
  return async (day: string) => {
    const loaded = state();
    if (!loaded || !config.digestChannel) return;
    const digest = await digestFor(loaded.digest, { day });
    const outcome = await publishDigest({
      ledger,
      poster: webClientPoster(slack.app.client),
      logger,
      channel: config.digestChannel,
      day,
      digest,
      render: (d, marker) => digestMessage(d, marker),
      whenEmpty: config.digestEmpty,
      now: options.now ?? (() => new Date()),
    });
    logger.info(
      outcome.posted ? MSG.digestPosted(config.digestChannel, day) : MSG.digestNotPosted(day, outcome.reason),
    );
  };
}

async function listenForSlack(
  options: RunSlackOptions,
  slack: SlackApp,
  ready: () => boolean,
): Promise<{ server: Server | null; port: number | null }> {
  if (!slack.http) {
    await slack.app.start();
    options.logger.info('connected to Slack (Socket Mode)');
    return { server: null, port: null };
  }
  const server = createHttpServer({ receiver: slack.http, ready });
  const port = await listen(server, options.config.port, options.host);
  options.logger.info(`listening for Slack on port ${port} (HTTP mode, POST /slack/events)`);
  return { server, port };
}

/** Applies corpus changes to the loaded archive every REINDEX_MINUTES (and on demand), then updates the state. */
function indexRefresher(
  options: RunSlackOptions,
  current: () => Loaded | null,
  update: (state: Loaded) => void,
): IndexRefresher {
  const { config, logger, refreshIndex } = options;
  return new IndexRefresher({
    everyMs: config.reindexMinutes * 60_000,
    logger,
    refresh: async () => {
      const state = current();
      if (!state || !refreshIndex) return;
      update(refreshed(state, await refreshIndex(state.opened), logger));
    },
  });
}

export async function runSlack(options: RunSlackOptions): Promise<RunningSlack> {
  const { config, logger } = options;
  checkCredentials(config);
  const now = options.now ?? (() => new Date());
  const ledger = new DigestLedger(config.dataDir, logger);
  let state: Loaded | null = null;
  const slack = createApp({
    config,
    logger,
    answers: () => state?.answers ?? null,
    stats: () => state?.stats ?? null,
    digest: async (request) => (state ? digestFor(state.digest, request) : null),
    ...(options.rateLimiter && { rateLimiter: options.rateLimiter }),
  });
  const { server, port } = await listenForSlack(options, slack, () => state !== null);
  const scheduler = config.digestChannel
    ? new DigestScheduler({
        cron: config.digestCron,
        timeZone: config.digestTz,
        now,
        logger,
        run: scheduledDigest(options, slack, () => state, ledger),
      })
    : null;
  const refresher = indexRefresher(
    options,
    () => state,
    (next) => {
      state = next;
    },
  );
  const loaded = options.loadIndex().then((opened) => {
    const stats = statsOf(opened);
    state = {
      opened,
      answers: createAnswers(opened.archive),
      stats,
      digest: { archive: opened.archive, firstIndexed: opened.firstIndexed, ledger, config, now },
    };
    logger.info(
      `archive loaded: ${stats.articles} articles, ${stats.passages} passages, ${stats.quotes} quotes`,
    );
    scheduler?.start();
    refresher.start();
  });
  const stop = async () => {
    if (server) {
      const closing = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closing;
    }
    await scheduler?.stop();
    await refresher.stop();
    await slack.inFlight.drain();
    if (!server) await slack.app.stop();
  };
  return { slack, port, loaded, scheduler, refresh: () => refresher.refresh(), stop };
}
