/**
 * The message shortcut "Who said this?" (callback `who_said_this`, a `message_action` payload): each quotation in
 * the message looked up as /whosaid does, answered only to the person who asked (ephemeral, through the
 * payload's response_url), each answer with a Share button. Works in channels, threads and DMs alike.
 */
import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { MAX_QUERY_CHARS } from '../../../answers/query';
import { whosaidCommand } from '../../../commands/whosaid';
import { SLACK } from '../../../messages';
import { type Block, fitBlocks, shareButton } from '../../../render/slack/blocks';
import { plainMessage, type SlackMessage } from '../../../render/slack/renderAnswers';
import { quotesToLookUp } from '../../messageText';
import { feedbackTail, type ShareValue } from '../commandMessage';
import { type ListenerDeps, notReadyText } from '../deps';

export async function whoSaidThisMessage(
  deps: Pick<ListenerDeps, 'services' | 'notReadyText' | 'feedback'>,
  messageText: string,
): Promise<SlackMessage> {
  const services = deps.services();
  if (!services) return plainMessage(notReadyText(deps));
  const quotes = quotesToLookUp(messageText).map((q) => q.slice(0, MAX_QUERY_CHARS));
  if (quotes.length === 0) return plainMessage(SLACK.shortcutNothing);
  const items: Block[][] = [];
  const texts: string[] = [];
  for (const quote of quotes) {
    const parsed = whosaidCommand.parse({ text: quote });
    if (!parsed.ok) continue;
    const result = await whosaidCommand.answer(services, parsed.input);
    if (!result.ok) continue;
    const share: ShareValue = { c: whosaidCommand.slash ?? whosaidCommand.name, q: quote };
    const tail = [
      shareButton(JSON.stringify(share)),
      ...feedbackTail(deps, whosaidCommand, quote, result.answer),
    ];
    const message = whosaidCommand.renderSlack(result.answer, tail);
    items.push(message.blocks);
    texts.push(message.text);
  }
  if (items.length === 0) return plainMessage(SLACK.shortcutNothing);
  return { text: texts.join(' · ').slice(0, 3000), blocks: fitBlocks([], items) };
}

export function whoSaidThis(deps: ListenerDeps) {
  return async ({ shortcut, ack, respond }: SlackShortcutMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    deps.inFlight.received();
    const payload = shortcut as MessageShortcut;
    const work = (async () => {
      const wait = await deps.rateLimiter.check(payload.user.id);
      const message =
        wait === null
          ? await whoSaidThisMessage(deps, payload.message?.text ?? '')
          : plainMessage(SLACK.slowDown(wait));
      await respond({ response_type: 'ephemeral', text: message.text, blocks: message.blocks });
    })();
    await deps.inFlight.track(
      work.catch(async (err) => {
        deps.logger.error(`who said this failed: ${(err as Error).message}`);
        await respond({ response_type: 'ephemeral', text: SLACK.failed }).catch(() => undefined);
      }),
    );
  };
}
