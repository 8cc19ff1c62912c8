/**
 * Builds the Bolt app: Socket Mode when an app token is set, otherwise HTTP (`POST /slack/events`). The Web API
 * client points at SLACK_API_URL with an explicit retry policy and request timeout; request bodies are capped.
 */

import { App, HTTPReceiver, LogLevel, SocketModeReceiver } from '@slack/bolt';
import type { Config } from '../config';
import { AnswerLane, lanedServices } from './answerLane';
import { API_RETRY, API_TIMEOUT_MS } from './apiOptions';
import { boltLogger } from './boltLogger';
import { InFlight } from './guards';
import { type ListenerDeps, registerListeners } from './listeners';
import { reliableFetch } from './reliableFetch';

export const BODY_LIMIT = '256kb';
export const EVENTS_PATH = '/slack/events';

/**
 * What the app is given: the stores, the poster and the guards are chosen once by the composition root (src/app,
 * files or PostgreSQL), never defaulted here.
 */
export interface CreateAppDeps extends Omit<ListenerDeps, 'config' | 'inFlight'> {
  config: Config;
}

export interface SlackApp {
  app: App;
  /** Set in HTTP mode: its request listener serves POST /slack/events. */
  http: HTTPReceiver | null;
  socketMode: boolean;
  inFlight: InFlight;
  /** Where the answers are looked up, one at a time (answerLane.ts). */
  lane: AnswerLane;
}

function receiverFor(
  config: Config,
  logger: ReturnType<typeof boltLogger>,
): { http: HTTPReceiver | null; socket: SocketModeReceiver | null } {
  if (config.slackAppToken) {
    const socket = new SocketModeReceiver({
      appToken: config.slackAppToken,
      logger,
      installerOptions: { clientOptions: { slackApiUrl: config.slackApiUrl, timeout: API_TIMEOUT_MS } },
    });
    return { http: null, socket };
  }
  const http = new HTTPReceiver({
    signingSecret: config.slackSigningSecret ?? '',
    endpoints: EVENTS_PATH,
    logger,
    bodyLimit: BODY_LIMIT,
    processBeforeResponse: false,
  });
  return { http, socket: null };
}

export function createApp(deps: CreateAppDeps): SlackApp {
  const { config } = deps;
  const logger = boltLogger(deps.logger, config.logLevel === 'debug' ? LogLevel.DEBUG : LogLevel.INFO);
  const { http, socket } = receiverFor(config, logger);
  const app = new App({
    token: config.slackBotToken ?? '',
    receiver: (http ?? socket) as HTTPReceiver,
    logger,
    // The mention listener ignores the bot's own messages itself, so that every event reaches a listener and is
    // counted (InFlight.received): tests and the shutdown wait on that count instead of sleeping.
    ignoreSelf: false,
    clientOptions: {
      slackApiUrl: config.slackApiUrl,
      retryConfig: API_RETRY,
      timeout: API_TIMEOUT_MS,
      // Also Bolt's `respond`: response_url posts get a timeout and are tried again (reliableFetch.ts).
      fetch: reliableFetch({ apiUrl: config.slackApiUrl, logger: deps.logger }),
    },
  });
  const inFlight = new InFlight();
  const lane = new AnswerLane();
  registerListeners(app, {
    ...deps,
    services: lanedServices(deps.services, lane),
    inFlight,
  });
  return { app, http, socketMode: socket !== null, inFlight, lane };
}

export { API_RETRY, API_TIMEOUT_MS };
