"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.QuoteIndex = exports.MIN_QUOTE_TERM_COVERAGE = void 0;
const lineStore_1 = require("./lineStore");
const postings_1 = require("./postings");
const slices_1 = require("./slices");
const terms_1 = require("./terms");
/** A candidate must share at least this share of the query's distinct terms. */
exports.MIN_QUOTE_TERM_COVERAGE = 0.5;
class QuoteIndex {
    postings;
    lines;
    articleOfSlot = [];
    byArticle = new Map();
    constructor(postings = new postings_1.Postings(), lines = new lineStore_1.LineStore()) {
        this.postings = postings;
        this.lines = lines;
    }
    static fromData(data) {
        const count = data.postings.lengths.length;
        if (data.articleIds.length !== count || data.lines.count !== count) {
            throw new Error(`quote index: ${data.lines.count} quotes for ${count} slots`);
        }
        const index = new QuoteIndex(postings_1.Postings.fromData(data.postings), data.lines);
        data.articleIds.forEach((id) => {
            index.remember(id);
        });
        return index;
    }
    async export(slicer = new slices_1.Slicer()) {
        const { data, order } = await this.postings.export(slicer);
        return {
            postings: data,
            order,
            rawLine: (slot) => this.rawLine(slot),
            articleOf: (slot) => this.articleOfSlot[slot] ?? '',
        };
    }
    remember(articleId) {
        const slot = this.articleOfSlot.push(articleId) - 1;
        const slots = this.byArticle.get(articleId);
        if (slots)
            slots.push(slot);
        else
            this.byArticle.set(articleId, [slot]);
        return slot;
    }
    quote(slot) {
        return this.lines.get(slot);
    }
    rawLine(slot) {
        const raw = this.lines.raw(slot);
        if (!raw)
            throw new Error(`quote slot ${slot} is not stored`);
        return raw;
    }
    add(articleId, quotes) {
        this.remove(articleId);
        this.byArticle.set(articleId, []);
        quotes.forEach((q, i) => {
            const slot = this.remember(articleId);
            this.lines.put(slot, { ...q, id: `${articleId}~${i + 1}`, articleId });
            const weights = (0, terms_1.termWeights)(q.text, 1);
            this.postings.add(slot, weights, (0, terms_1.totalWeight)(weights));
        });
    }
    remove(articleId) {
        for (const slot of this.byArticle.get(articleId) ?? []) {
            this.postings.remove(slot);
            this.lines.delete(slot);
        }
        this.byArticle.delete(articleId);
    }
    forArticle(articleId) {
        return (this.byArticle.get(articleId) ?? [])
            .map((slot) => this.quote(slot))
            .filter((q) => q !== undefined);
    }
    /** Quotes sharing words with the query, best first. */
    candidates(query, limit) {
        const terms = (0, terms_1.queryTerms)(query);
        if (terms.length === 0)
            return [];
        const minTerms = Math.ceil(terms.length * exports.MIN_QUOTE_TERM_COVERAGE);
        return this.postings
            .bestMatches({ terms, limit, minTerms })
            .map(({ slot }) => this.quote(slot))
            .filter((q) => q !== undefined);
    }
    get size() {
        return this.postings.size;
    }
}
exports.QuoteIndex = QuoteIndex;
//# sourceMappingURL=quoteIndex.js.map