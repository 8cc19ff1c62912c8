/** An in-memory channel that speaks the delivery port, for unit tests: messages with their keys, and faults. */
import type { ChannelPoster, OutgoingMessage } from '../../src/delivery/deliver';

export interface FakeChannel {
  poster: ChannelPoster;
  /** Every message that reached the channel. */
  messages: Array<{ channel: string; key: string; text: string; ts: string; threadTs?: string }>;
  /** The next post lands in the channel but its response is lost (the call throws). */
  loseNextResponse: () => void;
  /** The next post fails before it lands. */
  failNext: (error?: Error) => void;
  /** A message already in the channel (posted by another process, or before a crash). */
  seed: (channel: string, key: string, text: string) => void;
}

export function fakeChannel(): FakeChannel {
  const messages: FakeChannel['messages'] = [];
  const faults: Array<'lose' | Error> = [];
  let n = 0;
  const land = (channel: string, key: string, message: Pick<OutgoingMessage, 'text' | 'threadTs'>) => {
    const ts = `1755244800.${String(++n).padStart(6, '0')}`;
    messages.push({
      channel,
      key,
      text: message.text,
      ts,
      ...(message.threadTs && { threadTs: message.threadTs }),
    });
    return ts;
  };
  return {
    messages,
    loseNextResponse: () => void faults.push('lose'),
    failNext: (error = new Error('An API error occurred: internal_error')) => void faults.push(error),
    seed: (channel, key, text) => void land(channel, key, { text }),
    poster: {
      post: async (channel, message, key) => {
        const fault = faults.shift();
        if (fault instanceof Error) throw fault;
        const ts = land(channel, key, message);
        if (fault === 'lose') throw new Error('socket hang up');
        return ts;
      },
      findByKey: async (channel, key, _since, threadTs) =>
        messages.find((m) => m.channel === channel && m.key === key && m.threadTs === threadTs)?.ts ?? null,
    },
  };
}
