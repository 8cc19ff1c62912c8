/** `/whosaid <quote>`: who said a quote (whole, partial or misremembered), and every article that carries it. */
import type { WhoSaidAnswer } from '../answers/whosaid';
import { whoSaidMessage } from '../render/slack/renderAnswers';
import { renderWhoSaidText } from '../render/text/renderQuotes';
import { defineCommand, parseWords } from './descriptor';

export const whosaidCommand = defineCommand<string, WhoSaidAnswer>({
  name: 'whosaid',
  slash: '/whosaid',
  help: {
    args: '<quote>',
    summary: 'who said a quote (whole, partial or misremembered), and every article that carries it',
    description: 'Who said a quote, and every article that carries it.',
    examples: ['really easy to get the United States into a war', 'could happen'],
  },
  parse: parseWords,
  answer: async (services, quote) => services.answers.whosaid(quote),
  renderText: renderWhoSaidText,
  renderSlack: whoSaidMessage,
});
