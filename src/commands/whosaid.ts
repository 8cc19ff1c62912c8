/** `/whosaid <quote>`: who said a quote (whole, partial or misremembered), and every article that carries it. */
import type { WhoSaidAnswer } from '../answers/whosaid';
import { whoSaidMessage } from '../render/slack/renderAnswers';
import { renderWhoSaidText } from '../render/text/renderQuotes';
import { defineFilteredCommand } from './filtered';

export const whosaidCommand = defineFilteredCommand<WhoSaidAnswer>({
  name: 'whosaid',
  slash: '/whosaid',
  help: {
    args: '<quote> [since:D] [until:D] [outlet:X] [by:X]',
    summary: 'who said a quote (whole, partial or misremembered), and every article that carries it',
    description: 'Who said a quote, and every article that carries it.',
    examples: ['really easy to get the United States into a war', 'could happen'],
  },
  answer: async (answers, quote) => answers.whosaid(quote),
  renderText: renderWhoSaidText,
  renderSlack: whoSaidMessage,
});
