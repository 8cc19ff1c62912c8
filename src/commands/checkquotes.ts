/** `/checkquotes <draft>`: every quotation in a draft checked against the archive, with the same matching as who-said. */
import type { CheckQuotesAnswer } from '../answers/checkQuotes';
import { MSG } from '../messages';
import { checkQuotesMessage } from '../render/slack/renderAnswers';
import { renderCheckQuotesText } from '../render/text/renderCheckQuotes';
import { defineCommand, parseWords } from './descriptor';
import { flagsGiven } from './filters';

export const checkquotesCommand = defineCommand<string, CheckQuotesAnswer>({
  name: 'checkquotes',
  slash: '/checkquotes',
  help: {
    args: '<draft text>',
    summary:
      "a draft's quotations checked against the archive: found, close, differs or not found, and who said them",
    description: 'Checks every quotation in a draft against the archive, and who said it.',
    examples: ['“It is really easy to get the United States into a war,” Corn said.'],
    options: 'on the command line: a file, or - for standard input',
  },
  parse: (request) => {
    const refused = flagsGiven(request);
    return refused.length
      ? { ok: false, problem: 'invalid', message: MSG.filtersNotTaken('checkquotes', refused) }
      : parseWords(request);
  },
  answer: async (services, draft) => services.answers.checkquotes(draft),
  renderText: renderCheckQuotesText,
  renderSlack: checkQuotesMessage,
});
