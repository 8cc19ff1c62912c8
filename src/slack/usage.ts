/** How a command is explained in Slack: its description and examples as typed. */
import { type AnyCommand, exampleOf } from '../commands';
import { SLACK, WATCH } from '../messages';

export function slackUsage(command: AnyCommand): string {
  const examples = command.help.examples.map((e) => `\`${exampleOf(command, '/', e)}\``);
  return SLACK.usageLine(command.help.description, examples);
}

/** App Home's "what you can ask": the ways in, with questions as examples (from the ask command's help). */
export function slackWhatYouCanAsk(commands: readonly AnyCommand[]): string {
  const ask = commands.find((c) => c.name === 'ask');
  const examples = (ask?.help.examples ?? []).filter((e) => e !== '').map((e) => `• _${e}_`);
  return [SLACK.homeAskHead, ...examples, SLACK.homeAskFilters, SLACK.homeAskShortcut].join('\n');
}

/** "• `/whosaid <quote>`: who said …" for each slash command. */
export function slackHowTo(commands: readonly AnyCommand[]): string {
  const lines = commands
    .filter((c) => c.slash !== null)
    .map((c) => SLACK.howToLine(`${c.slash} ${c.help.args}`, c.help.summary));
  const watch = SLACK.howToLine(`${WATCH.slash} <topic>`, WATCH.howTo);
  return [...lines, watch, SLACK.howToMention].join('\n');
}
