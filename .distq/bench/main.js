"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * `npm run bench`: builds corpora of 1,000, 10,000 and 100,000 articles from real news, indexes each from
 * nothing, reopens its snapshot and times every command. `--sizes 1000,10000` picks sizes, `--json` prints the
 * report as one JSON document, `--source DIR` names the articles to copy (default: the PolNeAR training set).
 */
const node_child_process_1 = require("node:child_process");
const promises_1 = require("node:fs/promises");
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const node_util_1 = require("node:util");
const benchCorpus_1 = require("./benchCorpus");
const report_1 = require("./report");
const run = (0, node_util_1.promisify)(node_child_process_1.execFile);
const DEFAULT_SIZES = [1_000, 10_000, 100_000];
const DEFAULT_SOURCE = node_path_1.default.join('..', 'shared', 'datasets', 'polnear-train', 'articles');
const HEAP_LIMIT_MB = 8192;
async function child(mode, corpusDir, dataDir) {
    const script = node_path_1.default.join(__dirname, 'measureSize.js');
    const { stdout } = await run(process.execPath, [`--max-old-space-size=${HEAP_LIMIT_MB}`, '--expose-gc', script, mode, corpusDir, dataDir], { maxBuffer: 16 * 1024 * 1024 });
    return JSON.parse(stdout);
}
function pick(q, key) {
    const out = {};
    for (const [command, p] of Object.entries(q.latency))
        out[command] = p[key];
    return out;
}
async function measureSize(sources, size) {
    const root = node_path_1.default.join(node_os_1.default.tmpdir(), `newsdesk-bench-${size}`);
    const corpusDir = node_path_1.default.join(root, 'corpus');
    const dataDir = node_path_1.default.join(root, 'data');
    process.stderr.write(`bench: ${size} articles: writing the corpus…\n`);
    await (0, promises_1.rm)(root, { recursive: true, force: true }); // the build starts from nothing: no snapshot from a last run
    await (0, benchCorpus_1.writeBenchCorpus)(sources, corpusDir, size);
    process.stderr.write(`bench: ${size} articles: indexing…\n`);
    const built = await child('build', corpusDir, dataDir);
    process.stderr.write(`bench: ${size} articles: querying…\n`);
    const queried = await child('query', corpusDir, dataDir);
    return {
        articles: built.articles,
        buildSeconds: built.buildSeconds,
        heapMB: built.heapMB,
        snapshotMB: built.snapshotMB,
        snapshotLoadSeconds: queried.snapshotLoadSeconds,
        firstSnapshotLoadSeconds: queried.firstSnapshotLoadSeconds,
        openSeconds: queried.openSeconds,
        loadedHeapMB: queried.loadedHeapMB,
        p50ms: pick(queried, 'p50'),
        p95ms: pick(queried, 'p95'),
        p99ms: pick(queried, 'p99'),
        ackP99msDuringReindex: queried.ack.ackP99ms,
        reindex: queried.ack,
    };
}
function parseSizes(raw) {
    if (raw === undefined)
        return DEFAULT_SIZES;
    const sizes = raw.split(',').map((s) => Number(s.trim()));
    if (sizes.some((n) => !Number.isInteger(n) || n < 1))
        throw new Error(`bench: bad --sizes "${raw}"`);
    return sizes;
}
async function main() {
    const { values } = (0, node_util_1.parseArgs)({
        options: {
            sizes: { type: 'string' },
            json: { type: 'boolean', default: false },
            source: { type: 'string' },
        },
    });
    const sources = await (0, benchCorpus_1.readSources)(values.source ?? DEFAULT_SOURCE);
    const machine = `${node_os_1.default.cpus().length} × ${node_os_1.default.cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(node_os_1.default.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
    const sizes = [];
    for (const size of parseSizes(values.sizes))
        sizes.push(await measureSize(sources, size));
    const report = { machine, sizes };
    process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : (0, report_1.renderReport)(report));
}
main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
});
//# sourceMappingURL=main.js.map