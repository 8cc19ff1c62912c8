/**
 * 👍/👎 on an answer (Slack's `feedback_buttons`, action `answer_feedback`): the vote is stored once per person and
 * answer, the last click counting; after a 👎 the person is offered reasons, privately, and may ignore them.
 */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { isFeedbackReason } from '../../../feedback/store';
import { SLACK } from '../../../messages';
import { parseFeedbackValue, reasonBlocks } from '../../../render/slack/feedback';
import type { ListenerDeps } from '../deps';

type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

const buttonValue = (action: unknown) => {
  const v = (action as { value?: unknown }).value;
  return typeof v === 'string' ? v : '';
};

function tracked(deps: ListenerDeps, what: string, work: () => Promise<void>) {
  deps.inFlight.received();
  return deps.inFlight.track(
    work().catch((err) => deps.logger.error(`${what} failed: ${(err as Error).message}`)),
  );
}

export function answerFeedback(deps: ListenerDeps, now: () => Date = () => new Date()) {
  return async ({ ack, body, action, respond }: ActionArgs) => {
    await ack();
    await tracked(deps, 'feedback', async () => {
      const value = parseFeedbackValue(buttonValue(action));
      if (!value || !deps.feedback) return;
      await deps.feedback.record({
        answerId: value.a,
        command: value.c,
        question: value.q,
        kind: value.k,
        articleIds: value.ids,
        indexVersion: value.v,
        user: body.user.id,
        vote: value.f,
        reason: null,
        at: now().toISOString(),
      });
      if (value.f === 'down')
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: SLACK.feedbackWhy,
          blocks: reasonBlocks(value.a),
        });
    });
  };
}

export function feedbackReason(deps: ListenerDeps, now: () => Date = () => new Date()) {
  return async ({ ack, body, action, respond }: ActionArgs) => {
    await ack();
    await tracked(deps, 'feedback reason', async () => {
      const { a, r } = JSON.parse(buttonValue(action) || '{}') as { a?: unknown; r?: unknown };
      if (typeof a !== 'string' || !isFeedbackReason(r) || !deps.feedback) return;
      await deps.feedback.giveReason(a, body.user.id, r, now().toISOString());
      await respond({ response_type: 'ephemeral', replace_original: true, text: SLACK.feedbackThanks });
    });
  };
}
