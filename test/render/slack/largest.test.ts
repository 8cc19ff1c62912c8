/** Every answer kind at its largest, under the fullest tail an answer gets, stays inside Slack's limits. */
import type { CheckQuotesAnswer } from '../../../src/answers/checkQuotes';
import { filtersBlocks } from '../../../src/commands/filtered';
import { whosaidCommand } from '../../../src/commands/whosaid';
import {
  buttonBlock,
  MAX_BLOCKS,
  MAX_SECTION_CHARS,
  MAX_TOTAL_CHARS,
  shareButton,
} from '../../../src/render/slack/blocks';
import { feedbackBlock } from '../../../src/render/slack/feedback';
import {
  checkQuotesMessage,
  profileMessage,
  type SlackMessage,
  timelineMessage,
  whoSaidMessage,
} from '../../../src/render/slack/renderAnswers';
import { whyMessage } from '../../../src/render/slack/why';
import { answeredRef } from '../../../src/slack/feedbackRef';
import * as make from '../../support/answers';

const filters = [
  { name: 'since' as const, typed: 'last week', value: '2025-03-03' },
  { name: 'outlet' as const, typed: 'The Riverton Ledger', value: 'The Riverton Ledger' },
];
const tail = [
  ...filtersBlocks(filters),
  shareButton('{"c":"/whosaid","q":"ferry"}'),
  feedbackBlock(answeredRef(whosaidCommand, 'ferry', make.whoSaid({}, 80))),
  buttonBlock('why_answer', 'Why this answer?', '{"c":"whosaid","q":"ferry"}'),
];

function withinLimits(m: SlackMessage) {
  expect(m.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
  expect(JSON.stringify(m.blocks).length).toBeLessThanOrEqual(MAX_TOTAL_CHARS);
  for (const b of m.blocks) {
    const text = (b as { text?: { text?: string } }).text?.text ?? '';
    expect(text.length).toBeLessThanOrEqual(MAX_SECTION_CHARS);
  }
  expect(m.text.length).toBeLessThanOrEqual(3000);
  expect(m.blocks.slice(-tail.length)).toEqual(tail);
}

const bigProfile = () => {
  const p = make.profile();
  return {
    ...p,
    roles: Array.from({ length: 40 }, (_, i) => ({
      role: `role ${i} `.repeat(20),
      citation: make.citation(i + 1),
    })),
    articles: Array.from({ length: 20 }, (_, i) => make.citation(i + 1)),
    quotes: Array.from({ length: 60 }, (_, i) => ({
      quote: `quote ${i} `.repeat(80),
      citation: make.citation(i + 1),
    })),
  };
};

const bigCheck = (): CheckQuotesAnswer => ({
  quotes: Array.from({ length: 60 }, (_, i) => ({
    text: `the ferry will run ${i} `.repeat(30),
    verdict: 'close' as const,
    differences: ['run'],
    draftSpeaker: 'Mara Voss',
    speaker: 'Ian Royce',
    speakerMatches: false,
    firstPrinted: make.citation(i + 1),
    citations: [make.citation(i + 1)],
  })),
});

describe('every answer kind at its largest, with filters, Share, feedback and "Why" under it', () => {
  it.each([
    ['who said, 80 attributions', () => whoSaidMessage(make.whoSaid({}, 80), tail)],
    [
      'timeline, 120 events of 25 reports',
      () => {
        const t = make.timeline(120);
        for (const e of t.events) e.citations = Array.from({ length: 25 }, (_, i) => make.citation(i + 1));
        return timelineMessage({ ...t, filters }, tail);
      },
    ],
    ['profile, 40 roles, 20 articles, 60 long quotes', () => profileMessage(bigProfile(), tail)],
    ['checkquotes, 60 long quotations', () => checkQuotesMessage(bigCheck(), tail)],
    [
      'why, 80 cited passages',
      () => {
        const m = whyMessage({
          command: 'whosaid',
          words: 'ferry '.repeat(150),
          filters,
          intent: 'whosaid',
          answer: make.whoSaid({}, 80),
          indexVersion: 'v',
        });
        return { ...m, blocks: [...m.blocks, ...tail] };
      },
    ],
  ])('%s', (_name, build) => withinLimits(build()));
});
