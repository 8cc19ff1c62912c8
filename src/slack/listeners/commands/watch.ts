/**
 * `/watch` and `/unwatch`: a channel's watches, changed or listed at once (no archive needed), the reply visible
 * to the person who typed it. The alerts themselves are posted after indexing (`watch/alerts.ts`).
 */
import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { WATCH } from '../../../messages';
import { unescapeSlack } from '../../../render/slack/mrkdwn';
import { watchReplyMessage } from '../../../render/slack/renderWatch';
import { answerWatch } from '../../../watch/reply';
import type { WatchStore } from '../../../watch/store';
import type { ListenerDeps } from '../deps';
import { answerEphemerally } from './ephemeral';

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

function watchListener(command: 'watch' | 'unwatch', store: WatchStore, deps: ListenerDeps) {
  return (args: Args) => {
    const payload = args.command;
    const answer = async () => {
      const text = unescapeSlack(payload.text ?? '').trim();
      const input = { command, text, channel: payload.channel_id, user: payload.user_id };
      return watchReplyMessage(await answerWatch(store, input));
    };
    return answerEphemerally(deps, args, answer, WATCH.storeFailed);
  };
}

export function registerWatch(app: App, deps: ListenerDeps): void {
  const store = deps.watches;
  if (!store) return;
  app.command(WATCH.slash, watchListener('watch', store, deps));
  app.command(WATCH.unwatchSlash, watchListener('unwatch', store, deps));
}
