/**
 * The reliability suite's attacks and faults on the built app as a process: a replayed signed request, a signed
 * JSON `null` body, a snapshot with a flipped byte, and a temp folder that cannot be written (load beyond capacity:
 * load.e2e.test.ts). Waits on the app's own signals (log lines, answers).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AppProcess, startAppProcess } from '../../src/bench/appProcess';
import { SNAPSHOT_FILE } from '../../src/search/snapshot/snapshot';
import { SEED_CORPUS } from '../support/cli';
import { type FakeSlack, form, post, signedHeaders, startFakeSlack } from '../support/fakeSlack';
import { writeSynthCorpus } from '../support/synthCorpus';
import { tempDir } from '../support/tmp';

const MAIN = join(__dirname, '../../dist/main.js');
const SECRET = 'faults-signing-secret-13579';
jest.setTimeout(120_000);

let fake: FakeSlack;
const apps: AppProcess[] = [];
beforeEach(async () => {
  fake = await startFakeSlack();
});
afterEach(async () => {
  for (const app of apps.splice(0)) await app.stop('SIGKILL');
  await fake.stop();
});

async function start(corpusDir: string, dataDir = tempDir(), env: Record<string, string> = {}) {
  const app = await startAppProcess({
    main: MAIN,
    cwd: tempDir(),
    env: {
      SLACK_BOT_TOKEN: 'xoxb-faults',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
      CORPUS_DIR: corpusDir,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      ...env,
    },
  });
  apps.push(app);
  return app;
}

const commandBody = (text: string, id: string) =>
  form({
    command: '/whosaid',
    text,
    user_id: 'U3',
    channel_id: 'C1',
    team_id: 'T1',
    response_url: fake.responseUrl(id),
  });

const sendSigned = (app: AppProcess, body: string, type: string, headers = signedHeaders(SECRET, body)) =>
  post(app.url, body, { ...headers, 'content-type': type });

const healthz = async (app: AppProcess) => {
  const response = await fetch(`http://127.0.0.1:${app.port}/healthz?verbose`);
  return { status: response.status, body: (await response.json()) as { ok: boolean; reason?: string } };
};

describe('the app under attack and faults (reliability suite)', () => {
  it('answers a replayed signed request once, and refuses a signed JSON null body with 400', async () => {
    const app = await start(SEED_CORPUS);
    await app.waitForLog(/archive loaded/);
    const body = commandBody('could happen', 'replay');
    const headers = signedHeaders(SECRET, body);
    const type = 'application/x-www-form-urlencoded';
    expect((await sendSigned(app, body, type, headers)).status).toBe(200);
    const replay = await sendSigned(app, body, type, headers);
    expect({ status: replay.status, text: replay.text }).toEqual({ status: 200, text: '' });
    // A later command's answer is the signal that the app is done with the two before it.
    expect((await sendSigned(app, commandBody('could happen', 'after'), type)).status).toBe(200);
    await fake.waitFor('respond', 2, 20_000);
    const answers = () => fake.calls.filter((c) => c.method === 'respond').map((c) => c.path);
    while (!answers().includes('/respond/after')) await fake.waitFor('respond', answers().length + 1, 20_000);
    expect(answers().filter((p) => p === '/respond/replay')).toHaveLength(1);

    const nul = await sendSigned(app, 'null', 'application/json');
    expect(nul.status).toBe(400);
  });

  it('sets a snapshot with a flipped byte aside, says so at /healthz while rebuilding, and answers once rebuilt', async () => {
    const corpus = tempDir();
    writeSynthCorpus(corpus, 40);
    const data = tempDir();
    const first = await start(corpus, data);
    await first.waitForLog(/archive loaded: 40 articles/);
    expect((await first.stop()).code).toBe(0);
    const path = join(data, SNAPSHOT_FILE);
    const bytes = readFileSync(path);
    const at = bytes.indexOf('cannot put off a decision');
    bytes[at] = (bytes[at] as number) ^ 0x01;
    writeFileSync(path, bytes);

    const app = await start(corpus, data);
    await app.waitForLog(/the index snapshot is corrupt \(section \w+ fails its checksum\); set aside/);
    const during = await healthz(app);
    if (!/archive rebuilt/.test(app.log())) {
      // Still rebuilding when asked: not ready, and the reason names it.
      expect(during.status).toBe(503);
      expect(during.body.reason).toMatch(/rebuilding the archive from the source: its snapshot was corrupt/);
    }
    await app.waitForLog(/archive rebuilt: 40 articles/);
    expect(await healthz(app)).toEqual({ status: 200, body: { ok: true } });
    expect(readFileSync(join(data, 'index-snapshot.corrupt.ndx'))).toEqual(bytes);
    expect(
      (
        await sendSigned(
          app,
          commandBody('cannot put off a decision', 'q'),
          'application/x-www-form-urlencoded',
        )
      ).status,
    ).toBe(200);
    const [answer] = await fake.waitFor('respond', 1, 20_000);
    expect(JSON.stringify(answer?.body)).toMatch(/cannot put off a decision/);
  });

  it('keeps indexing when its temp folder cannot be written, and answers from what it indexed', async () => {
    const corpus = tempDir();
    writeSynthCorpus(corpus, 5);
    const notAFolder = join(tempDir(), 'full');
    writeFileSync(notAFolder, 'this file stands where the temp folder should be');
    const app = await start(corpus, tempDir(), { TMPDIR: notAFolder, REINDEX_MINUTES: '0.01' });
    await app.waitForLog(/archive loaded: 5 articles/);
    writeFileSync(
      join(corpus, 'late.md'),
      '---\ntitle: "Late news"\npublished: 2025-05-01\n---\n\n"The lighthouse keeper retires in June," said Ada Brook on Monday.\n',
    );
    await app.waitForLog(/index refreshed: 1 re-indexed/, 60_000);
    expect(
      (
        await sendSigned(
          app,
          commandBody('the lighthouse keeper retires', 'late'),
          'application/x-www-form-urlencoded',
        )
      ).status,
    ).toBe(200);
    const [answer] = await fake.waitFor('respond', 1, 20_000);
    expect(JSON.stringify(answer?.body)).toMatch(/Ada Brook/);
    expect(await healthz(app)).toEqual({ status: 200, body: { ok: true } });
  });
});
