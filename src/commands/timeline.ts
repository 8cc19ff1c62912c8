/** `/timeline <topic>`: dated events about a topic, the most reported first, in date order, each cited; paged. */
import { timelineMessage } from '../render/slack/renderAnswers';
import { renderTimelineText } from '../render/text/renderDates';
import type { PagedTimeline } from '../render/timelinePages';
import { defineFilteredCommand } from './filtered';

export const timelineCommand = defineFilteredCommand<PagedTimeline>({
  name: 'timeline',
  slash: '/timeline',
  help: {
    args: '<topic> [since:D] [until:D] [outlet:X] [by:X]',
    summary: 'dated events about a topic, the most reported first, in date order, each cited',
    description: 'Dated events about a topic: the most reported first, in date order, each cited.',
    examples: ['tariff', 'tariff since:2025-08-01 outlet:"Rolling Stone"'],
    options: '--page N for the events after the first page',
  },
  answer: async (answers, topic, request) => {
    const result = await answers.timeline(topic);
    return result.ok ? { ok: true, answer: { ...result.answer, page: request.page ?? 0 } } : result;
  },
  renderText: renderTimelineText,
  renderSlack: timelineMessage,
});
