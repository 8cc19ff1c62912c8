import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { ConfigError, DEFAULT_SLACK_API_URL, loadConfig, secretsOf } from '../src/config';
import { tempDir, writeFiles } from './support/tmp';

describe('loadConfig', () => {
  it('gives defaults, resolved against the working folder', () => {
    const cwd = tempDir();
    const config = loadConfig({ env: {}, cwd });
    expect(config).toMatchObject({
      slackBotToken: null,
      port: 3000,
      host: '0.0.0.0',
      slackApiUrl: DEFAULT_SLACK_API_URL,
      corpusDir: join(cwd, 'corpus'),
      dataDir: join(cwd, 'data'),
      logLevel: 'info',
      reindexMinutes: 10,
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(loadConfig({ env: { REINDEX_MINUTES: '0.5' }, cwd }).reindexMinutes).toBe(0.5);
    expect(config.indexWorkers).toBe(availableParallelism());
    expect(loadConfig({ env: { INDEX_WORKERS: '0' }, cwd }).indexWorkers).toBe(0);
  });

  it('treats an empty variable as unset', () => {
    const config = loadConfig({
      env: { SLACK_APP_TOKEN: '', SLACK_BOT_TOKEN: '  ', PORT: '' },
      cwd: tempDir(),
    });
    expect(config).toMatchObject({ slackAppToken: null, slackBotToken: null, port: 3000 });
  });

  it('reads .env, lets the real environment win, and lets --corpus/--data win over both', () => {
    const cwd = tempDir();
    writeFiles(cwd, { '.env': 'CORPUS_DIR=from-dotenv\nDATA_DIR=dotenv-data\nPORT=4000\n' });
    const config = loadConfig({ env: { PORT: '5000' }, cwd, overrides: { dataDir: '/tmp/override' } });
    expect(config).toMatchObject({
      corpusDir: join(cwd, 'from-dotenv'),
      dataDir: '/tmp/override',
      port: 5000,
    });
  });

  it('reads HOST for HTTP mode: every interface by default, this machine only with 127.0.0.1', () => {
    expect(loadConfig({ env: { HOST: '127.0.0.1' }, cwd: tempDir() }).host).toBe('127.0.0.1');
    expect(loadConfig({ env: { HOST: '::1' }, cwd: tempDir() }).host).toBe('::1');
    expect(loadConfig({ env: { HOST: ' ' }, cwd: tempDir() }).host).toBe('0.0.0.0');
  });

  it('adds the trailing slash to SLACK_API_URL', () => {
    expect(
      loadConfig({ env: { SLACK_API_URL: 'http://127.0.0.1:9999/api' }, cwd: tempDir() }).slackApiUrl,
    ).toBe('http://127.0.0.1:9999/api/');
  });

  it.each([
    ['PORT', 'eighty', 'PORT: must be a whole number from 0 to 65535, got "eighty"'],
    [
      'HOST',
      'http://127.0.0.1',
      'HOST: must be a host name or an address such as 127.0.0.1, got "http://127.0.0.1"',
    ],
    ['LOG_LEVEL', 'verbose', 'LOG_LEVEL: must be one of debug, info, warn, error, got "verbose"'],
    ['SLACK_API_URL', 'not a url', 'SLACK_API_URL: is not a URL: "not a url"'],
    ['REINDEX_MINUTES', '-5', 'REINDEX_MINUTES: must be a number of minutes, 0 or more, got "-5"'],
    ['INDEX_WORKERS', 'many', 'INDEX_WORKERS: must be a whole number from 0 to 64, got "many"'],
    ['DATABASE_URL', 'mysql://db/x', 'DATABASE_URL: must start with postgres://, got "mysql:"'],
    ['DATABASE_URL', 'not a url', 'DATABASE_URL: is not a URL'],
    ['INDEX_LEASE_SECONDS', '0', 'INDEX_LEASE_SECONDS: must be a number of seconds, 1 or more, got "0"'],
  ])('names %s when its value is bad', (name, value, message) => {
    const load = () => loadConfig({ env: { [name]: value }, cwd: tempDir() });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(message);
  });

  it('lists the secrets that must never be logged', () => {
    const config = loadConfig({
      env: { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'abc123' },
      cwd: tempDir(),
    });
    expect(secretsOf(config)).toEqual(['xoxb-1', 'abc123']);
  });

  it('reads DATABASE_URL (unset: the data folder) and counts it and its password as secrets', () => {
    expect(loadConfig({ env: {}, cwd: tempDir() }).databaseUrl).toBeNull();
    const url = 'postgres://newsdesk:s%40cret@db.internal:5432/newsdesk';
    const config = loadConfig({ env: { DATABASE_URL: url }, cwd: tempDir() });
    expect(config.databaseUrl).toBe(url);
    expect(config.indexLeaseSeconds).toBe(60);
    expect(secretsOf(config)).toEqual([url, 's@cret']);
  });
});
