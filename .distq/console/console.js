"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createConsoleHandler = createConsoleHandler;
exports.runConsole = runConsole;
/**
 * The local console: a line-by-line chat with the archive when no Slack tokens are set. With a terminal it
 * prompts; with piped input it echoes each line before its answer, answers every line and ends at end of input.
 */
const node_readline_1 = require("node:readline");
const renderAsk_1 = require("../cli/renderAsk");
const renderDates_1 = require("../cli/renderDates");
const renderDigest_1 = require("../cli/renderDigest");
const renderQuotes_1 = require("../cli/renderQuotes");
const renderText_1 = require("../cli/renderText");
const messages_1 = require("../messages");
const parseLine_1 = require("./parseLine");
const DIGEST_SINCE = /^(?:since\s+(\d{4}-\d{2}-\d{2}))?$/i;
async function digestReply(digest, text) {
    const m = DIGEST_SINCE.exec(text.trim());
    if (!m)
        return { text: messages_1.MSG.badDayOption('since', text.trim().replace(/^since\s+/i, '')), quit: false };
    if (!digest)
        return { text: messages_1.CONSOLE.noDigest, quit: false };
    return { text: (0, renderDigest_1.renderDigestText)(await digest(m[1])), quit: false };
}
function createConsoleHandler(answers, digest) {
    return async (line) => {
        const request = (0, parseLine_1.parseConsoleLine)(line);
        switch (request.kind) {
            case 'empty':
                return { text: '', quit: false };
            case 'quit':
                return { text: messages_1.CONSOLE.goodbye, quit: true };
            case 'help':
                return { text: messages_1.CONSOLE.help, quit: false };
            case 'digest':
                return digestReply(digest, request.text);
            case 'search': {
                const result = answers.search(request.text);
                const text = result.ok ? (0, renderText_1.renderSearchText)(result.answer) : (0, renderText_1.describeQueryProblem)(result, 'search');
                return { text, quit: false };
            }
            case 'ask': {
                const result = answers.ask(request.text);
                const text = result.ok ? (0, renderAsk_1.renderAskText)(result.answer) : (0, renderText_1.describeQueryProblem)(result, '/ask');
                return { text, quit: false };
            }
            case 'timeline': {
                const result = answers.timeline(request.text);
                const text = result.ok
                    ? (0, renderDates_1.renderTimelineText)(result.answer)
                    : (0, renderText_1.describeQueryProblem)(result, '/timeline');
                return { text, quit: false };
            }
            case 'whosaid': {
                const result = answers.whosaid(request.text);
                const text = result.ok ? (0, renderQuotes_1.renderWhoSaidText)(result.answer) : (0, renderText_1.describeQueryProblem)(result, '/whosaid');
                return { text, quit: false };
            }
        }
    };
}
async function runConsole(io, banner, handle) {
    io.write(`${banner}\n\n`);
    const rl = (0, node_readline_1.createInterface)({ input: io.input, terminal: false });
    if (io.isTTY)
        io.write(messages_1.CONSOLE.prompt);
    for await (const line of rl) {
        if (!io.isTTY && line.trim() !== '')
            io.write(`${messages_1.CONSOLE.prompt}${line}\n`);
        const reply = await handle(line);
        if (reply.text)
            io.write(`${reply.text}\n\n`);
        if (reply.quit)
            break;
        if (io.isTTY)
            io.write(messages_1.CONSOLE.prompt);
    }
    rl.close();
}
//# sourceMappingURL=console.js.map