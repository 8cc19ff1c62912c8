/**
 * A button that posts a message in the channel for everyone: acknowledged at once, the message built from the
 * button's value and signed with who pressed it; a failure is logged and stops nothing else. Each answer is
 * posted once (a second click, by anyone, is told it was), and a person's clicks count against their rate limit.
 */
import { createHash } from 'node:crypto';
import type { AllMiddlewareArgs, BlockAction, RespondFn, SlackActionMiddlewareArgs } from '@slack/bolt';
import { SLACK } from '../../../messages';
import { type Block, context } from '../../../render/slack/blocks';
import type { SlackMessage } from '../../../render/slack/renderAnswers';
import type { ListenerDeps } from '../deps';
import { actionValue } from './actionValue';

export type BuildMessage = (value: string, tail: Block[]) => Promise<SlackMessage | null>;

const isUserId = (id: unknown): id is string => typeof id === 'string' && /^[UW][A-Z0-9]+$/.test(id);

/** One post per answer: the channel, the message the button is on, and what it posts. */
function postKey(what: string, body: BlockAction, value: string): string {
  const where = `${body.channel?.id ?? body.user.id}|${body.container?.message_ts ?? ''}`;
  return `${what}|${where}|${createHash('sha256').update(value).digest('hex').slice(0, 16)}`;
}

type Deps = Pick<ListenerDeps, 'inFlight' | 'logger' | 'delivery' | 'rateLimiter'>;

async function postOnce(
  deps: Deps,
  what: string,
  build: BuildMessage,
  body: BlockAction,
  value: string,
  respond: RespondFn,
) {
  const wait = await deps.rateLimiter.check(body.user.id);
  if (wait !== null)
    return void (await respond({
      response_type: 'ephemeral',
      replace_original: false,
      text: SLACK.slowDown(wait),
    }));
  const key = postKey(what, body, value);
  const claim = await deps.delivery.ledger.claim(key);
  if (!claim.ok)
    return void (await respond({
      response_type: 'ephemeral',
      replace_original: false,
      text: SLACK.alreadyPosted,
    }));
  const tail = isUserId(body.user.id) ? [context(SLACK.sharedBy(body.user.id))] : [];
  try {
    const message = await build(value, tail);
    if (!message) return void (await deps.delivery.ledger.release(key));
    await respond({
      response_type: 'in_channel',
      replace_original: false,
      text: message.text,
      blocks: message.blocks,
    });
    await deps.delivery.ledger.markPosted(key, null);
  } catch (err) {
    await deps.delivery.ledger.release(key).catch(() => undefined);
    throw err;
  }
}

export function postButton(deps: Deps, what: string, build: BuildMessage) {
  return async ({
    ack,
    body,
    action,
    respond,
  }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();
    // Counted once acknowledged, just as its work is tracked: a waiter on `settled` then sees the work.
    deps.inFlight.received();
    const value = actionValue(action, '{}');
    const work = postOnce(deps, what, build, body, value, respond);
    await deps.inFlight.track(
      work.catch((err) => deps.logger.error(`${what} failed: ${(err as Error).message}`)),
    );
  };
}
