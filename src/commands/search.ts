/** `search <words>`: the best-matching passages, verbatim and cited. Command line and console only. */
import type { SearchAnswer } from '../answers/search';
import { searchMessage } from '../render/slack/renderAnswers';
import { renderSearchText } from '../render/text/renderText';
import { defineCommand, parseWords } from './descriptor';

export const searchCommand = defineCommand<{ query: string; limit?: number | undefined }, SearchAnswer>({
  name: 'search',
  slash: null,
  help: {
    args: '<query>',
    summary: 'the best-matching passages, verbatim and cited',
    description: 'Passages that match, verbatim, with where we printed them.',
    examples: ['timeshare fraud'],
    options: '--limit N, default 5',
  },
  parse: (request) => {
    const words = parseWords(request);
    return words.ok ? { ok: true, input: { query: words.input, limit: request.limit } } : words;
  },
  answer: async (services, input) => services.answers.search(input.query, input.limit),
  renderText: renderSearchText,
  renderSlack: searchMessage,
});
