/** Posting the digest through the Web API: chat.postMessage, and conversations.history to find one already posted. */
import { webApi } from '@slack/bolt';
import type { DigestPoster } from '../digest/publish';
import type { Logger } from '../logger';
import { boltLogger } from './boltLogger';
import { API_RETRY, API_TIMEOUT_MS } from './createApp';

export function webClientPoster(client: webApi.WebClient): DigestPoster {
  return {
    async post(channel, message) {
      const result = await client.chat.postMessage({
        channel,
        text: message.text,
        blocks: message.blocks as never,
      });
      return result.ts ?? null;
    },
    async findPosted(channel, marker, sinceIso) {
      const oldest = String(Math.floor(new Date(sinceIso).getTime() / 1000));
      const history = await client.conversations.history({ channel, oldest, limit: 100 });
      return history.messages?.find((m) => m.text?.includes(marker))?.ts ?? null;
    },
  };
}

/** A poster with its own Web API client, for posting without running the app (`digest --post`). */
export function tokenPoster(token: string, slackApiUrl: string, logger: Logger): DigestPoster {
  const client = new webApi.WebClient(token, {
    logger: boltLogger(logger),
    slackApiUrl,
    retryConfig: API_RETRY,
    timeout: API_TIMEOUT_MS,
  });
  return webClientPoster(client);
}
