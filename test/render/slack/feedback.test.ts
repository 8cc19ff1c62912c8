import { askCommand } from '../../../src/commands/ask';
import { whosaidCommand } from '../../../src/commands/whosaid';
import { SLACK } from '../../../src/messages';
import {
  feedbackBlock,
  MAX_FEEDBACK_VALUE,
  parseFeedbackValue,
  reasonBlocks,
} from '../../../src/render/slack/feedback';
import { answeredRef, citedArticleIds, kindOf } from '../../../src/slack/feedbackRef';
import * as make from '../../support/answers';

describe('feedback buttons', () => {
  it('are Slack feedback_buttons in a context_actions block, each value naming the answer and the vote', () => {
    const ref = answeredRef(whosaidCommand, 'ferry until midnight', make.whoSaid());
    const block = feedbackBlock(ref) as unknown as {
      type: string;
      elements: {
        type: string;
        action_id: string;
        positive_button: { value: string };
        negative_button: { value: string };
      }[];
    };
    expect(block.type).toBe('context_actions');
    expect(block.elements[0]?.type).toBe('feedback_buttons');
    expect(block.elements[0]?.action_id).toBe(SLACK.feedbackActionId);
    const down = parseFeedbackValue(block.elements[0]?.negative_button.value ?? '');
    expect(down).toMatchObject({ a: ref.answerId, c: 'whosaid', q: 'ferry until midnight', f: 'down' });
    expect(down?.ids).toEqual(citedArticleIds(make.whoSaid()));
  });

  it("the same question on the same index is the same answer; the values stay within Slack's 2,000 characters", () => {
    const a = answeredRef(whosaidCommand, 'x', make.whoSaid());
    expect(answeredRef(whosaidCommand, 'x', make.whoSaid()).answerId).toBe(a.answerId);
    expect(answeredRef(whosaidCommand, 'y', make.whoSaid()).answerId).not.toBe(a.answerId);
    const many = {
      ...a,
      question: 'q'.repeat(3000),
      articleIds: Array.from({ length: 200 }, (_, i) => `article-${i}`),
    };
    const block = JSON.stringify(feedbackBlock(many));
    for (const m of block.matchAll(/"value":"((?:[^"\\]|\\.)*)"/g))
      expect(JSON.parse(`"${m[1]}"`).length).toBeLessThanOrEqual(MAX_FEEDBACK_VALUE);
  });

  it('knows /ask answers by the intent chosen, and offers four reasons after a 👎', () => {
    expect(kindOf(askCommand, make.askKinds().timeline)).toBe('ask:timeline');
    expect(kindOf(whosaidCommand, make.whoSaid())).toBe('whosaid');
    expect(JSON.stringify(reasonBlocks('a1'))).toContain(SLACK.feedbackReason['wrong-speaker'] as string);
  });
});
