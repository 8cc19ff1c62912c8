"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.openCorpusIndex = openCorpusIndex;
exports.refreshCorpusIndex = refreshCorpusIndex;
/**
 * Opens the index for a corpus folder: reuses the snapshot in the data folder when it is still valid and applies
 * only what changed since (added, edited and removed files); otherwise builds it. A running app refreshes an open
 * index the same way. Articles are indexed in slices that give the event loop back every few milliseconds, so a
 * Slack command is acknowledged in time while thousands of articles are re-indexed. Bad files are skipped with
 * one warning each.
 */
const listCorpusFiles_1 = require("../corpus/listCorpusFiles");
const loadArticles_1 = require("../corpus/loadArticles");
const archive_1 = require("./archive");
const slices_1 = require("./slices");
const snapshot_1 = require("./snapshot");
const READ_CONCURRENCY = 16;
const unchanged = (file, before) => before !== undefined &&
    before.file === file.file &&
    before.size === file.size &&
    before.mtimeMs === file.mtimeMs;
/** Runs `work` on the items a batch at a time, handing each batch's results on before reading the next. */
async function inBatches(items, size, work, use) {
    for (let i = 0; i < items.length; i += size)
        await use(await Promise.all(items.slice(i, i + size).map(work)));
}
/** Keeps the files whose size and modification time are as indexed; returns the ones to read. */
function keepUnchanged(files, sync) {
    return files.filter((file) => {
        const before = sync.previous.get(file.id);
        if (before && unchanged(file, before) && sync.index.has(file.id)) {
            sync.files.push(before);
            return false;
        }
        return true;
    });
}
async function applyLoaded(sync, loaded) {
    const { file, article, hash } = loaded;
    const before = sync.previous.get(file.id);
    const firstIndexedAt = before?.firstIndexedAt ?? sync.now;
    sync.files.push({
        id: file.id,
        file: file.file,
        size: file.size,
        mtimeMs: file.mtimeMs,
        hash,
        firstIndexedAt,
    });
    if (before?.hash === hash && sync.index.has(file.id)) {
        sync.restatted++;
        return;
    }
    await sync.index.addInSlices(article, sync.slicer);
    sync.indexed++;
}
async function readChanged(files, sync, logger) {
    // A batch is indexed before the next is read: a large build never holds more than a batch of parsed articles.
    const load = (file) => (0, loadArticles_1.loadArticle)(file, { logger, hash: snapshot_1.contentHash });
    await inBatches(files, READ_CONCURRENCY, load, async (outcomes) => {
        for (const outcome of outcomes) {
            if (outcome.ok)
                await applyLoaded(sync, outcome.loaded);
            else
                sync.skipped.push(outcome.skipped);
            await sync.slicer.pause();
        }
    });
}
/** Drops articles whose files are gone or no longer usable. */
async function dropMissing(sync) {
    const kept = new Set(sync.files.map((f) => f.id));
    for (const { id } of sync.index.articleMetas()) {
        if (kept.has(id))
            continue;
        sync.index.remove(id);
        sync.removed++;
        await sync.slicer.pause();
    }
}
async function openCorpusIndex(options) {
    const started = performance.now();
    const snapshot = await (0, snapshot_1.loadSnapshot)(options.dataDir, options.logger);
    const archive = snapshot ? archive_1.Archive.fromData(snapshot.index) : archive_1.Archive.create();
    return syncCorpus(archive, snapshot?.files ?? [], snapshot?.savedAt ?? null, options, started);
}
/** Applies what changed in the corpus folder since `opened` was read to its archive, in place. */
function refreshCorpusIndex(opened, options) {
    return syncCorpus(opened.archive, opened.files, opened.stats.indexedAt, options, performance.now());
}
async function syncCorpus(archive, previous, savedAt, options, started) {
    const { logger } = options;
    const listing = await (0, listCorpusFiles_1.listCorpusFiles)(options.corpusDir);
    const sync = {
        index: archive,
        previous: new Map(previous.map((f) => [f.id, f])),
        files: [],
        skipped: [...listing.skipped],
        indexed: 0,
        removed: 0,
        restatted: 0,
        now: (options.now?.() ?? new Date()).toISOString(),
        slicer: new slices_1.Slicer(),
    };
    const toRead = keepUnchanged(listing.files, sync);
    await readChanged(toRead, sync, logger);
    await dropMissing(sync);
    for (const s of sync.skipped)
        logger.warn(`skipped ${s.file}: ${s.reason}`);
    const changed = sync.indexed + sync.removed + sync.restatted > 0;
    const state = savedAt === null ? 'built' : changed ? 'updated' : 'reused';
    const indexedAt = state === 'reused' && savedAt !== null ? savedAt : sync.now;
    if (state !== 'reused')
        await persist(options, sync, indexedAt);
    logSnapshotState(logger, state, sync);
    const stats = {
        ...sync.index.size,
        reused: sync.files.length - sync.indexed,
        indexed: sync.indexed,
        removed: sync.removed,
        snapshot: state,
        seconds: Math.round(performance.now() - started) / 1000,
        indexedAt,
    };
    const firstIndexed = new Map(sync.files.map((f) => [f.id, (f.firstIndexedAt ?? indexedAt).slice(0, 10)]));
    return { archive: sync.index, skipped: sync.skipped, stats, firstIndexed, files: sync.files };
}
async function persist(options, sync, savedAt) {
    const index = await sync.index.export(sync.slicer);
    await (0, snapshot_1.saveSnapshot)(options.dataDir, (0, snapshot_1.makeSnapshot)(sync.files, index, savedAt), options.logger);
}
function logSnapshotState(logger, state, sync) {
    if (state === 'reused')
        logger.debug(`reused the index snapshot: all ${sync.files.length} articles unchanged`);
    else if (state === 'updated')
        logger.debug(`reused the index snapshot; re-indexed ${sync.indexed} changed, removed ${sync.removed}`);
    else
        logger.debug(`built the index: ${sync.indexed} articles`);
}
//# sourceMappingURL=openCorpusIndex.js.map