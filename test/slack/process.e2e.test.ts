/** The built app as a process: `newsdesk serve` with Slack credentials, stopped with SIGTERM. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { SEED_CORPUS } from '../support/cli';
import { form, post, signedHeaders, startFakeSlack } from '../support/fakeSlack';
import { tempDir } from '../support/tmp';

const MAIN = join(__dirname, '../../dist/main.js');
const SECRET = 'process-signing-secret-987654';
const TOKEN = 'xoxb-3333-4444-processtoken';

it('finishes the request in flight on SIGTERM, exits 0, and never logs its secrets', async () => {
  const fake = await startFakeSlack();
  const env = {
    PATH: process.env.PATH ?? '',
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
    LOG_LEVEL: 'debug',
    CORPUS_DIR: SEED_CORPUS,
    DATA_DIR: tempDir(),
  };
  const child = spawn(process.execPath, [MAIN, 'serve'], { env, cwd: tempDir() });
  let stderr = '';
  // The app's own signal that it can answer: the "archive loaded" line (or the process ending without it).
  const loaded = new Promise<void>((resolve) => {
    child.stderr.on('data', (d) => {
      stderr += d;
      if (/archive loaded/.test(stderr)) resolve();
    });
    child.on('exit', () => resolve());
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    await loaded;
    const port = /listening for Slack on port (\d+)/.exec(stderr)?.[1];
    expect(port).toBeDefined();
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

    const body = form({
      command: '/whosaid',
      text: 'could happen',
      user_id: 'U1',
      channel_id: 'C1',
      response_url: fake.responseUrl('p'),
    });
    const ack = await post(`http://127.0.0.1:${port}/slack/events`, body, {
      ...signedHeaders(SECRET, body),
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(ack.status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const [answer] = await fake.waitFor('respond');
    expect(JSON.stringify(answer?.body.blocks)).toContain('Donald Trump');
    expect(stderr).toContain('newsdesk debug:');
    expect(stderr).not.toContain(TOKEN);
    expect(stderr).not.toContain(SECRET);
  } finally {
    child.kill('SIGKILL');
    await fake.stop();
  }
});
