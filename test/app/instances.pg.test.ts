/**
 * Two Slack app instances in HTTP mode on two loopback ports, sharing one PostgreSQL database: both answer from
 * the same archive, and an article that one instance indexes is answered by the other within seconds, which it
 * hears of through the change feed (it never polls the corpus itself here); an event Slack delivers to both is
 * answered once.
 */
import { type RunningApp, startSlackApp } from '../../src/app/serve';
import { loadConfig } from '../../src/config';
import { createMemoryLogger } from '../../src/logger';
import { type FakeSlack, startFakeSlack } from '../support/fakeSlack';
import { testDatabase } from '../support/postgres';
import { sendEvent, sendSlashCommand } from '../support/slackHarness';
import { tempDir, writeFiles } from '../support/tmp';

const SECRET = 'pg-instances-signing-secret-0123';

const article = (id: string, town: string, speaker: string, words: string) =>
  [
    '---',
    `title: "${town} weighs ${id}"`,
    'outlet: "The Valley Courier"',
    'published: 2025-06-02',
    '---',
    '',
    `The ${town} council met on Monday to discuss the ${id} plan.`,
    '',
    `"${words}," said ${speaker}, the council chair.`,
  ].join('\n');

interface Instance {
  fake: FakeSlack;
  running: RunningApp;
  events: string;
}

async function startInstance(url: string, corpusDir: string): Promise<Instance> {
  const fake = await startFakeSlack();
  const env = {
    SLACK_BOT_TOKEN: 'xoxb-1111-2222-pgtoken',
    SLACK_SIGNING_SECRET: SECRET,
    PORT: '0',
    HOST: '127.0.0.1',
    SLACK_API_URL: fake.apiUrl,
    CORPUS_DIR: corpusDir,
    DATA_DIR: tempDir(),
    REINDEX_MINUTES: '0',
    DATABASE_URL: url,
  };
  const running = await startSlackApp({
    config: loadConfig({ env, cwd: tempDir() }),
    logger: createMemoryLogger(),
  });
  await running.loaded;
  return { fake, running, events: `http://127.0.0.1:${running.port}/slack/events` };
}

async function whosaid(instance: Instance, text: string, id: string): Promise<string> {
  const ack = await sendSlashCommand({ ...instance, secret: SECRET }, '/whosaid', text, id);
  expect(ack.status).toBe(200);
  const answers = await instance.fake.waitFor('respond', Number(id));
  return JSON.stringify(answers[Number(id) - 1]?.body.blocks);
}

/** A mention; `ts` is the message's (another message, another ts: the shared post ledger keys replies by it). */
function mention(instance: Instance, eventId: string, retry: boolean, ts = '1700000000.000500') {
  const event = {
    type: 'app_mention',
    user: 'U1',
    channel: 'C1',
    text: '<@UBOT> who said the ferry will run',
    ts,
  };
  const headers: Record<string, string> = retry ? { 'x-slack-retry-num': '1' } : {};
  return sendEvent({ ...instance, secret: SECRET }, eventId, event, { headers });
}

describe('two instances sharing one PostgreSQL database', () => {
  it('answer alike, and an article indexed by one is answered by the other within 5 seconds', async () => {
    const url = await testDatabase();
    const corpusDir = tempDir();
    writeFiles(corpusDir, {
      'ferry.md': article('ferry', 'Riverton', 'Mara Quill', 'The ferry will run until midnight all summer'),
    });
    const a = await startInstance(url, corpusDir);
    const b = await startInstance(url, corpusDir);
    try {
      const fromA = await whosaid(a, 'ferry will run until midnight', '1');
      const fromB = await whosaid(b, 'ferry will run until midnight', '1');
      expect(fromA).toContain('Mara Quill');
      expect(fromB).toEqual(fromA);

      writeFiles(corpusDir, {
        'library.md': article(
          'library',
          'Millbrook',
          'Owen Tarrant',
          'Our library stays open on Sundays now',
        ),
      });
      // The corpus is polled by one instance at a time: a round that found the other polling (its start-up sync)
      // skips, and the next one takes the article in. The clock starts once instance a has indexed it.
      const articlesIn = async (i: Instance) => (await i.running.live.current()?.stats())?.articles ?? 0;
      for (let round = 0; round < 10 && (await articlesIn(a)) < 2; round++) await a.running.refresh();
      expect(await articlesIn(a)).toBe(2);
      const started = Date.now();
      let size = 0;
      while (size < 2 && Date.now() - started < 5_000) {
        size = await articlesIn(b);
        if (size < 2) await new Promise((r) => setTimeout(r, 25));
      }
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(await whosaid(b, 'library stays open on Sundays', '2')).toContain('Owen Tarrant');

      // Slack retries an event to whichever instance answers: the same event id, delivered to both, is answered once.
      const posted = () =>
        [a, b].flatMap((i) => i.fake.calls).filter((c) => c.method === 'chat.postMessage').length;
      const [receivedA, receivedB] = [a, b].map((i) => i.running.slack.inFlight.receivedCount);
      await Promise.all([mention(a, 'EvShared', false), mention(b, 'EvShared', true)]);
      await a.running.slack.inFlight.settled((receivedA ?? 0) + 1);
      await b.running.slack.inFlight.settled((receivedB ?? 0) + 1);
      expect(posted()).toBe(1);
      await mention(b, 'EvOther', false, '1700000000.000600');
      await b.running.slack.inFlight.settled((receivedB ?? 0) + 2);
      expect(posted()).toBe(2);
    } finally {
      for (const instance of [a, b]) {
        await instance.running.stop();
        await instance.fake.stop();
      }
    }
  });
});
