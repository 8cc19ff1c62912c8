"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EVENTS_PATH = exports.BODY_LIMIT = exports.API_TIMEOUT_MS = exports.API_RETRY = void 0;
exports.createApp = createApp;
/**
 * Builds the Bolt app: Socket Mode when an app token is set, otherwise HTTP (`POST /slack/events`). The Web API
 * client points at SLACK_API_URL with an explicit retry policy and request timeout; request bodies are capped.
 */
const bolt_1 = require("@slack/bolt");
const boltLogger_1 = require("./boltLogger");
const guards_1 = require("./guards");
const listeners_1 = require("./listeners");
/** Web API calls: two retries with backoff, then give up; ten seconds per request at most. */
exports.API_RETRY = {
    retries: 2,
    factor: 2,
    minTimeout: 500,
    maxTimeout: 3000,
    randomize: true,
};
exports.API_TIMEOUT_MS = 10_000;
exports.BODY_LIMIT = '256kb';
exports.EVENTS_PATH = '/slack/events';
function receiverFor(config, logger) {
    if (config.slackAppToken) {
        const socket = new bolt_1.SocketModeReceiver({
            appToken: config.slackAppToken,
            logger,
            installerOptions: { clientOptions: { slackApiUrl: config.slackApiUrl, timeout: exports.API_TIMEOUT_MS } },
        });
        return { http: null, socket };
    }
    const http = new bolt_1.HTTPReceiver({
        signingSecret: config.slackSigningSecret ?? '',
        endpoints: exports.EVENTS_PATH,
        logger,
        bodyLimit: exports.BODY_LIMIT,
        processBeforeResponse: false,
    });
    return { http, socket: null };
}
function createApp(deps) {
    const { config } = deps;
    const logger = (0, boltLogger_1.boltLogger)(deps.logger, config.logLevel === 'debug' ? bolt_1.LogLevel.DEBUG : bolt_1.LogLevel.INFO);
    const { http, socket } = receiverFor(config, logger);
    const app = new bolt_1.App({
        token: config.slackBotToken ?? '',
        receiver: (http ?? socket),
        logger,
        clientOptions: { slackApiUrl: config.slackApiUrl, retryConfig: exports.API_RETRY, timeout: exports.API_TIMEOUT_MS },
    });
    const inFlight = new guards_1.InFlight();
    (0, listeners_1.registerListeners)(app, {
        ...deps,
        deduper: deps.deduper ?? new guards_1.EventDeduper(),
        rateLimiter: deps.rateLimiter ?? new guards_1.RateLimiter(),
        inFlight,
    });
    return { app, http, socketMode: socket !== null, inFlight };
}
//# sourceMappingURL=createApp.js.map