/**
 * `/digest daily`, `/digest daily on`, `/digest daily off`: whether this channel gets the daily digest (a
 * per-channel setting, shared by every instance with DATABASE_URL). Any other `/digest` text is the digest
 * preview, answered by the command's own listener.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { SETTINGS } from '../../../messages';
import { unescapeSlack } from '../../../render/slack/mrkdwn';
import {
  type ChannelSettingsStore,
  type DailyRequest,
  getsDailyDigest,
  parseDaily,
} from '../../../settings/channelSettings';
import type { ListenerDeps } from '../deps';
import { answerEphemerally } from './ephemeral';

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

async function answerDaily(
  store: ChannelSettingsStore,
  deps: ListenerDeps,
  request: DailyRequest,
  payload: Args['command'],
): Promise<string> {
  const { digestChannel, digestCron, digestTz } = deps.config;
  const channel = payload.channel_id;
  if (request.on === null) {
    const on = getsDailyDigest(channel, digestChannel ?? null, await store.get(channel));
    return SETTINGS.dailyIs(on, digestCron, digestTz);
  }
  const updatedAt = new Date().toISOString();
  await store.set({ channel, dailyDigest: request.on, updatedBy: payload.user_id, updatedAt });
  return request.on ? SETTINGS.dailyOn(digestCron, digestTz) : SETTINGS.dailyOff;
}

/** `/digest`'s listener: the daily setting when the text asks for it, else `preview` (the digest itself). */
export function withDailySetting(preview: (args: Args) => Promise<void>, deps: ListenerDeps) {
  const store = deps.channelSettings;
  if (!store) return preview;
  return async (args: Args) => {
    const request = parseDaily(unescapeSlack(args.command.text ?? ''));
    if (!request) return preview(args);
    const answer = async () => ({ text: await answerDaily(store, deps, request, args.command) });
    return answerEphemerally(deps, args, answer, SETTINGS.storeFailed);
  };
}
