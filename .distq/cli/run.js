"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EXIT = void 0;
exports.runCli = runCli;
/**
 * The command line: `newsdesk <command> …`. Returns the exit code: 0 when the command ran (a "not found" answer
 * included), 1 on bad usage with a one-line reason on stderr, 2 when the corpus cannot be read at all.
 */
const config_1 = require("../config");
const listCorpusFiles_1 = require("../corpus/listCorpusFiles");
const logger_1 = require("../logger");
const messages_1 = require("../messages");
const runSlack_1 = require("../slack/runSlack");
const args_1 = require("./args");
const commands_1 = require("./commands");
exports.EXIT = { ok: 0, usage: 1, corpus: 2 };
function commandFor(name) {
    if (name === null)
        throw new args_1.UsageError(messages_1.MSG.noCommand);
    const command = commands_1.COMMANDS[name];
    if (command)
        return command;
    throw new args_1.UsageError(messages_1.MSG.unknownCommand(name));
}
async function runCli(argv, io) {
    const fail = (code, message) => {
        io.stderr.write(`newsdesk: ${message}\n`);
        return code;
    };
    try {
        const args = (0, args_1.parseCliArgs)(argv);
        if (args.help || args.command === 'help') {
            io.stdout.write(`${messages_1.MSG.usage}\n`);
            return exports.EXIT.ok;
        }
        const command = commandFor(args.command);
        const config = (0, config_1.loadConfig)({
            env: io.env,
            cwd: io.cwd,
            overrides: { corpusDir: args.corpus, dataDir: args.data },
        });
        const logger = (0, logger_1.createLogger)({
            level: config.logLevel,
            write: (line) => io.stderr.write(line),
            secrets: (0, config_1.secretsOf)(config),
        });
        return await command({ args, config, logger, io });
    }
    catch (err) {
        if (err instanceof args_1.UsageError)
            return fail(exports.EXIT.usage, err.message);
        if (err instanceof config_1.ConfigError)
            return fail(exports.EXIT.usage, messages_1.MSG.configProblem(err.message));
        if (err instanceof listCorpusFiles_1.CorpusUnreadableError)
            return fail(exports.EXIT.corpus, messages_1.MSG.corpusUnreadable(err.message));
        if (err instanceof runSlack_1.MissingCredentialError)
            return fail(exports.EXIT.usage, err.message);
        return fail(exports.EXIT.usage, `unexpected error: ${err.stack ?? String(err)}`);
    }
}
//# sourceMappingURL=run.js.map