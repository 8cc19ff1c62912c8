/**
 * A question sent in newsdesk's Messages tab (a `message` event with `channel_type: im`, subscribed to as
 * `message.im`) is answered there, as /ask answers it, filters included. Other bots, the bot's own messages and
 * edits, joins and other subtypes are ignored; Slack's retries are answered once.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs, webApi } from '@slack/bolt';
import { MAX_QUERY_CHARS } from '../../../answers/query';
import { askCommand } from '../../../commands/ask';
import { SLACK } from '../../../messages';
import { unescapeSlack } from '../../../render/slack/mrkdwn';
import { plainMessage, type SlackMessage } from '../../../render/slack/renderAnswers';
import { slackUsage } from '../../usage';
import { feedbackTail } from '../commandMessage';
import { firstDelivery, type ListenerDeps, notReadyText } from '../deps';

export interface DirectMessage {
  channel: string;
  channel_type?: string;
  user?: string;
  text?: string;
  ts: string;
  subtype?: string;
  bot_id?: string;
  thread_ts?: string;
}

/** Whether newsdesk answers this message event: a person's new message in a DM with the bot. */
export function isQuestionToAnswer(event: DirectMessage, botUserId: string | undefined): boolean {
  if (event.channel_type !== 'im' || event.subtype !== undefined || event.bot_id) return false;
  return typeof event.user === 'string' && event.user !== botUserId && (event.text ?? '').trim() !== '';
}

export async function directAnswer(
  deps: Pick<ListenerDeps, 'services' | 'notReadyText' | 'feedback'>,
  slackText: string,
): Promise<SlackMessage> {
  const text = unescapeSlack(slackText).trim();
  if (text.length > MAX_QUERY_CHARS) return plainMessage(SLACK.tooLong(MAX_QUERY_CHARS));
  const parsed = askCommand.parse({ text });
  if (!parsed.ok) return plainMessage(parsed.problem === 'invalid' ? parsed.message : slackUsage(askCommand));
  const services = deps.services();
  if (!services) return plainMessage(notReadyText(deps));
  const result = await askCommand.answer(services, parsed.input);
  if (!result.ok)
    return plainMessage(
      result.problem === 'too-long' ? SLACK.tooLong(MAX_QUERY_CHARS) : slackUsage(askCommand),
    );
  return askCommand.renderSlack(result.answer, feedbackTail(deps, askCommand, text, result.answer));
}

async function reply(deps: ListenerDeps, client: webApi.WebClient, event: DirectMessage) {
  const wait = event.user ? await deps.rateLimiter.check(event.user) : null;
  const message =
    wait === null ? await directAnswer(deps, event.text ?? '') : plainMessage(SLACK.slowDown(wait));
  await client.chat.postMessage({
    channel: event.channel,
    ...(event.thread_ts && { thread_ts: event.thread_ts }),
    text: message.text,
    blocks: message.blocks,
  });
}

export function directMessage(deps: ListenerDeps) {
  return async ({
    event,
    body,
    client,
    context,
  }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs) => {
    deps.inFlight.received();
    const message = event as unknown as DirectMessage;
    if (!isQuestionToAnswer(message, context.botUserId)) return;
    // The event id check may ask a shared store (DATABASE_URL): it is part of the tracked work, as for mentions,
    // so a retry counted while the first delivery's check is under way cannot make the work look done.
    const answer = async () => {
      if (!(await firstDelivery(deps, body))) return;
      await reply(deps, client, message);
    };
    await deps.inFlight.track(
      answer().catch((err) => deps.logger.error(`direct message failed: ${(err as Error).message}`)),
    );
  };
}
