/**
 * `/watch` and `/unwatch`: a channel's watches, changed or listed at once (no archive needed), the reply visible
 * to the person who typed it. The alerts themselves are posted after indexing (`watch/alerts.ts`).
 */
import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { SLACK, WATCH } from '../../../messages';
import { unescapeSlack } from '../../../render/slack/mrkdwn';
import { watchReplyMessage } from '../../../render/slack/renderWatch';
import { answerWatch } from '../../../watch/reply';
import type { WatchStore } from '../../../watch/store';
import type { ListenerDeps } from '../deps';

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

function watchListener(command: 'watch' | 'unwatch', store: WatchStore, deps: ListenerDeps) {
  return async ({ command: payload, ack, respond }: Args) => {
    await ack();
    deps.inFlight.received();
    const work = async () => {
      try {
        const wait = await deps.rateLimiter.check(payload.user_id);
        if (wait !== null) {
          await respond({ response_type: 'ephemeral', text: SLACK.slowDown(wait) });
          return;
        }
        const text = unescapeSlack(payload.text ?? '').trim();
        const input = { command, text, channel: payload.channel_id, user: payload.user_id };
        const message = watchReplyMessage(await answerWatch(store, input));
        await respond({ response_type: 'ephemeral', text: message.text, blocks: message.blocks });
      } catch (err) {
        deps.logger.error(WATCH.storeFailed((err as Error).message));
        await respond({ response_type: 'ephemeral', text: SLACK.failed }).catch(() => undefined);
      }
    };
    await deps.inFlight.track(work());
  };
}

export function registerWatch(app: App, deps: ListenerDeps): void {
  const store = deps.watches;
  if (!store) return;
  app.command(WATCH.slash, watchListener('watch', store, deps));
  app.command(WATCH.unwatchSlash, watchListener('unwatch', store, deps));
}
