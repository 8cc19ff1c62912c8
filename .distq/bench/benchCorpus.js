"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.readSources = readSources;
exports.benchArticle = benchArticle;
exports.writeBenchCorpus = writeBenchCorpus;
/**
 * A benchmark corpus of any size from real articles: each source article is copied under a new slug with a new
 * publication date (one day later per copy round), so the text stays real news while the archive grows.
 */
const promises_1 = require("node:fs/promises");
const node_path_1 = __importDefault(require("node:path"));
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
const BASE_DAY = Date.UTC(2015, 0, 1);
const DAY_MS = 86_400_000;
/** The .md/.txt articles of a folder, front matter and body apart, in file-name order. */
async function readSources(dir) {
    const listed = await (0, promises_1.readdir)(dir).catch((error) => {
        throw new Error(`bench: cannot read the source articles in ${dir} (${error.code ?? error.message}); pass --source DIR`);
    });
    const names = listed.filter((n) => /\.(md|txt)$/.test(n)).sort();
    const out = [];
    for (const name of names) {
        const raw = await (0, promises_1.readFile)(node_path_1.default.join(dir, name), 'utf8');
        const m = FRONT_MATTER.exec(raw);
        out.push({ frontMatter: m?.[1] ?? '', body: m ? raw.slice(m[0].length) : raw });
    }
    if (out.length === 0)
        throw new Error(`bench: no .md or .txt articles in ${dir}`);
    return out;
}
/** The i-th benchmark article: the source's front matter with its date moved on by one day per round. */
function benchArticle(sources, i) {
    const source = sources[i % sources.length];
    const round = Math.floor(i / sources.length);
    const day = new Date(BASE_DAY + round * DAY_MS).toISOString().slice(0, 10);
    const kept = source.frontMatter
        .split(/\r?\n/)
        .filter((line) => line.trim() !== '' && !/^published\s*:/.test(line));
    return `---\n${[...kept, `published: ${day}`].join('\n')}\n---\n${source.body}`;
}
/** Writes `count` benchmark articles into `outDir` (emptied first). */
async function writeBenchCorpus(sources, outDir, count) {
    await (0, promises_1.rm)(outDir, { recursive: true, force: true });
    await (0, promises_1.mkdir)(outDir, { recursive: true });
    const BATCH = 256;
    for (let i = 0; i < count; i += BATCH) {
        const writes = [];
        for (let j = i; j < Math.min(count, i + BATCH); j++) {
            const name = `bench-${String(j).padStart(6, '0')}.md`;
            writes.push((0, promises_1.writeFile)(node_path_1.default.join(outDir, name), benchArticle(sources, j)));
        }
        await Promise.all(writes);
    }
}
//# sourceMappingURL=benchCorpus.js.map