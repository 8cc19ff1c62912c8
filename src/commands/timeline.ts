/** `/timeline <topic>`: dated events about a topic, oldest first, each cited. */
import type { TimelineAnswer } from '../answers/timeline';
import { timelineMessage } from '../render/slack/renderAnswers';
import { renderTimelineText } from '../render/text/renderDates';
import { defineCommand, parseWords } from './descriptor';

export const timelineCommand = defineCommand<string, TimelineAnswer>({
  name: 'timeline',
  slash: '/timeline',
  help: {
    args: '<topic>',
    summary: 'dated events about a topic, oldest first, each cited',
    description: 'Dated events about a topic, oldest first, each cited.',
    examples: ['tariff'],
  },
  parse: parseWords,
  answer: async (services, topic) => services.answers.timeline(topic),
  renderText: renderTimelineText,
  renderSlack: timelineMessage,
});
