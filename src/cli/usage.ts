/** `newsdesk --help`: the commands of the command list, then the command line's own tools, then the options. */
import type { AnyCommand } from '../commands';
import { MSG } from '../messages';

export function cliUsage(commands: readonly AnyCommand[]): string {
  const lines = commands.map((c) =>
    MSG.usageLine(`${c.name} ${c.help.args}`, c.help.summary, c.help.options),
  );
  const tools = MSG.usageTools.map(([command, summary]) => MSG.usageLine(command, summary));
  return [MSG.usageHead, '', MSG.usageCommands, ...lines, ...tools, '', MSG.usageOptions].join('\n');
}
