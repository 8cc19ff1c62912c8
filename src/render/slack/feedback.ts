/**
 * Slack's native feedback buttons (a `context_actions` block with a `feedback_buttons` element) under an answer,
 * and the reasons offered after a 👎. Each button's value carries the answer it is about (Slack allows 2,000
 * characters: the question and the cited articles are cut to fit), so nothing is kept between the answer and the
 * click.
 */
import type { AnsweredRef, FeedbackReason, Vote } from '../../feedback/store';
import { FEEDBACK_REASONS } from '../../feedback/store';
import { SLACK } from '../../messages';
import type { Block } from './blocks';

/** What a feedback button's value carries. */
export interface FeedbackValue {
  a: string;
  c: string;
  q: string;
  k: string;
  ids: string[];
  v: string;
  f: Vote;
}

export const MAX_FEEDBACK_VALUE = 2000;
const MAX_QUESTION_IN_VALUE = 500;

export function feedbackValue(ref: AnsweredRef, vote: Vote): string {
  const base: FeedbackValue = {
    a: ref.answerId,
    c: ref.command,
    q: ref.question.slice(0, MAX_QUESTION_IN_VALUE),
    k: ref.kind,
    ids: [],
    v: ref.indexVersion,
    f: vote,
  };
  for (const id of ref.articleIds) {
    const next = { ...base, ids: [...base.ids, id] };
    if (JSON.stringify(next).length > MAX_FEEDBACK_VALUE) break;
    base.ids = next.ids;
  }
  return JSON.stringify(base);
}

export function parseFeedbackValue(value: string): FeedbackValue | null {
  try {
    const v = JSON.parse(value) as Partial<FeedbackValue>;
    const strings = [v.a, v.c, v.q, v.k, v.v].every((s) => typeof s === 'string');
    const ok = strings && Array.isArray(v.ids) && (v.f === 'up' || v.f === 'down');
    return ok ? (v as FeedbackValue) : null;
  } catch {
    return null;
  }
}

export function feedbackBlock(ref: AnsweredRef): Block {
  return {
    type: 'context_actions',
    elements: [
      {
        type: 'feedback_buttons',
        action_id: SLACK.feedbackActionId,
        positive_button: {
          text: { type: 'plain_text', text: SLACK.feedbackUp },
          accessibility_label: SLACK.feedbackUpLabel,
          value: feedbackValue(ref, 'up'),
        },
        negative_button: {
          text: { type: 'plain_text', text: SLACK.feedbackDown },
          accessibility_label: SLACK.feedbackDownLabel,
          value: feedbackValue(ref, 'down'),
        },
      },
    ],
  };
}

/** After a 👎: what was wrong, as buttons (optional: not answering keeps the vote). */
export function reasonBlocks(answerId: string): Block[] {
  const button = (reason: FeedbackReason) => ({
    type: 'button',
    action_id: `${SLACK.feedbackReasonPrefix}${reason}`,
    text: { type: 'plain_text', text: SLACK.feedbackReason[reason] },
    value: JSON.stringify({ a: answerId, r: reason }),
  });
  return [
    { type: 'section', text: { type: 'mrkdwn', text: SLACK.feedbackWhy } },
    { type: 'actions', elements: FEEDBACK_REASONS.map(button) },
  ];
}
