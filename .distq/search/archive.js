"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Archive = void 0;
const extractDates_1 = require("../dates/extractDates");
const extractQuotes_1 = require("../quotes/extractQuotes");
const passageIndex_1 = require("./passageIndex");
const quoteIndex_1 = require("./quoteIndex");
const slices_1 = require("./slices");
/** An article's time expressions, resolved against its publication date. */
const datesOf = (article) => (0, extractDates_1.extractDates)(article, (0, extractDates_1.referenceDay)(article.published));
class Archive {
    passages;
    quotes;
    constructor(passages, quotes) {
        this.passages = passages;
        this.quotes = quotes;
    }
    static create() {
        return new Archive(passageIndex_1.PassageIndex.create(), new quoteIndex_1.QuoteIndex());
    }
    static fromData(data) {
        return new Archive(passageIndex_1.PassageIndex.fromData(data.passages), quoteIndex_1.QuoteIndex.fromData(data.quotes));
    }
    /** The archive as it is saved, computed in slices that give the event loop back. */
    async export(slicer = new slices_1.Slicer()) {
        const passages = await this.passages.export(slicer);
        return { passages, quotes: await this.quotes.export(slicer), store: this.passages.store };
    }
    add(article) {
        this.insert(article, datesOf(article), (0, extractQuotes_1.extractQuotes)(article));
    }
    /**
     * As `add`, giving the event loop back between the extractions (each can take tens of milliseconds on a long
     * article). The article appears in the indexes all at once, at the end.
     */
    async addInSlices(article, slicer) {
        const dates = datesOf(article);
        await slicer.pause();
        const quotes = (0, extractQuotes_1.extractQuotes)(article);
        await slicer.pause();
        this.insert(article, dates, quotes);
    }
    insert(article, dates, quotes) {
        this.passages.add(article, dates);
        this.quotes.add(article.id, quotes);
    }
    remove(articleId) {
        this.passages.remove(articleId);
        this.quotes.remove(articleId);
    }
    /** The time expressions of an article, resolved against its publication date. */
    dates(articleId) {
        return this.passages.record(articleId)?.dates ?? [];
    }
    has(articleId) {
        return this.passages.has(articleId);
    }
    article(articleId) {
        return this.passages.article(articleId);
    }
    /** Every article's id, title, outlet, authors, link and date, without reading the articles. */
    articleMetas() {
        return this.passages.store.allMetas();
    }
    get size() {
        return { ...this.passages.size, quotes: this.quotes.size };
    }
}
exports.Archive = Archive;
//# sourceMappingURL=archive.js.map