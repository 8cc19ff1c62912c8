"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SNAPSHOT_FILE = void 0;
exports.indexFingerprint = indexFingerprint;
exports.contentHash = contentHash;
exports.makeSnapshot = makeSnapshot;
exports.loadSnapshot = loadSnapshot;
exports.saveSnapshot = saveSnapshot;
/**
 * The index snapshot in the data folder: a header line; one JSON line per article record and per quote (left in
 * the file and read when an answer needs them); then what each corpus file looked like when indexed, the
 * articles' metadata, the passage table and the postings (see snapshotSections); last, a fixed-size trailer that
 * says where that second part starts. It is reused only when its fingerprint matches: the snapshot format and the
 * code that builds what it holds (cleaning, quote and date extraction, term processing, index options), so a new
 * version of newsdesk never answers from an index an older one made. It is written atomically (a temporary file,
 * then a rename) and in pieces (see snapshotFile), never as one string, so it works at any archive size.
 */
const node_crypto_1 = require("node:crypto");
const node_fs_1 = require("node:fs");
const promises_1 = require("node:fs/promises");
const node_path_1 = require("node:path");
const node_util_1 = require("node:util");
const lineFile_1 = require("./lineFile");
const snapshotFile_1 = require("./snapshotFile");
const snapshotSections_1 = require("./snapshotSections");
exports.SNAPSHOT_FILE = 'index-snapshot.ndx';
/** The one-JSON-document snapshot of earlier versions: removed once a new snapshot is saved. */
const LEGACY_SNAPSHOT_FILE = 'index-snapshot.json';
const FORMAT = 3;
/** The last line of the file: where the part read at start begins, padded to this many bytes. */
const TRAILER_BYTES = 64;
const HEADER_MAX_BYTES = 4096;
const READ_CHUNK = 256 * 1024 * 1024;
const openAsync = (0, node_util_1.promisify)(node_fs_1.open);
const readAsync = (0, node_util_1.promisify)(node_fs_1.read);
const fstatAsync = (0, node_util_1.promisify)(node_fs_1.fstat);
const closeAsync = (0, node_util_1.promisify)(node_fs_1.close);
/** The folders whose code decides what the index holds. */
const INDEXING_CODE = ['corpus', 'quotes', 'dates', 'search'];
let fingerprint = null;
function indexFingerprint() {
    if (fingerprint === null) {
        const hash = (0, node_crypto_1.createHash)('sha256').update(`format ${FORMAT}`);
        for (const folder of INDEXING_CODE) {
            const dir = (0, node_path_1.join)(__dirname, '..', folder);
            for (const file of (0, node_fs_1.readdirSync)(dir)
                .filter((f) => /\.(?:js|ts)$/.test(f) && !f.endsWith('.d.ts'))
                .sort()) {
                hash.update(file).update((0, node_fs_1.readFileSync)((0, node_path_1.join)(dir, file)));
            }
        }
        fingerprint = hash.digest('hex').slice(0, 16);
    }
    return fingerprint;
}
function contentHash(bytes) {
    return (0, node_crypto_1.createHash)('sha256').update(bytes).digest('hex');
}
function makeSnapshot(files, index, savedAt) {
    return { format: FORMAT, fingerprint: indexFingerprint(), savedAt, files, index };
}
async function readAt(fd, position, length) {
    const buffer = Buffer.allocUnsafe(length);
    for (let done = 0; done < length;) {
        const { bytesRead } = await readAsync(fd, buffer, done, Math.min(READ_CHUNK, length - done), position + done);
        if (bytesRead === 0)
            throw new Error(`snapshot ends early at byte ${position + done}`);
        done += bytesRead;
    }
    return buffer;
}
async function readHeader(fd, size) {
    const start = await readAt(fd, 0, Math.min(HEADER_MAX_BYTES, size));
    return new snapshotFile_1.SnapshotReader(start).line();
}
/**
 * Reads the snapshot's start-up part. The file stays open: the articles and quotes are read from it as answers
 * need them (a file replaced by a newer snapshot stays readable through the open descriptor).
 */
async function loadSnapshot(dataDir, logger) {
    const path = (0, node_path_1.join)(dataDir, exports.SNAPSHOT_FILE);
    let fd;
    try {
        fd = await openAsync(path, 'r');
    }
    catch {
        logger.debug(`no index snapshot at ${path}; building the index`);
        return null;
    }
    try {
        const { size } = await fstatAsync(fd);
        const header = await readHeader(fd, size);
        if (header.format !== FORMAT || header.fingerprint !== indexFingerprint()) {
            logger.debug('index snapshot was built with other options; rebuilding');
            await closeAsync(fd);
            return null;
        }
        const trailer = await readAt(fd, size - TRAILER_BYTES, TRAILER_BYTES);
        const { eager } = new snapshotFile_1.SnapshotReader(trailer).line();
        if (!Number.isInteger(eager) || eager <= 0 || eager > size - TRAILER_BYTES)
            throw new Error('bad trailer');
        const reader = new snapshotFile_1.SnapshotReader(await readAt(fd, eager, size - TRAILER_BYTES - eager));
        const files = reader.lines();
        const index = (0, snapshotSections_1.readEagerParts)(reader, new lineFile_1.LineFile(fd));
        if (!reader.done)
            throw new Error('unexpected bytes after the postings');
        return { ...header, files, index };
    }
    catch (err) {
        await closeAsync(fd).catch(() => undefined);
        logger.warn(`index snapshot ${path} is unreadable (${err.message}); rebuilding it`);
        return null;
    }
}
async function saveSnapshot(dataDir, snapshot, logger) {
    const path = (0, node_path_1.join)(dataDir, exports.SNAPSHOT_FILE);
    const temp = `${path}.${process.pid}.tmp`;
    try {
        await (0, promises_1.mkdir)(dataDir, { recursive: true });
        await writeSnapshotFile(temp, snapshot);
        await (0, promises_1.rename)(temp, path);
        await (0, promises_1.rm)((0, node_path_1.join)(dataDir, LEGACY_SNAPSHOT_FILE), { force: true });
        return true;
    }
    catch (err) {
        await (0, promises_1.rm)(temp, { force: true }).catch(() => undefined);
        logger.warn(`could not save the index snapshot to ${path} (${err.message}); it will be rebuilt next time`);
        return false;
    }
}
async function writeSnapshotFile(path, snapshot) {
    const file = await (0, promises_1.open)(path, 'w');
    try {
        const writer = new snapshotFile_1.SnapshotWriter(file);
        const { format, fingerprint, savedAt } = snapshot;
        await writer.line({ format, fingerprint, savedAt });
        const lazy = await (0, snapshotSections_1.writeLazyParts)(writer, snapshot.index);
        const eager = writer.position;
        writer.alignFrom = eager;
        await writer.lines(snapshot.files, 1000);
        await (0, snapshotSections_1.writeEagerParts)(writer, snapshot.index, lazy);
        await writer.raw(Buffer.from(JSON.stringify({ eager }).padEnd(TRAILER_BYTES - 1)));
        await writer.close();
    }
    finally {
        await file.close();
    }
}
//# sourceMappingURL=snapshot.js.map