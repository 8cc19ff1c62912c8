"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.COMMANDS = exports.serveCommand = exports.indexCommand = exports.datesCommand = exports.quotesCommand = exports.checkQuotesCommand = exports.digestCommand = exports.askCommand = exports.timelineCommand = exports.whosaidCommand = exports.searchCommand = void 0;
const promises_1 = require("node:fs/promises");
const node_path_1 = require("node:path");
const web_api_1 = require("@slack/web-api");
/** The command-line commands available in this version: search, index, serve. */
const answers_1 = require("../answers/answers");
const console_1 = require("../console/console");
const listCorpusFiles_1 = require("../corpus/listCorpusFiles");
const loadArticles_1 = require("../corpus/loadArticles");
const extractDates_1 = require("../dates/extractDates");
const ledger_1 = require("../digest/ledger");
const publish_1 = require("../digest/publish");
const schedule_1 = require("../digest/schedule");
const service_1 = require("../digest/service");
const messages_1 = require("../messages");
const extractQuotes_1 = require("../quotes/extractQuotes");
const snapshot_1 = require("../search/snapshot");
const boltLogger_1 = require("../slack/boltLogger");
const createApp_1 = require("../slack/createApp");
const digestPoster_1 = require("../slack/digestPoster");
const renderAnswers_1 = require("../slack/renderAnswers");
const runSlack_1 = require("../slack/runSlack");
const args_1 = require("./args");
const context_1 = require("./context");
const renderAsk_1 = require("./renderAsk");
const renderCheckQuotes_1 = require("./renderCheckQuotes");
const renderDates_1 = require("./renderDates");
const renderDigest_1 = require("./renderDigest");
const renderQuotes_1 = require("./renderQuotes");
const renderText_1 = require("./renderText");
/** A command that answers a query over the archive: JSON with --json, else the text rendering. */
function queryCommand(name, answer, render) {
    return async (ctx) => {
        const opened = await (0, context_1.openIndex)(ctx);
        const result = answer((0, answers_1.createAnswers)(opened.archive), ctx);
        if (!result.ok)
            throw new args_1.UsageError((0, renderText_1.describeQueryProblem)(result, name));
        (0, context_1.print)(ctx, result.answer, () => render(result.answer));
        return 0;
    };
}
exports.searchCommand = queryCommand('search', (a, ctx) => a.search(ctx.args.text, ctx.args.limit), renderText_1.renderSearchText);
exports.whosaidCommand = queryCommand('whosaid', (a, ctx) => a.whosaid(ctx.args.text), renderQuotes_1.renderWhoSaidText);
exports.timelineCommand = queryCommand('timeline', (a, ctx) => a.timeline(ctx.args.text), renderDates_1.renderTimelineText);
exports.askCommand = queryCommand('ask', (a, ctx) => a.ask(ctx.args.text), renderAsk_1.renderAskText);
/** Reads the articles of a file or folder named on the command line, warning once per unusable file. */
async function articlesAt(ctx, command) {
    const path = ctx.args.words[0];
    if (!path)
        throw new args_1.UsageError(messages_1.MSG.needsPath(command));
    const listing = await (0, listCorpusFiles_1.listPath)((0, node_path_1.resolve)(ctx.io.cwd, path));
    const articles = [];
    for (const file of listing.files) {
        const outcome = await (0, loadArticles_1.loadArticle)(file, { logger: ctx.logger, hash: snapshot_1.contentHash });
        if (outcome.ok)
            articles.push(outcome.loaded.article);
        else
            listing.skipped.push(outcome.skipped);
    }
    for (const s of listing.skipped)
        ctx.logger.warn(`skipped ${s.file}: ${s.reason}`);
    return articles;
}
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
function checkDay(option, value) {
    if (value !== undefined && !ISO_DAY.test(value))
        throw new args_1.UsageError(messages_1.MSG.badDayOption(option, value));
}
/** `digest [--since D] [--until D] [--post]`: the digest of a window; --post sends it to DIGEST_CHANNEL once per day. */
const digestCommand = async (ctx) => {
    checkDay('--since', ctx.args.since);
    checkDay('--until', ctx.args.until);
    const { config, logger } = ctx;
    if (ctx.args.post && (!config.slackBotToken || !config.digestChannel))
        throw new args_1.UsageError(messages_1.MSG.digestNeedsSlack);
    const opened = await (0, context_1.openIndex)(ctx);
    const ledger = new ledger_1.DigestLedger(config.dataDir, logger);
    const now = () => new Date();
    const deps = { archive: opened.archive, firstIndexed: opened.firstIndexed, ledger, config, now };
    const day = ctx.args.until ?? (0, schedule_1.dayIn)(config.digestTz, now());
    const digest = await (0, service_1.digestFor)(deps, { since: ctx.args.since, until: ctx.args.until, day });
    if (!ctx.args.post) {
        (0, context_1.print)(ctx, digest, () => (0, renderDigest_1.renderDigestText)(digest));
        return 0;
    }
    const client = new web_api_1.WebClient(config.slackBotToken, {
        logger: (0, boltLogger_1.boltLogger)(logger),
        slackApiUrl: config.slackApiUrl,
        retryConfig: createApp_1.API_RETRY,
        timeout: createApp_1.API_TIMEOUT_MS,
    });
    const outcome = await (0, publish_1.publishDigest)({
        ledger,
        poster: (0, digestPoster_1.webClientPoster)(client),
        logger,
        channel: config.digestChannel,
        day,
        digest,
        render: (d, marker) => (0, renderAnswers_1.digestMessage)(d, marker),
        whenEmpty: config.digestEmpty,
        now,
    });
    const said = outcome.posted
        ? messages_1.MSG.digestPosted(config.digestChannel, day)
        : messages_1.MSG.digestNotPosted(day, outcome.reason, outcome.at);
    (0, context_1.print)(ctx, { ...digest, post: outcome }, () => `${(0, renderDigest_1.renderDigestText)(digest)}\n\n${said}`);
    if (ctx.args.json)
        ctx.io.stderr.write(`${said}\n`);
    return 0;
};
exports.digestCommand = digestCommand;
/** `checkquotes <file|->`: the draft from a file, or standard input with "-". */
const checkQuotesCommand = async (ctx) => {
    const source = ctx.args.words[0];
    if (!source)
        throw new args_1.UsageError(messages_1.MSG.checkNeedsDraft);
    const draft = source === '-' ? await readAll(ctx.io.stdin) : await (0, promises_1.readFile)((0, node_path_1.resolve)(ctx.io.cwd, source), 'utf8');
    const opened = await (0, context_1.openIndex)(ctx);
    const answer = (0, answers_1.createAnswers)(opened.archive).checkquotes(draft);
    (0, context_1.print)(ctx, answer, () => (0, renderCheckQuotes_1.renderCheckQuotesText)(answer));
    return 0;
};
exports.checkQuotesCommand = checkQuotesCommand;
async function readAll(stream) {
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks).toString('utf8');
}
const quotesCommand = async (ctx) => {
    const articles = await articlesAt(ctx, 'quotes');
    const report = {
        articles: articles.map((a) => ({ articleId: a.id, quotes: (0, extractQuotes_1.extractQuotes)(a) })),
    };
    (0, context_1.print)(ctx, report, () => (0, renderQuotes_1.renderQuotesText)(report));
    return 0;
};
exports.quotesCommand = quotesCommand;
const datesCommand = async (ctx) => {
    const override = ctx.args.published;
    if (override !== undefined && !(0, extractDates_1.referenceDay)(override))
        throw new args_1.UsageError(messages_1.MSG.badPublished(override));
    const articles = await articlesAt(ctx, 'dates');
    const report = {
        articles: articles.map((a) => {
            const published = override ?? a.published;
            return { articleId: a.id, published, expressions: (0, extractDates_1.extractDates)(a, (0, extractDates_1.referenceDay)(published)) };
        }),
    };
    (0, context_1.print)(ctx, report, () => (0, renderDates_1.renderDatesText)(report));
    return 0;
};
exports.datesCommand = datesCommand;
const indexCommand = async (ctx) => {
    const { stats, skipped } = await (0, context_1.openIndex)(ctx);
    (0, context_1.print)(ctx, { ...stats, skipped }, () => (0, renderText_1.renderIndexText)(stats, skipped));
    return 0;
};
exports.indexCommand = indexCommand;
/** A folder as a person would type it: relative to the working folder when inside it. */
function displayPath(cwd, dir) {
    const rel = (0, node_path_1.relative)(cwd, dir);
    return rel === '' ? '.' : rel.startsWith('..') || (0, node_path_1.isAbsolute)(rel) ? dir : rel;
}
/** Runs the Slack app until the process is stopped; SIGTERM lets work in flight finish first. */
async function serveSlack(ctx) {
    const running = await (0, runSlack_1.runSlack)({
        config: ctx.config,
        logger: ctx.logger,
        loadIndex: () => (0, context_1.openIndex)(ctx),
        refreshIndex: (opened) => (0, context_1.refreshIndex)(ctx, opened),
    });
    ctx.io.onShutdown?.(async () => {
        ctx.logger.info('stopping: no new requests; finishing the ones in flight');
        await running.stop();
    });
    try {
        await running.loaded;
    }
    catch (err) {
        await running.stop();
        throw err;
    }
    return new Promise(() => undefined);
}
const serveCommand = async (ctx) => {
    if (ctx.config.slackBotToken)
        return serveSlack(ctx);
    const opened = await (0, context_1.openIndex)(ctx);
    const { articles, passages } = opened.archive.size;
    const ledger = new ledger_1.DigestLedger(ctx.config.dataDir, ctx.logger);
    const digestDeps = {
        archive: opened.archive,
        firstIndexed: opened.firstIndexed,
        ledger,
        config: ctx.config,
        now: () => new Date(),
    };
    const handle = (0, console_1.createConsoleHandler)((0, answers_1.createAnswers)(opened.archive), (since) => (0, service_1.digestFor)(digestDeps, { since }));
    await (0, console_1.runConsole)({ input: ctx.io.stdin, write: (t) => ctx.io.stdout.write(t), isTTY: ctx.io.stdinIsTTY }, messages_1.CONSOLE.banner(articles, passages, displayPath(ctx.io.cwd, ctx.config.corpusDir)), handle);
    return 0;
};
exports.serveCommand = serveCommand;
exports.COMMANDS = {
    search: exports.searchCommand,
    whosaid: exports.whosaidCommand,
    checkquotes: exports.checkQuotesCommand,
    timeline: exports.timelineCommand,
    ask: exports.askCommand,
    digest: exports.digestCommand,
    quotes: exports.quotesCommand,
    dates: exports.datesCommand,
    index: exports.indexCommand,
    serve: exports.serveCommand,
};
//# sourceMappingURL=commands.js.map