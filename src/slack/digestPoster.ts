/**
 * Posting for everyone through the Web API, as delivery needs it (`delivery/deliver.ts`): chat.postMessage with
 * the delivery key in the message's metadata and no automatic retry (a retry of a post whose response was lost
 * would post twice: delivery looks in the channel first), and a search of the channel (or the thread) for a
 * message carrying a key.
 */
import { webApi } from '@slack/bolt';
import type { ChannelPoster } from '../delivery/deliver';
import type { Logger } from '../logger';
import { API_TIMEOUT_MS } from './apiOptions';
import { boltLogger } from './boltLogger';

/** The metadata event type newsdesk's posts carry. */
export const POST_EVENT_TYPE = 'newsdesk_post';

interface SlackMessageWithMetadata {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

const carries = (key: string) => (m: SlackMessageWithMetadata) =>
  m.metadata?.event_type === POST_EVENT_TYPE && m.metadata.event_payload?.key === key;

export function webClientPoster(client: webApi.WebClient): ChannelPoster {
  return {
    async post(channel, message, key) {
      const result = await client.chat.postMessage({
        channel,
        text: message.text,
        blocks: message.blocks as never,
        ...(message.threadTs && { thread_ts: message.threadTs }),
        metadata: { event_type: POST_EVENT_TYPE, event_payload: { key } },
      });
      return result.ts ?? null;
    },
    async findByKey(channel, key, sinceIso, threadTs) {
      const oldest = String(Math.floor(new Date(sinceIso).getTime() / 1000) - 1);
      const page = threadTs
        ? await client.conversations.replies({
            channel,
            ts: threadTs,
            oldest,
            include_all_metadata: true,
            limit: 200,
          })
        : await client.conversations.history({ channel, oldest, include_all_metadata: true, limit: 200 });
      const messages = (page.messages ?? []) as SlackMessageWithMetadata[];
      return messages.find(carries(key))?.ts ?? null;
    },
  };
}

/** A Web API client for posts: no automatic retry (delivery decides), a timeout per request. */
export function postingClient(token: string, slackApiUrl: string, logger: Logger): webApi.WebClient {
  return new webApi.WebClient(token, {
    logger: boltLogger(logger),
    slackApiUrl,
    retryConfig: { retries: 0 },
    timeout: API_TIMEOUT_MS,
    rejectRateLimitedCalls: true,
  });
}

/** A poster with its own Web API client, for posting without running the app (`digest --post`). */
export function tokenPoster(token: string, slackApiUrl: string, logger: Logger): ChannelPoster {
  return webClientPoster(postingClient(token, slackApiUrl, logger));
}
