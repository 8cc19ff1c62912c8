"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HARD_WRAP_WIDTH = void 0;
exports.splitBlocks = splitBlocks;
/** A file whose longest line is at most this long is read as hard-wrapped prose. */
exports.HARD_WRAP_WIDTH = 100;
function lineSpans(text, bodyStart) {
    const spans = [];
    const lineRe = /[^\n]*(?:\n|$)/g;
    lineRe.lastIndex = bodyStart;
    for (let m = lineRe.exec(text); m !== null && m[0] !== ''; m = lineRe.exec(text)) {
        spans.push(trimSpan(text, m.index, m.index + m[0].length));
    }
    return spans;
}
function splitBlocks(text, bodyStart) {
    const lines = lineSpans(text, bodyStart);
    const hardWrapped = looksHardWrapped(lines);
    const blocks = [];
    let current = null;
    for (const span of lines) {
        if (span === null) {
            current = null;
            continue;
        }
        const continues = current !== null && (hardWrapped || /^\p{Ll}/u.test(text.charAt(span.start)));
        if (continues && current !== null) {
            current.end = span.end;
        }
        else {
            current = { ...span };
            blocks.push(current);
        }
    }
    return blocks;
}
/** Short lines only, and blank lines between paragraphs (without them, one line per paragraph is the reading). */
function looksHardWrapped(lines) {
    const firstText = lines.findIndex((l) => l !== null);
    const hasBlankBetween = lines.some((l, i) => l === null && i > firstText && firstText >= 0);
    return hasBlankBetween && lines.every((l) => l === null || l.end - l.start <= exports.HARD_WRAP_WIDTH);
}
function trimSpan(text, start, end) {
    let a = start;
    let b = end;
    while (a < b && /\s/.test(text.charAt(a)))
        a++;
    while (b > a && /\s/.test(text.charAt(b - 1)))
        b--;
    return b > a ? { start: a, end: b } : null;
}
//# sourceMappingURL=blocks.js.map