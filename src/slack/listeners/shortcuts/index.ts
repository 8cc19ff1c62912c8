/** The shortcuts newsdesk declares (manifest.yml's features.shortcuts). */
import type { App } from '@slack/bolt';
import { SLACK } from '../../../messages';
import type { ListenerDeps } from '../deps';
import { whoSaidThis } from './whoSaidThis';

export function register(app: App, deps: ListenerDeps): void {
  app.shortcut({ callback_id: SLACK.whoSaidThisCallback, type: 'message_action' }, whoSaidThis(deps));
}
