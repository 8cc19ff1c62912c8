"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConfigError = exports.DEFAULT_REINDEX_MINUTES = exports.DEFAULT_DIGEST_TZ = exports.DEFAULT_DIGEST_CRON = exports.DEFAULT_PORT = exports.DEFAULT_SLACK_API_URL = void 0;
exports.loadConfig = loadConfig;
exports.secretsOf = secretsOf;
/**
 * The one place that reads the environment. A `.env` file in the working folder is read with dotenv (the real
 * environment wins over it); an empty variable counts as unset. The result is validated and frozen.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const dotenv_1 = require("dotenv");
const logger_1 = require("./logger");
exports.DEFAULT_SLACK_API_URL = 'https://slack.com/api/';
exports.DEFAULT_PORT = 3000;
exports.DEFAULT_DIGEST_CRON = '0 8 * * *';
exports.DEFAULT_DIGEST_TZ = 'UTC';
exports.DEFAULT_REINDEX_MINUTES = 10;
class ConfigError extends Error {
    variable;
    constructor(variable, message) {
        super(`${variable}: ${message}`);
        this.variable = variable;
        this.name = 'ConfigError';
    }
}
exports.ConfigError = ConfigError;
function readDotenv(cwd) {
    const file = (0, node_path_1.resolve)(cwd, '.env');
    if (!(0, node_fs_1.existsSync)(file))
        return {};
    try {
        return (0, dotenv_1.parse)((0, node_fs_1.readFileSync)(file));
    }
    catch (err) {
        throw new ConfigError('.env', `cannot read ${file}: ${err.message}`);
    }
}
function nonEmpty(env, name) {
    const value = env[name]?.trim();
    return value ? value : null;
}
function parsePort(raw) {
    if (raw === null)
        return exports.DEFAULT_PORT;
    const port = Number(raw);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new ConfigError('PORT', `must be a whole number from 0 to 65535, got "${raw}"`);
    }
    return port;
}
function parseLogLevel(raw) {
    if (raw === null)
        return 'info';
    const level = raw.toLowerCase();
    if (!logger_1.LOG_LEVELS.includes(level)) {
        throw new ConfigError('LOG_LEVEL', `must be one of ${logger_1.LOG_LEVELS.join(', ')}, got "${raw}"`);
    }
    return level;
}
function parseDigestEmpty(raw) {
    if (raw === null || raw === 'note')
        return 'note';
    if (raw === 'silent')
        return 'silent';
    throw new ConfigError('DIGEST_EMPTY', `must be "note" or "silent", got "${raw}"`);
}
function parseReindexMinutes(raw) {
    if (raw === null)
        return exports.DEFAULT_REINDEX_MINUTES;
    const minutes = Number(raw);
    if (!Number.isFinite(minutes) || minutes < 0) {
        throw new ConfigError('REINDEX_MINUTES', `must be a number of minutes, 0 or more, got "${raw}"`);
    }
    return minutes;
}
function parseTimeZone(raw) {
    const tz = raw ?? exports.DEFAULT_DIGEST_TZ;
    try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return tz;
    }
    catch {
        throw new ConfigError('DIGEST_TZ', `is not a time zone: "${tz}" (use a name such as Europe/London)`);
    }
}
function parseApiUrl(raw) {
    if (raw === null)
        return exports.DEFAULT_SLACK_API_URL;
    try {
        const url = new URL(raw);
        return url.href.endsWith('/') ? url.href : `${url.href}/`;
    }
    catch {
        throw new ConfigError('SLACK_API_URL', `is not a URL: "${raw}"`);
    }
}
function loadConfig(sources = {}) {
    const cwd = sources.cwd ?? process.cwd();
    const env = { ...readDotenv(cwd), ...(sources.env ?? process.env) };
    const get = (name) => nonEmpty(env, name);
    return Object.freeze({
        slackBotToken: get('SLACK_BOT_TOKEN'),
        slackAppToken: get('SLACK_APP_TOKEN'),
        slackSigningSecret: get('SLACK_SIGNING_SECRET'),
        port: parsePort(get('PORT')),
        slackApiUrl: parseApiUrl(get('SLACK_API_URL')),
        corpusDir: (0, node_path_1.resolve)(cwd, sources.overrides?.corpusDir ?? get('CORPUS_DIR') ?? 'corpus'),
        dataDir: (0, node_path_1.resolve)(cwd, sources.overrides?.dataDir ?? get('DATA_DIR') ?? 'data'),
        digestChannel: get('DIGEST_CHANNEL'),
        digestCron: get('DIGEST_CRON') ?? exports.DEFAULT_DIGEST_CRON,
        digestTz: parseTimeZone(get('DIGEST_TZ')),
        digestEmpty: parseDigestEmpty(get('DIGEST_EMPTY')),
        reindexMinutes: parseReindexMinutes(get('REINDEX_MINUTES')),
        logLevel: parseLogLevel(get('LOG_LEVEL')),
    });
}
/** The values that must never be logged. */
function secretsOf(config) {
    return [config.slackBotToken, config.slackAppToken, config.slackSigningSecret].filter((v) => v !== null);
}
//# sourceMappingURL=config.js.map