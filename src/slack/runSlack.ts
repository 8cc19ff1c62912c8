/**
 * Runs the Slack app: checks the credentials, starts listening (HTTP or Socket Mode) at once while the archive
 * loads, posts the daily digest on its schedule, and stops cleanly: no new work, what is in flight finished, then
 * closed. The archive and the answers come from the composition root (`src/app/`).
 */

import type { Server } from 'node:http';
import type { AnyCommand } from '../commands';
import type { LiveServices, Services } from '../commands/services';
import type { Config } from '../config';
import type { ChannelPoster } from '../delivery/deliver';
import type { Ledger } from '../delivery/ledger';
import { DigestScheduler } from '../digest/schedule';
import { DigestTooLargeError } from '../digest/service';
import { MissingCredentialError } from '../errors';
import type { Logger } from '../logger';
import { MSG, SETTINGS, SLACK } from '../messages';
import { digestMessage } from '../render/slack/renderAnswers';
import { type ChannelSettingsStore, dailyDigestChannels } from '../settings/channelSettings';
import { type CreateAppDeps, createApp, type SlackApp } from './createApp';
import { createFrontDoor } from './frontDoor';
import type { EventIds, RateLimits } from './guards';
import { createHttpServer, type HttpServerDeps, listen } from './httpServer';
import type { ListenerDeps } from './listeners';
import { watchLoopLag } from './loopLag';

export { MissingCredentialError };

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
  commands: readonly AnyCommand[];
  /** The answers over the archive, null until it is loaded. */
  live: LiveServices;
  rateLimiter: RateLimits;
  /** The post ledger, feedback, watches and channel settings: the data folder's, or PostgreSQL's when shared. */
  shared: Pick<CreateAppDeps, 'feedback' | 'watches' | 'channelSettings'> & { postLedger: Ledger };
  /** Event ids already answered: this process's memory, or PostgreSQL's when shared (DATABASE_URL). */
  deduper: EventIds;
  /** Posts for everyone (the digest, shared answers, mention replies) through the Web API. */
  poster: ChannelPoster;
  /** The clock the digest schedule reads. */
  now?: () => Date;
  /** Past this many answers in flight, new requests are shed at once (HTTP mode). */
  maxInFlight?: number;
  /** Other routes on the HTTP port, by "METHOD /path". */
  routes?: HttpServerDeps['routes'];
  /** In Socket Mode too, listen on PORT for those routes and `/healthz` (a CMS webhook is configured). */
  routesInSocketMode?: boolean;
  /** Each source's last poll, for App Home. */
  sources?: ListenerDeps['sources'];
}

/**
 * Requests in flight (admitted and not yet acknowledged, or answers being looked up or sent) past which requests
 * are shed whatever the answers cost: a bound on memory and sockets. What sheds under load is the answer lane's
 * predicted wait (MAX_ANSWER_WAIT_MS in frontDoor.ts).
 */
export const MAX_IN_FLIGHT = 64;

export interface RunningSlack {
  slack: SlackApp;
  /** The HTTP port, or null in Socket Mode. */
  port: number | null;
  /** The digest schedule, when DIGEST_CHANNEL is set or channels may opt in (channel settings given). */
  scheduler: DigestScheduler | null;
  stop: () => Promise<void>;
}

/** Outcomes of a scheduled digest that are tried again (the ledger not writable on a full disk, Slack failing). */
const RETRIED_OUTCOMES: ReadonlySet<string> = new Set(['ledger-unavailable', 'failed']);

/** The channels the daily digest goes to now; null when the channel settings cannot be read (tried again). */
async function digestChannels(
  options: Pick<RunSlackOptions, 'config' | 'logger'>,
  settings: ChannelSettingsStore | undefined,
): Promise<string[] | null> {
  try {
    return dailyDigestChannels(options.config.digestChannel, settings ? await settings.all() : []);
  } catch (err) {
    options.logger.warn(SETTINGS.unreadable((err as Error).message));
    return null;
  }
}

/**
 * Posts the day's digest through the ledger (once per channel and day) to each channel that gets it
 * (DIGEST_CHANNEL unless it opted out, and the channels that opted in with `/digest daily on`); false when it
 * could not be done now for one of them (the archive not ready, the ledger or Slack failing), so the schedule
 * tries again (the channels already posted are then found in the ledger).
 */
export function scheduledDigest(
  options: Pick<RunSlackOptions, 'config' | 'logger' | 'live' | 'poster'>,
  settings?: ChannelSettingsStore,
) {
  const { logger, live, poster } = options;
  return async (day: string): Promise<boolean> => {
    const channels = await digestChannels(options, settings);
    if (channels === null) return false;
    if (channels.length === 0) return true;
    const services = live.current();
    if (!services) {
      logger.warn(MSG.digestNotPosted(day, 'not-ready', live.notReady?.()?.why));
      return false;
    }
    let done = true;
    for (const channel of channels) done = (await digestTo(services, poster, channel, day, logger)) && done;
    return done;
  };
}

/** One channel's digest for the day; false when it is to be tried again. */
async function digestTo(
  services: Services,
  poster: ChannelPoster,
  channel: string,
  day: string,
  logger: Logger,
): Promise<boolean> {
  let digest: Awaited<ReturnType<Services['digest']>>;
  try {
    digest = await services.digest({ day, channel });
  } catch (err) {
    if (!(err instanceof DigestTooLargeError)) throw err;
    logger.error(MSG.digestNotPosted(day, 'too-large', err.message));
    return true; // as large tomorrow: not tried again
  }
  const outcome = await services.publishDigest(poster, day, digest, digestMessage, channel);
  logger.info(
    outcome.posted
      ? MSG.digestPosted(channel, day)
      : MSG.digestNotPosted(day, outcome.reason, outcome.detail),
  );
  return outcome.posted || !RETRIED_OUTCOMES.has(outcome.reason);
}

/** What every HTTP server of the app shares: `/healthz` from the live archive, and the app's own routes. */
function serverBase(options: RunSlackOptions) {
  return {
    ready: () => options.live.current() !== null,
    notReady: () => options.live.notReady?.()?.why ?? null,
    ...(options.routes && { routes: options.routes }),
  };
}

/** In Socket Mode, a port only when a CMS webhook needs one: its routes and `/healthz`, no Slack path. */
async function listenForWebhooks(
  options: RunSlackOptions,
): Promise<{ server: Server | null; port: number | null }> {
  const paths = Object.keys(options.routes ?? {});
  if (!options.routesInSocketMode || paths.length === 0) return { server: null, port: null };
  const server = createHttpServer({ receiver: null, ...serverBase(options) });
  const port = await listen(server, options.config.port, options.config.host);
  options.logger.info(MSG.listeningForWebhooks(port, options.config.host, paths.join(', ')));
  return { server, port };
}

async function listenForSlack(
  options: RunSlackOptions,
  slack: SlackApp,
): Promise<{ server: Server | null; port: number | null }> {
  if (!slack.http) {
    await slack.app.start();
    options.logger.info('connected to Slack (Socket Mode)');
    return listenForWebhooks(options);
  }
  const lag = watchLoopLag();
  const frontDoor = createFrontDoor({
    signingSecret: options.config.slackSigningSecret ?? '',
    inFlight: () => slack.inFlight.pending,
    maxInFlight: options.maxInFlight ?? MAX_IN_FLIGHT,
    answerWaitMs: (ahead) => slack.lane.waitMs(ahead),
    busyText: SLACK.busy,
    lagMs: lag.now,
  });
  const server = createHttpServer({ receiver: slack.http, frontDoor, ...serverBase(options) });
  server.on('connection', () => slack.lane.arrived());
  server.once('close', () => lag.stop());
  const port = await listen(server, options.config.port, options.config.host);
  options.logger.info(
    `listening for Slack on port ${port} of ${options.config.host} (HTTP mode, POST /slack/events)`,
  );
  return { server, port };
}

export async function runSlack(options: RunSlackOptions): Promise<RunningSlack> {
  const { config, logger, live } = options;
  checkCredentials(config);
  const slack = createApp({
    config,
    logger,
    commands: options.commands,
    services: () => live.current(),
    notReadyText: () => (live.notReady?.()?.rebuilding ? SLACK.rebuilding : SLACK.notReady),
    rateLimiter: options.rateLimiter,
    deduper: options.deduper,
    ...(options.sources && { sources: options.sources }),
    ...(options.shared.feedback && { feedback: options.shared.feedback }),
    ...(options.shared.watches && { watches: options.shared.watches }),
    ...(options.shared.channelSettings && { channelSettings: options.shared.channelSettings }),
    delivery: { ledger: options.shared.postLedger, poster: options.poster },
  });
  const { server, port } = await listenForSlack(options, slack);
  const settings = options.shared.channelSettings;
  const scheduler =
    config.digestChannel || settings
      ? new DigestScheduler({
          cron: config.digestCron,
          timeZone: config.digestTz,
          now: options.now ?? (() => new Date()),
          logger,
          run: scheduledDigest(options, settings),
        })
      : null;
  live.loaded.then(
    () => scheduler?.start(),
    () => undefined,
  );
  const stop = async () => {
    if (server) {
      const closing = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closing;
    }
    await scheduler?.stop();
    await slack.inFlight.drain();
    if (slack.socketMode) await slack.app.stop();
  };
  return { slack, port, scheduler, stop };
}
