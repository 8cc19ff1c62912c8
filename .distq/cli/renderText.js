"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.citationLine = citationLine;
exports.renderHits = renderHits;
exports.renderSearchText = renderSearchText;
exports.renderIndexText = renderIndexText;
exports.describeQueryProblem = describeQueryProblem;
const query_1 = require("../answers/query");
const messages_1 = require("../messages");
/** "Rolling Stone · 2025-08-14 · paragraph 25 · Title", leaving out what is unknown. */
function citationLine(citation) {
    const parts = [
        citation.outlet ?? citation.articleId,
        citation.published ?? 'undated',
        `paragraph ${citation.paragraph}`,
    ];
    if (citation.title)
        parts.push(citation.title);
    return parts.join(' · ');
}
function numbered(n, citation) {
    const lines = [`[${n}] ${citation.passage}`, `    ${citationLine(citation)}`];
    if (citation.url)
        lines.push(`    ${citation.url}`);
    return lines.join('\n');
}
function renderHits(hits) {
    return hits.map((hit, i) => numbered(i + 1, hit.citation)).join('\n\n');
}
function renderSearchText(answer) {
    if (answer.hits.length === 0)
        return messages_1.MSG.noHits(answer.query);
    return [messages_1.MSG.hitsHeading(answer.hits.length, answer.query), '', renderHits(answer.hits)].join('\n');
}
function renderIndexText(stats, skipped) {
    const lines = [
        messages_1.MSG.indexSummary(stats.articles, stats.passages, stats.seconds),
        messages_1.MSG.indexReuse(stats.snapshot, stats.reused, stats.indexed, stats.removed),
    ];
    if (skipped.length > 0) {
        lines.push(messages_1.MSG.skippedHeading(skipped.length));
        for (const s of skipped)
            lines.push(`  ${s.file}: ${s.reason}`);
    }
    return lines.join('\n');
}
function describeQueryProblem(problem, command) {
    return problem.problem === 'empty'
        ? messages_1.MSG.emptyQuery(command)
        : messages_1.MSG.queryTooLong(problem.length, query_1.MAX_QUERY_CHARS);
}
//# sourceMappingURL=renderText.js.map