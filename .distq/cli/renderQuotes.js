"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderWhoSaidText = renderWhoSaidText;
exports.renderQuotesText = renderQuotesText;
const messages_1 = require("../messages");
const renderText_1 = require("./renderText");
function conflictLine(answer) {
    const parts = answer.attributions
        .filter((a) => a.speaker !== null)
        .map((a) => messages_1.MSG.conflictPart(a.citation.outlet ?? a.citation.articleId, a.speaker));
    return messages_1.MSG.conflict(parts);
}
function renderWhoSaidText(answer) {
    if (!answer.found) {
        const lines = [messages_1.MSG.notFoundQuote(answer.query)];
        if (answer.attributions.length)
            lines.push(messages_1.MSG.whoSaidUnattributed, ...answer.attributions.map((a) => `  ${a.quote}`));
        if (answer.suggestions.length)
            lines.push('', messages_1.MSG.closestPassages, '', (0, renderText_1.renderHits)(answer.suggestions));
        return lines.join('\n');
    }
    const lines = [
        ...matchLines(answer),
        messages_1.MSG.whoSaid(answer.speaker ?? '', answer.role),
        `  ${answer.attributions[0]?.quote ?? ''}`,
        '',
    ];
    answer.attributions.forEach((a, i) => {
        lines.push(`[${i + 1}] ${a.citation.passage}`, `    ${(0, renderText_1.citationLine)(a.citation)}`);
        if (a.speaker !== null)
            lines.push(`    ${a.speaker}${a.mention && a.mention !== a.speaker ? ` ${messages_1.MSG.asMention(a.mention)}` : ''}`);
    });
    if (answer.conflict)
        lines.push('', conflictLine(answer));
    if (answer.alsoUnnamed.length)
        lines.push('', messages_1.MSG.alsoUnnamed(answer.alsoUnnamed));
    return lines.join('\n');
}
/** The archive's words differ (said first, before any speaker) or are only close. */
function matchLines(answer) {
    if (answer.match?.kind === 'differs')
        return [messages_1.MSG.wordsDiffer(answer.match.differences)];
    if (answer.match?.kind === 'close')
        return [messages_1.MSG.wordsClose(answer.match.differences)];
    return [];
}
function renderQuotesText(report) {
    return report.articles
        .map((a) => {
        if (a.quotes.length === 0)
            return messages_1.MSG.noQuotes(a.articleId);
        const lines = a.quotes.map((q) => `  ${q.text}\n    — ${q.speaker ?? '(no speaker)'}${q.cue ? ` (${q.cue})` : ''}`);
        return [`${a.articleId}:`, ...lines].join('\n');
    })
        .join('\n\n');
}
//# sourceMappingURL=renderQuotes.js.map