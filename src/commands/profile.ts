/** `/profile <name>`: what the archive says about a person — their roles, quotes and articles, each cited. */
import type { ProfileAnswer } from '../answers/profile';
import { profileMessage } from '../render/slack/renderAnswers';
import { renderProfileText } from '../render/text/renderAsk';
import { defineCommand, parseWords } from './descriptor';

export const profileCommand = defineCommand<string, ProfileAnswer>({
  name: 'profile',
  slash: '/profile',
  help: {
    args: '<name>',
    summary: 'what the archive says about a person: roles, quotes and articles, each cited',
    description: 'What the archive says about a person, each line cited.',
    examples: ['Geoffrey Corn'],
  },
  parse: parseWords,
  answer: async (services, name) => services.answers.profile(name),
  renderText: renderProfileText,
  renderSlack: profileMessage,
});
