"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderDatesText = renderDatesText;
exports.renderTimelineText = renderTimelineText;
const messages_1 = require("../messages");
const renderText_1 = require("./renderText");
function renderDatesText(report) {
    return report.articles
        .map((a) => {
        const head = `${a.articleId} (${a.published ? messages_1.MSG.referenceDate(a.published) : messages_1.MSG.noReferenceDate}):`;
        if (a.expressions.length === 0)
            return `${head}\n  ${messages_1.MSG.noDates}`;
        return [head, ...a.expressions.map((e) => `  ${e.text} → ${e.value} (${e.type})`)].join('\n');
    })
        .join('\n\n');
}
/** A dated list, oldest first: the date at its precision, the verbatim sentence, its sources. */
function renderTimelineText(answer) {
    if (answer.events.length === 0) {
        const lines = [messages_1.MSG.noEvents(answer.topic)];
        if (answer.undated.length)
            lines.push('', messages_1.MSG.undatedHeading, ...answer.undated.map((u) => `  ${u.text}`));
        return lines.join('\n');
    }
    const lines = [messages_1.MSG.timelineHeading(answer.events.length, answer.topic), ''];
    for (const e of answer.events) {
        lines.push(`${e.date.padEnd(10)}  ${e.text}`);
        for (const c of e.citations)
            lines.push(`${' '.repeat(12)}${(0, renderText_1.citationLine)(c)}`);
    }
    if (answer.undated.length) {
        lines.push('', messages_1.MSG.undatedHeading);
        for (const u of answer.undated)
            lines.push(`  ${u.text}`, `${' '.repeat(12)}${(0, renderText_1.citationLine)(u.citations[0])}`);
    }
    return lines.join('\n');
}
//# sourceMappingURL=renderDates.js.map