"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PassageTable = void 0;
/**
 * Where each passage slot is: its article (by number), paragraph, part and character range, as columns of
 * typed arrays rather than an object per passage, so that two million passages cost 40 MB and load at once.
 */
const passages_1 = require("./passages");
const COLUMNS = ['article', 'paragraph', 'part', 'start', 'end'];
/** Rows copied between checks of the time slice. */
const PAUSE_EVERY = 4096;
class PassageTable {
    columns;
    count = 0;
    constructor(data) {
        this.columns = data ?? emptyColumns(64);
        this.count = data?.article.length ?? 0;
    }
    get size() {
        return this.count;
    }
    /** Appends a passage of article number `article`; returns its slot. */
    push(article, p) {
        if (this.count === this.columns.article.length)
            this.columns = resized(this.columns, this.count * 2);
        const slot = this.count++;
        const c = this.columns;
        c.article[slot] = article;
        c.paragraph[slot] = p.paragraph;
        c.part[slot] = p.part;
        c.start[slot] = p.start;
        c.end[slot] = p.end;
        return slot;
    }
    article(slot) {
        return this.columns.article[slot] ?? -1;
    }
    /** The passage in a slot, given its article's id. */
    passage(slot, articleId) {
        const c = this.columns;
        const paragraph = c.paragraph[slot] ?? 0;
        const part = c.part[slot] ?? 0;
        return {
            id: (0, passages_1.passageId)(articleId, paragraph, part),
            articleId,
            paragraph,
            part,
            start: c.start[slot] ?? 0,
            end: c.end[slot] ?? 0,
        };
    }
    /** The rows of `slots`, in that order, with article numbers mapped through `renumber`. */
    async select(slots, renumber, slicer) {
        const out = emptyColumns(slots.length);
        for (let i = 0; i < slots.length; i++) {
            const slot = slots[i];
            for (const name of COLUMNS)
                out[name][i] = this.columns[name][slot] ?? 0;
            out.article[i] = renumber(this.columns.article[slot] ?? -1);
            if (i % PAUSE_EVERY === 0)
                await slicer.pause();
        }
        return out;
    }
}
exports.PassageTable = PassageTable;
function emptyColumns(size) {
    return {
        article: new Int32Array(size),
        paragraph: new Int32Array(size),
        part: new Int32Array(size),
        start: new Int32Array(size),
        end: new Int32Array(size),
    };
}
function resized(columns, size) {
    const out = emptyColumns(Math.max(size, 64));
    for (const name of COLUMNS)
        out[name].set(columns[name].subarray(0, Math.min(size, columns[name].length)));
    return out;
}
//# sourceMappingURL=passageTable.js.map