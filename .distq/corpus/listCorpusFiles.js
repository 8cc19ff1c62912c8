"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LISTING_REASONS = exports.CorpusUnreadableError = exports.ARTICLE_EXTENSIONS = void 0;
exports.listCorpusFiles = listCorpusFiles;
exports.listPath = listPath;
const promises_1 = require("node:fs/promises");
const node_path_1 = require("node:path");
exports.ARTICLE_EXTENSIONS = ['.md', '.txt'];
class CorpusUnreadableError extends Error {
    dir;
    constructor(dir, reason) {
        super(`cannot read the corpus folder ${dir}: ${reason}`);
        this.dir = dir;
        this.name = 'CorpusUnreadableError';
    }
}
exports.CorpusUnreadableError = CorpusUnreadableError;
exports.LISTING_REASONS = {
    notArticle: `not an article file (only ${exports.ARTICLE_EXTENSIONS.join(' and ')} are read)`,
    symlinkOutside: 'a symlink leading outside the corpus folder (not followed)',
    brokenSymlink: 'a broken symlink',
    duplicateId: (id, kept) => `same article id "${id}" as ${kept}, which is kept; rename one of them`,
};
const toPosix = (p) => p.split(node_path_1.sep).join('/');
const isHidden = (name) => name.startsWith('.');
async function corpusRoot(dir) {
    try {
        const info = await (0, promises_1.stat)(dir);
        if (!info.isDirectory())
            throw new CorpusUnreadableError(dir, 'not a folder');
        return await (0, promises_1.realpath)(dir);
    }
    catch (err) {
        if (err instanceof CorpusUnreadableError)
            throw err;
        throw new CorpusUnreadableError(dir, err.code ?? String(err));
    }
}
function inside(root, target) {
    const rel = (0, node_path_1.relative)(root, target);
    return rel !== '' && !rel.startsWith('..') && !rel.startsWith(node_path_1.sep) && !rel.includes(`..${node_path_1.sep}`);
}
/** Resolves one directory entry, following symlinks only within the root. */
async function resolveEntry(root, path, dirent) {
    let target = path;
    if (dirent.isSymbolicLink()) {
        try {
            target = await (0, promises_1.realpath)(path);
        }
        catch {
            return { file: toPosix((0, node_path_1.relative)(root, path)), reason: exports.LISTING_REASONS.brokenSymlink };
        }
        if (!inside(root, target))
            return { file: toPosix((0, node_path_1.relative)(root, path)), reason: exports.LISTING_REASONS.symlinkOutside };
    }
    const info = await (0, promises_1.stat)(target);
    if (info.isDirectory())
        return dirent.isSymbolicLink() ? null : { kind: 'dir', path };
    if (!info.isFile())
        return null;
    return { kind: 'file', path, size: info.size, mtimeMs: info.mtimeMs };
}
/** Entries whose details are read at once: a large folder is listed in a fraction of one-by-one time. */
const STAT_CONCURRENCY = 128;
async function walk(root, dir, out) {
    const entries = (await (0, promises_1.readdir)(dir, { withFileTypes: true })).filter((d) => !isHidden(d.name));
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (let i = 0; i < entries.length; i += STAT_CONCURRENCY) {
        const batch = entries.slice(i, i + STAT_CONCURRENCY);
        const resolved = await Promise.all(batch.map((d) => resolveEntry(root, (0, node_path_1.join)(dir, d.name), d)));
        for (const entry of resolved) {
            if (entry === null)
                continue;
            if (!('kind' in entry))
                out.skipped.push(entry);
            else if (entry.kind === 'dir')
                await walk(root, entry.path, out);
            else
                addFile(root, entry, out);
        }
    }
}
function addFile(root, entry, out) {
    const file = toPosix((0, node_path_1.relative)(root, entry.path));
    const ext = (0, node_path_1.extname)(entry.path).toLowerCase();
    if (!exports.ARTICLE_EXTENSIONS.includes(ext)) {
        out.skipped.push({ file, reason: exports.LISTING_REASONS.notArticle });
        return;
    }
    const id = (0, node_path_1.basename)(entry.path, (0, node_path_1.extname)(entry.path));
    const twin = out.byId.get(id);
    if (twin) {
        out.skipped.push({ file, reason: exports.LISTING_REASONS.duplicateId(id, twin.file) });
        return;
    }
    const corpusFile = { id, file, path: entry.path, size: entry.size, mtimeMs: entry.mtimeMs };
    out.byId.set(id, corpusFile);
    out.files.push(corpusFile);
}
async function listCorpusFiles(dir) {
    const root = await corpusRoot(dir);
    const out = { files: [], skipped: [], byId: new Map() };
    await walk(root, root, out);
    return { files: out.files, skipped: out.skipped };
}
/** A folder's article files, or one file named on the command line (any extension). */
async function listPath(path) {
    let info;
    try {
        info = await (0, promises_1.stat)(path);
    }
    catch (err) {
        throw new CorpusUnreadableError(path, err.code ?? String(err));
    }
    if (info.isDirectory())
        return listCorpusFiles(path);
    const id = (0, node_path_1.basename)(path, (0, node_path_1.extname)(path));
    return { files: [{ id, file: (0, node_path_1.basename)(path), path, size: info.size, mtimeMs: info.mtimeMs }], skipped: [] };
}
//# sourceMappingURL=listCorpusFiles.js.map