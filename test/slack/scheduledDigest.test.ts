/**
 * The scheduled digest on a full disk: the ledger cannot be written (ENOSPC, injected), so nothing is posted; the
 * schedule tries again with backoff and, once there is room, posts the digest exactly once.
 */
import fsPromises from 'node:fs/promises';
import { servicesOver } from '../../src/app/services';
import type { LiveServices, Services } from '../../src/commands/services';
import type { Config } from '../../src/config';
import { loadConfig } from '../../src/config';
import { DigestLedger } from '../../src/digest/ledger';
import { DigestScheduler } from '../../src/digest/schedule';
import type { Logger } from '../../src/logger';
import { createMemoryLogger } from '../../src/logger';
import { LiveArchive } from '../../src/search/sync/liveArchive';
import { FileChannelSettings } from '../../src/settings/fileStore';
import { tokenPoster } from '../../src/slack/digestPoster';
import { scheduledDigest } from '../../src/slack/runSlack';
import { archiveOf } from '../support/archive';
import { articleFrom } from '../support/article';
import { type FakeSlack, startFakeSlack } from '../support/fakeSlack';
import { tempDir } from '../support/tmp';

/** The poster the app builds: the Web API at SLACK_API_URL (the fake Slack). */
const posterFor = (config: Config, logger: Logger) =>
  tokenPoster(config.slackBotToken ?? '', config.slackApiUrl, logger);

const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

function fillTheDisk(): () => void {
  const writes = jest.spyOn(fsPromises, 'writeFile').mockRejectedValue(enospc());
  const opens = jest.spyOn(fsPromises, 'open').mockRejectedValue(enospc());
  return () => {
    writes.mockRestore();
    opens.mockRestore();
  };
}

function liveOver(services: Services | null): LiveServices {
  return {
    current: () => services,
    notReady: () => (services ? null : { why: 'loading the archive', rebuilding: false }),
    loaded: Promise.resolve(services as Services),
    refresh: async () => undefined,
    startRefreshing: () => undefined,
    stop: async () => undefined,
  };
}

let fake: FakeSlack;
beforeEach(async () => {
  fake = await startFakeSlack();
});
afterEach(async () => {
  jest.restoreAllMocks();
  await fake.stop();
});

function setUp(now: () => Date) {
  const dataDir = tempDir();
  const env = {
    DATA_DIR: dataDir,
    DIGEST_CHANNEL: 'C9',
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_API_URL: fake.apiUrl,
  };
  const config = loadConfig({ env, cwd: tempDir() });
  const logger = createMemoryLogger('debug');
  const archive = archiveOf(
    articleFrom('"The ferry will run every hour," said Nora Fisk, the harbor master, on Tuesday.', {
      id: 'ferry',
      published: '2025-04-01',
    }),
  );
  const size = archive.sizeNow();
  const opened = {
    archive: new LiveArchive(archive),
    skipped: [],
    firstIndexed: new Map<string, string>(),
    rebuilt: Promise.resolve(null),
    stats: {
      ...size,
      reused: 0,
      indexed: 1,
      removed: 0,
      snapshot: 'built' as const,
      seconds: 0,
      indexedAt: '',
    },
  };
  const services = servicesOver(opened, { config, logger, ledger: new DigestLedger(dataDir, logger), now });
  return { config, logger, services };
}

const posts = () => fake.calls.filter((c) => c.method === 'chat.postMessage');

describe('the scheduled digest', () => {
  it('skipped for a full disk, is tried again with backoff and posted once when there is room', async () => {
    let now = new Date('2025-04-02T08:00:30Z');
    const clock = () => now;
    const { config, logger, services } = setUp(clock);
    const run = scheduledDigest({
      config,
      logger,
      live: liveOver(services),
      poster: posterFor(config, logger),
    });
    const scheduler = new DigestScheduler({
      cron: '0 8 * * *',
      timeZone: 'UTC',
      now: clock,
      logger,
      run,
      retryMs: 1000,
    });

    const room = fillTheDisk();
    await scheduler.tick();
    expect(posts()).toHaveLength(0);
    expect(logger.lines.join('\n')).toMatch(/ENOSPC/);
    expect(logger.lines.join('\n')).toMatch(/trying again in 1 s/);
    now = new Date(now.getTime() + 1500);
    await scheduler.tick(); // the disk is still full: tried again, and the wait doubles
    expect(posts()).toHaveLength(0);
    expect(logger.lines.join('\n')).toMatch(/trying again in 2 s/);
    room();

    await scheduler.tick(); // room again, but the wait is not over
    expect(posts()).toHaveLength(0);
    now = new Date(now.getTime() + 2500);
    await scheduler.tick();
    expect(posts()).toHaveLength(1);
    expect(posts()[0]?.body.channel).toBe('C9');
    for (let i = 0; i < 5; i++) {
      now = new Date(now.getTime() + 60_000);
      await scheduler.tick();
    }
    expect(posts()).toHaveLength(1);
  });

  it('due while the archive cannot answer yet, is posted once it can', async () => {
    let now = new Date('2025-04-02T08:00:30Z');
    const clock = () => now;
    const { config, logger, services } = setUp(clock);
    let ready: Services | null = null;
    const live = { ...liveOver(null), current: () => ready };
    const run = scheduledDigest({ config, logger, live, poster: posterFor(config, logger) });
    const scheduler = new DigestScheduler({
      cron: '0 8 * * *',
      timeZone: 'UTC',
      now: clock,
      logger,
      run,
      retryMs: 1000,
    });
    await scheduler.tick();
    expect(posts()).toHaveLength(0);
    expect(logger.lines.join('\n')).toMatch(/Not posted yet: the archive cannot answer/);
    ready = services;
    now = new Date(now.getTime() + 1500);
    await scheduler.tick();
    expect(posts()).toHaveLength(1);
  });

  it('posts to DIGEST_CHANNEL and each channel opted in, once each, and never to one opted out', async () => {
    const now = new Date('2025-04-02T08:00:30Z');
    const { config, logger, services } = setUp(() => now);
    const settings = new FileChannelSettings(tempDir());
    const at = now.toISOString();
    await settings.set({ channel: 'C1', dailyDigest: true, updatedBy: 'U1', updatedAt: at });
    await settings.set({ channel: 'C2', dailyDigest: false, updatedBy: 'U1', updatedAt: at });
    const run = scheduledDigest(
      { config, logger, live: liveOver(services), poster: posterFor(config, logger) },
      settings,
    );
    expect(await run('2025-04-02')).toBe(true);
    expect(await run('2025-04-02')).toBe(true);
    expect(posts().map((p) => p.body.channel)).toEqual(['C9', 'C1']);
    await settings.set({ channel: 'C9', dailyDigest: false, updatedBy: 'U1', updatedAt: at });
    expect(await run('2025-04-03')).toBe(true);
    expect(posts().map((p) => p.body.channel)).toEqual(['C9', 'C1', 'C1']);
  });

  it('is tried again, posting nothing, while the channel settings cannot be read', async () => {
    const now = new Date('2025-04-02T08:00:30Z');
    const { config, logger, services } = setUp(() => now);
    const broken = new FileChannelSettings(tempDir());
    jest.spyOn(broken, 'all').mockRejectedValue(new Error('EIO: i/o error, read'));
    const run = scheduledDigest(
      { config, logger, live: liveOver(services), poster: posterFor(config, logger) },
      broken,
    );
    expect(await run('2025-04-02')).toBe(false);
    expect(posts()).toHaveLength(0);
    expect(logger.lines.join('\n')).toContain('could not read the channel settings (EIO');
  });
});
