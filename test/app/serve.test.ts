/**
 * startSlackApp's signals: `loaded` carries a failure to load the archive; `synced` (the first sync after loading)
 * then resolves at once instead of failing a second time with nobody listening.
 */
import { startSlackApp } from '../../src/app/serve';
import { loadConfig } from '../../src/config';
import { createMemoryLogger } from '../../src/logger';
import { startFakeSlack } from '../support/fakeSlack';
import { tempDir } from '../support/tmp';

it('rejects `loaded` with why the archive could not load, and resolves `synced` all the same', async () => {
  const fake = await startFakeSlack();
  const env = {
    SLACK_BOT_TOKEN: 'xoxb-serve-test',
    SLACK_SIGNING_SECRET: 'serve-test-secret',
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: tempDir(),
    REINDEX_MINUTES: '0',
  };
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
  } finally {
    process.off('unhandledRejection', note);
    await running.stop();
    await fake.stop();
  }
});
