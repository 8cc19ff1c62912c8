/**
 * Block Kit building blocks and Slack's limits: at most 50 blocks, 3,000 characters in a section, about 12,000
 * characters in all. `fitBlocks` keeps what fits, in order, and says "and N more" for what it leaves out.
 */
import { SLACK } from '../../messages';
import { quoteLines, truncate } from './mrkdwn';

export type Block = { type: string; [key: string]: unknown };

export const MAX_BLOCKS = 50;
export const MAX_SECTION_CHARS = 3000;
export const MAX_TOTAL_CHARS = 12000;
export const MAX_FALLBACK_CHARS = 3000;

export const section = (mrkdwn: string): Block => ({
  type: 'section',
  text: { type: 'mrkdwn', text: truncate(mrkdwn, MAX_SECTION_CHARS) },
});

export const context = (mrkdwn: string): Block => ({
  type: 'context',
  elements: [{ type: 'mrkdwn', text: truncate(mrkdwn, MAX_SECTION_CHARS) }],
});

export const divider = (): Block => ({ type: 'divider' });

/**
 * Verbatim words as Slack's rich-text quote (plain text, not parsed as mrkdwn). Words with `<` or `>` in them are
 * drawn as an escaped mrkdwn quote instead: no article text may ever carry Slack's `<!channel>`, `<@U…>` or link
 * syntax into a message, whatever the block type. Cut to the section limit like any block.
 */
export const quoteBlock = (text: string): Block =>
  /[<>]/.test(text)
    ? section(quoteLines(text))
    : {
        type: 'rich_text',
        elements: [
          { type: 'rich_text_quote', elements: [{ type: 'text', text: truncate(text, MAX_SECTION_CHARS) }] },
        ],
      };

/** One button in an actions block; Slack sends `value` back with the action. */
export function buttonBlock(actionId: string, label: string, value: string): Block {
  return {
    type: 'actions',
    elements: [{ type: 'button', action_id: actionId, text: { type: 'plain_text', text: label }, value }],
  };
}

export const shareButton = (value: string): Block =>
  buttonBlock(SLACK.shareActionId, SLACK.shareLabel, value);

const sizeOf = (blocks: Block[]) => JSON.stringify(blocks).length;

/**
 * The head blocks, then as many item groups as fit, then "and N more" when some are left out, then the tail
 * (a share button, a "shared by" note).
 */
export function fitBlocks(head: Block[], items: Block[][], tail: Block[] = []): Block[] {
  const out = [...head];
  const reserved = tail.length + 1;
  let kept = 0;
  for (const item of items) {
    const blocksLeft = MAX_BLOCKS - reserved - out.length;
    if (item.length > blocksLeft || sizeOf([...out, ...item, ...tail]) > MAX_TOTAL_CHARS - 200) break;
    out.push(...item);
    kept++;
  }
  if (kept < items.length) out.push(context(SLACK.andMore(items.length - kept)));
  return [...out, ...tail];
}
