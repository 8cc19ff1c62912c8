/**
 * "Show more" under a timeline: the next page, looked up again from the words and page the button carries
 * (stateless: nothing is kept between clicks). An answer only its asker sees is replaced in place; under a
 * shared answer the page goes to the one who clicked, privately. The button under the days a timeline leaves out
 * ("List those weeks day by day") is the same: its words carry the weeks as `since:` and `until:`, its page is 1.
 */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { timelineCommand } from '../../../commands/timeline';
import { SLACK } from '../../../messages';
import { shareButton } from '../../../render/slack/blocks';
import type { MoreValue } from '../../../render/slack/renderAnswers';
import { plainMessage, type SlackMessage } from '../../../render/slack/renderAnswers';
import { feedbackTail, type ShareValue } from '../commandMessage';
import { type ListenerDeps, notReadyText } from '../deps';
import { actionValue } from './actionValue';

/** The page a "Show more" value asks for, or null when the value is not one. */
export function parseMoreValue(value: string): MoreValue | null {
  try {
    const { q, p } = JSON.parse(value) as Partial<MoreValue>;
    return typeof q === 'string' && Number.isInteger(p) && (p as number) >= 0 ? { q, p: p as number } : null;
  } catch {
    return null;
  }
}

export async function morePage(
  deps: Pick<ListenerDeps, 'services' | 'notReadyText' | 'feedback'>,
  value: MoreValue,
): Promise<SlackMessage> {
  const services = deps.services();
  if (!services) return plainMessage(notReadyText(deps));
  const parsed = timelineCommand.parse({ text: value.q, page: value.p });
  if (!parsed.ok) return plainMessage(parsed.problem === 'invalid' ? parsed.message : SLACK.failed);
  const result = await timelineCommand.answer(services, parsed.input);
  if (!result.ok) return plainMessage(SLACK.failed);
  const share: ShareValue = { c: timelineCommand.slash ?? timelineCommand.name, q: value.q };
  const feedback = feedbackTail(deps, timelineCommand, value.q, result.answer);
  return timelineCommand.renderSlack(result.answer, [shareButton(JSON.stringify(share)), ...feedback]);
}

export function timelineMore(deps: ListenerDeps) {
  return async ({
    ack,
    body,
    action,
    respond,
  }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();
    deps.inFlight.received();
    const work = (async () => {
      const value = parseMoreValue(actionValue(action, ''));
      if (!value) return;
      const message = await morePage(deps, value);
      const inPlace = body.container?.is_ephemeral === true;
      await respond({
        response_type: 'ephemeral',
        replace_original: inPlace,
        text: message.text,
        blocks: message.blocks,
      });
    })();
    await deps.inFlight.track(
      work.catch((err) => deps.logger.error(`show more failed: ${(err as Error).message}`)),
    );
  };
}
