"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PassageIndex = exports.FIELD_BOOST = exports.MIN_TERM_COVERAGE = void 0;
const articleStore_1 = require("./articleStore");
const passages_1 = require("./passages");
const passageTable_1 = require("./passageTable");
const postings_1 = require("./postings");
const slices_1 = require("./slices");
const terms_1 = require("./terms");
/** A hit must match at least this share of the query's distinct terms. */
exports.MIN_TERM_COVERAGE = 0.5;
exports.FIELD_BOOST = { text: 1, title: 1.5, outlet: 1.2 };
class PassageIndex {
    postings;
    table;
    store;
    /** Each article's first slot and passage count, by article number. */
    articleSlots = new Map();
    constructor(postings, table, store) {
        this.postings = postings;
        this.table = table;
        this.store = store;
    }
    static create() {
        return new PassageIndex(new postings_1.Postings(), new passageTable_1.PassageTable(), new articleStore_1.ArticleStore());
    }
    static fromData(data) {
        if (data.table.article.length !== data.postings.lengths.length) {
            throw new Error(`passage index: ${data.table.article.length} passages for ${data.postings.lengths.length} postings slots`);
        }
        const store = new articleStore_1.ArticleStore(data.records, data.articles);
        const index = new PassageIndex(postings_1.Postings.fromData(data.postings), new passageTable_1.PassageTable(data.table), store);
        data.table.article.forEach((article, slot) => {
            const range = index.articleSlots.get(article);
            if (range)
                range[1]++;
            else
                index.articleSlots.set(article, [slot, 1]);
        });
        return index;
    }
    /** The live passages, renumbered densely; articles renumbered in ascending order. */
    async export(slicer = new slices_1.Slicer()) {
        const { data, order } = await this.postings.export(slicer);
        const articleOrder = this.store.liveNumbers();
        const renumber = new Map(articleOrder.map((n, i) => [n, i]));
        const table = await this.table.select(order, (n) => renumber.get(n) ?? -1, slicer);
        return { postings: data, table, articleOrder };
    }
    add(article, dates = []) {
        this.remove(article.id);
        const number = this.store.add({ article, dates });
        const fields = (0, terms_1.termWeights)(article.title ?? '', exports.FIELD_BOOST.title);
        addWeights(fields, (0, terms_1.termWeights)(article.outlet ?? '', exports.FIELD_BOOST.outlet));
        const passages = (0, passages_1.passagesOf)(article);
        const first = this.table.size;
        for (const p of passages) {
            const slot = this.table.push(number, p);
            const text = (0, terms_1.termWeights)(article.text.slice(p.start, p.end), exports.FIELD_BOOST.text);
            const length = (0, terms_1.totalWeight)(text);
            addWeights(text, fields);
            this.postings.add(slot, text, length);
        }
        this.articleSlots.set(number, [first, passages.length]);
    }
    remove(articleId) {
        const number = this.store.remove(articleId);
        if (number === undefined)
            return;
        const [first, count] = this.articleSlots.get(number) ?? [0, 0];
        for (let slot = first; slot < first + count; slot++)
            this.postings.remove(slot);
        this.articleSlots.delete(number);
    }
    has(articleId) {
        return this.store.has(articleId);
    }
    article(articleId) {
        return this.store.byId(articleId)?.article;
    }
    record(articleId) {
        return this.store.byId(articleId);
    }
    get size() {
        return { articles: this.store.size, passages: this.postings.size };
    }
    /** The best passages for a query: exact words first, typos and a last-word prefix when those fall short. */
    search(query, params) {
        const terms = (0, terms_1.queryTerms)(query);
        if (terms.length === 0)
            return [];
        const minTerms = Math.max(1, Math.ceil(terms.length * exports.MIN_TERM_COVERAGE));
        return this.hits(this.postings.bestMatches({ terms, limit: params.limit, minTerms }));
    }
    hits(scored) {
        const hits = [];
        for (const { slot, score } of scored) {
            const article = this.store.record(this.table.article(slot))?.article;
            if (article)
                hits.push({ passage: this.table.passage(slot, article.id), article, score });
        }
        return hits;
    }
}
exports.PassageIndex = PassageIndex;
function addWeights(into, from) {
    for (const [term, weight] of from)
        into.set(term, (into.get(term) ?? 0) + weight);
}
//# sourceMappingURL=passageIndex.js.map