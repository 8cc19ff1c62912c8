/** `newsdesk digest --post` against a local fake Slack Web API. */
import { MSG } from '../../src/messages';
import { cli, SEED_CORPUS } from '../support/cli';
import { type FakeSlack, startFakeSlack } from '../support/fakeSlack';
import { tempDir } from '../support/tmp';

let fake: FakeSlack;
beforeEach(async () => {
  fake = await startFakeSlack();
});
afterEach(() => fake.stop());

const envFor = (f: FakeSlack) => ({
  SLACK_BOT_TOKEN: 'xoxb-digest-test',
  SLACK_API_URL: f.apiUrl,
  DIGEST_CHANNEL: 'CDIGEST',
  DIGEST_TZ: 'UTC',
});
const args = (data: string) => [
  'digest',
  '--since',
  '2025-08-14',
  '--until',
  '2025-08-15',
  '--corpus',
  SEED_CORPUS,
  '--data',
  data,
];

describe('newsdesk digest --post', () => {
  it('posts exactly one message; run again for the same day it posts none and says why', async () => {
    const data = tempDir();
    const first = await cli([...args(data), '--post'], { env: envFor(fake) });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(MSG.digestPosted('CDIGEST', '2025-08-15'));
    const posts = fake.calls.filter((c) => c.method === 'chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toMatchObject({ channel: 'CDIGEST' });
    expect(String(posts[0]?.body.text)).toContain('newsdesk digest · 2025-08-15');
    expect(JSON.stringify(posts[0]?.body.blocks)).toContain(
      'Team Trump Is Actually Drawing Up Attack Plans for Mexico',
    );

    const second = await cli([...args(data), '--post', '--json'], { env: envFor(fake) });
    expect(JSON.parse(second.stdout).post).toMatchObject({ posted: false, reason: 'already-posted' });
    expect(second.stderr).toMatch(/Not posted: the digest for 2025-08-15 was already posted at /);
    expect(fake.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('two `digest --post` processes at once post one message', async () => {
    const data = tempDir();
    const runs = await Promise.all([1, 2].map(() => cli([...args(data), '--post'], { env: envFor(fake) })));
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    expect(fake.posted).toHaveLength(1);
    expect(fake.posted[0]?.metadata).toMatchObject({
      event_type: 'newsdesk_post',
      event_payload: { key: 'CDIGEST|2025-08-15' },
    });
  }, 30000);

  it('a post whose response is lost is found in the channel, not posted again', async () => {
    const data = tempDir();
    fake.loseNext('chat.postMessage');
    const run = await cli([...args(data), '--post'], { env: envFor(fake) });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(MSG.digestPosted('CDIGEST', '2025-08-15'));
    expect(fake.posted).toHaveLength(1);
    const again = await cli([...args(data), '--post'], { env: envFor(fake) });
    expect(again.stdout).toContain('already posted');
    expect(fake.posted).toHaveLength(1);
  }, 30000);

  it('a 429 followed by success posts exactly once', async () => {
    fake.failNext('chat.postMessage', 429);
    const run = await cli([...args(tempDir()), '--post'], { env: envFor(fake) });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(MSG.digestPosted('CDIGEST', '2025-08-15'));
    expect(fake.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(2);
  }, 20000);

  it('needs a bot token and a channel', async () => {
    const run = await cli([...args(tempDir()), '--post'], { env: { SLACK_API_URL: fake.apiUrl } });
    expect(run).toMatchObject({ code: 1, stderr: `newsdesk: ${MSG.digestNeedsSlack}\n` });
  });
});

describe('newsdesk digest', () => {
  it('prints the contract shape: one story for the Rolling Stone report and its rewrite, Corn most quoted', async () => {
    const run = await cli([...args(tempDir()), '--json']);
    const digest = JSON.parse(run.stdout);
    expect(digest).toMatchObject({ since: '2025-08-14', until: '2025-08-15' });
    expect(digest.stories).toHaveLength(1);
    expect(digest.stories[0].articles.map((c: { articleId: string }) => c.articleId)).toEqual([
      'rollingstone-attack-plans-mexico',
      'mhtntimes-ready-to-invade',
    ]);
    expect(digest.stories[0].summary).toMatch(/^A new directive signed last week/);
    expect(digest.stories[0].quotes.length).toBeLessThanOrEqual(3);
    expect(digest.mostQuoted[0]).toEqual({ speaker: 'Geoffrey Corn', count: 5 });
  });

  it('lists undated articles apart on the day they were first indexed, never as its news; refuses a malformed date', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const run = await cli([
      'digest',
      '--since',
      today,
      '--until',
      today,
      '--corpus',
      SEED_CORPUS,
      '--data',
      tempDir(),
      '--json',
    ]);
    const digest = JSON.parse(run.stdout);
    const ids = digest.stories.flatMap((s: { articles: { articleId: string }[] }) =>
      s.articles.map((c) => c.articleId),
    );
    expect(ids).toEqual([]);
    const undated = digest.undated.map((c: { articleId: string }) => c.articleId);
    expect(undated.sort()).toEqual(['curiousnuggets-directive-cartels', 'latintimes-attack-plans-cartels']);
    expect(await cli(['digest', '--since', 'yesterday'])).toMatchObject({
      code: 1,
      stderr: `newsdesk: ${MSG.badDayOption('--since', 'yesterday')}\n`,
    });
  });
});
