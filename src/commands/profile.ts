/** `/profile <name>`: what the archive says about a person — their roles, quotes and articles, each cited. */
import type { ProfileAnswer } from '../answers/profile';
import { profileMessage } from '../render/slack/renderAnswers';
import { renderProfileText } from '../render/text/renderAsk';
import { defineFilteredCommand } from './filtered';

export const profileCommand = defineFilteredCommand<ProfileAnswer>({
  name: 'profile',
  slash: '/profile',
  help: {
    args: '<name> [since:D] [until:D] [outlet:X] [by:X]',
    summary: 'what the archive says about a person: roles, quotes and articles, each cited',
    description: 'What the archive says about a person, each line cited.',
    examples: ['Geoffrey Corn'],
  },
  answer: async (answers, name) => answers.profile(name),
  renderText: renderProfileText,
  renderSlack: profileMessage,
});
