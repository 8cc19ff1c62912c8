import { CLAIM_LEASE_MS } from '../../src/delivery/deliver';
import { PostLedger } from '../../src/delivery/ledger';
import { indexArticle } from '../../src/indexing/indexArticle';
import { createMemoryLogger } from '../../src/logger';
import type { EmbeddedArchive } from '../../src/search/embeddedArchive';
import { type AppliedArchive, WatchAlerts } from '../../src/watch/alerts';
import { FileWatchStore } from '../../src/watch/fileStore';
import type { WatchStore } from '../../src/watch/store';
import { newWatch } from '../../src/watch/watches';
import { archiveOf } from '../support/archive';
import { articleFrom } from '../support/article';
import { type FakeChannel, fakeChannel } from '../support/channel';
import { tempDir } from '../support/tmp';

const WATCHED_AT = new Date('2025-08-15T08:00:00.000Z');
const BEFORE = '2025-08-15T07:00:00.000Z';
const AFTER = '2025-08-15T09:00:00.000Z';

const story = (id: string, lead: string) =>
  articleFrom(`${lead}\n\nThe board will meet again next month.`, {
    id,
    title: `Story ${id}`,
    published: '2025-08-15',
  });

interface Setup {
  archive: EmbeddedArchive;
  indexedAt: Map<string, string>;
  applied: AppliedArchive;
  channel: FakeChannel;
  store: WatchStore;
  ledger: PostLedger;
  alerts: (store?: WatchStore) => WatchAlerts;
  /** Puts an article into the archive, first indexed at `at`. */
  add: (id: string, lead: string, at?: string, version?: string) => void;
}

async function setup(): Promise<Setup> {
  const dir = tempDir();
  const archive = archiveOf(story('old', 'Wells Fargo opened a branch in Riverton last year.'));
  const indexedAt = new Map([['old', BEFORE]]);
  const channel = fakeChannel();
  const store = new FileWatchStore(dir);
  await store.add(newWatch('CDESK', 'Wells Fargo', 'U1', WATCHED_AT), 20);
  const ledger = PostLedger.in(dir, 'post-ledger.json');
  const alerts = (s: WatchStore = store) =>
    new WatchAlerts({
      store: s,
      ledger,
      poster: channel.poster,
      logger: createMemoryLogger(),
      render: (w, hit) => ({ text: `${w.topic}: ${hit.citation.passage}`, blocks: [] }),
      deliver: { backoff: async () => undefined },
    });
  const add = (id: string, lead: string, at = AFTER, version = `v-${id}`) => {
    archive.putNow(indexArticle(story(id, lead)), version);
    indexedAt.set(id, at);
  };
  return { archive, indexedAt, applied: { archive, indexedAt }, channel, store, ledger, alerts, add };
}

describe('watch alerts', () => {
  it('alerts once for a new article that names the topic, never for the archive as first seen', async () => {
    const s = await setup();
    const alerts = s.alerts();
    await alerts.check(s.applied);
    expect(s.channel.messages).toEqual([]);
    s.add('new', 'Wells Fargo closed the Riverton branch on Friday.');
    s.add('other', 'The Riverton well ran dry on Friday.');
    await alerts.check(s.applied);
    expect(s.channel.messages).toEqual([
      expect.objectContaining({
        channel: 'CDESK',
        key: 'watch:CDESK:wells fargo:new',
        text: 'Wells Fargo: Wells Fargo closed the Riverton branch on Friday.',
      }),
    ]);
    await alerts.check(s.applied);
    expect(s.channel.messages).toHaveLength(1);
  });

  it('never alerts an article first indexed before the watch was made, though new to this process', async () => {
    const s = await setup();
    const alerts = s.alerts();
    await alerts.check(s.applied);
    s.add('late', 'Wells Fargo closed the Riverton branch on Friday.', BEFORE);
    await alerts.check(s.applied);
    expect(s.channel.messages).toEqual([]);
  });

  it('does not alert again for a changed version of an alerted article, nor after a restart', async () => {
    const s = await setup();
    const alerts = s.alerts();
    await alerts.check(s.applied);
    s.add('new', 'Wells Fargo closed the Riverton branch on Friday.');
    await alerts.check(s.applied);
    s.add('new', 'Wells Fargo closed the Riverton branch on Friday, it confirmed.', AFTER, 'v2');
    await alerts.check(s.applied);
    const restarted = s.alerts();
    await restarted.check(s.applied);
    s.archive.removeNow('new');
    await restarted.check(s.applied);
    s.add('new', 'Wells Fargo closed the Riverton branch on Friday, it confirmed.', AFTER, 'v3');
    await restarted.check(s.applied);
    expect(s.channel.messages.map((m) => m.key)).toEqual(['watch:CDESK:wells fargo:new']);
  });

  it('never alerts the archive a (re)started process loads, even an article whose alert the ledger no longer holds', async () => {
    const s = await setup();
    s.add('recent', 'Wells Fargo closed the Riverton branch on Friday.', AFTER);
    const restarted = s.alerts();
    await restarted.check(s.applied);
    await restarted.check(s.applied);
    expect(s.channel.messages).toEqual([]);
  });

  it('passes over what was applied while no channel watched anything, by the time the watch was made', async () => {
    const s = await setup();
    await s.store.remove('CDESK', 'wells fargo');
    const alerts = s.alerts();
    await alerts.check(s.applied);
    s.add('meanwhile', 'Wells Fargo closed the Riverton branch on Friday.', AFTER);
    await alerts.check(s.applied);
    await s.store.add(newWatch('CDESK', 'Wells Fargo', 'U1', new Date('2025-08-15T10:00:00.000Z')), 20);
    await alerts.check(s.applied);
    s.add('later', 'Wells Fargo reopened the Riverton branch on Monday.', '2025-08-15T11:00:00.000Z');
    await alerts.check(s.applied);
    expect(s.channel.messages.map((m) => m.key)).toEqual(['watch:CDESK:wells fargo:later']);
  });

  it('posts once when two instances apply the same article (one ledger)', async () => {
    const s = await setup();
    const [a, b] = [s.alerts(), s.alerts()];
    await Promise.all([a.check(s.applied), b.check(s.applied)]);
    s.add('new', 'Wells Fargo closed the Riverton branch on Friday.');
    await Promise.all([a.check(s.applied), b.check(s.applied)]);
    expect(s.channel.messages).toHaveLength(1);
  });

  it('alerts every channel that watches the topic, each under its own key', async () => {
    const s = await setup();
    await s.store.add(newWatch('CBIZ', 'wells fargo', 'U2', WATCHED_AT), 20);
    await s.store.add(newWatch('CSPORT', 'Riverton Rovers', 'U3', WATCHED_AT), 20);
    const alerts = s.alerts();
    await alerts.check(s.applied);
    s.add('new', 'Wells Fargo closed the Riverton branch on Friday.');
    await alerts.check(s.applied);
    expect(s.channel.messages.map((m) => m.channel).sort()).toEqual(['CBIZ', 'CDESK']);
  });

  it('tries the new articles again at the next check when the watches could not be read', async () => {
    const s = await setup();
    let broken = true;
    const flaky: WatchStore = {
      ...s.store,
      all: () => (broken ? Promise.reject(new Error('disk gone')) : s.store.all()),
    };
    const alerts = s.alerts(flaky);
    await alerts.check(s.applied);
    s.add('new', 'Wells Fargo closed the Riverton branch on Friday.');
    await alerts.check(s.applied);
    expect(s.channel.messages).toEqual([]);
    broken = false;
    await alerts.check(s.applied);
    expect(s.channel.messages).toHaveLength(1);
  });

  it('tries an alert again at the next check when Slack failed every attempt, and posts it once', async () => {
    const s = await setup();
    let down = true;
    let clock = Date.now(); // the ledger stamps its claims with the real time
    const alerts = new WatchAlerts({
      now: () => new Date(clock),
      store: s.store,
      ledger: s.ledger,
      poster: {
        ...s.channel.poster,
        post: (...args) =>
          down
            ? Promise.reject(new Error('An API error occurred: internal_error'))
            : s.channel.poster.post(...args),
      },
      logger: createMemoryLogger(),
      render: (w, hit) => ({ text: `${w.topic}: ${hit.citation.passage}`, blocks: [] }),
      deliver: { backoff: async () => undefined },
    });
    await alerts.check(s.applied);
    s.add('new', 'Wells Fargo closed the Riverton branch on Friday.');
    await alerts.check(s.applied);
    expect(s.channel.messages).toEqual([]);
    down = false;
    // Within the claim's lease the failed claim may still be someone's post under way: nothing yet.
    await alerts.check(s.applied);
    expect(s.channel.messages).toEqual([]);
    clock += CLAIM_LEASE_MS + 1000;
    await alerts.check(s.applied);
    await alerts.check(s.applied);
    expect(s.channel.messages.map((m) => m.key)).toEqual(['watch:CDESK:wells fargo:new']);
  });

  it('runs one check at a time: a check asked for during one runs after it, and settled() waits for both', async () => {
    const s = await setup();
    const alerts = s.alerts();
    await alerts.check(s.applied);
    s.add('new', 'Wells Fargo closed the Riverton branch on Friday.');
    void alerts.check(s.applied);
    s.add('newer', 'Wells Fargo reopened the Riverton branch on Monday.');
    void alerts.check(s.applied);
    await alerts.settled();
    expect(s.channel.messages.map((m) => m.key).sort()).toEqual([
      'watch:CDESK:wells fargo:new',
      'watch:CDESK:wells fargo:newer',
    ]);
  });
});
