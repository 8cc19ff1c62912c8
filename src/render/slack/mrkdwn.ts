/**
 * Making text safe for Slack's mrkdwn: `&`, `<` and `>` are escaped in every piece of article or user text, so
 * an article containing `<!channel>` or `<http://evil.example|click>` shows those characters and pings no one.
 */

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text as a person typed it from the text Slack sends, which has `&`, `<` and `>` escaped (`&` last). */
export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** A link only to an http(s) URL, with the characters that would break `<url|label>` percent-encoded. */
export function link(url: string | null, label: string): string {
  const safeLabel = escapeMrkdwn(label).replace(/\|/g, '¦');
  if (!url || !/^https?:\/\//i.test(url)) return safeLabel;
  const safeUrl = url.replace(/[<>|\s]/g, (c) => encodeURIComponent(c));
  return `<${safeUrl}|${safeLabel}>`;
}

/** Cuts text to a length, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Escaped text as a mrkdwn block quote. */
export function quoteLines(text: string): string {
  return escapeMrkdwn(text)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}
