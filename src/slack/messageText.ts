/**
 * What to look up in a Slack message someone points at ("Who said this?"): each quotation in it, or, when it
 * quotes nothing, its longest sentence. Pure; Slack's markup (links, mentions, escapes) is taken out first.
 */
import { unescapeSlack } from '../render/slack/mrkdwn';

/** At most this many quotations of one message are looked up. */
export const MAX_MESSAGE_QUOTES = 3;
/** A quotation shorter than this many words is a scare quote or a title, not something someone said. */
export const MIN_QUOTE_WORDS = 3;

const QUOTATION = /“([^”]+)”|"([^"]+)"/g;

/** The message as a person reads it: links shown by their label, mentions and markup taken out. */
export function plainSlackText(slackText: string): string {
  const text = slackText.replace(/<[^>|]*\|([^>]*)>/g, '$1').replace(/<[^>]*>/g, ' ');
  return unescapeSlack(text).replace(/\s+/g, ' ').trim();
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** The quotations to look up, in the order written, or the longest sentence when there are none. */
export function quotesToLookUp(slackText: string): string[] {
  const text = plainSlackText(slackText);
  const quoted = [...text.matchAll(QUOTATION)]
    .map((m) => (m[1] ?? m[2] ?? '').replace(/[\s,.;:]+$/, '').trim())
    .filter((q) => words(q) >= MIN_QUOTE_WORDS);
  const unique = [...new Set(quoted)].slice(0, MAX_MESSAGE_QUOTES);
  if (unique.length) return unique;
  const sentences = text.split(/(?<=[.!?])\s+/).map((s) => s.trim());
  const longest = sentences.reduce((best, s) => (s.length > best.length ? s : best), '');
  return longest ? [longest] : [];
}
