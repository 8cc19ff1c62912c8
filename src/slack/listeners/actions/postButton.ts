/**
 * A button that posts a message in the channel for everyone: acknowledged at once, the message built from the
 * button's value and signed with who pressed it; a failure is logged and stops nothing else.
 */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { SLACK } from '../../../messages';
import { type Block, context } from '../../../render/slack/blocks';
import type { SlackMessage } from '../../../render/slack/renderAnswers';
import type { ListenerDeps } from '../deps';

export type BuildMessage = (value: string, tail: Block[]) => Promise<SlackMessage | null>;

const isUserId = (id: unknown): id is string => typeof id === 'string' && /^[UW][A-Z0-9]+$/.test(id);

export function postButton(
  deps: Pick<ListenerDeps, 'inFlight' | 'logger'>,
  what: string,
  build: BuildMessage,
) {
  return async ({
    ack,
    body,
    action,
    respond,
  }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();
    // Counted once acknowledged, just as its work is tracked: a waiter on `settled` then sees the work.
    deps.inFlight.received();
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
  };
}
