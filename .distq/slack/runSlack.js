"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MissingCredentialError = void 0;
exports.checkCredentials = checkCredentials;
exports.runSlack = runSlack;
const answers_1 = require("../answers/answers");
const ledger_1 = require("../digest/ledger");
const publish_1 = require("../digest/publish");
const schedule_1 = require("../digest/schedule");
const service_1 = require("../digest/service");
const messages_1 = require("../messages");
const refresher_1 = require("../search/refresher");
const createApp_1 = require("./createApp");
const digestPoster_1 = require("./digestPoster");
const httpServer_1 = require("./httpServer");
const renderAnswers_1 = require("./renderAnswers");
class MissingCredentialError extends Error {
}
exports.MissingCredentialError = MissingCredentialError;
/** Says which variable is missing and where to get it, or nothing when the credentials are complete. */
function checkCredentials(config) {
    if (!config.slackBotToken) {
        throw new MissingCredentialError(messages_1.SLACK.missingCredential('SLACK_BOT_TOKEN', 'the bot token (xoxb-…) from your app\'s "OAuth & Permissions" page'));
    }
    if (!config.slackAppToken && !config.slackSigningSecret) {
        throw new MissingCredentialError(messages_1.SLACK.missingCredential('SLACK_SIGNING_SECRET', 'HTTP mode needs the signing secret from your app\'s "Basic Information" page (or set SLACK_APP_TOKEN for Socket Mode)'));
    }
}
/** Brings the loaded state up to date after a refresh changed the archive in place. */
function refreshed(state, opened, logger) {
    const { stats } = opened;
    if (stats.snapshot !== 'reused') {
        logger.info(`index refreshed: ${stats.indexed} re-indexed, ${stats.removed} removed in ${stats.seconds} s`);
    }
    return {
        ...state,
        opened,
        stats: { ...opened.archive.size, indexedAt: stats.indexedAt },
        digest: { ...state.digest, firstIndexed: opened.firstIndexed },
    };
}
/** Posts the day's digest to DIGEST_CHANNEL through the ledger (once per channel and day). */
function scheduledDigest(options, slack, state, ledger) {
    const { config, logger } = options;
    return async (day) => {
        const loaded = state();
        if (!loaded || !config.digestChannel)
            return;
        const digest = await (0, service_1.digestFor)(loaded.digest, { day });
        const outcome = await (0, publish_1.publishDigest)({
            ledger,
            poster: (0, digestPoster_1.webClientPoster)(slack.app.client),
            logger,
            channel: config.digestChannel,
            day,
            digest,
            render: (d, marker) => (0, renderAnswers_1.digestMessage)(d, marker),
            whenEmpty: config.digestEmpty,
            now: options.now ?? (() => new Date()),
        });
        logger.info(outcome.posted ? messages_1.MSG.digestPosted(config.digestChannel, day) : messages_1.MSG.digestNotPosted(day, outcome.reason));
    };
}
async function listenForSlack(options, slack, ready) {
    if (!slack.http) {
        await slack.app.start();
        options.logger.info('connected to Slack (Socket Mode)');
        return { server: null, port: null };
    }
    const server = (0, httpServer_1.createHttpServer)({ receiver: slack.http, ready });
    const port = await (0, httpServer_1.listen)(server, options.config.port, options.host);
    options.logger.info(`listening for Slack on port ${port} (HTTP mode, POST /slack/events)`);
    return { server, port };
}
/** Applies corpus changes to the loaded archive every REINDEX_MINUTES (and on demand), then updates the state. */
function indexRefresher(options, current, update) {
    const { config, logger, refreshIndex } = options;
    return new refresher_1.IndexRefresher({
        everyMs: config.reindexMinutes * 60_000,
        logger,
        refresh: async () => {
            const state = current();
            if (!state || !refreshIndex)
                return;
            update(refreshed(state, await refreshIndex(state.opened), logger));
        },
    });
}
async function runSlack(options) {
    const { config, logger } = options;
    checkCredentials(config);
    const now = options.now ?? (() => new Date());
    const ledger = new ledger_1.DigestLedger(config.dataDir, logger);
    let state = null;
    const slack = (0, createApp_1.createApp)({
        config,
        logger,
        answers: () => state?.answers ?? null,
        stats: () => state?.stats ?? null,
        digest: async (request) => (state ? (0, service_1.digestFor)(state.digest, request) : null),
        ...(options.rateLimiter && { rateLimiter: options.rateLimiter }),
    });
    const { server, port } = await listenForSlack(options, slack, () => state !== null);
    const scheduler = config.digestChannel
        ? new schedule_1.DigestScheduler({
            cron: config.digestCron,
            timeZone: config.digestTz,
            now,
            logger,
            run: scheduledDigest(options, slack, () => state, ledger),
        })
        : null;
    const refresher = indexRefresher(options, () => state, (next) => {
        state = next;
    });
    const loaded = options.loadIndex().then((opened) => {
        const stats = { ...opened.archive.size, indexedAt: opened.stats.indexedAt };
        state = {
            opened,
            answers: (0, answers_1.createAnswers)(opened.archive),
            stats,
            digest: { archive: opened.archive, firstIndexed: opened.firstIndexed, ledger, config, now },
        };
        logger.info(`archive loaded: ${stats.articles} articles, ${stats.passages} passages, ${stats.quotes} quotes`);
        scheduler?.start();
        refresher.start();
    });
    const stop = async () => {
        if (server) {
            const closing = new Promise((resolve) => server.close(() => resolve()));
            server.closeIdleConnections();
            await closing;
        }
        await scheduler?.stop();
        await refresher.stop();
        await slack.inFlight.drain();
        if (!server)
            await slack.app.stop();
    };
    return { slack, port, loaded, scheduler, refresh: () => refresher.refresh(), stop };
}
//# sourceMappingURL=runSlack.js.map