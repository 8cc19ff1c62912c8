"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderDigestText = renderDigestText;
const messages_1 = require("../messages");
const renderText_1 = require("./renderText");
function renderDigestText(d) {
    if (d.stories.length === 0)
        return messages_1.MSG.digestNothing(d.since, d.until);
    const lines = [messages_1.MSG.digestText(d.since, d.until, d.stories.length)];
    for (const story of d.stories) {
        lines.push('', `■ ${story.headline}`, `  ${story.summary}`);
        for (const q of story.quotes)
            lines.push(`  ${q.speaker}: ${q.quote}`);
        for (const c of story.articles)
            lines.push(`    ${(0, renderText_1.citationLine)(c)}`);
    }
    if (d.mostQuoted.length)
        lines.push('', messages_1.MSG.mostQuotedLine(d.mostQuoted.map((m) => `${m.speaker} (${m.count})`).join(', ')));
    return lines.join('\n');
}
//# sourceMappingURL=renderDigest.js.map