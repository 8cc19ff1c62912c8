/**
 * Runs the Slack app: checks the credentials, starts listening (HTTP or Socket Mode) at once, loads the archive,
 * and stops cleanly: no new work, what is in flight finished, then closed.
 */
import type { Server } from 'node:http';
import { type Answers, createAnswers } from '../answers/answers';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { SLACK } from '../messages';
import type { OpenedIndex } from '../search/openCorpusIndex';
import { createApp, type SlackApp } from './createApp';
import type { RateLimiter } from './guards';
import { createHttpServer, listen } from './httpServer';
import type { ArchiveStats } from './listeners';

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
  /** Listen on this host (tests use 127.0.0.1). */
  host?: string;
  rateLimiter?: RateLimiter;
}

export interface RunningSlack {
  slack: SlackApp;
  /** The HTTP port, or null in Socket Mode. */
  port: number | null;
  /** Resolves once the archive is loaded. */
  loaded: Promise<void>;
  stop: () => Promise<void>;
}

export async function runSlack(options: RunSlackOptions): Promise<RunningSlack> {
  const { config, logger } = options;
  checkCredentials(config);
  let answers: Answers | null = null;
  let stats: ArchiveStats | null = null;
  const slack = createApp({
    config,
    logger,
    answers: () => answers,
    stats: () => stats,
    ...(options.rateLimiter && { rateLimiter: options.rateLimiter }),
  });
  let server: Server | null = null;
  let port: number | null = null;
  if (slack.http) {
    server = createHttpServer({ receiver: slack.http, ready: () => answers !== null });
    port = await listen(server, config.port, options.host);
    logger.info(`listening for Slack on port ${port} (HTTP mode, POST /slack/events)`);
  } else {
    await slack.app.start();
    logger.info('connected to Slack (Socket Mode)');
  }
  const loaded = options.loadIndex().then((opened) => {
    answers = createAnswers(opened.archive);
    stats = { ...opened.archive.size, indexedAt: opened.stats.indexedAt };
    logger.info(
      `archive loaded: ${stats.articles} articles, ${stats.passages} passages, ${stats.quotes} quotes`,
    );
  });
  const stop = async () => {
    if (server) {
      const closing = new Promise<void>((resolve) => (server as Server).close(() => resolve()));
      (server as Server).closeIdleConnections();
      await closing;
    }
    await slack.inFlight.drain();
    if (!server) await slack.app.stop();
  };
  return { slack, port, loaded, stop };
}
