"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.digestFor = digestFor;
const compose_1 = require("./compose");
const schedule_1 = require("./schedule");
const window_1 = require("./window");
async function digestFor(deps, request = {}) {
    const day = request.day ?? (0, schedule_1.dayIn)(deps.config.digestTz, deps.now());
    const window = await (0, window_1.digestWindow)(deps.ledger, deps.config.digestChannel, day, request);
    return (0, compose_1.composeDigest)(deps.archive, { ...window, firstIndexed: deps.firstIndexed });
}
//# sourceMappingURL=service.js.map