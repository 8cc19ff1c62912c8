"use strict";
/** The one logger: levelled lines on a stream (stderr by default), with secrets scrubbed from every line. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.LOG_LEVELS = void 0;
exports.redact = redact;
exports.createLogger = createLogger;
exports.createMemoryLogger = createMemoryLogger;
exports.LOG_LEVELS = ['debug', 'info', 'warn', 'error'];
/** Slack token shapes (xoxb-, xoxp-, xapp-, …): scrubbed even when nobody registered them as secrets. */
const TOKEN_PATTERN = /\bx(?:ox[abposr]|app)-[A-Za-z0-9-]+/g;
const REDACTED = '[redacted]';
function redact(line, secrets) {
    let out = line.replace(TOKEN_PATTERN, REDACTED);
    for (const secret of secrets) {
        if (secret.length >= 4)
            out = out.split(secret).join(REDACTED);
    }
    return out;
}
function createLogger(options) {
    const threshold = exports.LOG_LEVELS.indexOf(options.level);
    const secrets = options.secrets ?? [];
    const emit = (level, message) => {
        if (exports.LOG_LEVELS.indexOf(level) < threshold)
            return;
        options.write(`newsdesk ${level}: ${redact(message, secrets)}\n`);
    };
    return {
        debug: (m) => emit('debug', m),
        info: (m) => emit('info', m),
        warn: (m) => emit('warn', m),
        error: (m) => emit('error', m),
    };
}
/** A logger that keeps its lines, for tests and for code that reports what it logged. */
function createMemoryLogger(level = 'debug') {
    const lines = [];
    const logger = createLogger({ level, write: (line) => lines.push(line.trimEnd()) });
    return Object.assign(logger, { lines });
}
//# sourceMappingURL=logger.js.map