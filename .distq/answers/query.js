"use strict";
/** Checks and tidies what a person typed before any answer is looked up. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_QUERY_CHARS = void 0;
exports.normaliseQuery = normaliseQuery;
exports.MAX_QUERY_CHARS = 1000;
function normaliseQuery(raw) {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text === '')
        return { ok: false, problem: 'empty' };
    if (text.length > exports.MAX_QUERY_CHARS)
        return { ok: false, problem: 'too-long', length: text.length };
    return { ok: true, text };
}
//# sourceMappingURL=query.js.map