/** One listener per slash command in the command list. */
import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps';
import { slashCommand } from './slashCommand';
import { registerWatch } from './watch';

export function register(app: App, deps: ListenerDeps): void {
  for (const command of deps.commands)
    if (command.slash !== null) app.command(command.slash, slashCommand(command, deps));
  registerWatch(app, deps);
}
