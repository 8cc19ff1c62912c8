/**
 * A running app whose snapshot is corrupt: it sets the snapshot aside and rebuilds behind, answering "rebuilding"
 * (SLACK.rebuilding) and `/healthz` 503 with the reason until the rebuild is in, then answers from it.
 */
import { startSlackApp } from '../../src/app/serve';
import { loadConfig } from '../../src/config';
import { createMemoryLogger } from '../../src/logger';
import { SLACK } from '../../src/messages';
import { openCorpusIndex, refreshCorpusIndex } from '../../src/search/sync/openCorpusIndex';
import { goodCorpus } from '../support/badCorpus';
import { form, post, signedHeaders, startFakeSlack } from '../support/fakeSlack';
import { flipSnapshotByte, gatedIndexer } from '../support/snapshots';
import { tempDir } from '../support/tmp';

const SECRET = 'rebuilding-secret-4242';

it('answers "rebuilding" and /healthz 503 naming why while a corrupt snapshot is rebuilt, then answers from the rebuild', async () => {
  const corpusDir = goodCorpus();
  const dataDir = tempDir();
  const logger = createMemoryLogger('debug');
  await openCorpusIndex({ corpusDir, dataDir, logger });
  await flipSnapshotByte(dataDir, 'Harbor Bridge', 'metas');
  const { index, release } = gatedIndexer();
  const options = { corpusDir, dataDir, logger, index };
  const fake = await startFakeSlack();
  const env = {
    SLACK_BOT_TOKEN: 'xoxb-rebuilding',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    CORPUS_DIR: corpusDir,
    REINDEX_MINUTES: '0',
  };
  const running = await startSlackApp({
    config: loadConfig({ env, cwd: tempDir() }),
    logger,
    source: {
      load: () => openCorpusIndex({ ...options, deferSync: true }),
      refresh: (opened) => refreshCorpusIndex(opened, options),
    },
  });
  const base = `http://127.0.0.1:${running.port}`;
  const ask = (id: string) => {
    const body = form({
      command: '/whosaid',
      text: 'harbor bridge',
      user_id: 'U1',
      channel_id: 'C1',
      response_url: fake.responseUrl(id),
    });
    return post(`${base}/slack/events`, body, {
      ...signedHeaders(SECRET, body),
      'content-type': 'application/x-www-form-urlencoded',
    });
  };
  try {
    await running.loaded;
    const health = await fetch(`${base}/healthz?verbose`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({
      ok: false,
      reason: 'rebuilding the archive from the source: its snapshot was corrupt',
    });
    expect((await fetch(`${base}/healthz`)).status).toBe(503);
    expect((await ask('during')).status).toBe(200);
    const [during] = await fake.waitFor('respond', 1);
    expect(during?.body.text).toBe(SLACK.rebuilding);

    release();
    while (running.live.current() === null) await new Promise((resolve) => setImmediate(resolve));
    expect(logger.lines.some((l) => /archive rebuilt: 2 articles/.test(l))).toBe(true);
    expect((await fetch(`${base}/healthz?verbose`)).status).toBe(200);
    expect((await ask('after')).status).toBe(200);
    const answers = await fake.waitFor('respond', 2);
    expect(answers[1]?.body.text).not.toBe(SLACK.rebuilding);
  } finally {
    release();
    await running.stop();
    await fake.stop();
  }
});
