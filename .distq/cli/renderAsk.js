"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.marked = marked;
exports.renderAskText = renderAskText;
const messages_1 = require("../messages");
const renderDates_1 = require("./renderDates");
const renderQuotes_1 = require("./renderQuotes");
const renderText_1 = require("./renderText");
/** The sentence with the answering words marked *like this*. */
function marked(s) {
    let out = '';
    let at = 0;
    for (const h of [...s.highlights].sort((a, b) => a.start - b.start)) {
        out += `${s.sentence.slice(at, h.start)}*${h.text}*`;
        at = h.end;
    }
    return out + s.sentence.slice(at);
}
function renderProfile(p) {
    const lines = [messages_1.MSG.profileHeading(p.name)];
    for (const r of p.roles)
        lines.push(`  ${r.role}`, `      ${(0, renderText_1.citationLine)(r.citation)}`);
    if (p.quotes.length)
        lines.push('', messages_1.MSG.profileQuotes);
    for (const q of p.quotes)
        lines.push(`  ${q.quote}`, `      ${(0, renderText_1.citationLine)(q.citation)}`);
    lines.push('', messages_1.MSG.profileArticles(p.articles.length));
    for (const c of p.articles)
        lines.push(`  ${(0, renderText_1.citationLine)(c)}`);
    return lines.join('\n');
}
function renderFound(a) {
    switch (a.intent) {
        case 'whosaid':
            return (0, renderQuotes_1.renderWhoSaidText)(a.answer);
        case 'timeline':
            return (0, renderDates_1.renderTimelineText)(a.answer);
        case 'profile':
            return renderProfile(a.answer);
        case 'search':
            return (0, renderText_1.renderSearchText)(a.answer);
        case 'factoid': {
            const { answer, supporting } = a.answer;
            if (!answer)
                return messages_1.MSG.cannotAnswer;
            const lines = [marked(answer), `    ${(0, renderText_1.citationLine)(answer.citation)}`];
            for (const s of supporting)
                lines.push('', messages_1.MSG.alsoPrinted, marked(s), `    ${(0, renderText_1.citationLine)(s.citation)}`);
            return lines.join('\n');
        }
    }
}
function renderAskText(a) {
    if (a.found)
        return renderFound(a);
    if (a.intent === 'whosaid')
        return (0, renderQuotes_1.renderWhoSaidText)(a.answer);
    const lines = [messages_1.MSG.cannotAnswer];
    if (a.suggestions.length)
        lines.push('', messages_1.MSG.closestPassages, '', (0, renderText_1.renderHits)(a.suggestions));
    return lines.join('\n');
}
//# sourceMappingURL=renderAsk.js.map