"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.writeLazyParts = writeLazyParts;
exports.writeEagerParts = writeEagerParts;
exports.readEagerParts = readEagerParts;
const lineStore_1 = require("./lineStore");
const TERMS_PER_LINE = 5000;
const METAS_PER_LINE = 1000;
async function writeRawLines(writer, count, raw) {
    const offsets = new Float64Array(count);
    const lengths = new Uint32Array(count);
    for (let i = 0; i < count; i++) {
        const line = raw(i);
        offsets[i] = writer.position;
        lengths[i] = line.length;
        await writer.raw(line);
    }
    return { offsets, lengths };
}
async function writeLazyParts(writer, data) {
    const { articleOrder } = data.passages;
    const records = await writeRawLines(writer, articleOrder.length, (i) => data.store.rawLine(articleOrder[i]));
    const { order, rawLine } = data.quotes;
    const quotes = await writeRawLines(writer, order.length, (i) => rawLine(order[i]));
    return { records, quotes };
}
async function writeEagerParts(writer, data, at) {
    const metas = data.passages.articleOrder.map((n) => data.store.meta(n));
    await writer.lines(metas, METAS_PER_LINE);
    await writer.bytes(at.records.offsets);
    await writer.bytes(at.records.lengths);
    await writeTable(writer, data.passages.table);
    const number = new Map(metas.map((m, i) => [m.id, i]));
    const quoteArticles = Int32Array.from(data.quotes.order, (slot) => number.get(data.quotes.articleOf(slot)) ?? -1);
    await writer.bytes(at.quotes.offsets);
    await writer.bytes(at.quotes.lengths);
    await writer.bytes(quoteArticles);
    await writePostings(writer, data.quotes.postings);
    await writePostings(writer, data.passages.postings);
}
function readEagerParts(reader, file) {
    const articles = reader.lines();
    const lines = () => lineStore_1.LineStore.over(file, reader.float64(), reader.uint32());
    const records = lines();
    const table = readTable(reader);
    const quoteLines = lines();
    const quoteArticles = reader.int32();
    const articleIds = Array.from(quoteArticles, (n) => articles[n]?.id ?? '');
    const quotes = { lines: quoteLines, articleIds, postings: readPostings(reader) };
    return { passages: { articles, records, table, postings: readPostings(reader) }, quotes };
}
async function writeTable(writer, table) {
    for (const column of [table.article, table.paragraph, table.part, table.start, table.end])
        await writer.bytes(column);
}
function readTable(reader) {
    const column = () => reader.int32();
    return { article: column(), paragraph: column(), part: column(), start: column(), end: column() };
}
async function writePostings(writer, postings) {
    await writer.lines(postings.terms, TERMS_PER_LINE);
    await writer.bytes(postings.counts);
    await writer.stream(postings.total * Int32Array.BYTES_PER_ELEMENT, postings.slotRuns());
    await writer.stream(postings.total * Float32Array.BYTES_PER_ELEMENT, postings.weightRuns());
    await writer.bytes(postings.lengths);
}
function readPostings(reader) {
    const terms = reader.lines();
    const counts = reader.uint32();
    const slots = reader.int32();
    const weights = reader.float32();
    const lengths = reader.float32();
    if (counts.length !== terms.length || slots.length !== weights.length) {
        throw new Error('snapshot postings do not match their terms');
    }
    return { terms, counts, slots, weights, lengths };
}
//# sourceMappingURL=snapshotSections.js.map