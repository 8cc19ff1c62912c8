/**
 * What the Slack app does with each request: slash commands answer through `respond` (ephemeral, with a Share
 * in channel button), the button posts the same answer to the channel, mentions answer in their thread (a
 * question-less mention in a thread answers about the thread's first message), and App Home shows how to use
 * newsdesk and what the archive holds.
 */
import type { AllMiddlewareArgs, App, RespondFn, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Answers } from '../answers/answers';
import { MAX_QUERY_CHARS } from '../answers/query';
import type { Config } from '../config';
import type { Digest } from '../digest/compose';
import { digestMarker } from '../digest/publish';
import type { Logger } from '../logger';
import { SLACK } from '../messages';
import { type Block, buttonBlock, context, section, shareButton } from './blocks';
import type { EventDeduper, InFlight, RateLimiter } from './guards';
import { escapeMrkdwn } from './mrkdwn';
import {
  askMessage,
  digestMessage,
  plainMessage,
  type SlackMessage,
  timelineMessage,
  whoSaidMessage,
} from './renderAnswers';

export interface ArchiveStats {
  articles: number;
  passages: number;
  quotes: number;
  indexedAt: string;
}

export interface ListenerDeps {
  config: Config;
  logger: Logger;
  /** The answers once the archive is loaded, null before. */
  answers: () => Answers | null;
  /** The digest for a window, once the archive is loaded. */
  digest: (request: { since?: string }) => Promise<Digest | null>;
  stats: () => ArchiveStats | null;
  deduper: EventDeduper;
  rateLimiter: RateLimiter;
  inFlight: InFlight;
}

const COMMANDS = ['/whosaid', '/timeline', '/ask', '/digest'] as const;
type CommandName = (typeof COMMANDS)[number];

/** The answer to a command's text as a Slack message, or null when the text is not a usable query. */
async function answerFor(
  answers: Answers,
  command: Exclude<CommandName, '/digest'>,
  text: string,
  tail: Block[],
): Promise<SlackMessage | null> {
  if (command === '/whosaid') {
    const r = await answers.whosaid(text);
    return r.ok ? whoSaidMessage(r.answer, tail) : null;
  }
  if (command === '/timeline') {
    const r = await answers.timeline(text);
    return r.ok ? timelineMessage(r.answer, tail) : null;
  }
  const r = await answers.ask(text);
  return r.ok ? askMessage(r.answer, tail) : null;
}

/** A refusal to answer (help, too long, too fast, not ready), or null to go ahead. */
function refusal(
  deps: ListenerDeps,
  command: CommandName,
  text: string,
  userId: string,
): SlackMessage | null {
  if ((text === '' && command !== '/digest') || /^help$/i.test(text))
    return plainMessage(SLACK.usage[command] ?? '');
  if (text.length > MAX_QUERY_CHARS) return plainMessage(SLACK.tooLong(MAX_QUERY_CHARS));
  const wait = deps.rateLimiter.check(userId);
  if (wait !== null) return plainMessage(SLACK.slowDown(wait));
  if (!deps.answers()) return plainMessage(SLACK.notReady);
  return null;
}

/** `/digest` or `/digest since 2025-08-01`: a preview for the asker, with a button to post it to the channel. */
async function digestPreview(deps: ListenerDeps, text: string): Promise<SlackMessage> {
  const since = /^since\s+(\S+)$/i.exec(text)?.[1];
  if (text && (!since || !/^\d{4}-\d{2}-\d{2}$/.test(since)))
    return plainMessage(SLACK.badSince(since ?? text));
  const digest = await deps.digest(since ? { since } : {});
  if (!digest) return plainMessage(SLACK.notReady);
  const value = JSON.stringify({ since: digest.since, until: digest.until });
  const button = buttonBlock(SLACK.postDigestActionId, SLACK.postDigestLabel, value);
  return digestMessage(digest, digestMarker(digest.until), [button]);
}

async function answerCommand(
  deps: ListenerDeps,
  command: CommandName,
  text: string,
  userId: string,
  respond: RespondFn,
) {
  try {
    const refused = refusal(deps, command, text, userId);
    const tail = [shareButton(JSON.stringify({ c: command, q: text }))];
    const answered = () =>
      command === '/digest'
        ? digestPreview(deps, text)
        : answerFor(deps.answers() as Answers, command, text, tail);
    const message = refused ?? (await answered()) ?? plainMessage(SLACK.usage[command] ?? '');
    await respond({ response_type: 'ephemeral', text: message.text, blocks: message.blocks });
  } catch (err) {
    deps.logger.error(`${command} failed: ${(err as Error).message}`);
    await respond({ response_type: 'ephemeral', text: SLACK.failed }).catch(() => undefined);
  }
}

function registerCommands(app: App, deps: ListenerDeps): void {
  for (const name of COMMANDS) {
    app.command(name, async ({ command, ack, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
      await ack();
      await deps.inFlight.track(answerCommand(deps, name, command.text.trim(), command.user_id, respond));
    });
  }
}

const isUserId = (id: unknown): id is string => typeof id === 'string' && /^[UW][A-Z0-9]+$/.test(id);

/**
 * A button that posts a message in the channel for everyone: acknowledged at once, the message built from the
 * button's value and signed with who pressed it; a failure is logged and stops nothing else.
 */
function onPostButton(
  app: App,
  deps: ListenerDeps,
  actionId: string,
  what: string,
  build: (value: string, tail: Block[]) => Promise<SlackMessage | null> | SlackMessage | null,
): void {
  app.action(actionId, async ({ ack, body, action, respond }) => {
    await ack();
    const work = (async () => {
      const value = 'value' in action && typeof action.value === 'string' ? action.value : '{}';
      const tail = isUserId(body.user.id) ? [context(SLACK.sharedBy(body.user.id))] : [];
      const message = await build(value, tail);
      if (!message) return;
      await respond({
        response_type: 'in_channel',
        replace_original: false,
        text: message.text,
        blocks: message.blocks,
      });
    })();
    await deps.inFlight.track(
      work.catch((err) => deps.logger.error(`${what} failed: ${(err as Error).message}`)),
    );
  });
}

function registerPostDigest(app: App, deps: ListenerDeps): void {
  onPostButton(app, deps, SLACK.postDigestActionId, 'post digest', async (value, tail) => {
    const { since } = JSON.parse(value) as { since?: string };
    const digest = await deps.digest(since ? { since } : {});
    return digest ? digestMessage(digest, digestMarker(digest.until), tail) : null;
  });
}

function registerShare(app: App, deps: ListenerDeps): void {
  onPostButton(app, deps, SLACK.shareActionId, 'share', (value, tail) => {
    const { c, q } = JSON.parse(value) as { c?: CommandName; q?: string };
    const answers = deps.answers();
    if (!answers || !c || c === '/digest' || !COMMANDS.includes(c) || typeof q !== 'string') return null;
    return answerFor(answers, c, q, tail);
  });
}

/** "who said this?", "source?", or nothing at all: the mention asks about the thread's first message. */
const ABOUT_THE_THREAD = /^(?:who\s+said\s+(?:this|that|it)|who\s+said|source|sources|who|\?)?[\s?!.]*$/i;

/** The words to look up in a Slack message: its quoted part if it has one, without Slack's markup. */
function lookupText(slackText: string): string {
  const text = slackText
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  const quoted = /["“]([^"”]{8,})["”]/.exec(text)?.[1];
  return (quoted ?? text).replace(/\s+/g, ' ').trim();
}

async function parentText(client: WebClient, channel: string, threadTs: string): Promise<string | null> {
  const replies = await client.conversations.replies({ channel, ts: threadTs, limit: 1, inclusive: true });
  return replies.messages?.[0]?.text ?? null;
}

interface Mention {
  channel: string;
  ts: string;
  thread_ts?: string;
  text: string;
  user?: string;
  bot_id?: string;
}

async function mentionReply(deps: ListenerDeps, client: WebClient, event: Mention): Promise<SlackMessage> {
  const answers = deps.answers();
  if (!answers) return plainMessage(SLACK.notReady);
  const question = event.text.replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, '').trim();
  if (ABOUT_THE_THREAD.test(question)) {
    const parent = event.thread_ts ? await parentText(client, event.channel, event.thread_ts) : null;
    if (!parent) return plainMessage(SLACK.mentionNoQuestion);
    const r = await answers.whosaid(lookupText(parent).slice(0, MAX_QUERY_CHARS));
    return r.ok ? whoSaidMessage(r.answer) : plainMessage(SLACK.mentionNoQuestion);
  }
  if (question.length > MAX_QUERY_CHARS) return plainMessage(SLACK.tooLong(MAX_QUERY_CHARS));
  const r = await answers.ask(lookupText(question) || question);
  return r.ok ? askMessage(r.answer) : plainMessage(SLACK.mentionNoQuestion);
}

function registerMentions(app: App, deps: ListenerDeps): void {
  app.event('app_mention', async ({ event, body, client, context: ctx }) => {
    const mention = event as unknown as Mention;
    if (mention.bot_id || (ctx.botUserId && mention.user === ctx.botUserId)) return;
    if (typeof body.event_id === 'string' && !deps.deduper.firstTime(body.event_id)) return;
    const threadTs = mention.thread_ts ?? mention.ts;
    const wait = mention.user ? deps.rateLimiter.check(mention.user) : null;
    const work = (async () => {
      if (wait !== null && mention.user) {
        await client.chat.postEphemeral({
          channel: mention.channel,
          user: mention.user,
          thread_ts: threadTs,
          text: SLACK.slowDown(wait),
        });
        return;
      }
      const reply = await mentionReply(deps, client, mention);
      await client.chat.postMessage({
        channel: mention.channel,
        thread_ts: threadTs,
        text: reply.text,
        blocks: reply.blocks,
      });
    })();
    await deps.inFlight.track(
      work.catch((err) => deps.logger.error(`mention failed: ${(err as Error).message}`)),
    );
  });
}

export function homeBlocks(deps: Pick<ListenerDeps, 'config' | 'stats'>): Block[] {
  const stats = deps.stats();
  const { digestChannel, digestCron, digestTz } = deps.config;
  return [
    { type: 'header', text: { type: 'plain_text', text: SLACK.homeTitle } },
    section(SLACK.homeIntro),
    section(SLACK.homeHowTo),
    section(
      stats
        ? SLACK.homeStats(stats.articles, stats.passages, stats.quotes, escapeMrkdwn(stats.indexedAt))
        : SLACK.notReady,
    ),
    section(SLACK.homeDigest(digestChannel, escapeMrkdwn(digestCron), escapeMrkdwn(digestTz))),
  ];
}

function registerHome(app: App, deps: ListenerDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const work = client.views.publish({
      user_id: event.user,
      view: { type: 'home', blocks: homeBlocks(deps) as never },
    });
    await deps.inFlight.track(
      work.catch((err) => deps.logger.error(`app home failed: ${(err as Error).message}`)),
    );
  });
}

export function registerListeners(app: App, deps: ListenerDeps): void {
  registerCommands(app, deps);
  registerShare(app, deps);
  registerPostDigest(app, deps);
  registerMentions(app, deps);
  registerHome(app, deps);
  app.error(async (err) => {
    deps.logger.error(`slack: ${err.message}`);
  });
}
