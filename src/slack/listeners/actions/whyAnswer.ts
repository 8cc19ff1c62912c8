/** "Why this answer?": the answer looked up again from the words the button carries, explained privately. */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { AnyCommand } from '../../../commands';
import type { FilteredInput } from '../../../commands/filtered';
import { INDEX_VERSION } from '../../../indexing/version';
import { SLACK } from '../../../messages';
import { plainMessage, type SlackMessage } from '../../../render/slack/renderAnswers';
import { whyMessage } from '../../../render/slack/why';
import { kindOf } from '../../feedbackRef';
import type { WhyValue } from '../commandMessage';
import { type ListenerDeps, notReadyText } from '../deps';
import { actionValue } from './actionValue';

const isFiltered = (input: unknown): input is FilteredInput =>
  typeof input === 'object' && input !== null && 'filters' in input && 'text' in input;

export async function explain(
  deps: Pick<ListenerDeps, 'services' | 'notReadyText' | 'commands'>,
  value: Partial<WhyValue>,
): Promise<SlackMessage | null> {
  const command: AnyCommand | undefined = deps.commands.find((c) => c.name === value.c);
  if (!command || typeof value.q !== 'string') return null;
  const services = deps.services();
  if (!services) return plainMessage(notReadyText(deps));
  const parsed = command.parse({ text: value.q });
  if (!parsed.ok) return plainMessage(parsed.problem === 'invalid' ? parsed.message : SLACK.failed);
  const result = await command.answer(services, parsed.input);
  if (!result.ok) return plainMessage(SLACK.failed);
  const input = parsed.input;
  return whyMessage({
    command: command.name,
    words: isFiltered(input) ? input.text : value.q,
    filters: isFiltered(input) ? input.filters.applied : [],
    intent: kindOf(command, result.answer),
    answer: result.answer,
    indexVersion: INDEX_VERSION,
  });
}

export function whyAnswer(deps: ListenerDeps) {
  return async ({ ack, action, respond }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();
    deps.inFlight.received();
    const work = (async () => {
      const raw = actionValue(action, '{}');
      const message = await explain(deps, JSON.parse(raw) as Partial<WhyValue>);
      if (!message) return;
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: message.text,
        blocks: message.blocks,
      });
    })();
    await deps.inFlight.track(
      work.catch((err) => deps.logger.error(`why failed: ${(err as Error).message}`)),
    );
  };
}
