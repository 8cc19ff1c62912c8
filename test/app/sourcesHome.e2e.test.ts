/**
 * App Home lists the configured sources from the running app's own polls: each with its articles and last
 * successful fetch, and a feed whose last poll failed is flagged with the reason, so an editor sees at a glance
 * that it stopped.
 */
import { join } from 'node:path';
import { rss } from '../sources/fixtures/feeds';
import { type Site, serve, startSite } from '../support/site';
import { type Harness, sendEvent, startHarness, stopHarness } from '../support/slackHarness';
import { tempDir, writeFiles } from '../support/tmp';

describe('App Home with sources.yml', () => {
  let h: Harness;
  let site: Site;

  beforeAll(async () => {
    site = await startSite();
    site.routes.set(
      '/rss.xml',
      serve(rss(site.origin, { ferryTitle: 'Night ferry saved' }), 'application/rss+xml'),
    );
    const dir = tempDir();
    writeFiles(dir, {
      'sources.yml': `sources:
  - { name: ledger, kind: feed, url: "${site.origin}/rss.xml", internal: true, every: 1h }
  - { name: gazette, kind: feed, url: "${site.origin}/gone.xml", internal: true, every: 1h }
`,
    });
    h = await startHarness({ SOURCES_FILE: join(dir, 'sources.yml'), REINDEX_MINUTES: '0' });
  });

  afterAll(async () => {
    await stopHarness(h);
    await site.close();
  });

  /** Resolves once both feeds' first polls have ended, well or not (the app's own status); fails after a deadline. */
  async function polled(): Promise<void> {
    const end = Date.now() + 10_000;
    while (
      h.running.sources
        .statuses()
        .some((s) => s.kind === 'feed' && s.lastSuccess === null && s.error === null)
    ) {
      if (Date.now() > end) throw new Error('the feeds were not polled in time');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('shows each source, and the failing feed with its error', async () => {
    await polled();
    await sendEvent(h, 'Ev-home-1', { type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home' });
    const [published] = await h.fake.waitFor('views.publish');
    const view = JSON.stringify(published?.body.view);
    expect(view).toContain('*Sources:*');
    expect(view).toMatch(/\*ledger\* \(feed\): 2 articles, last fetched \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    expect(view).toContain('*gazette* (feed): 0 articles, last fetched never');
    expect(view).toMatch(/gazette[^•]*:warning: the last poll failed: [^"]*404/);
    expect(view).not.toMatch(/ledger[^•]*:warning:/);
  });
});
