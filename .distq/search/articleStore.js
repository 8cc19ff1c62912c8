"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ArticleStore = exports.metaOf = exports.CACHED_ARTICLES = void 0;
const lineStore_1 = require("./lineStore");
const lru_1 = require("./lru");
/** How many parsed articles from the snapshot are kept for the next answer. */
exports.CACHED_ARTICLES = 2000;
const metaOf = ({ id, title, outlet, authors, url, published }) => ({
    id,
    title,
    outlet,
    authors,
    url,
    published,
});
exports.metaOf = metaOf;
class ArticleStore {
    lines;
    numbers = new Map();
    metas = [];
    cache = new lru_1.Lru(exports.CACHED_ARTICLES);
    /** Articles 0..metas.length-1 are the lines of `lines`, in order. */
    constructor(lines = new lineStore_1.LineStore(), metas = []) {
        this.lines = lines;
        if (lines.count !== metas.length) {
            throw new Error(`snapshot: ${lines.count} article lines for ${metas.length} articles`);
        }
        for (const meta of metas)
            this.numbers.set(meta.id, this.metas.push(meta) - 1);
    }
    add(record) {
        this.remove(record.article.id);
        const n = this.metas.push((0, exports.metaOf)(record.article)) - 1;
        this.numbers.set(record.article.id, n);
        this.lines.put(n, record);
        return n;
    }
    /** Forgets an article; returns the number it had. */
    remove(id) {
        const n = this.numbers.get(id);
        if (n === undefined)
            return undefined;
        this.numbers.delete(id);
        this.metas[n] = null;
        this.lines.delete(n);
        this.cache.delete(n);
        return n;
    }
    number(id) {
        return this.numbers.get(id);
    }
    has(id) {
        return this.numbers.has(id);
    }
    get size() {
        return this.numbers.size;
    }
    record(n) {
        if (!this.metas[n])
            return undefined;
        const cached = this.cache.get(n);
        if (cached)
            return cached;
        const record = this.lines.get(n);
        return record && this.cache.set(n, record);
    }
    byId(id) {
        const n = this.numbers.get(id);
        return n === undefined ? undefined : this.record(n);
    }
    /** Every article's metadata, in number order. */
    allMetas() {
        return this.metas.filter((m) => m !== null);
    }
    /** The numbers of the articles held, ascending: the order they are saved in. */
    liveNumbers() {
        const out = [];
        this.metas.forEach((m, n) => {
            if (m)
                out.push(n);
        });
        return out;
    }
    meta(n) {
        return this.metas[n] ?? undefined;
    }
    /** An article's record as one JSON line, as stored. */
    rawLine(n) {
        const raw = this.lines.raw(n);
        if (!raw)
            throw new Error(`article number ${n} is not stored`);
        return raw;
    }
}
exports.ArticleStore = ArticleStore;
//# sourceMappingURL=articleStore.js.map