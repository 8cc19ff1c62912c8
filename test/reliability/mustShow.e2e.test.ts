/**
 * The reliability suite's combined case (issue 16, "Must show"), on the built app as a process: while a 100 KB
 * one-paragraph article is indexed and a `/digest since 2000-01-01` runs, `/whosaid` at 10 a second are all
 * acknowledged within 3 s (none shed as busy), and SIGTERM exits 0 within 10 s. The short form runs in `npm test`;
 * `npm run soak` runs it for SOAK_SECONDS (60) over a larger corpus. Waits on the app's own signals (its log
 * lines, the answers it posts), never on fixed sleeps.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AppProcess, startAppProcess } from '../../src/bench/appProcess';
import { loadFigures, type Sent, SLACK_ACK_MS, sendAtRate } from '../../src/bench/load';
import { type FakeSlack, form, post, signedHeaders, startFakeSlack } from '../support/fakeSlack';
import { longParagraphArticle, writeSynthCorpus } from '../support/synthCorpus';
import { tempDir } from '../support/tmp';

const MAIN = join(__dirname, '../../dist/main.js');
const SECRET = 'soak-signing-secret-24680';
const SOAK_SECONDS = Number(process.env.SOAK_SECONDS ?? 4);
const ARTICLES = Number(process.env.SOAK_ARTICLES ?? 150);

jest.setTimeout(120_000 + SOAK_SECONDS * 2000);

let fake: FakeSlack;
let app: AppProcess | null = null;
afterEach(async () => {
  await app?.stop('SIGKILL');
  app = null;
  await fake?.stop();
});

/** Resolves when the app has posted an answer to `path` (a response URL). */
async function answered(slack: FakeSlack, path: string, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!slack.calls.some((c) => c.path === path)) {
    const responses = slack.calls.filter((c) => c.method === 'respond').length;
    await slack.waitFor('respond', responses + 1, Math.max(1, deadline - performance.now()));
  }
}

async function slash(url: string, command: string, text: string, responseUrl: string) {
  const body = form({
    command,
    text,
    user_id: 'U7',
    channel_id: 'C1',
    team_id: 'T1',
    response_url: responseUrl,
  });
  const started = performance.now();
  const response = await post(url, body, {
    ...signedHeaders(SECRET, body),
    'content-type': 'application/x-www-form-urlencoded',
  });
  return { status: response.status, ms: performance.now() - started };
}

it('acknowledges /whosaid at 10/s within 3 s while a 100 KB paragraph is indexed and a digest since 2000 runs, and exits 0 on SIGTERM within 10 s', async () => {
  fake = await startFakeSlack();
  const corpusDir = tempDir();
  writeSynthCorpus(corpusDir, ARTICLES);
  app = await startAppProcess({
    main: MAIN,
    cwd: tempDir(),
    env: {
      SLACK_BOT_TOKEN: 'xoxb-soak',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
      CORPUS_DIR: corpusDir,
      DATA_DIR: tempDir(),
      REINDEX_MINUTES: '0.01',
      LOG_LEVEL: 'info',
    },
  });
  const running = app;
  await running.waitForLog(/archive loaded: \d+ articles/, 90_000);

  writeFileSync(join(corpusDir, 'timetable.md'), longParagraphArticle(100 * 1024));
  const digestAck = await slash(running.url, '/digest', 'since 2000-01-01', fake.responseUrl('digest'));
  expect(digestAck).toMatchObject({ status: 200 });
  expect(digestAck.ms).toBeLessThan(SLACK_ACK_MS);

  let indexed = false;
  let digested = false;
  void running.waitForLog(/index refreshed: 1 re-indexed/, 120_000).then(
    () => (indexed = true),
    () => undefined,
  );
  void answered(fake, '/respond/digest', 120_000).then(
    () => (digested = true),
    () => undefined,
  );
  const sent: Sent[] = [];
  const started = performance.now();
  const whileBusy = { url: running.url, secret: SECRET, responseUrl: fake.responseUrl('whosaid'), rate: 10 };
  // A second of commands at a time, until the article is indexed and the digest answered (and SOAK_SECONDS).
  while (!(indexed && digested && performance.now() - started >= SOAK_SECONDS * 1000)) {
    sent.push(...(await sendAtRate({ ...whileBusy, seconds: 1, texts: ['cannot put off a decision'] })));
    if (performance.now() - started > 110_000) break;
  }
  expect({ indexed, digested }).toEqual({ indexed: true, digested: true });
  const figures = loadFigures({ rate: 10, seconds: sent.length / 10 }, sent);
  if (process.env.SOAK_SECONDS) process.stderr.write(`soak: ${JSON.stringify(figures)}\n`);
  expect(figures).toMatchObject({ busy: 0, errors: 0, late: 0 });
  expect(figures.ackMaxMs).toBeLessThan(SLACK_ACK_MS);
  expect(sent.length).toBeGreaterThanOrEqual(10 * SOAK_SECONDS);

  const digest = fake.calls.find((c) => c.path === '/respond/digest');
  expect(JSON.stringify(digest?.body ?? fake.calls.map((c) => c.path))).toMatch(/digest|articles/i);

  const stopped = await running.stop('SIGTERM');
  app = null;
  expect(stopped.code).toBe(0);
  expect(stopped.ms).toBeLessThan(10_000);
});
