/** Posting the digest through the Web API: chat.postMessage, and conversations.history to find one already posted. */
import type { WebClient } from '@slack/web-api';
import type { DigestMessage, DigestPoster } from '../digest/publish';

export function webClientPoster(client: WebClient): DigestPoster {
  return {
    async post(channel: string, message: DigestMessage) {
      const result = await client.chat.postMessage({
        channel,
        text: message.text,
        blocks: message.blocks as never,
      });
      return result.ts ?? null;
    },
    async findPosted(channel: string, marker: string, sinceIso: string) {
      const oldest = String(Math.floor(new Date(sinceIso).getTime() / 1000));
      const history = await client.conversations.history({ channel, oldest, limit: 100 });
      return history.messages?.find((m) => m.text?.includes(marker))?.ts ?? null;
    },
  };
}
