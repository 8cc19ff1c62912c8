/**
 * Watches: a channel asks to be told when a newly indexed article names a topic (`/watch Wells Fargo`). What a
 * watch is, how the command's text is read, and the per-channel limit. Pure functions over plain data.
 */

import { topicPhraseMode } from '../answers/timelineTopic';
import { phraseOf } from '../text/phrase';

export interface Watch {
  channel: string;
  /** The topic as typed (its capitals say whether it is a name: see topicPhraseMode). */
  topic: string;
  /** The topic compared case-blind, spaces collapsed: one watch per key and channel. */
  key: string;
  /** ISO time the watch was made: articles first indexed before it never alert. */
  createdAt: string;
  /** The Slack user who made it. */
  createdBy: string;
}

/** A channel watches at most this many topics: each one is a search after every indexing run. */
export const MAX_WATCHES_PER_CHANNEL = 20;
/** A topic is a name or a short phrase, not a query. */
export const MAX_TOPIC_CHARS = 80;

export type WatchRequest =
  | { kind: 'list' }
  | { kind: 'add'; topic: string }
  | { kind: 'remove'; topic: string }
  | { kind: 'bad'; problem: 'too-long' | 'no-words' | 'remove-what'; topic: string };

/** The topic compared case-blind, spaces and hyphens between words alike. */
export const topicKey = (topic: string): string =>
  topic
    .trim()
    .toLowerCase()
    .replace(/[\s\-‐–]+/g, ' ');

/** A topic as stored: surrounding quotes and spaces dropped, inner spaces collapsed. */
export function cleanTopic(text: string): string {
  return text
    .trim()
    .replace(/^["“”'‘’]+|["“”'‘’]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function checked(topic: string, kind: 'add' | 'remove'): WatchRequest {
  if (topic.length > MAX_TOPIC_CHARS) return { kind: 'bad', problem: 'too-long', topic };
  if (phraseOf(topic, topicPhraseMode(topic)).words.length === 0)
    return { kind: 'bad', problem: kind === 'remove' && topic === '' ? 'remove-what' : 'no-words', topic };
  return { kind, topic };
}

/** `/watch` text: nothing or `list` lists, `stop <topic>` removes (as `/unwatch <topic>` does), else adds. */
export function parseWatch(text: string): WatchRequest {
  const trimmed = text.trim();
  if (trimmed === '' || /^list$/i.test(trimmed)) return { kind: 'list' };
  const stop = /^stop(?:\s+(.*))?$/is.exec(trimmed);
  if (stop) return parseUnwatch(stop[1] ?? '');
  return checked(cleanTopic(trimmed), 'add');
}

/** `/unwatch` text: the topic to stop watching. */
export function parseUnwatch(text: string): WatchRequest {
  return checked(cleanTopic(text), 'remove');
}

/** A new watch, made now. */
export function newWatch(channel: string, topic: string, user: string, now: Date): Watch {
  return { channel, topic, key: topicKey(topic), createdAt: now.toISOString(), createdBy: user };
}

/** The delivery key of one article's alert for one watch: at most one post per channel, topic and article. */
export const alertKey = (watch: Pick<Watch, 'channel' | 'key'>, articleId: string): string =>
  `watch:${watch.channel}:${watch.key}:${articleId}`;
