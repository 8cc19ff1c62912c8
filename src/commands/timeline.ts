/** `/timeline <topic>`: dated events about a topic, oldest first, each cited. */
import type { TimelineAnswer } from '../answers/timeline';
import { timelineMessage } from '../render/slack/renderAnswers';
import { renderTimelineText } from '../render/text/renderDates';
import { defineFilteredCommand } from './filtered';

export const timelineCommand = defineFilteredCommand<TimelineAnswer>({
  name: 'timeline',
  slash: '/timeline',
  help: {
    args: '<topic> [since:D] [until:D] [outlet:X] [by:X]',
    summary: 'dated events about a topic, oldest first, each cited',
    description: 'Dated events about a topic, oldest first, each cited.',
    examples: ['tariff', 'tariff since:2025-08-01 outlet:"Rolling Stone"'],
  },
  answer: async (answers, topic) => answers.timeline(topic),
  renderText: renderTimelineText,
  renderSlack: timelineMessage,
});
