/** Every command newsdesk answers, in the order help lists them. Adding a command is adding its descriptor here. */
import { askCommand } from './ask';
import { checkquotesCommand } from './checkquotes';
import type { CommandDescriptor } from './descriptor';
import { digestCommand } from './digest';
import { profileCommand } from './profile';
import { searchCommand } from './search';
import { timelineCommand } from './timeline';
import { whosaidCommand } from './whosaid';

/** The descriptor as its adapters use it: input and answer are whatever its own parse and answer agree on. */
export type AnyCommand = CommandDescriptor<unknown, unknown>;

export const COMMANDS: readonly AnyCommand[] = [
  searchCommand,
  whosaidCommand,
  timelineCommand,
  askCommand,
  profileCommand,
  checkquotesCommand,
  digestCommand,
];

export const commandList = (): readonly AnyCommand[] => COMMANDS;

export function commandNamed(name: string): AnyCommand | undefined {
  const wanted = name.replace(/^\//, '').toLowerCase();
  return commandList().find((c) => c.name === wanted);
}

export function commandForSlash(slash: string): AnyCommand | undefined {
  return commandList().find((c) => c.slash === slash);
}

export const slashCommands = (): AnyCommand[] => commandList().filter((c) => c.slash !== null);

/** "`/timeline tariff`": an example of a command as typed. */
export function exampleOf(
  command: AnyCommand,
  prefix: string,
  example = command.help.examples[0] ?? '',
): string {
  return `${prefix}${command.name}${example ? ` ${example}` : ''}`;
}
