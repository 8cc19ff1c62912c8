"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SHORT_QUERY_QUOTE_COVERAGE = exports.MIN_COMMON_WORDS = exports.MIN_QUOTE_COVERAGE = exports.MIN_QUERY_COVERAGE = void 0;
exports.matchWords = matchWords;
exports.matchQuote = matchQuote;
exports.isMatch = isMatch;
exports.matchScore = matchScore;
/**
 * How closely a remembered quote matches a printed one: the longest run of the query's words found in order in
 * the quote, where a word matches its stem-mates ("watching"/"watched"), a one-letter slip in a longer word,
 * and curly or straight apostrophes alike. Tolerates a dropped, added or swapped word.
 */
const terms_1 = require("../search/terms");
/** A quote matches when most of the query is in it, or when all of a short quote is in the query. */
exports.MIN_QUERY_COVERAGE = 0.7;
exports.MIN_QUOTE_COVERAGE = 0.8;
exports.MIN_COMMON_WORDS = 3;
/** Folded, stemmed words: "U.S." → "us", "isn’t" → "isn't". */
function matchWords(text) {
    return (0, terms_1.tokenize)(text).map((w) => {
        const folded = (0, terms_1.foldWord)(w).replace(/\./g, '');
        return /^[a-z']+$/.test(folded) ? (0, terms_1.stem)(folded.replace(/'s$/, '')) : folded;
    });
}
function withinOneEdit(a, b) {
    if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 5)
        return false;
    let i = 0;
    while (i < a.length && a[i] === b[i])
        i++;
    return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}
const same = (a, b) => a === b || withinOneEdit(a, b);
/** Length of the longest common subsequence of two word lists. */
function commonInOrder(query, quote) {
    let prev = new Array(quote.length + 1).fill(0);
    for (const q of query) {
        const row = new Array(quote.length + 1).fill(0);
        for (let j = 1; j <= quote.length; j++) {
            row[j] = same(q, quote[j - 1])
                ? prev[j - 1] + 1
                : Math.max(prev[j], row[j - 1]);
        }
        prev = row;
    }
    return prev[quote.length];
}
function matchQuote(query, quote) {
    const common = query.length && quote.length ? commonInOrder(query, quote) : 0;
    return {
        common,
        queryCoverage: query.length ? common / query.length : 0,
        quoteCoverage: quote.length ? common / quote.length : 0,
    };
}
/** A query of one or two words must make up at least this share of the quote ("could happen"). */
exports.SHORT_QUERY_QUOTE_COVERAGE = 0.5;
function isMatch(m, queryLength) {
    if (queryLength < exports.MIN_COMMON_WORDS) {
        return m.common === queryLength && m.quoteCoverage >= exports.SHORT_QUERY_QUOTE_COVERAGE;
    }
    if (m.common < exports.MIN_COMMON_WORDS)
        return false;
    return m.queryCoverage >= exports.MIN_QUERY_COVERAGE || m.quoteCoverage >= exports.MIN_QUOTE_COVERAGE;
}
/** A single figure for ranking matches: how much of each side the common words cover. */
function matchScore(m) {
    return Math.round((m.queryCoverage * 0.7 + m.quoteCoverage * 0.3) * 1000) / 1000;
}
//# sourceMappingURL=quoteMatch.js.map