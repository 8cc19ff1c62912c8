"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Slicer = exports.SLICE_MS = void 0;
/**
 * Long index work in slices: `pause()` gives the event loop back once the current slice has run its time, so a
 * Slack command is acknowledged while thousands of articles are re-indexed or a large snapshot is saved.
 */
const promises_1 = require("node:timers/promises");
/** The longest index work holds the event loop before giving it back. */
exports.SLICE_MS = 15;
class Slicer {
    ms;
    start = performance.now();
    constructor(ms = exports.SLICE_MS) {
        this.ms = ms;
    }
    async pause() {
        if (performance.now() - this.start < this.ms)
            return;
        await (0, promises_1.setImmediate)();
        this.start = performance.now();
    }
}
exports.Slicer = Slicer;
//# sourceMappingURL=slices.js.map