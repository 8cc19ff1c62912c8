"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.shareButton = exports.divider = exports.context = exports.section = exports.MAX_FALLBACK_CHARS = exports.MAX_TOTAL_CHARS = exports.MAX_SECTION_CHARS = exports.MAX_BLOCKS = void 0;
exports.buttonBlock = buttonBlock;
exports.fitBlocks = fitBlocks;
/**
 * Block Kit building blocks and Slack's limits: at most 50 blocks, 3,000 characters in a section, about 12,000
 * characters in all. `fitBlocks` keeps what fits, in order, and says "and N more" for what it leaves out.
 */
const messages_1 = require("../messages");
const mrkdwn_1 = require("./mrkdwn");
exports.MAX_BLOCKS = 50;
exports.MAX_SECTION_CHARS = 3000;
exports.MAX_TOTAL_CHARS = 12000;
exports.MAX_FALLBACK_CHARS = 3000;
const section = (mrkdwn) => ({
    type: 'section',
    text: { type: 'mrkdwn', text: (0, mrkdwn_1.truncate)(mrkdwn, exports.MAX_SECTION_CHARS) },
});
exports.section = section;
const context = (mrkdwn) => ({
    type: 'context',
    elements: [{ type: 'mrkdwn', text: (0, mrkdwn_1.truncate)(mrkdwn, exports.MAX_SECTION_CHARS) }],
});
exports.context = context;
const divider = () => ({ type: 'divider' });
exports.divider = divider;
/** One button in an actions block; Slack sends `value` back with the action. */
function buttonBlock(actionId, label, value) {
    return {
        type: 'actions',
        elements: [{ type: 'button', action_id: actionId, text: { type: 'plain_text', text: label }, value }],
    };
}
const shareButton = (value) => buttonBlock(messages_1.SLACK.shareActionId, messages_1.SLACK.shareLabel, value);
exports.shareButton = shareButton;
const sizeOf = (blocks) => JSON.stringify(blocks).length;
/**
 * The head blocks, then as many item groups as fit, then "and N more" when some are left out, then the tail
 * (a share button, a "shared by" note).
 */
function fitBlocks(head, items, tail = []) {
    const out = [...head];
    const reserved = tail.length + 1;
    let kept = 0;
    for (const item of items) {
        const blocksLeft = exports.MAX_BLOCKS - reserved - out.length;
        if (item.length > blocksLeft || sizeOf([...out, ...item, ...tail]) > exports.MAX_TOTAL_CHARS - 200)
            break;
        out.push(...item);
        kept++;
    }
    if (kept < items.length)
        out.push((0, exports.context)(messages_1.SLACK.andMore(items.length - kept)));
    return [...out, ...tail];
}
//# sourceMappingURL=blocks.js.map