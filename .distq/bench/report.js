"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderReport = renderReport;
const queries_1 = require("./queries");
const COMMANDS = Object.keys(queries_1.BENCH_QUERIES);
function row(s) {
    const latency = COMMANDS.map((c) => `${s.p50ms[c]} / ${s.p95ms[c]} / ${s.p99ms[c]}`);
    const ack = s.ackP99msDuringReindex === null ? 'not measured' : String(s.ackP99msDuringReindex);
    return `| ${s.articles} | ${s.buildSeconds} | ${s.heapMB} | ${s.snapshotMB} | ${s.snapshotLoadSeconds} | ${latency.join(' | ')} | ${ack} |`;
}
function renderReport(report) {
    const header = `| articles | build s | heap MB | snapshot MB | load s | ${COMMANDS.map((c) => `${c} p50/p95/p99 ms`).join(' | ')} | ack p99 ms |`;
    const rule = `|${'---|'.repeat(6 + COMMANDS.length)}`;
    return [`Machine: ${report.machine}`, '', header, rule, ...report.sizes.map(row), ''].join('\n');
}
//# sourceMappingURL=report.js.map