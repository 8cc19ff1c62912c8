"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LineStore = void 0;
/**
 * Numbered JSON values kept on disk, not in memory: those from the snapshot where the snapshot has them (their
 * offsets used as read, not copied), those added since in a spill file. Each is read and parsed when asked for,
 * so the memory an index needs does not grow with the text of the archive.
 */
const lineFile_1 = require("./lineFile");
class LineStore {
    /** Values 0..base.offsets.length-1. */
    base = null;
    /** Values from there on, in the spill file. */
    spillOffsets = [];
    spillLengths = [];
    deleted = new Set();
    spillFile = null;
    /** Values 0..offsets.length-1 are lines of `file`. */
    static over(file, offsets, lengths) {
        if (offsets.length !== lengths.length)
            throw new Error('index line offsets and lengths do not match');
        const store = new LineStore();
        store.base = { file, offsets, lengths };
        return store;
    }
    get baseCount() {
        return this.base?.offsets.length ?? 0;
    }
    get count() {
        return this.baseCount + this.spillOffsets.length;
    }
    /** Stores value number n, which must be the next number. */
    put(n, value) {
        if (n !== this.count)
            throw new Error(`index line ${n} stored out of order (next is ${this.count})`);
        this.spillFile ??= lineFile_1.LineFile.spill();
        const line = Buffer.from(JSON.stringify(value));
        this.spillOffsets.push(this.spillFile.append(line));
        this.spillLengths.push(line.length);
    }
    delete(n) {
        this.deleted.add(n);
    }
    has(n) {
        return n >= 0 && n < this.count && !this.deleted.has(n);
    }
    raw(n) {
        if (!this.has(n))
            return undefined;
        const { base } = this;
        if (base && n < this.baseCount)
            return base.file.read(base.offsets[n], base.lengths[n]);
        const i = n - this.baseCount;
        return this.spillFile?.read(this.spillOffsets[i], this.spillLengths[i]);
    }
    get(n) {
        const raw = this.raw(n);
        return raw ? JSON.parse(raw.toString('utf8')) : undefined;
    }
}
exports.LineStore = LineStore;
//# sourceMappingURL=lineStore.js.map