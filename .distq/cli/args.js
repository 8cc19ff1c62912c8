"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UsageError = void 0;
exports.parseCliArgs = parseCliArgs;
/** Parses the command line into a command, its words and the global options, or a usage problem. */
const node_util_1 = require("node:util");
const messages_1 = require("../messages");
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
exports.UsageError = UsageError;
const OPTIONS = {
    corpus: { type: 'string' },
    data: { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    limit: { type: 'string' },
    published: { type: 'string' },
    since: { type: 'string' },
    until: { type: 'string' },
    post: { type: 'boolean', default: false },
};
function parseLimit(raw) {
    if (raw === undefined)
        return undefined;
    const limit = Number(raw);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100)
        throw new UsageError(messages_1.MSG.badLimit(raw));
    return limit;
}
function parseCliArgs(argv) {
    let parsed;
    try {
        parsed = (0, node_util_1.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw new UsageError(messages_1.MSG.badOption(err.message.split('\n')[0] ?? 'bad option'));
    }
    const [command = null, ...words] = parsed.positionals;
    const { values } = parsed;
    return {
        command,
        words,
        text: words.join(' '),
        json: values.json,
        help: values.help,
        ...(values.corpus !== undefined && { corpus: values.corpus }),
        ...(values.data !== undefined && { data: values.data }),
        ...(values.limit !== undefined && { limit: parseLimit(values.limit) }),
        ...(values.published !== undefined && { published: values.published }),
        ...(values.since !== undefined && { since: values.since }),
        ...(values.until !== undefined && { until: values.until }),
        post: values.post,
    };
}
//# sourceMappingURL=args.js.map