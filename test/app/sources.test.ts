/**
 * The running app with sources.yml: a CMS webhook signed with INGEST_SECRET lands an article that is searchable
 * when the 202 comes back; a bad or stale signature gets 401 and changes nothing; a feed is polled on its
 * schedule. And `newsdesk sources --json` lists each source's status.
 */
import { join } from 'node:path';
import { type RunningApp, startSlackApp } from '../../src/app/serve';
import { loadConfig } from '../../src/config';
import { createMemoryLogger } from '../../src/logger';
import { sign } from '../../src/sources/push/signature';
import { rss } from '../sources/fixtures/feeds';
import { cli } from '../support/cli';
import { type FakeSlack, startFakeSlack } from '../support/fakeSlack';
import { serve, startSite } from '../support/site';
import { tempDir, writeFiles } from '../support/tmp';

const INGEST = 'ingest-secret-for-tests-42';

const STORY = {
  id: 'cms-9001',
  title: 'Lighthouse keeper retires after forty years',
  url: 'https://ledger.example/lighthouse-keeper',
  authors: ['Ruth Adeyemi'],
  published: '2026-12-02T07:30:00Z',
  html: '<p>Walter Pryce climbed the two hundred steps of the Gull Point lighthouse for the last time on Tuesday, ending forty years as its keeper.</p><p>“The lamp never once went out on my watch,” said Pryce, who plans to write a book about the coast.</p>',
};

async function ingest(
  port: number,
  body: string,
  timestamp = String(Math.floor(Date.now() / 1000)),
  secret = INGEST,
) {
  const res = await fetch(`http://127.0.0.1:${port}/ingest`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-newsdesk-timestamp': timestamp,
      'x-newsdesk-signature': sign(secret, timestamp, body),
    },
    body,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Resolves when the check passes, checking after each turn of the event loop's timers; fails after a deadline. */
async function until(check: () => Promise<boolean>, deadlineMs = 5000): Promise<void> {
  const end = Date.now() + deadlineMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the app with sources.yml', () => {
  let fake: FakeSlack;
  let running: RunningApp;
  let dir: string;
  let feedPolls: () => number;
  let setFeed: (body: string, etag: string) => void;

  beforeAll(async () => {
    fake = await startFakeSlack();
    const site = await startSite();
    setFeed = (body, etag) => site.routes.set('/rss.xml', serve(body, 'application/rss+xml', etag));
    setFeed(rss(site.origin, { ferryTitle: 'Night ferry saved' }), '"one"');
    feedPolls = () => site.hits('/rss.xml').length;
    dir = tempDir();
    writeFiles(dir, {
      'corpus/council.md':
        '---\ntitle: Council meets\n---\n\nThe council met on Monday to discuss the harbour budget for next year.\n',
      'sources.yml': `sources:
  - { name: archive, kind: folder, path: ./corpus }
  - { name: cms, kind: push }
  - { name: ledger, kind: feed, url: "${site.origin}/rss.xml", internal: true, every: 1s }
`,
    });
    const env = {
      SLACK_BOT_TOKEN: 'xoxb-1-2-sourcestest',
      SLACK_SIGNING_SECRET: 'signing-secret-sources-test',
      PORT: '0',
      HOST: '127.0.0.1',
      SLACK_API_URL: fake.apiUrl,
      DATA_DIR: join(dir, 'data'),
      SOURCES_FILE: join(dir, 'sources.yml'),
      INGEST_SECRET: INGEST,
      REINDEX_MINUTES: '0',
    };
    running = await startSlackApp({ config: loadConfig({ env, cwd: dir }), logger: createMemoryLogger() });
    await running.loaded;
  });

  afterAll(async () => {
    await running.stop();
    await fake.stop();
  });

  const services = () => {
    const s = running.live.current();
    if (!s) throw new Error('not loaded');
    return s;
  };
  const found = async (words: string) => {
    const r = await services().answers.search(words, 3);
    return r.ok ? r.answer.hits.map((h) => h.citation) : [];
  };

  it('says when the sync after loading is done: the feed polled at start is then in the archive', async () => {
    await running.synced;
    expect(feedPolls()).toBeGreaterThanOrEqual(1);
    expect((await found('night ferry'))[0]?.title).toMatch(/^Night ferry saved/);
  });

  it('lands a signed webhook article, searchable when the 202 comes back', async () => {
    const before = (await services().stats()).articles;
    const sent = Date.now();
    const res = await ingest(running.port as number, JSON.stringify(STORY));
    expect(res).toMatchObject({ status: 202, body: { ok: true, source: 'cms', new: 1 } });
    const hits = await found('Gull Point lighthouse keeper');
    expect(Date.now() - sent).toBeLessThan(1000);
    expect(hits[0]).toMatchObject({ title: STORY.title, url: STORY.url, published: '2026-12-02' });
    expect((await services().stats()).articles).toBe(before + 1);
    const said = await services().answers.whosaid('The lamp never once went out on my watch');
    expect(said.ok && said.answer.speaker).toBe('Walter Pryce');
  });

  it('refuses a bad signature, a stale timestamp and a body over the limit, changing nothing', async () => {
    const port = running.port as number;
    const before = (await services().stats()).articles;
    const other = JSON.stringify({ ...STORY, id: 'cms-9002', title: 'Forged story about the harbour' });
    expect((await ingest(port, other, undefined, 'wrong-secret')).status).toBe(401);
    const stale = String(Math.floor(Date.now() / 1000) - 6 * 60);
    expect(await ingest(port, other, stale)).toMatchObject({
      status: 401,
      body: { error: expect.stringContaining('stale') },
    });
    const huge = JSON.stringify({ ...STORY, id: 'cms-big', html: `<p>${'word '.repeat(700_000)}</p>` });
    expect((await ingest(port, huge)).status).toBe(413);
    expect((await services().stats()).articles).toBe(before);
    expect(await found('Forged story harbour')).toEqual([]);
  });

  it('removes an article the CMS deletes', async () => {
    const res = await ingest(running.port as number, JSON.stringify({ action: 'delete', id: STORY.id }));
    expect(res).toMatchObject({ status: 202, body: { removed: 1 } });
    expect(await found('Gull Point lighthouse keeper')).toEqual([]);
  });

  it('polls the feed on its schedule and applies an edit', async () => {
    await until(async () => (await found('night ferry midnight winter')).length > 0);
    setFeed(rss('https://ledger.example', { ferryTitle: 'Night ferry saved until one' }), '"two"');
    const polls = feedPolls();
    await until(
      async () =>
        feedPolls() > polls && (await found('night ferry'))[0]?.title === 'Night ferry saved until one',
    );
  });

  it('lists each source with `newsdesk sources --json`', async () => {
    const env = { DATA_DIR: join(dir, 'data'), SOURCES_FILE: join(dir, 'sources.yml') };
    const run = await cli(['sources', '--json'], { env, cwd: dir });
    expect(run.code).toBe(0);
    const { sources } = JSON.parse(run.stdout);
    expect(sources.map((s: { name: string; kind: string }) => [s.name, s.kind])).toEqual([
      ['archive', 'folder'],
      ['cms', 'push'],
      ['ledger', 'feed'],
    ]);
    expect(sources[0]).toMatchObject({ articles: 1, error: null });
    expect(sources[2]).toMatchObject({ articles: 2, error: null, lastSuccess: expect.any(String) });
    const text = await cli(['sources'], { env, cwd: dir });
    expect(text.stdout).toContain('ledger (feed): 2 articles');
  });
});

describe('newsdesk index with sources.yml', () => {
  it('polls every source once, then `sources --json` reports the poll', async () => {
    const site = await startSite();
    site.routes.set('/rss.xml', serve(rss(site.origin), 'application/rss+xml'));
    const dir = tempDir();
    writeFiles(dir, {
      'sources.yml': `sources:\n  - { name: ledger, kind: feed, url: "${site.origin}/rss.xml", internal: true }\n`,
    });
    const env = { DATA_DIR: join(dir, 'data'), SOURCES_FILE: join(dir, 'sources.yml') };
    const index = await cli(['index', '--json'], { env, cwd: dir });
    expect(index.code).toBe(0);
    expect(JSON.parse(index.stdout)).toMatchObject({ articles: 2, snapshot: 'built' });
    const search = await cli(['search', 'night ferry midnight', '--json'], { env, cwd: dir });
    expect(JSON.parse(search.stdout).hits[0].citation).toMatchObject({
      title: 'Night ferry saved for the winter',
    });
    expect(site.hits('/rss.xml')).toHaveLength(1);
    const { sources } = JSON.parse((await cli(['sources', '--json'], { env, cwd: dir })).stdout);
    expect(sources).toEqual([
      expect.objectContaining({
        name: 'ledger',
        kind: 'feed',
        articles: 2,
        new: 2,
        updated: 0,
        removed: 0,
        error: null,
      }),
    ]);
  });

  it('refuses a bad sources.yml with a one-line reason naming the file and field, exit 1', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'sources.yml': 'sources:\n  - { name: x, kind: feed }\n' });
    const run = await cli(['index'], { env: { SOURCES_FILE: join(dir, 'sources.yml') }, cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toContain(
      `SOURCES_FILE: ${join(dir, 'sources.yml')}: sources[0].url: is required`,
    );
  });
});
