/** The events newsdesk subscribes to (manifest.yml's bot_events). */
import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps';
import { appHomeOpened } from './appHomeOpened';
import { appMention } from './appMention';
import { directMessage } from './directMessage';

export function register(app: App, deps: ListenerDeps): void {
  app.event('app_mention', appMention(deps));
  app.event('app_home_opened', appHomeOpened(deps));
  app.event('message', directMessage(deps));
}
