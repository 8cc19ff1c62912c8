/**
 * startSlackApp's signals: `loaded` carries a failure to load the archive; `synced` (the first sync after loading)
 * then resolves at once instead of failing a second time with nobody listening. Stopping saves what the refreshes
 * left unsaved last, once Slack is no longer answered.
 */
import { startSlackApp } from '../../src/app/serve';
import { loadConfig } from '../../src/config';
import { createMemoryLogger } from '../../src/logger';
import { LiveArchive } from '../../src/search/sync/liveArchive';
import type { OpenedIndex } from '../../src/search/sync/openCorpusIndex';
import { startFakeSlack } from '../support/fakeSlack';
import { ferryArchive } from '../support/ferry';
import { tempDir } from '../support/tmp';

const appEnv = (apiUrl: string) => ({
  SLACK_BOT_TOKEN: 'xoxb-serve-test',
  SLACK_SIGNING_SECRET: 'serve-test-secret',
  SLACK_API_URL: apiUrl,
  PORT: '0',
  HOST: '127.0.0.1',
  DATA_DIR: tempDir(),
  REINDEX_MINUTES: '0',
});

it('rejects `loaded` with why the archive could not load, and resolves `synced` all the same', async () => {
  const fake = await startFakeSlack();
  const env = appEnv(fake.apiUrl);
  const unhandled: unknown[] = [];
  const note = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', note);
  const running = await startSlackApp({
    config: loadConfig({ env, cwd: tempDir() }),
    logger: createMemoryLogger(),
    source: {
      load: () => Promise.reject(new Error('the archive disk is gone')),
      refresh: (opened) => Promise.resolve(opened),
    },
  });
  try {
    await expect(running.loaded).rejects.toThrow('the archive disk is gone');
    await expect(running.synced).resolves.toBeUndefined();
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(unhandled).toEqual([]);
    // Bolt asks Slack who the bot is as it starts: answered before the fake stops, it fails nothing later.
    await fake.waitFor('auth.test');
  } finally {
    process.off('unhandledRejection', note);
    await running.stop();
    await fake.stop();
  }
});

it('on stopping, saves what the refreshes left unsaved last, once Slack is no longer answered', async () => {
  const fake = await startFakeSlack();
  const archive = ferryArchive();
  const opened: OpenedIndex = {
    archive: new LiveArchive(archive),
    skipped: [],
    rebuilt: Promise.resolve(null),
    firstIndexed: new Map(),
    stats: {
      ...archive.sizeNow(),
      reused: 1,
      indexed: 0,
      removed: 0,
      snapshot: 'reused',
      seconds: 0.1,
      indexedAt: '',
    },
  };
  const flushed: { opened: OpenedIndex; slackAnswered: boolean }[] = [];
  const running = await startSlackApp({
    config: loadConfig({ env: appEnv(fake.apiUrl), cwd: tempDir() }),
    logger: createMemoryLogger(),
    source: {
      load: async () => opened,
      refresh: async (o) => o,
      flush: async (o) => {
        const answered = await fetch(`http://127.0.0.1:${running.port}/slack/events`, {
          method: 'POST',
        }).then(
          () => true,
          () => false,
        );
        flushed.push({ opened: o, slackAnswered: answered });
      },
    },
  });
  let stopped = false;
  try {
    await running.loaded;
    await fake.waitFor('auth.test');
    stopped = true;
    await running.stop();
    expect(flushed).toEqual([{ opened, slackAnswered: false }]);
  } finally {
    if (!stopped) await running.stop();
    await fake.stop();
  }
});
