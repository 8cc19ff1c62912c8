"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.measureAckDuringReindex = measureAckDuringReindex;
/**
 * How long Slack waits for an acknowledgement while the running app re-indexes changed articles: the real app on
 * loopback (HTTP mode, its Web API pointed at a stand-in), `changed` corpus files edited, a refresh started, and
 * signed `/whosaid` commands sent one after another until it ends. Each figure is the time from sending a command
 * to the app's HTTP 200.
 */
const promises_1 = require("node:fs/promises");
const node_path_1 = __importDefault(require("node:path"));
const promises_2 = require("node:timers/promises");
const config_1 = require("../config");
const openCorpusIndex_1 = require("../search/openCorpusIndex");
const runSlack_1 = require("../slack/runSlack");
const latency_1 = require("./latency");
const slackRequests_1 = require("./slackRequests");
const SECRET = 'bench-signing-secret';
const PAUSE_MS = 10;
/** Edits the first `count` articles of the corpus (a sentence added), so each must be re-indexed. */
async function editArticles(corpusDir, count) {
    const files = (await (0, promises_1.readdir)(corpusDir)).filter((f) => f.endsWith('.md')).slice(0, count);
    for (const file of files) {
        await (0, promises_1.appendFile)(node_path_1.default.join(corpusDir, file), '\nThe desk corrected this article on re-reading it.\n');
    }
    return files.length;
}
async function sendCommand(url, responseUrl, n) {
    const body = (0, slackRequests_1.slashCommandBody)('/whosaid', 'the system is rigged', `U${n}`, responseUrl);
    const headers = {
        ...(0, slackRequests_1.slackSignatureHeaders)(SECRET, body),
        'content-type': 'application/x-www-form-urlencoded',
    };
    const started = performance.now();
    const response = await fetch(url, { method: 'POST', body, headers });
    await response.text();
    if (response.status !== 200)
        throw new Error(`bench: the app answered ${response.status}`);
    return performance.now() - started;
}
async function measureAckDuringReindex(opened, dirs, changedCount, logger) {
    const slack = await (0, slackRequests_1.startAcceptingSlack)();
    const env = { SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.url };
    const config = (0, config_1.loadConfig)({ env: { ...env, PORT: '0', REINDEX_MINUTES: '0' }, cwd: dirs.dataDir });
    const running = await (0, runSlack_1.runSlack)({
        config,
        logger,
        host: '127.0.0.1',
        loadIndex: async () => opened,
        refreshIndex: (current) => (0, openCorpusIndex_1.refreshCorpusIndex)(current, { ...dirs, logger }),
    });
    await running.loaded;
    const url = `http://127.0.0.1:${running.port}/slack/events`;
    await sendCommand(url, `${slack.url}respond`, -1); // warm-up: the first request compiles the request path
    await (0, promises_2.setTimeout)(200);
    const changed = await editArticles(dirs.corpusDir, changedCount);
    const started = performance.now();
    let done = false;
    const refreshing = running.refresh().then(() => {
        done = true;
    });
    const acks = [];
    while (!done) {
        acks.push(await sendCommand(url, `${slack.url}respond`, acks.length));
        await (0, promises_2.setTimeout)(PAUSE_MS);
    }
    await refreshing;
    const reindexSeconds = (performance.now() - started) / 1000;
    await running.stop();
    slack.server.close();
    acks.sort((a, b) => a - b);
    const round = (ms) => Math.round(ms * 10) / 10;
    return {
        changed,
        reindexSeconds: Math.round(reindexSeconds * 10) / 10,
        commands: acks.length,
        ackP50ms: round((0, latency_1.percentile)(acks, 50)),
        ackP99ms: round((0, latency_1.percentile)(acks, 99)),
    };
}
//# sourceMappingURL=ackDuringReindex.js.map