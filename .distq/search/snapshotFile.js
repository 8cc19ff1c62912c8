"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SnapshotReader = exports.SnapshotWriter = void 0;
const FLUSH_BYTES = 4 * 1024 * 1024;
const NEWLINE = Buffer.from('\n');
class SnapshotWriter {
    file;
    pending = [];
    pendingBytes = 0;
    /** Bytes written so far, flushed or not: where the next line starts. */
    position = 0;
    /** Where the part a reader loads as one buffer begins: binary blocks are aligned relative to it. */
    alignFrom = 0;
    constructor(file) {
        this.file = file;
    }
    async line(value) {
        await this.push(Buffer.from(`${JSON.stringify(value)}\n`));
    }
    /** Lines for many small values, `perLine` to a line. */
    async lines(values, perLine) {
        await this.line({ lines: Math.ceil(values.length / perLine) });
        for (let i = 0; i < values.length; i += perLine)
            await this.line(values.slice(i, i + perLine));
    }
    /** One line of bytes already encoded (a JSON line copied from another snapshot), and its newline. */
    async raw(line) {
        await this.push(line);
        await this.push(NEWLINE);
    }
    async bytes(view) {
        await this.blockHeader(view.byteLength);
        await this.push(Buffer.from(view.buffer, view.byteOffset, view.byteLength));
        await this.push(NEWLINE);
    }
    /** One binary block of `byteLength` bytes in all, written run by run as the runs are produced. */
    async stream(byteLength, runs) {
        await this.blockHeader(byteLength);
        let written = 0;
        for await (const run of runs) {
            await this.push(Buffer.from(run.buffer, run.byteOffset, run.byteLength));
            written += run.byteLength;
        }
        if (written !== byteLength)
            throw new Error(`snapshot block: ${written} bytes written of ${byteLength}`);
        await this.push(NEWLINE);
    }
    /** `{"bytes":n}`, padded with spaces so that the block after it starts 8-byte aligned. */
    async blockHeader(byteLength) {
        const header = JSON.stringify({ bytes: byteLength });
        const pad = (8 - ((this.position + header.length + 1 - this.alignFrom) % 8)) % 8;
        await this.push(Buffer.from(`${header}${' '.repeat(pad)}\n`));
    }
    async close() {
        await this.flush();
    }
    async push(chunk) {
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
        this.position += chunk.length;
        if (this.pendingBytes >= FLUSH_BYTES)
            await this.flush();
    }
    async flush() {
        if (this.pending.length === 0)
            return;
        await this.file.write(Buffer.concat(this.pending, this.pendingBytes));
        this.pending = [];
        this.pendingBytes = 0;
    }
}
exports.SnapshotWriter = SnapshotWriter;
class SnapshotReader {
    buffer;
    at = 0;
    constructor(buffer) {
        this.buffer = buffer;
    }
    line() {
        const end = this.buffer.indexOf(10, this.at);
        if (end < 0)
            throw new Error(`snapshot ends early at byte ${this.at}`);
        const value = JSON.parse(this.buffer.toString('utf8', this.at, end));
        this.at = end + 1;
        return value;
    }
    /** The values written by `SnapshotWriter.lines`. */
    lines() {
        const { lines } = this.line();
        const values = [];
        for (let i = 0; i < lines; i++)
            for (const value of this.line())
                values.push(value);
        return values;
    }
    int32() {
        return this.typed(Int32Array);
    }
    uint32() {
        return this.typed(Uint32Array);
    }
    float32() {
        return this.typed(Float32Array);
    }
    float64() {
        return this.typed(Float64Array);
    }
    /** The next block as a typed array: a view into the buffer read when aligned (as written), else a copy. */
    typed(Kind) {
        const block = this.block();
        if (block.byteLength % Kind.BYTES_PER_ELEMENT !== 0)
            throw new Error('snapshot block has a partial value');
        const length = block.byteLength / Kind.BYTES_PER_ELEMENT;
        if (block.byteOffset % Kind.BYTES_PER_ELEMENT === 0)
            return new Kind(block.buffer, block.byteOffset, length);
        return new Kind(new Uint8Array(block).slice().buffer, 0, length);
    }
    block() {
        const { bytes } = this.line();
        if (!Number.isInteger(bytes) || this.at + bytes >= this.buffer.length) {
            throw new Error(`snapshot block of ${bytes} bytes at byte ${this.at} is cut short`);
        }
        const block = this.buffer.subarray(this.at, this.at + bytes);
        this.at += bytes + 1;
        return block;
    }
    get done() {
        return this.at >= this.buffer.length;
    }
}
exports.SnapshotReader = SnapshotReader;
//# sourceMappingURL=snapshotFile.js.map