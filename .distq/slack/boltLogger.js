"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.boltLogger = boltLogger;
/** Bolt's logger interface over our logger, so Bolt's lines are levelled, prefixed and scrubbed of secrets too. */
const bolt_1 = require("@slack/bolt");
const text = (parts) => parts
    .map((p) => (typeof p === 'string' ? p : p instanceof Error ? p.message : JSON.stringify(p)))
    .join(' ');
function boltLogger(logger, level = bolt_1.LogLevel.INFO) {
    let current = level;
    return {
        debug: (...m) => logger.debug(`bolt: ${text(m)}`),
        info: (...m) => logger.info(`bolt: ${text(m)}`),
        warn: (...m) => logger.warn(`bolt: ${text(m)}`),
        error: (...m) => logger.error(`bolt: ${text(m)}`),
        setLevel: (l) => {
            current = l;
        },
        getLevel: () => current,
        setName: () => { },
    };
}
//# sourceMappingURL=boltLogger.js.map