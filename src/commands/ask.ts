/** `/ask <question>`: any question in plain English, routed to the answer that fits, every answer cited. */
import type { AskAnswer } from '../answers/ask';
import { askMessage } from '../render/slack/renderAnswers';
import { renderAskText } from '../render/text/renderAsk';
import { defineCommand, parseWords } from './descriptor';

export const askCommand = defineCommand<string, AskAnswer>({
  name: 'ask',
  slash: '/ask',
  help: {
    args: '<question>',
    summary: 'any question in plain English, routed to the answer that fits, every answer cited',
    description: 'Ask the archive anything in plain English.',
    examples: ['How much is the bounty on El Mencho?', 'Who is Geoffrey Corn?'],
  },
  parse: parseWords,
  answer: async (services, question) => services.answers.ask(question),
  renderText: renderAskText,
  renderSlack: askMessage,
});
