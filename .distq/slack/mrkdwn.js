"use strict";
/**
 * Making text safe for Slack's mrkdwn: `&`, `<` and `>` are escaped in every piece of article or user text, so
 * an article containing `<!channel>` or `<http://evil.example|click>` shows those characters and pings no one.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.escapeMrkdwn = escapeMrkdwn;
exports.link = link;
exports.truncate = truncate;
exports.quoteLines = quoteLines;
function escapeMrkdwn(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** A link only to an http(s) URL, with the characters that would break `<url|label>` percent-encoded. */
function link(url, label) {
    const safeLabel = escapeMrkdwn(label).replace(/\|/g, '¦');
    if (!url || !/^https?:\/\//i.test(url))
        return safeLabel;
    const safeUrl = url.replace(/[<>|\s]/g, (c) => encodeURIComponent(c));
    return `<${safeUrl}|${safeLabel}>`;
}
/** Cuts text to a length, marking the cut with an ellipsis. */
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
/** Escaped text as a mrkdwn block quote. */
function quoteLines(text) {
    return escapeMrkdwn(text)
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
}
//# sourceMappingURL=mrkdwn.js.map