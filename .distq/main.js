"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.main = main;
/** Entry point: `newsdesk …` and `npm start` (= `newsdesk serve`). Parses nothing itself; hands off to the CLI. */
const run_1 = require("./cli/run");
const logger_1 = require("./logger");
/** How long a stopping app may take to finish its work before it exits anyway. */
const SHUTDOWN_GRACE_MS = 9000;
async function main(argv = process.argv.slice(2)) {
    const onStop = [];
    const stop = async () => {
        setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
        await Promise.allSettled(onStop.map((handler) => handler()));
        process.exit(0);
    };
    process.once('SIGTERM', () => void stop());
    process.once('SIGINT', () => void stop());
    process.on('unhandledRejection', (reason) => {
        process.stderr.write(`newsdesk error: unhandled rejection: ${(0, logger_1.redact)(String(reason?.stack ?? reason), [])}\n`);
    });
    const code = await (0, run_1.runCli)(argv, {
        stdout: process.stdout,
        stderr: process.stderr,
        stdin: process.stdin,
        stdinIsTTY: Boolean(process.stdin.isTTY),
        env: process.env,
        cwd: process.cwd(),
        onShutdown: (handler) => onStop.push(handler),
    });
    process.exitCode = code;
}
if (require.main === module)
    void main();
//# sourceMappingURL=main.js.map