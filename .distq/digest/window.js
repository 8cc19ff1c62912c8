"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_WINDOW_DAYS = void 0;
exports.digestWindow = digestWindow;
const schedule_1 = require("./schedule");
exports.MAX_WINDOW_DAYS = 7;
async function digestWindow(ledger, channel, day, requested = {}) {
    const until = requested.until ?? day;
    if (requested.since)
        return { since: requested.since, until };
    const last = channel ? await ledger.lastPostedUntil(channel) : null;
    const earliest = (0, schedule_1.addDaysIso)(until, -exports.MAX_WINDOW_DAYS);
    const since = last ? (0, schedule_1.addDaysIso)(last, 1) : (0, schedule_1.addDaysIso)(until, -1);
    return { since: since < earliest ? earliest : since > until ? until : since, until };
}
//# sourceMappingURL=window.js.map