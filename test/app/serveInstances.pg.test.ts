/**
 * The Must show of several instances, as processes: two `newsdesk serve` in HTTP mode on two loopback ports
 * behind a small balancer, one PostgreSQL database, one fake Slack, and a data folder each (so whatever they
 * agree on, they agree on through the database). Both digest crons fire in the same minute and the digest is
 * posted once; an event delivered to both (a retry) is answered once; a person's rate limit is one across both;
 * a `/watch` alert for an article a worker indexes (which both instances apply) is posted once; one instance
 * killed with SIGKILL mid-traffic while the other keeps answering, and nothing is posted twice.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { SLACK, WATCH } from '../../src/messages';
import { type Balancer, startBalancer } from '../support/balancer';
import { type FakeSlack, startFakeSlack } from '../support/fakeSlack';
import { testDatabase } from '../support/postgres';
import { sendEvent, sendSlashCommand } from '../support/slackHarness';
import { tempDir, writeFiles } from '../support/tmp';

const MAIN = join(__dirname, '../../dist/main.js');
const SECRET = 'pg-serve-instances-secret-4567';
const DIGEST_CHANNEL = 'CDIGEST';

const article = (n: number, town: string, speaker: string, words: string) =>
  [
    '---',
    `title: "${town} council hears plan number ${n}"`,
    'outlet: "The Lakeside Ledger"',
    `published: 2025-06-0${(n % 8) + 1}`,
    '---',
    '',
    `The ${town} council met on Tuesday to hear the plan for the new pier.`,
    '',
    `"${words}," said ${speaker}, who chairs the harbour board.`,
  ].join('\n');

interface Instance {
  child: ChildProcess;
  port: number;
  log: () => string;
  exited: Promise<number | null>;
}

async function serve(env: NodeJS.ProcessEnv): Promise<Instance> {
  const child = spawn(process.execPath, [MAIN, 'serve'], {
    env: { ...env, DATA_DIR: tempDir() },
    cwd: tempDir(),
  });
  let log = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    child.stderr?.on('data', (d) => {
      log += d;
      if (/archive loaded/.test(log)) resolve();
    });
    child.on('exit', () => reject(new Error(`serve exited before loading:\n${log}`)));
  });
  const port = Number(/listening for Slack on port (\d+)/.exec(log)?.[1]);
  return { child, port, log: () => log, exited };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, ok: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

/** A mention sent to `url` (an instance or the balancer); a retry is signed again, later, and marked as one. */
function sendMention(url: string, eventId: string, ts: string, user = 'U1', retry = 0) {
  const event = {
    type: 'app_mention',
    user,
    channel: 'C1',
    text: '<@UBOT> who said the pier opens in May',
    ts,
  };
  return sendEvent({ events: `${url}/slack/events`, secret: SECRET }, eventId, event, {
    timestamp: Math.floor(Date.now() / 1000) + retry,
    headers: retry ? { 'x-slack-retry-num': String(retry) } : {},
  });
}

/**
 * A mention sent as Slack sends events: an instance that sheds it (503, busy) gets it again, marked as a retry,
 * until one accepts it (Slack retries three times over minutes; here at once, a bounded number of times).
 */
async function sendMentionUntilAccepted(url: string, eventId: string, ts: string, user: string) {
  let ack = await sendMention(url, eventId, ts, user);
  for (let attempt = 1; ack.status === 503 && attempt < 50; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    ack = await sendMention(url, eventId, ts, user, attempt);
  }
  return ack;
}

function sendWhosaid(url: string, fake: FakeSlack, id: string, user: string) {
  const target = { events: `${url}/slack/events`, secret: SECRET, fake };
  return sendSlashCommand(target, '/whosaid', 'the pier opens in May', id, user);
}

/** Replies posted in the thread of each mention, by the mention's ts. */
const repliesByThread = (fake: FakeSlack) => {
  const out = new Map<string, number>();
  for (const m of fake.posted) if (m.thread_ts) out.set(m.thread_ts, (out.get(m.thread_ts) ?? 0) + 1);
  return out;
};

/** `newsdesk worker once` on the shared database: polls the corpus folder, indexes what is new, and exits. */
function workOnce(env: NodeJS.ProcessEnv): Promise<number | null> {
  const child = spawn(process.execPath, [MAIN, 'worker', 'once'], { env: { ...env, DATA_DIR: tempDir() } });
  let log = '';
  child.stderr?.on('data', (d) => {
    log += d;
  });
  return new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0 ? resolve(code) : reject(new Error(`worker exited ${code}:\n${log}`)),
    ),
  );
}

describe('two newsdesk serve processes behind a balancer, one PostgreSQL database', () => {
  let fake: FakeSlack;
  let a: Instance;
  let b: Instance;
  let balancer: Balancer;
  let env: NodeJS.ProcessEnv;
  let corpus: string;

  beforeAll(async () => {
    const url = await testDatabase();
    corpus = tempDir();
    const files: Record<string, string> = {};
    for (let n = 0; n < 12; n++)
      files[`pier-${n}.md`] = article(
        n,
        n % 2 ? 'Eastport' : 'Westhaven',
        'Ines Marlow',
        'The pier opens in May',
      );
    writeFiles(corpus, files);
    fake = await startFakeSlack();
    env = {
      PATH: process.env.PATH ?? '',
      SLACK_BOT_TOKEN: 'xoxb-5555-6666-pgservetoken',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      CORPUS_DIR: corpus,
      REINDEX_MINUTES: '0',
      DATABASE_URL: url,
      DIGEST_CHANNEL,
      // Every minute: both schedules are due the moment their archive is loaded, in the same minute or the next.
      DIGEST_CRON: '* * * * *',
      LOG_LEVEL: 'info',
    };
    [a, b] = await Promise.all([serve(env), serve(env)]);
    balancer = await startBalancer([a.port, b.port]);
  }, 60_000);

  afterAll(async () => {
    for (const i of [a, b]) i?.child.kill('SIGKILL');
    await balancer?.stop();
    await fake?.stop();
  });

  it('posts the digest once when both instances digest crons fire', async () => {
    const ran = /digest for \d{4}-\d\d-\d\d|scheduled digest failed/;
    await until('both digests to run', () => ran.test(a.log()) && ran.test(b.log()));
    expect(`${a.log()}${b.log()}`).not.toContain('scheduled digest failed');
    expect(fake.posted.filter((m) => m.channel === DIGEST_CHANNEL)).toHaveLength(1);
    // The other instance did not post: it saw the post recorded, under way ("another process is posting"), or
    // (between the post and its record) already in the channel.
    expect(`${a.log()}${b.log()}`).toMatch(
      /Not posted: (?:the digest for .* (?:already posted|found in the channel)|another process is posting the digest for)/,
    );
  });

  it('answers an event delivered to both instances (a retry) once', async () => {
    const acks = await Promise.all([
      sendMention(`http://127.0.0.1:${a.port}`, 'EvBoth', '1700000100.000001'),
      sendMention(`http://127.0.0.1:${b.port}`, 'EvBoth', '1700000100.000001', 'U1', 1),
    ]);
    expect(acks.map((r) => r.status)).toEqual([200, 200]);
    // Later events on each instance, answered after the retry was handled there.
    await sendMention(`http://127.0.0.1:${a.port}`, 'EvAfterA', '1700000100.000002');
    await sendMention(`http://127.0.0.1:${b.port}`, 'EvAfterB', '1700000100.000003');
    await until('the replies', () =>
      ['2', '3'].every((n) => repliesByThread(fake).has(`1700000100.00000${n}`)),
    );
    await sleep(300);
    expect(repliesByThread(fake).get('1700000100.000001')).toBe(1);
  });

  it('limits a person to 10 requests a minute across both instances', async () => {
    const acks = await Promise.all(
      Array.from({ length: 12 }, (_, i) => sendWhosaid(balancer.url, fake, `rl${i}`, 'ULIMIT')),
    );
    expect(acks.every((r) => r.status === 200)).toBe(true);
    await fake.waitFor('respond', 12, 15_000);
    const texts = fake.calls.filter((c) => c.path.startsWith('/respond/rl')).map((c) => String(c.body.text));
    const slowed = texts.filter((t) => t === SLACK.slowDown(Number(/\d+/.exec(t)?.[0])));
    expect(slowed).toHaveLength(2);
    expect([...balancer.answered.values()].every((n) => n >= 5)).toBe(true);
  });

  it('posts a /watch alert once when both instances apply the article a worker indexed', async () => {
    const target = { events: `${balancer.url}/slack/events`, secret: SECRET, fake };
    const ack = await sendSlashCommand(target, WATCH.slash, 'Quayside Trust', 'watch1', 'UWATCH');
    expect(ack.status).toBe(200);
    const reply = () => fake.calls.find((c) => c.path === '/respond/watch1');
    await until('the reply to /watch', () => reply() !== undefined);
    expect(reply()?.body.text).toBe(WATCH.added('Quayside Trust'));
    writeFiles(corpus, {
      'quayside.md': article(99, 'Eastport', 'Ines Marlow', 'The Quayside Trust will pay for the pier'),
    });
    await workOnce(env);
    // Each instance hears of the article from the database and checks the watches: one posts, the other finds
    // the alert claimed or posted.
    const handled = /watch alert: (posted|\S+ for "Quayside Trust" in C1 not posted here)/;
    await until('both instances to handle the alert', () => handled.test(a.log()) && handled.test(b.log()));
    const alerts = fake.posted.filter((m) => m.channel === 'C1' && !m.thread_ts);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.text).toContain('Quayside Trust');
    expect(`${a.log()}${b.log()}`.match(/watch alert: posted/g)).toHaveLength(1);
  });

  it('keeps answering when one instance is killed mid-traffic, and posts nothing twice', async () => {
    const MENTIONS = 40;
    const sentAfterKill: string[] = [];
    let killed = false;
    let next = 0;
    // The mention numbered 15 kills instance a; it and every later one are sent once the process is gone (a request
    // a acknowledged just before dying is one Slack would not send again, and is not expected to be answered).
    let kill: Promise<void> | null = null;
    const worker = async () => {
      while (next < MENTIONS) {
        const n = next++;
        const ts = `1700000200.${String(n).padStart(6, '0')}`;
        if (n === 15)
          kill = (async () => {
            a.child.kill('SIGKILL');
            await a.exited;
            killed = true;
          })();
        if (n >= 15) await kill;
        const wasKilled = killed;
        const ack = await sendMentionUntilAccepted(balancer.url, `EvKill${n}`, ts, `UK${n}`);
        expect(ack.status).toBe(200);
        if (wasKilled) sentAfterKill.push(ts);
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    expect(await a.exited).toBeNull();
    expect(sentAfterKill.length).toBeGreaterThanOrEqual(MENTIONS - 15 - 2);
    await until('every mention sent after the kill to be answered', () =>
      sentAfterKill.every((ts) => repliesByThread(fake).has(ts)),
    );
    await sleep(500);
    const counts = [...repliesByThread(fake).values()];
    expect(counts.every((n) => n === 1)).toBe(true);
    expect(fake.posted.filter((m) => m.channel === DIGEST_CHANNEL)).toHaveLength(1);
    expect(fake.posted.filter((m) => m.channel === 'C1' && !m.thread_ts)).toHaveLength(1);
    expect(b.child.exitCode).toBeNull();
  }, 60_000);
});
