/**
 * The one place that reads the environment. A `.env` file in the working folder is read with dotenv (the real
 * environment wins over it); an empty variable counts as unset. The result is validated and frozen.
 */

import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { ConfigError } from './errors';
import { LOG_LEVELS, type LogLevel } from './logger';

export interface Config {
  readonly slackBotToken: string | null;
  readonly slackAppToken: string | null;
  readonly slackSigningSecret: string | null;
  readonly port: number;
  /** The address HTTP mode listens on: every interface by default, 127.0.0.1 for this machine only. */
  readonly host: string;
  readonly slackApiUrl: string;
  readonly corpusDir: string;
  readonly dataDir: string;
  readonly digestChannel: string | null;
  readonly digestCron: string;
  readonly digestTz: string;
  /** A day with nothing new: post a one-line note, or nothing. */
  readonly digestEmpty: 'note' | 'silent';
  /** How often a running app looks for new, edited and removed articles (minutes; 0: only at start). */
  readonly reindexMinutes: number;
  /** Worker threads that extract quotes and dates while indexing (one per core by default; 0: on the main thread). */
  readonly indexWorkers: number;
  readonly logLevel: LogLevel;
  /** PostgreSQL (postgres://…): the shared archive, queue and state of several instances; null: the data folder. */
  readonly databaseUrl: string | null;
  /** How long a worker's claim on a queued article lasts before another worker may take it over (seconds). */
  readonly indexLeaseSeconds: number;
  /** Where the article sources are configured (sources.yml); when it does not exist the corpus folder is read. */
  readonly sourcesFile?: string;
  /** The shared secret a CMS signs `POST /ingest` webhooks with; null: no webhook accepted. */
  readonly ingestSecret?: string | null;
  /** Slack user ids that see the feedback counts in App Home (ADMIN_USERS, comma or space separated). */
  readonly adminUsers: readonly string[];
}

export const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';
export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = '0.0.0.0';
export const DEFAULT_DIGEST_CRON = '0 8 * * *';
export const DEFAULT_DIGEST_TZ = 'UTC';
export const DEFAULT_REINDEX_MINUTES = 10;

export { ConfigError };

export interface ConfigSources {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Values from the command line (`--corpus`, `--data`), which win over the environment. */
  overrides?: { corpusDir?: string | undefined; dataDir?: string | undefined };
}

type Env = Record<string, string | undefined>;

function readDotenv(cwd: string): Env {
  const file = resolve(cwd, '.env');
  if (!existsSync(file)) return {};
  try {
    return parseDotenv(readFileSync(file));
  } catch (err) {
    throw new ConfigError('.env', `cannot read ${file}: ${(err as Error).message}`);
  }
}

function nonEmpty(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

function parsePort(raw: string | null): number {
  if (raw === null) return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError('PORT', `must be a whole number from 0 to 65535, got "${raw}"`);
  }
  return port;
}

function parseHost(raw: string | null): string {
  if (raw === null) return DEFAULT_HOST;
  if (/[\s/]/.test(raw))
    throw new ConfigError('HOST', `must be a host name or an address such as 127.0.0.1, got "${raw}"`);
  return raw;
}

function parseLogLevel(raw: string | null): LogLevel {
  if (raw === null) return 'info';
  const level = raw.toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  }
  return level as LogLevel;
}

function parseDigestEmpty(raw: string | null): 'note' | 'silent' {
  if (raw === null || raw === 'note') return 'note';
  if (raw === 'silent') return 'silent';
  throw new ConfigError('DIGEST_EMPTY', `must be "note" or "silent", got "${raw}"`);
}

function parseReindexMinutes(raw: string | null): number {
  if (raw === null) return DEFAULT_REINDEX_MINUTES;
  const minutes = Number(raw);
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new ConfigError('REINDEX_MINUTES', `must be a number of minutes, 0 or more, got "${raw}"`);
  }
  return minutes;
}

function parseIndexWorkers(raw: string | null): number {
  if (raw === null) return availableParallelism();
  const workers = Number(raw);
  if (!Number.isInteger(workers) || workers < 0 || workers > 64) {
    throw new ConfigError('INDEX_WORKERS', `must be a whole number from 0 to 64, got "${raw}"`);
  }
  return workers;
}

function parseTimeZone(raw: string | null): string {
  const tz = raw ?? DEFAULT_DIGEST_TZ;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz;
  } catch {
    throw new ConfigError('DIGEST_TZ', `is not a time zone: "${tz}" (use a name such as Europe/London)`);
  }
}

function parseApiUrl(raw: string | null): string {
  if (raw === null) return DEFAULT_SLACK_API_URL;
  try {
    const url = new URL(raw);
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
  } catch {
    throw new ConfigError('SLACK_API_URL', `is not a URL: "${raw}"`);
  }
}

export const DEFAULT_INDEX_LEASE_SECONDS = 60;

function parseLeaseSeconds(raw: string | null): number {
  if (raw === null) return DEFAULT_INDEX_LEASE_SECONDS;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 1)
    throw new ConfigError('INDEX_LEASE_SECONDS', `must be a number of seconds, 1 or more, got "${raw}"`);
  return seconds;
}

function parseDatabaseUrl(raw: string | null): string | null {
  if (raw === null) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', 'is not a URL (postgres://user:password@host:5432/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')
    throw new ConfigError('DATABASE_URL', `must start with postgres://, got "${url.protocol}"`);
  return raw;
}

export function loadConfig(sources: ConfigSources = {}): Config {
  const cwd = sources.cwd ?? process.cwd();
  const env: Env = { ...readDotenv(cwd), ...(sources.env ?? process.env) };
  const get = (name: string) => nonEmpty(env, name);
  return Object.freeze({
    slackBotToken: get('SLACK_BOT_TOKEN'),
    slackAppToken: get('SLACK_APP_TOKEN'),
    slackSigningSecret: get('SLACK_SIGNING_SECRET'),
    port: parsePort(get('PORT')),
    host: parseHost(get('HOST')),
    slackApiUrl: parseApiUrl(get('SLACK_API_URL')),
    corpusDir: resolve(cwd, sources.overrides?.corpusDir ?? get('CORPUS_DIR') ?? 'corpus'),
    dataDir: resolve(cwd, sources.overrides?.dataDir ?? get('DATA_DIR') ?? 'data'),
    digestChannel: get('DIGEST_CHANNEL'),
    digestCron: get('DIGEST_CRON') ?? DEFAULT_DIGEST_CRON,
    digestTz: parseTimeZone(get('DIGEST_TZ')),
    digestEmpty: parseDigestEmpty(get('DIGEST_EMPTY')),
    reindexMinutes: parseReindexMinutes(get('REINDEX_MINUTES')),
    indexWorkers: parseIndexWorkers(get('INDEX_WORKERS')),
    logLevel: parseLogLevel(get('LOG_LEVEL')),
    databaseUrl: parseDatabaseUrl(get('DATABASE_URL')),
    indexLeaseSeconds: parseLeaseSeconds(get('INDEX_LEASE_SECONDS')),
    sourcesFile: resolve(cwd, get('SOURCES_FILE') ?? 'sources.yml'),
    ingestSecret: get('INGEST_SECRET'),
    adminUsers: Object.freeze((get('ADMIN_USERS') ?? '').split(/[\s,]+/).filter(Boolean)),
  });
}

/** The values that must never be logged. */
export function secretsOf(config: Config): string[] {
  const password = config.databaseUrl ? decodeURIComponent(new URL(config.databaseUrl).password) : null;
  return [
    config.slackBotToken,
    config.slackAppToken,
    config.slackSigningSecret,
    config.databaseUrl,
    password,
    config.ingestSecret,
  ].filter((v): v is string => typeof v === 'string' && v !== '');
}
