/**
 * A command answered at once to the person who typed it, from a store rather than the archive (`/watch`,
 * `/digest daily`): acknowledged, counted against the person's rate limit, answered ephemerally; a failure is
 * logged with the listener's own message and answered with SLACK.failed.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { SLACK } from '../../../messages';
import type { Block } from '../../../render/slack/blocks';
import type { ListenerDeps } from '../deps';

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

export interface EphemeralReply {
  text: string;
  blocks?: Block[];
}

export async function answerEphemerally(
  deps: ListenerDeps,
  { command, ack, respond }: Pick<Args, 'command' | 'ack' | 'respond'>,
  answer: () => Promise<EphemeralReply>,
  failed: (message: string) => string,
): Promise<void> {
  await ack();
  deps.inFlight.received();
  const work = async () => {
    try {
      const wait = await deps.rateLimiter.check(command.user_id);
      if (wait !== null) {
        await respond({ response_type: 'ephemeral', text: SLACK.slowDown(wait) });
        return;
      }
      await respond({ response_type: 'ephemeral', ...(await answer()) });
    } catch (err) {
      deps.logger.error(failed((err as Error).message));
      await respond({ response_type: 'ephemeral', text: SLACK.failed }).catch(() => undefined);
    }
  };
  await deps.inFlight.track(work());
}
