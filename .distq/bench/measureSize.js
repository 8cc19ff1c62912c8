"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * One size of the benchmark, run in its own process so heap figures are its own:
 *   build: index the corpus from nothing into an empty data folder;
 *   query: open the saved snapshot, time every command over the fixed query set, then edit 1,000 articles and
 *          time Slack acknowledgements while the running app re-indexes them (this changes the corpus).
 * Prints one JSON object on standard output.
 */
const promises_1 = require("node:fs/promises");
const node_path_1 = __importDefault(require("node:path"));
const answers_1 = require("../answers/answers");
const logger_1 = require("../logger");
const archive_1 = require("../search/archive");
const openCorpusIndex_1 = require("../search/openCorpusIndex");
const snapshot_1 = require("../search/snapshot");
const ackDuringReindex_1 = require("./ackDuringReindex");
const latency_1 = require("./latency");
const queries_1 = require("./queries");
const MB = 1024 * 1024;
const ROUNDS = 5;
const mb = (bytes) => Math.round((bytes / MB) * 10) / 10;
/** How often the build's live memory is sampled (each sample runs a full garbage collection, so not often). */
const SAMPLE_MS = 10_000;
/**
 * Live memory: the JavaScript heap plus typed-array memory (where the postings live), after a full garbage
 * collection when the process runs with --expose-gc (as the bench starts it), so garbage is not counted.
 */
const liveBytes = () => {
    globalThis.gc?.();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
};
/** Runs `work`, sampling live memory while it runs; returns its result and the peak. */
async function withPeakHeap(work) {
    let peak = liveBytes();
    const sampler = setInterval(() => {
        peak = Math.max(peak, liveBytes());
    }, SAMPLE_MS);
    try {
        const result = await work();
        return { result, peakMB: mb(Math.max(peak, liveBytes())) };
    }
    finally {
        clearInterval(sampler);
    }
}
/** How many articles are edited for the acknowledgement-while-re-indexing figure. */
const CHANGED_ARTICLES = 1000;
async function build(corpusDir, dataDir, logger) {
    const { result: opened, peakMB } = await withPeakHeap(() => (0, openCorpusIndex_1.openCorpusIndex)({ corpusDir, dataDir, logger }));
    const snapshot = await (0, promises_1.stat)(node_path_1.default.join(dataDir, snapshot_1.SNAPSHOT_FILE));
    return {
        articles: opened.stats.articles,
        buildSeconds: opened.stats.seconds,
        heapMB: peakMB,
        snapshotMB: mb(snapshot.size),
    };
}
const SNAPSHOT_LOADS = 3;
/** Seconds to read the snapshot and restore the index from it, each of SNAPSHOT_LOADS times. */
async function snapshotLoads(dataDir, logger) {
    const seconds = [];
    for (let i = 0; i < SNAPSHOT_LOADS; i++) {
        const started = performance.now();
        const snapshot = await (0, snapshot_1.loadSnapshot)(dataDir, logger);
        if (!snapshot)
            throw new Error('bench: there is no snapshot to load');
        archive_1.Archive.fromData(snapshot.index);
        seconds.push(Math.round(performance.now() - started) / 1000);
    }
    return seconds;
}
async function query(corpusDir, dataDir, logger) {
    const loads = await snapshotLoads(dataDir, logger);
    const opened = await (0, openCorpusIndex_1.openCorpusIndex)({ corpusDir, dataDir, logger });
    if (opened.stats.snapshot !== 'reused')
        throw new Error(`bench: the snapshot was ${opened.stats.snapshot}`);
    const loadedHeapMB = mb(liveBytes());
    const answers = (0, answers_1.createAnswers)(opened.archive);
    const latency = {};
    for (const command of Object.keys(queries_1.BENCH_QUERIES)) {
        const run = answers[command];
        latency[command] = (0, latency_1.measure)(run, queries_1.BENCH_QUERIES[command], ROUNDS);
    }
    const ack = await (0, ackDuringReindex_1.measureAckDuringReindex)(opened, { corpusDir, dataDir }, CHANGED_ARTICLES, logger);
    return {
        snapshotLoadSeconds: [...loads].sort((a, b) => a - b)[Math.floor(loads.length / 2)] ?? 0,
        firstSnapshotLoadSeconds: loads[0] ?? 0,
        openSeconds: opened.stats.seconds,
        loadedHeapMB,
        latency,
        ack,
    };
}
async function main(argv) {
    const [mode, corpusDir, dataDir] = argv;
    if ((mode !== 'build' && mode !== 'query') || !corpusDir || !dataDir) {
        throw new Error('usage: measureSize build|query CORPUS_DIR DATA_DIR');
    }
    // Errors only, so that warnings about the copied articles do not drown the figures.
    const logger = (0, logger_1.createLogger)({ level: 'error', write: (line) => process.stderr.write(line) });
    const figures = mode === 'build' ? await build(corpusDir, dataDir, logger) : await query(corpusDir, dataDir, logger);
    process.stdout.write(`${JSON.stringify(figures)}\n`);
}
main(process.argv.slice(2)).catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
});
//# sourceMappingURL=measureSize.js.map