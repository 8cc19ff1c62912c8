"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.splitSentences = splitSentences;
/** Titles and short forms that are never the end of a sentence. */
const NEVER_FINAL = new Set(('mr mrs ms messrs dr prof gen sen rep reps gov lt col sgt capt cmdr cmdt maj adm brig pres rev hon supt det insp ' +
    'atty amb fr sr jr st mt ft vol vols fig figs approx est dept univ vs v cf e.g i.e al').split(' '));
/** Month abbreviations and "No.": not final before a number ("Sept. 11", "No. 2"). */
const BEFORE_NUMBERS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec no nos'.split(' '));
/** Company suffixes and the like: final only when a usual sentence opener follows. */
const SOMETIMES_FINAL = new Set('inc corp co ltd llc plc bros etc a.m p.m'.split(' '));
/** Words that open sentences: after an initialism ("the U.S. The …") they mark a boundary. */
const OPENERS = new Set(('the this that these those it its he she they we i you his her their our but and or so yet in on at as for ' +
    'if when while after before still a an there here however meanwhile mr ms dr one some many most no not ' +
    'what who why how where then now today last since during under with without because although though').split(' '));
const BOUNDARY = /[.!?…]+["”’'»)\]]*(?=\s)/g;
const INITIALISM = /^(?:\p{L}\.)+\p{L}$|^\p{Lu}$/u;
function wordBefore(text, end) {
    let i = end;
    while (i > 0 && !/[\s("“‘'[«]/.test(text[i - 1] ?? ' '))
        i--;
    return text.slice(i, end);
}
function nextWord(text, from) {
    const match = /^\s*["“‘'([«]?([\p{L}\p{N}]+)/u.exec(text.slice(from, from + 40));
    return match?.[1] ?? '';
}
/** Decides whether the punctuation `mark` at `markStart`, followed by white space at `after`, ends a sentence. */
function isBoundary(text, markStart, mark, after) {
    const opensQuote = /^\s*["“‘'([«]/.test(text.slice(after, after + 8));
    const next = nextWord(text, after);
    const first = next.charAt(0);
    const upper = first !== '' && first === first.toUpperCase() && first !== first.toLowerCase();
    const digit = /\p{N}/u.test(first);
    // A lower-case word continues the sentence ("a strike … is coming", "“Is it?” he asked").
    if (!upper && !digit && !opensQuote)
        return false;
    if (mark.replace(/["”’'»)\]]+$/, '') !== '.')
        return true;
    const word = wordBefore(text, markStart);
    const bare = word.toLowerCase();
    if (NEVER_FINAL.has(bare))
        return false;
    if (BEFORE_NUMBERS.has(bare))
        return !digit;
    if (SOMETIMES_FINAL.has(bare) || INITIALISM.test(word))
        return OPENERS.has(next.toLowerCase());
    return true;
}
/** Splits text[start, end) into sentence spans (leading and trailing white space excluded). */
function splitSentences(text, start = 0, end = text.length) {
    const slice = text.slice(start, end);
    const spans = [];
    let from = 0;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(slice); m !== null; m = BOUNDARY.exec(slice)) {
        const after = m.index + m[0].length;
        if (!isBoundary(slice, m.index, m[0], after))
            continue;
        pushTrimmed(slice, from, after, start, spans);
        from = after;
    }
    pushTrimmed(slice, from, slice.length, start, spans);
    return spans;
}
function pushTrimmed(slice, from, to, offset, spans) {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(slice[a] ?? ''))
        a++;
    while (b > a && /\s/.test(slice[b - 1] ?? ''))
        b--;
    if (b > a)
        spans.push({ start: offset + a, end: offset + b });
}
//# sourceMappingURL=sentences.js.map