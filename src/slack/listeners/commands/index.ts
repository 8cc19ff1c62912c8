/** One listener per slash command in the command list. */
import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps';
import { withDailySetting } from './digestDaily';
import { slashCommand } from './slashCommand';
import { registerWatch } from './watch';

export function register(app: App, deps: ListenerDeps): void {
  for (const command of deps.commands) {
    if (command.slash === null) continue;
    const listener = slashCommand(command, deps);
    app.command(command.slash, command.name === 'digest' ? withDailySetting(listener, deps) : listener);
  }
  registerWatch(app, deps);
}
