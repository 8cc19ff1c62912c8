"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_PASSAGE_CHARS = exports.passageId = void 0;
exports.passagesOf = passagesOf;
const passageId = (articleId, paragraph, part) => part === 0 ? `${articleId}#${paragraph}` : `${articleId}#${paragraph}.${part}`;
exports.passageId = passageId;
/** Paragraphs longer than this are cut at sentence boundaries into passages of at most about this size. */
exports.MAX_PASSAGE_CHARS = 1200;
function sentenceRuns(paragraph) {
    const runs = [];
    let run = null;
    for (const sentence of paragraph.sentences) {
        if (run !== null && sentence.end - run.start <= exports.MAX_PASSAGE_CHARS) {
            run.end = sentence.end;
        }
        else {
            run = { start: sentence.start, end: sentence.end };
            runs.push(run);
        }
    }
    return runs;
}
function passagesOf(article) {
    return article.paragraphs.flatMap((paragraph) => {
        const spans = paragraph.end - paragraph.start > exports.MAX_PASSAGE_CHARS ? sentenceRuns(paragraph) : [paragraph];
        return spans.map((span, k) => {
            const part = spans.length === 1 ? 0 : k + 1;
            return {
                id: (0, exports.passageId)(article.id, paragraph.n, part),
                articleId: article.id,
                paragraph: paragraph.n,
                part,
                start: span.start,
                end: span.end,
            };
        });
    });
}
//# sourceMappingURL=passages.js.map