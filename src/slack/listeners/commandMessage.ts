/** A command's answer as a Slack message: usage for "help" or nothing, the refusal when it cannot answer. */
import { MAX_QUERY_CHARS } from '../../answers/query';
import type { AnyCommand } from '../../commands';
import { SLACK } from '../../messages';
import { type Block, buttonBlock, shareButton } from '../../render/slack/blocks';
import { feedbackBlock } from '../../render/slack/feedback';
import { plainMessage, type SlackMessage } from '../../render/slack/renderAnswers';
import { answeredRef } from '../feedbackRef';
import { slackUsage } from '../usage';
import { type ListenerDeps, notReadyText } from './deps';

/** What a Share button carries: the command and its words, so the shared answer is looked up again. */
export interface ShareValue {
  c: string;
  q: string;
}

/** What a "Why this answer?" button carries: the command and the words, looked up again when clicked. */
export interface WhyValue {
  c: string;
  q: string;
}

/**
 * Under an answer: 👍/👎 when the app keeps feedback, and "Why this answer?" (the digest, a report of its own,
 * has neither).
 */
export function feedbackTail(
  deps: Pick<ListenerDeps, 'feedback'>,
  command: AnyCommand,
  question: string,
  answer: unknown,
): Block[] {
  if (command.name === 'digest') return [];
  const why: WhyValue = { c: command.name, q: question.slice(0, MAX_WHY_QUESTION) };
  const whyButton = buttonBlock(SLACK.whyActionId, SLACK.whyLabel, JSON.stringify(why));
  return deps.feedback ? [feedbackBlock(answeredRef(command, question, answer)), whyButton] : [whyButton];
}

/** A button value is at most 2,000 characters: the words a "Why" button carries are cut well below. */
const MAX_WHY_QUESTION = 1500;

export const isHelp = (command: AnyCommand, text: string) => {
  if (/^help$/i.test(text)) return true;
  const parsed = command.parse({ text });
  return !parsed.ok && parsed.problem === 'empty';
};

/**
 * The answer to `text`; `tail` replaces the buttons the command would have (a shared answer has none). Words
 * that are not something to look up get the usage.
 */
export async function commandMessage(
  deps: Pick<ListenerDeps, 'services' | 'notReadyText' | 'feedback'>,
  command: AnyCommand,
  text: string,
  tail?: Block[],
): Promise<SlackMessage> {
  if (isHelp(command, text)) return plainMessage(slackUsage(command));
  const parsed = command.parse({ text });
  if (!parsed.ok) return plainMessage(parsed.problem === 'invalid' ? parsed.message : slackUsage(command));
  const services = deps.services();
  if (!services) return plainMessage(notReadyText(deps));
  const result = await command.answer(services, parsed.input);
  if (!result.ok) {
    if (result.problem === 'refused') return plainMessage(result.message);
    return plainMessage(result.problem === 'too-long' ? SLACK.tooLong(MAX_QUERY_CHARS) : slackUsage(command));
  }
  const share: ShareValue = { c: command.slash ?? command.name, q: text };
  const buttons = tail ?? command.slackButtons?.(result.answer) ?? [shareButton(JSON.stringify(share))];
  return command.renderSlack(result.answer, [
    ...buttons,
    ...feedbackTail(deps, command, text, result.answer),
  ]);
}
