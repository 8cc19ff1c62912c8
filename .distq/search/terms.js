"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.termSet = void 0;
exports.stem = stem;
exports.tokenize = tokenize;
exports.foldWord = foldWord;
exports.processTerm = processTerm;
exports.queryTerms = queryTerms;
exports.termOverlap = termOverlap;
exports.totalWeight = totalWeight;
exports.termWeights = termWeights;
/**
 * How text becomes index terms, for passages and queries alike: words (hyphens split them; inner apostrophes and
 * initialism dots do not), folded to lower case without accents or curly apostrophes, possessives dropped,
 * stopwords removed, and stemmed with Porter2 so "sanctioned" finds "sanctions".
 */
const wink_porter2_stemmer_1 = __importDefault(require("wink-porter2-stemmer"));
const stopwords_1 = require("./stopwords");
/** Stems already computed: a language has far fewer words than an archive has tokens. Bounded, then reset. */
const stems = new Map();
const MAX_REMEMBERED_STEMS = 200_000;
/** The Porter2 stem of a folded word. */
function stem(word) {
    let stemmed = stems.get(word);
    if (stemmed === undefined) {
        if (stems.size >= MAX_REMEMBERED_STEMS)
            stems.clear();
        stemmed = (0, wink_porter2_stemmer_1.default)(word);
        stems.set(word, stemmed);
    }
    return stemmed;
}
const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;
function tokenize(text) {
    return text.match(WORD) ?? [];
}
/** Lower case, no diacritics, straight apostrophes: the form words are compared in. */
function foldWord(word) {
    return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘`]/g, "'");
}
/** The index term for one token, or null for a stopword. */
function processTerm(token) {
    const folded = foldWord(token);
    if (stopwords_1.ENGLISH_STOPWORDS.has(folded))
        return null;
    const bare = folded.replace(/'s$/, '');
    if (bare === '' || stopwords_1.ENGLISH_STOPWORDS.has(bare))
        return null;
    return /^[\p{L}']+$/u.test(bare) ? stem(bare) : bare;
}
/** The distinct terms of a query, in order. */
function queryTerms(query) {
    const terms = tokenize(query)
        .map(processTerm)
        .filter((t) => t !== null);
    return [...new Set(terms)];
}
/** The distinct index terms of a text, as a set. */
const termSet = (text) => new Set(queryTerms(text));
exports.termSet = termSet;
/** The share of the smaller set's terms that the other set also has: 1 when one contains the other. */
function termOverlap(a, b) {
    let common = 0;
    for (const t of a)
        if (b.has(t))
            common++;
    return common / Math.max(1, Math.min(a.size, b.size));
}
/** The sum of a text's term weights: its length as BM25 counts it. */
function totalWeight(weights) {
    let total = 0;
    for (const weight of weights.values())
        total += weight;
    return total;
}
/** Each index term of a text with its count, times a boost (a field's weight). */
function termWeights(text, boost) {
    const weights = new Map();
    for (const token of tokenize(text)) {
        const term = processTerm(token);
        if (term !== null)
            weights.set(term, (weights.get(term) ?? 0) + boost);
    }
    return weights;
}
//# sourceMappingURL=terms.js.map