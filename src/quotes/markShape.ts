/**
 * What a quotation mark's surroundings say about its side: text after and space before opens, text before and
 * space after closes, and a straight mark spaced off a quote and set against its attribution closes.
 */

/** Which side of a quote a mark is on, as far as its surroundings tell. */
export type MarkRole = 'open' | 'close' | 'either';

function isWordChar(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch);
}

/**
 * A straight mark spaced off the quote it closes and set against the attribution (`…next year, "said Peter Keane`,
 * `… all of the time. "he said`), as archives that re-spaced their punctuation print it: what follows is the
 * reporting verb and its speaker, so it closes. A quote may open with the verb itself (`his wife, Melania, "said
 * right from the beginning …"`): a bare verb closes only before a name or a determiner (after words such as "top"
 * or "former": `"said top criminal attorney Paula Canny`), and a pronoun and verb quoted whole (`the bonfire of
 * "he said", "she said"`) stay a quote.
 */
export const REPORTING_VERB =
  `said|says|added|adds|told|tells|asked|asks|wrote|writes|insisted|explained|continued|replied|
  claimed|warned|admitted|noted|declared|argued|stated|recalled|conceded|responded|announced|agreed|complained|
  confirmed|suggested`.replace(/\s+/g, '');
const CLOSES_BEFORE_ATTRIBUTION = new RegExp(
  `^(?:(?:he|she|they|it)\\s+(?:${REPORTING_VERB})\\b(?!["”])|(?:${REPORTING_VERB})\\s+(?:(?:top|senior|former|chief|leading|veteran|deputy|acting)\\s+(?:[\\p{Ll}-]+\\s+){0,3})?(?:\\p{Lu}|(?:the|a|an|his|her|their|its|one)\\s))`,
  'u',
);
/** The end of a quote's words before a mark spaced off them: punctuation, then a space or two. */
const AFTER_QUOTE_PUNCTUATION = /[,.?!…;:–—][ \t]{1,2}$/;

/** Whether a straight mark closes a quote before its attribution (see CLOSES_BEFORE_ATTRIBUTION). */
export const closesBeforeAttribution = (text: string, at: number): boolean =>
  AFTER_QUOTE_PUNCTUATION.test(text.slice(Math.max(0, at - 3), at)) &&
  CLOSES_BEFORE_ATTRIBUTION.test(text.slice(at + 1, at + 81));

/** A straight or doubled-apostrophe mark is opening when what follows is text and what precedes is not. */
export function roleOfAmbiguous(text: string, at: number, length: number): MarkRole {
  const before = text.charAt(at - 1);
  const after = text.charAt(at + length);
  const spaceBefore = before === '' || /[\s([{—–-]/.test(before);
  const spaceAfter = after === '' || /[\s.,;:!?)\]}—–-]/.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  if (isWordChar(before) && isWordChar(after)) return 'close';
  return 'either';
}
