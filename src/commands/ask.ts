/** `/ask <question>`: any question in plain English, routed to the answer that fits, every answer cited. */
import type { AskAnswer } from '../answers/ask';
import { askMessage } from '../render/slack/renderAnswers';
import { renderAskText } from '../render/text/renderAsk';
import { defineFilteredCommand } from './filtered';

export const askCommand = defineFilteredCommand<AskAnswer>({
  name: 'ask',
  slash: '/ask',
  help: {
    args: '<question> [since:D] [until:D] [outlet:X] [by:X]',
    summary: 'any question in plain English, routed to the answer that fits, every answer cited',
    description: 'Ask the archive anything in plain English.',
    examples: ['How much is the bounty on El Mencho?', 'Who is Geoffrey Corn?'],
  },
  answer: async (answers, question) => answers.ask(question),
  renderText: renderAskText,
  renderSlack: askMessage,
});
