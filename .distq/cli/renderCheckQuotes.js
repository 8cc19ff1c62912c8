"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderCheckQuotesText = renderCheckQuotesText;
const messages_1 = require("../messages");
const renderText_1 = require("./renderText");
function verdictLine(q) {
    const head = messages_1.MSG.checkVerdict[q.verdict] ?? q.verdict;
    return q.differences.length ? `${head} ${q.differences.map((w) => `'${w}'`).join(', ')}` : head;
}
function renderOne(q, i) {
    const lines = [`[${i + 1}] “${q.text}”`, `    ${verdictLine(q)}`];
    if (q.verdict !== 'not-found') {
        lines.push(`    ${messages_1.MSG.checkSpeaker(q.draftSpeaker, q.speaker, q.speakerMatches)}`);
        if (q.firstPrinted)
            lines.push(`    ${messages_1.MSG.checkFirst} ${(0, renderText_1.citationLine)(q.firstPrinted)}`);
    }
    return lines.join('\n');
}
function renderCheckQuotesText(answer) {
    if (answer.quotes.length === 0)
        return messages_1.MSG.checkNone;
    return answer.quotes.map(renderOne).join('\n\n');
}
//# sourceMappingURL=renderCheckQuotes.js.map