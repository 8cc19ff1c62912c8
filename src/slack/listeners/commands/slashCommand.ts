/**
 * A slash command: acknowledged at once, then answered through `respond`, visible to the asker only, with a
 * "Share in channel" button (the digest: "Post to channel"). Too long, too fast and not loaded yet are refused
 * politely; a failure is logged and the asker told.
 */
import type { AllMiddlewareArgs, RespondFn, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { MAX_QUERY_CHARS } from '../../../answers/query';
import type { AnyCommand } from '../../../commands';
import { SLACK } from '../../../messages';
import { unescapeSlack } from '../../../render/slack/mrkdwn';
import { plainMessage, type SlackMessage } from '../../../render/slack/renderAnswers';
import { slackUsage } from '../../usage';
import { commandMessage, isHelp } from '../commandMessage';
import type { ListenerDeps } from '../deps';

async function refusal(
  deps: ListenerDeps,
  command: AnyCommand,
  text: string,
  userId: string,
): Promise<SlackMessage | null> {
  if (isHelp(command, text)) return plainMessage(slackUsage(command));
  if (text.length > MAX_QUERY_CHARS) return plainMessage(SLACK.tooLong(MAX_QUERY_CHARS));
  const wait = await deps.rateLimiter.check(userId);
  return wait === null ? null : plainMessage(SLACK.slowDown(wait));
}

async function answer(
  deps: ListenerDeps,
  command: AnyCommand,
  text: string,
  userId: string,
  respond: RespondFn,
) {
  try {
    const message =
      (await refusal(deps, command, text, userId)) ?? (await commandMessage(deps, command, text));
    await respond({ response_type: 'ephemeral', text: message.text, blocks: message.blocks });
  } catch (err) {
    deps.logger.error(`${command.slash} failed: ${(err as Error).message}`);
    await respond({ response_type: 'ephemeral', text: SLACK.failed }).catch(() => undefined);
  }
}

export function slashCommand(command: AnyCommand, deps: ListenerDeps) {
  return async ({ command: payload, ack, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    // Counted once acknowledged, just as its answer is tracked: a waiter on `settled` then sees the answer.
    deps.inFlight.received();
    const text = unescapeSlack(payload.text).trim();
    await deps.inFlight.track(answer(deps, command, text, payload.user_id, respond));
  };
}
