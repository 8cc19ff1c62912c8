/**
 * A mention answers in its thread (a top-level mention starts one). A question-less mention in a thread ("who
 * said this?") answers who said the thread's first message. Slack's retries are answered once (the reply goes
 * through the delivery ledger, so a retry to another process or a lost response never doubles it); the bot's own
 * messages are ignored.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs, webApi } from '@slack/bolt';
import { MAX_QUERY_CHARS } from '../../../answers/query';
import { askCommand } from '../../../commands/ask';
import { parseFilters } from '../../../commands/filters';
import { whosaidCommand } from '../../../commands/whosaid';
import { deliverOnce } from '../../../delivery/deliver';
import { SLACK } from '../../../messages';
import { unescapeSlack } from '../../../render/slack/mrkdwn';
import { plainMessage, type SlackMessage } from '../../../render/slack/renderAnswers';
import { feedbackTail } from '../commandMessage';
import { firstDelivery, type ListenerDeps, notReadyText } from '../deps';

/** "who said this?", "source?", or nothing at all: the mention asks about the thread's first message. */
const ABOUT_THE_THREAD = /^(?:who\s+said\s+(?:this|that|it)|who\s+said|source|sources|who|\?)?[\s?!.]*$/i;

/** The words to look up in a Slack message: its quoted part if it has one, without Slack's markup. */
export function lookupText(slackText: string): string {
  const text = unescapeSlack(slackText.replace(/<[^>]*>/g, ' '));
  const quoted = /["“]([^"”]{8,})["”]/.exec(text)?.[1];
  return (quoted ?? text).replace(/\s+/g, ' ').trim();
}

async function parentText(
  client: webApi.WebClient,
  channel: string,
  threadTs: string,
): Promise<string | null> {
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

async function mentionReply(
  deps: ListenerDeps,
  client: webApi.WebClient,
  event: Mention,
): Promise<SlackMessage> {
  const services = deps.services();
  if (!services) return plainMessage(notReadyText(deps));
  const typed = event.text.replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, '').trim();
  if (typed.length > MAX_QUERY_CHARS) return plainMessage(SLACK.tooLong(MAX_QUERY_CHARS));
  const filters = parseFilters(typed);
  if (!filters.ok) return plainMessage(filters.message);
  const question = filters.text;
  if (ABOUT_THE_THREAD.test(question)) {
    const parent = event.thread_ts ? await parentText(client, event.channel, event.thread_ts) : null;
    if (!parent) return plainMessage(SLACK.mentionNoQuestion);
    const text = lookupText(parent).slice(0, MAX_QUERY_CHARS);
    const r = await whosaidCommand.answer(services, { text, filters });
    if (!r.ok) return plainMessage(SLACK.mentionNoQuestion);
    return whosaidCommand.renderSlack(r.answer, feedbackTail(deps, whosaidCommand, text, r.answer));
  }
  const text = lookupText(question) || question;
  const r = await askCommand.answer(services, { text, filters });
  if (!r.ok) return plainMessage(SLACK.mentionNoQuestion);
  return askCommand.renderSlack(r.answer, feedbackTail(deps, askCommand, typed, r.answer));
}

async function reply(deps: ListenerDeps, client: webApi.WebClient, mention: Mention, wait: number | null) {
  const threadTs = mention.thread_ts ?? mention.ts;
  if (wait !== null && mention.user) {
    await client.chat.postEphemeral({
      channel: mention.channel,
      user: mention.user,
      thread_ts: threadTs,
      text: SLACK.slowDown(wait),
    });
    return;
  }
  const message = await mentionReply(deps, client, mention);
  await deliverOnce({
    ...deps.delivery,
    logger: deps.logger,
    channel: mention.channel,
    key: `mention|${mention.channel}|${mention.ts}`,
    message: { text: message.text, blocks: message.blocks, threadTs },
  });
}

export function appMention(deps: ListenerDeps) {
  return async ({
    event,
    body,
    client,
    context,
  }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs) => {
    deps.inFlight.received();
    const mention = event as unknown as Mention;
    if (mention.bot_id || (context.botUserId && mention.user === context.botUserId)) return;
    // The event id check may ask a shared store (DATABASE_URL): it is part of the tracked work.
    const answer = async () => {
      if (!(await firstDelivery(deps, body))) return;
      const wait = mention.user ? await deps.rateLimiter.check(mention.user) : null;
      await reply(deps, client, mention, wait);
    };
    await deps.inFlight.track(
      answer().catch((err) => deps.logger.error(`mention failed: ${(err as Error).message}`)),
    );
  };
}
