/**
 * The real app on a loopback port with its Web API pointed at the local fake Slack, and the requests Slack sends
 * an app, shaped as Slack shapes them (slash commands, `block_actions`, `message_action` shortcuts, Events API
 * callbacks) and signed exactly as Slack signs them.
 */
import { type RunningApp, startSlackApp } from '../../src/app/serve';
import { loadConfig } from '../../src/config';
import { createMemoryLogger } from '../../src/logger';
import { SEED_CORPUS } from './cli';
import { type FakeSlack, form, post, signedHeaders, startFakeSlack } from './fakeSlack';
import { tempDir } from './tmp';

export const SECRET = 'e2e-signing-secret-0123456789';
export const BOT_TOKEN = 'xoxb-1111-2222-e2etoken';

export interface Harness {
  fake: FakeSlack;
  running: RunningApp;
  logs: string[];
  events: string;
  dataDir: string;
}

export async function startHarness(
  env: Record<string, string> = {},
  corpusDir = SEED_CORPUS,
): Promise<Harness> {
  const fake = await startFakeSlack();
  const logger = createMemoryLogger('debug');
  const dataDir = tempDir();
  const config = loadConfig({
    env: {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      PORT: '0',
      HOST: '127.0.0.1',
      SLACK_API_URL: fake.apiUrl,
      LOG_LEVEL: 'debug',
      CORPUS_DIR: corpusDir,
      DATA_DIR: dataDir,
      ...env,
    },
    cwd: tempDir(),
  });
  const running = await startSlackApp({ config, logger });
  await running.loaded;
  const events = `http://127.0.0.1:${running.port}/slack/events`;
  return { fake, running, logs: logger.lines, events, dataDir };
}

export async function stopHarness(h: Harness): Promise<void> {
  await h.running.stop();
  await h.fake.stop();
}

/** Where Slack's requests go: an app's events URL, signed with its secret (SECRET unless given). */
export interface SlackTarget {
  events: string;
  secret?: string;
}

const sendForm = (h: SlackTarget, fields: Record<string, string>) => {
  const body = form(fields);
  return post(h.events, body, {
    ...signedHeaders(h.secret ?? SECRET, body),
    'content-type': 'application/x-www-form-urlencoded',
  });
};

/** An interaction payload, sent as Slack sends it: a form with one `payload` field of JSON. */
export const sendInteraction = (h: SlackTarget, payload: Record<string, unknown>) =>
  sendForm(h, { payload: JSON.stringify(payload) });

export function sendSlashCommand(
  h: SlackTarget & { fake: Pick<FakeSlack, 'responseUrl'> },
  command: string,
  text: string,
  id = '1',
  user = 'U1',
) {
  return sendForm(h, {
    token: 'legacy',
    team_id: 'T1',
    channel_id: 'C1',
    user_id: user,
    user_name: 'reporter',
    command,
    text,
    response_url: h.fake.responseUrl(id),
    trigger_id: 'trigger-1',
  });
}

/**
 * An Events API callback around `event`. A retry is signed again when Slack sends it (`timestamp`, later) and
 * carries its own headers (`x-slack-retry-num`).
 */
export function sendEvent(
  h: SlackTarget,
  eventId: string,
  event: Record<string, unknown>,
  retry: { timestamp?: number; headers?: Record<string, string> } = {},
) {
  const body = JSON.stringify({
    token: 'legacy',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: 1700000000,
    event,
  });
  return post(h.events, body, {
    ...signedHeaders(h.secret ?? SECRET, body, retry.timestamp),
    'content-type': 'application/json',
    ...retry.headers,
  });
}

/** The `message_action` payload of a message shortcut (Slack's "Shortcuts payloads" reference). */
export function messageShortcut(
  h: Harness,
  callbackId: string,
  message: Record<string, unknown>,
  id = 'shortcut',
) {
  return {
    type: 'message_action',
    callback_id: callbackId,
    trigger_id: 'trigger-3',
    action_ts: '1700000100.000200',
    message_ts: message.ts,
    response_url: h.fake.responseUrl(id),
    team: { id: 'T1', domain: 'newsroom' },
    channel: { id: 'C1', name: 'desk' },
    user: { id: 'U2', name: 'editor', team_id: 'T1' },
    message: { type: 'message', ...message },
    token: 'legacy',
    is_enterprise_install: false,
  };
}

/** A `block_actions` payload for one action on a message the app sent. */
export function blockAction(
  h: Harness,
  action: Record<string, unknown>,
  options: { id?: string; user?: string; ephemeral?: boolean } = {},
) {
  return {
    type: 'block_actions',
    user: { id: options.user ?? 'U1', name: 'reporter', team_id: 'T1' },
    team: { id: 'T1', domain: 'newsroom' },
    api_app_id: 'A1',
    token: 'legacy',
    trigger_id: 'trigger-2',
    container: {
      type: 'message',
      message_ts: '1700000000.999999',
      channel_id: 'C1',
      is_ephemeral: options.ephemeral ?? true,
    },
    channel: { id: 'C1', name: 'desk' },
    response_url: h.fake.responseUrl(options.id ?? 'action'),
    actions: [{ block_id: 'b1', action_ts: '1700000200.000300', ...action }],
  };
}

/** Requests that have reached a listener so far, and a wait until `count` of them are done. */
export const received = (h: Harness) => h.running.slack.inFlight.receivedCount;
export const settled = (h: Harness, count: number) => h.running.slack.inFlight.settled(count);
export const everyText = (value: unknown) => JSON.stringify(value);
