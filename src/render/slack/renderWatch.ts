/**
 * Watches as Slack messages: the alert posted to a channel (the topic, the article, the paragraph that names the
 * topic quoted verbatim and cited like every answer) and the replies to `/watch` and `/unwatch`. Pure functions;
 * every piece of article and user text is escaped.
 */
import { WATCH } from '../../messages';
import type { WatchHit } from '../../watch/match';
import type { WatchReply } from '../../watch/reply';
import type { Watch } from '../../watch/watches';
import { readableDay } from '../readableDate';
import { context, MAX_FALLBACK_CHARS, quoteBlock, section } from './blocks';
import { escapeMrkdwn, link, truncate } from './mrkdwn';
import { citationLine, type SlackMessage } from './renderAnswers';

/** The alert: "New article on “topic”: <title>", the passage that names it, then its citation. */
export function watchAlertMessage(watch: Pick<Watch, 'topic'>, hit: WatchHit): SlackMessage {
  const c = hit.citation;
  const title = c.title ?? WATCH.untitled;
  const heading = WATCH.alertHeading(escapeMrkdwn(watch.topic), link(c.url, title));
  const fallback = WATCH.alertFallback(watch.topic, title, c.outlet ?? c.articleId);
  return {
    text: truncate(escapeMrkdwn(fallback), MAX_FALLBACK_CHARS),
    blocks: [section(heading), quoteBlock(c.passage), context(citationLine(c))],
  };
}

/** The channel's watches, oldest first. */
export function watchListText(watches: readonly Watch[]): string {
  if (watches.length === 0) return WATCH.none;
  const lines = watches.map((w) =>
    WATCH.listLine(escapeMrkdwn(w.topic), w.createdBy, readableDay(w.createdAt.slice(0, 10))),
  );
  return [WATCH.listHeading(watches.length), ...lines].join('\n');
}

/** What `/watch` and `/unwatch` answer, to the person who typed it. */
export function watchReplyText(reply: WatchReply): string {
  switch (reply.kind) {
    case 'list':
      return watchListText(reply.watches);
    case 'added':
      return WATCH.added(escapeMrkdwn(reply.topic));
    case 'exists':
      return WATCH.exists(escapeMrkdwn(reply.topic));
    case 'full':
      return WATCH.full(reply.max);
    case 'removed':
      return WATCH.removed(escapeMrkdwn(reply.topic));
    case 'not-watching':
      return WATCH.notWatching(escapeMrkdwn(reply.topic));
    case 'usage':
      return WATCH.usage(reply.max);
    case 'too-long':
      return WATCH.tooLong(reply.max);
    case 'no-words':
      return WATCH.noWords(escapeMrkdwn(reply.topic));
    case 'remove-what':
      return WATCH.removeWhat;
  }
}

export function watchReplyMessage(reply: WatchReply): SlackMessage {
  const text = watchReplyText(reply);
  return { text: truncate(text, MAX_FALLBACK_CHARS), blocks: [section(text)] };
}
