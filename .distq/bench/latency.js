"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.percentile = percentile;
exports.measure = measure;
/** Latency percentiles of a function over a fixed set of inputs. */
const node_perf_hooks_1 = require("node:perf_hooks");
/** The p-th percentile (nearest rank) of ascending values. */
function percentile(sorted, p) {
    if (sorted.length === 0)
        return 0;
    const rank = Math.ceil((p / 100) * sorted.length) - 1;
    return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? 0;
}
const round = (ms) => Math.round(ms * 100) / 100;
/** Runs `fn` on every input `rounds` times (after one warm-up pass) and returns the percentiles in ms. */
function measure(fn, inputs, rounds) {
    for (const input of inputs)
        fn(input);
    const times = [];
    for (let r = 0; r < rounds; r++) {
        for (const input of inputs) {
            const start = node_perf_hooks_1.performance.now();
            fn(input);
            times.push(node_perf_hooks_1.performance.now() - start);
        }
    }
    times.sort((a, b) => a - b);
    return {
        p50: round(percentile(times, 50)),
        p95: round(percentile(times, 95)),
        p99: round(percentile(times, 99)),
    };
}
//# sourceMappingURL=latency.js.map