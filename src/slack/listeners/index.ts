/** Every listener, registered from the command list, as in Slack's bolt-ts starter template. */
import type { App } from '@slack/bolt';
import * as actions from './actions';
import * as commands from './commands';
import type { ListenerDeps } from './deps';
import * as events from './events';
import * as shortcuts from './shortcuts';

export type { ListenerDeps } from './deps';

export function registerListeners(app: App, deps: ListenerDeps): void {
  commands.register(app, deps);
  actions.register(app, deps);
  events.register(app, deps);
  shortcuts.register(app, deps);
  app.error(async (err) => {
    deps.logger.error(`slack: ${err.message}`);
  });
}
