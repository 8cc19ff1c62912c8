"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LineFile = void 0;
/**
 * A file of JSON lines read at any offset: the open snapshot, or a spill file that holds what was indexed since
 * (created in the system temp folder and unlinked at once, so it disappears with the process). Lines are read with
 * one positioned read each; the descriptor stays open for the life of the index (a snapshot replaced by a newer
 * one stays readable through it).
 */
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const NEWLINE = Buffer.from('\n');
let spills = 0;
class LineFile {
    fd;
    size;
    constructor(fd, size = 0) {
        this.fd = fd;
        this.size = size;
    }
    /** A new, empty file nobody else can see, for lines written from now on. */
    static spill() {
        const path = (0, node_path_1.join)((0, node_os_1.tmpdir)(), `newsdesk-spill-${process.pid}-${++spills}-${Date.now()}.ndjson`);
        const fd = (0, node_fs_1.openSync)(path, 'w+', 0o600);
        try {
            (0, node_fs_1.unlinkSync)(path);
        }
        catch (err) {
            (0, node_fs_1.closeSync)(fd);
            throw err;
        }
        return new LineFile(fd);
    }
    read(offset, length) {
        const buffer = Buffer.allocUnsafe(length);
        const read = (0, node_fs_1.readSync)(this.fd, buffer, 0, length, offset);
        if (read !== length)
            throw new Error(`index line at byte ${offset} is cut short (${read} of ${length} bytes)`);
        return buffer;
    }
    /** Writes a line at the end; returns where it starts. */
    append(line) {
        const offset = this.size;
        (0, node_fs_1.writeSync)(this.fd, line, 0, line.length, offset);
        (0, node_fs_1.writeSync)(this.fd, NEWLINE, 0, 1, offset + line.length);
        this.size += line.length + 1;
        return offset;
    }
}
exports.LineFile = LineFile;
//# sourceMappingURL=lineFile.js.map