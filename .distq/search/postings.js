"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.Postings = void 0;
exports.packPostings = packPostings;
/**
 * Term postings and their BM25+ scoring, in typed arrays: for every term, the slots (numbered documents) that
 * contain it and its weighted frequency in each. A query adds each term's postings into one score array and keeps
 * only the best `limit` documents in a small heap, so a common word over a large archive costs one pass over its
 * postings, not an object per matching document (which is what made MiniSearch's own search slow at scale).
 *
 * The term dictionary for typo and prefix matching is MiniSearch's radix tree (SearchableMap), built the first
 * time a fuzzy query needs it. Removed documents are tombstoned and dropped when the postings are exported.
 */
const SearchableMap_1 = __importDefault(require("minisearch/SearchableMap"));
const slices_1 = require("./slices");
const topK_1 = require("./topK");
/** An export gathered into one piece (what reading a saved snapshot gives). */
async function packPostings(data) {
    const gather = async (runs, out) => {
        let at = 0;
        for await (const run of runs) {
            out.set(run, at);
            at += run.length;
        }
        return out;
    };
    const slots = await gather(data.slotRuns(), new Int32Array(data.total));
    const weights = await gather(data.weightRuns(), new Float32Array(data.total));
    return { terms: data.terms, counts: data.counts, slots, weights, lengths: data.lengths };
}
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const FUZZY_WEIGHT = 0.45;
const PREFIX_WEIGHT = 0.375;
const MAX_FUZZY = 2;
const grow = (array, size) => {
    if (size <= array.length)
        return array;
    const next = new array.constructor(Math.max(size, array.length * 2, 16));
    next.set(array);
    return next;
};
class Postings {
    termIds = new Map();
    terms = [];
    lists = [];
    lengths = new Float32Array(16);
    live = new Uint8Array(16);
    scores = new Float64Array(16);
    masks = new Uint32Array(16);
    /** The slots the current query has scored, `touchedCount` of them. */
    touched = new Int32Array(16);
    touchedCount = 0;
    slotCount = 0;
    liveCount = 0;
    /** Counts removals, so that a term's document frequency is recounted once after any. */
    epoch = 0;
    totalLength = 0;
    dictionary = null;
    /** Adds a document: its slot must be new (the next free one), its terms with their weighted frequencies. */
    add(slot, termWeights, length) {
        if (slot !== this.slotCount)
            throw new Error(`postings: slot ${slot} added out of order`);
        this.reserve(slot + 1);
        this.slotCount = slot + 1;
        this.lengths[slot] = length;
        this.live[slot] = 1;
        this.liveCount++;
        this.totalLength += length;
        for (const [term, weight] of termWeights)
            this.append(this.listFor(term), slot, weight);
    }
    remove(slot) {
        if (this.live[slot] !== 1)
            return;
        this.live[slot] = 0;
        this.liveCount--;
        this.epoch++;
        this.totalLength -= this.lengths[slot] ?? 0;
    }
    get size() {
        return this.liveCount;
    }
    /** The best live slots for a query, best first (ties by slot). */
    search(query) {
        if (this.liveCount === 0)
            return [];
        const terms = query.terms.slice(0, 32);
        this.scores = grow(this.scores, this.slotCount);
        this.masks = grow(this.masks, this.slotCount);
        this.touched = grow(this.touched, this.slotCount);
        this.touchedCount = 0;
        terms.forEach((term, i) => {
            for (const [termId, weight] of this.expand(term, i === terms.length - 1, query.fuzzy))
                this.accumulate(termId, weight, 1 << i);
        });
        return this.collect(query.limit, Math.min(query.minTerms, terms.length));
    }
    /**
     * The best live slots: exact terms first; typo and prefix matching (which multiply the terms every document is
     * scored on) only when the exact terms do not fill the page, so a misspelling still finds its document.
     */
    bestMatches(query) {
        const exact = this.search({ ...query, fuzzy: false });
        return exact.length >= query.limit ? exact : this.search({ ...query, fuzzy: true });
    }
    reserve(size) {
        this.lengths = grow(this.lengths, size);
        this.live = grow(this.live, size);
    }
    listFor(term) {
        let id = this.termIds.get(term);
        if (id === undefined) {
            id = this.terms.length;
            this.termIds.set(term, id);
            this.terms.push(term);
            this.lists.push({
                slots: new Int32Array(4),
                weights: new Float32Array(4),
                n: 0,
                df: 0,
                epoch: this.epoch,
            });
            this.dictionary?.set(term, id);
        }
        return this.lists[id];
    }
    append(list, slot, weight) {
        list.slots = grow(list.slots, list.n + 1);
        list.weights = grow(list.weights, list.n + 1);
        list.slots[list.n] = slot;
        list.weights[list.n] = weight;
        list.n++;
        list.df++;
    }
    /** The dictionary terms a query term stands for, with their weights: itself, then typos and completions. */
    expand(term, last, fuzzy) {
        const exact = this.termIds.get(term);
        const out = exact === undefined ? [] : [[exact, 1]];
        if (!fuzzy)
            return out;
        const dictionary = this.dictionaryMap();
        const seen = new Set([term]);
        if (last && term.length >= 4) {
            for (const [other, id] of dictionary.atPrefix(term)) {
                if (seen.has(other))
                    continue;
                seen.add(other);
                const distance = other.length - term.length;
                out.push([id, (PREFIX_WEIGHT * other.length) / (other.length + 0.3 * distance)]);
            }
        }
        const maxDistance = term.length >= 5 ? Math.min(MAX_FUZZY, Math.round(term.length * 0.2)) : 0;
        if (maxDistance > 0) {
            for (const [other, [id, distance]] of dictionary.fuzzyGet(term, maxDistance)) {
                if (seen.has(other))
                    continue;
                seen.add(other);
                out.push([id, (FUZZY_WEIGHT * other.length) / (other.length + distance)]);
            }
        }
        return out;
    }
    dictionaryMap() {
        if (this.dictionary === null)
            this.dictionary = SearchableMap_1.default.from(this.termIds);
        return this.dictionary;
    }
    accumulate(termId, weight, bit) {
        const list = this.lists[termId];
        if (!list || list.n === 0)
            return;
        const { scores, masks, lengths, live, touched } = this;
        const { k, b, d } = BM25;
        const df = this.documentFrequency(list);
        const idf = Math.log(1 + (this.liveCount - df + 0.5) / (df + 0.5));
        const average = this.totalLength / this.liveCount || 1;
        for (let i = 0; i < list.n; i++) {
            const slot = list.slots[i];
            if (live[slot] !== 1)
                continue;
            const tf = list.weights[i];
            const norm = k * (1 - b + (b * lengths[slot]) / average);
            if (masks[slot] === 0)
                touched[this.touchedCount++] = slot;
            masks[slot] = masks[slot] | bit;
            scores[slot] = scores[slot] + weight * idf * (d + (tf * (k + 1)) / (tf + norm));
        }
    }
    documentFrequency(list) {
        if (list.epoch !== this.epoch) {
            let df = 0;
            for (let i = 0; i < list.n; i++)
                if (this.live[list.slots[i]] === 1)
                    df++;
            list.df = df;
            list.epoch = this.epoch;
        }
        return list.df;
    }
    /** Picks the best documents that contain enough query terms, and clears the score arrays for the next query. */
    collect(limit, minTerms) {
        const top = new topK_1.TopK(limit);
        for (let i = 0; i < this.touchedCount; i++) {
            const slot = this.touched[i];
            if (popcount(this.masks[slot]) >= minTerms)
                top.offer(slot, this.scores[slot]);
            this.scores[slot] = 0;
            this.masks[slot] = 0;
        }
        return top.sorted();
    }
    /**
     * The live postings, with slots renumbered densely in their order (`order[i]` is the old slot of new slot i), as
     * runs produced on demand: saving a large index never holds a second copy of its postings.
     */
    async export(slicer = new slices_1.Slicer()) {
        const order = [];
        const renumber = new Int32Array(this.slotCount).fill(-1);
        for (let slot = 0; slot < this.slotCount; slot++) {
            if (this.live[slot] !== 1)
                continue;
            renumber[slot] = order.length;
            order.push(slot);
        }
        const counts = new Uint32Array(this.lists.length);
        let total = 0;
        for (let id = 0; id < this.lists.length; id++) {
            counts[id] = this.documentFrequency(this.lists[id]);
            total += counts[id];
            await slicer.pause();
        }
        const lengths = Float32Array.from(order, (slot) => this.lengths[slot]);
        const runs = (pick, make) => this.runs(renumber, counts, slicer, pick, make);
        return {
            data: {
                terms: [...this.terms],
                counts,
                lengths,
                total,
                slotRuns: () => runs((list, i, at, out) => {
                    out[at] = renumber[list.slots[i]];
                }, (n) => new Int32Array(n)),
                weightRuns: () => runs((list, i, at, out) => {
                    out[at] = list.weights[i];
                }, (n) => new Float32Array(n)),
            },
            order,
        };
    }
    /** Each term's live postings in turn, one new array per term, picked by `pick`. */
    async *runs(renumber, counts, slicer, pick, make) {
        for (let id = 0; id < this.lists.length; id++) {
            const list = this.lists[id];
            const out = make(counts[id] ?? 0);
            let at = 0;
            for (let i = 0; i < list.n; i++)
                if (renumber[list.slots[i]] >= 0)
                    pick(list, i, at++, out);
            yield out;
            await slicer.pause();
        }
    }
    static fromData(data) {
        const postings = new Postings();
        const n = data.lengths.length;
        postings.reserve(n);
        postings.lengths.set(data.lengths);
        postings.live.fill(1, 0, n);
        postings.slotCount = n;
        postings.liveCount = n;
        for (const length of data.lengths)
            postings.totalLength += length;
        let at = 0;
        data.terms.forEach((term, id) => {
            const count = data.counts[id] ?? 0;
            postings.termIds.set(term, id);
            postings.terms.push(term);
            postings.lists.push({
                slots: data.slots.subarray(at, at + count),
                weights: data.weights.subarray(at, at + count),
                n: count,
                df: count,
                epoch: 0,
            });
            at += count;
        });
        return postings;
    }
}
exports.Postings = Postings;
function popcount(mask) {
    let v = mask - ((mask >>> 1) & 0x55555555);
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
//# sourceMappingURL=postings.js.map