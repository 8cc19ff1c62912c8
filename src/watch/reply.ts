/**
 * What `/watch` and `/unwatch` do, without Slack: read the text, change or list the channel's watches in the
 * store, and say what happened (the adapter renders it). `help` gives the usage.
 */
import type { WatchStore } from './store';
import {
  MAX_TOPIC_CHARS,
  MAX_WATCHES_PER_CHANNEL,
  newWatch,
  parseUnwatch,
  parseWatch,
  topicKey,
  type Watch,
  type WatchRequest,
} from './watches';

export type WatchReply =
  | { kind: 'list'; watches: Watch[] }
  | { kind: 'added' | 'exists' | 'removed' | 'not-watching' | 'no-words'; topic: string }
  | { kind: 'full' | 'usage' | 'too-long'; max: number }
  | { kind: 'remove-what' };

export interface WatchInput {
  /** Which command was typed. */
  command: 'watch' | 'unwatch';
  text: string;
  channel: string;
  user: string;
}

const isHelp = (text: string) => /^(help|-h|--help|\?)$/i.test(text.trim());

function refusal(request: WatchRequest): WatchReply | null {
  if (request.kind !== 'bad') return null;
  if (request.problem === 'too-long') return { kind: 'too-long', max: MAX_TOPIC_CHARS };
  if (request.problem === 'remove-what') return { kind: 'remove-what' };
  return { kind: 'no-words', topic: request.topic };
}

export async function answerWatch(
  store: WatchStore,
  input: WatchInput,
  now: Date = new Date(),
  max = MAX_WATCHES_PER_CHANNEL,
): Promise<WatchReply> {
  if (isHelp(input.text)) return { kind: 'usage', max };
  const request = input.command === 'unwatch' ? parseUnwatch(input.text) : parseWatch(input.text);
  const refused = refusal(request);
  if (refused) return refused;
  if (request.kind === 'list') return { kind: 'list', watches: await store.list(input.channel) };
  if (request.kind === 'remove') {
    const removed = await store.remove(input.channel, topicKey(request.topic));
    return removed
      ? { kind: 'removed', topic: removed.topic }
      : { kind: 'not-watching', topic: request.topic };
  }
  if (request.kind !== 'add') return { kind: 'usage', max };
  const outcome = await store.add(newWatch(input.channel, request.topic, input.user, now), max);
  return outcome === 'full' ? { kind: 'full', max } : { kind: outcome, topic: request.topic };
}
