/** `search <words>`: the best-matching passages, verbatim and cited. Command line and console only. */
import type { SearchAnswer } from '../answers/search';
import { searchMessage } from '../render/slack/renderAnswers';
import { renderSearchText } from '../render/text/renderText';
import { defineFilteredCommand } from './filtered';

export const searchCommand = defineFilteredCommand<SearchAnswer>({
  name: 'search',
  slash: null,
  help: {
    args: '<query> [since:D] [until:D] [outlet:X] [by:X]',
    summary: 'the best-matching passages, verbatim and cited',
    description: 'Passages that match, verbatim, with where we printed them.',
    examples: ['timeshare fraud', 'timeshare fraud since:2025-08-01'],
    options: '--limit N, default 5; --since, --until D; --outlet, --by NAME',
  },
  answer: async (answers, query, request) => answers.search(query, request.limit),
  renderText: renderSearchText,
  renderSlack: searchMessage,
});
