"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findQuotedSpans = findQuotedSpans;
const MARK = /“|”|«|»|„|''|"/g;
function isWordChar(ch) {
    return /[\p{L}\p{N}]/u.test(ch);
}
/** A straight or doubled-apostrophe mark is opening when what follows is text and what precedes is not. */
function roleOfAmbiguous(text, at, length) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + length);
    const spaceBefore = before === '' || /[\s([{—–-]/.test(before);
    const spaceAfter = after === '' || /[\s.,;:!?)\]}—–-]/.test(after);
    if (spaceBefore && !spaceAfter)
        return 'open';
    if (!spaceBefore && spaceAfter)
        return 'close';
    if (isWordChar(before) && isWordChar(after))
        return 'close';
    return 'either';
}
/**
 * Curly marks say which side they are, unless the typist put the wrong one and the context says otherwise:
 * "“Apparently not,“ he said" closes with a left mark.
 */
function roleOfCurly(text, at, declared) {
    const context = roleOfAmbiguous(text, at, 1);
    return context === 'either' ? declared : context;
}
const FAMILY = {
    '“': 'curly',
    '„': 'curly',
    '”': 'curly',
    '«': 'guillemet',
    '»': 'guillemet',
    '"': 'straight',
    "''": 'doubled',
};
function roleOf(text, at, mark) {
    if (mark === '“' || mark === '„')
        return roleOfCurly(text, at, 'open');
    if (mark === '”')
        return roleOfCurly(text, at, 'close');
    if (mark === '«')
        return 'open';
    if (mark === '»')
        return 'close';
    return roleOfAmbiguous(text, at, mark.length);
}
function marksIn(text, span) {
    const marks = [];
    MARK.lastIndex = span.start;
    for (let m = MARK.exec(text); m !== null && m.index < span.end; m = MARK.exec(text)) {
        const mark = m[0];
        marks.push({
            at: m.index,
            length: mark.length,
            role: roleOf(text, m.index, mark),
            family: FAMILY[mark] ?? 'straight',
        });
    }
    return marks;
}
/** Inside a quote, marks of another style open and close a nested quote instead of ending the outer one. */
function nests(open, mark) {
    if (open === null || mark.family === open.family)
        return false;
    if (open.nested === mark.family) {
        if (mark.role !== 'open')
            open.nested = null;
        return true;
    }
    if (open.nested === null && mark.role === 'open') {
        open.nested = mark.family;
        return true;
    }
    return false;
}
/** Pairs marks paragraph by paragraph; returns the closed quotes and a quote still open at the end, if any. */
function scanParagraph(text, span, n, carried, out) {
    let open = carried;
    for (const mark of marksIn(text, span)) {
        if (nests(open, mark))
            continue;
        const opening = mark.role === 'open' || (mark.role === 'either' && open === null);
        if (open !== null &&
            carried !== null &&
            open === carried &&
            opening &&
            mark.at === firstNonSpace(text, span)) {
            continue; // the opening mark of a continued multi-paragraph quote
        }
        if (opening) {
            if (open !== null)
                pushQuote(out, open, mark.at, n); // an unclosed quote ends where the next one opens
            open = { start: mark.at, paragraph: n, family: mark.family, nested: null };
        }
        else if (open !== null) {
            out.push({
                start: open.start,
                end: mark.at + mark.length,
                paragraph: open.paragraph,
                lastParagraph: n,
            });
            open = null;
        }
    }
    return open;
}
function firstNonSpace(text, span) {
    let i = span.start;
    while (i < span.end && /\s/.test(text.charAt(i)))
        i++;
    return i;
}
function pushQuote(out, open, end, lastParagraph) {
    if (end > open.start + 1)
        out.push({ start: open.start, end, paragraph: open.paragraph, lastParagraph });
}
function opensWithQuote(text, span) {
    return /^\s*(?:“|«|„|''|")/.test(text.slice(span.start, span.start + 4));
}
function findQuotedSpans(article) {
    const { text, paragraphs } = article;
    const out = [];
    let open = null;
    paragraphs.forEach((paragraph, i) => {
        open = scanParagraph(text, paragraph, paragraph.n, open, out);
        const next = paragraphs[i + 1];
        if (open !== null && !(next && opensWithQuote(text, next))) {
            pushQuote(out, open, trimEnd(text, paragraph.end), paragraph.n);
            open = null;
        }
    });
    return out.filter((q) => /[\p{L}\p{N}]/u.test(text.slice(q.start, q.end)));
}
function trimEnd(text, end) {
    let e = end;
    while (e > 0 && /\s/.test(text.charAt(e - 1)))
        e--;
    return e;
}
//# sourceMappingURL=quoteMarks.js.map