/**
 * `/watch` end to end: the real app on a loopback port with the fake Slack, a corpus folder the test writes
 * into. A channel watches a topic; an article added to the folder and indexed by a refresh is posted to the
 * channel once, with the passage that names the topic cited; nothing already in the archive, nothing twice.
 * Run on the data folder (test/slack/watch.e2e.test.ts) and with DATABASE_URL (test/slack/watch.pg.test.ts).
 */
import { WATCH } from '../../src/messages';
import { MAX_WATCHES_PER_CHANNEL } from '../../src/watch/watches';
import { everyText, type Harness, sendSlashCommand, startHarness, stopHarness } from './slackHarness';
import { tempDir, writeFiles } from './tmp';

const article = (title: string, published: string, paragraphs: string[]) =>
  ['---', `title: "${title}"`, 'outlet: "The Riverton Ledger"', `published: ${published}`, '---', '']
    .concat(paragraphs.join('\n\n'))
    .join('\n');

const OLD = article('Bank opens in Riverton', '2025-08-01', [
  'Wells Fargo opened a branch on Main Street in Riverton on Friday.',
  'The mayor cut the ribbon.',
]);
const NEW_PASSAGE = 'Wells Fargo said on Tuesday that it would close the Main Street branch in March.';
const NEW = article('Riverton branch to close', '2025-08-20', [
  'Riverton will lose its only bank branch next year, the town council heard on Tuesday.',
  NEW_PASSAGE,
  'Council members asked the bank to reconsider.',
]);
const UNRELATED = article('Dry summer on the plains', '2025-08-20', [
  'The well was dug near Fargo last spring; by August the wells were dry.',
]);

export function watchSuite(extraEnv: () => Promise<Record<string, string>>): void {
  describe('/watch', () => {
    let h: Harness;
    let corpus: string;
    let replies = 0;
    const command = async (slash: string, text: string) => {
      const id = `watch-${++replies}`;
      const ack = await sendSlashCommand(h, slash, text, id);
      expect(ack.status).toBe(200);
      await h.fake.waitFor('respond', replies);
      const reply = h.fake.calls.find((c) => c.path === `/respond/${id}`);
      expect(reply?.body.response_type).toBe('ephemeral');
      return String(reply?.body.text);
    };
    const alerts = () =>
      h.fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'C1');
    const refreshed = async () => {
      await h.running.refresh();
      await h.running.alertsSettled();
    };
    /**
     * Refreshes until the archive holds the passage: a refresh asked for while the app's own start-up sync runs
     * joins it, and that one may have read the folder before the test wrote to it.
     */
    const indexed = async (passage: string) => {
      for (let round = 0; round < 10; round++) {
        await refreshed();
        const found = await h.running.live.current()?.answers.search(passage, 1);
        if (found?.ok && found.answer.hits[0]?.citation.passage === passage) return;
      }
      throw new Error(`the archive never held "${passage}"`);
    };

    beforeAll(async () => {
      corpus = tempDir();
      writeFiles(corpus, { 'old.md': OLD });
      h = await startHarness({ ...(await extraEnv()), REINDEX_MINUTES: '0' }, corpus);
    });
    afterAll(() => stopHarness(h));

    it('tells the person the channel now watches the topic, and lists it', async () => {
      expect(await command(WATCH.slash, 'Wells Fargo')).toBe(WATCH.added('Wells Fargo'));
      expect(await command(WATCH.slash, 'wells fargo')).toBe(WATCH.exists('wells fargo'));
      expect(await command(WATCH.slash, '')).toContain('“Wells Fargo”, since');
      expect(await command(WATCH.slash, 'help')).toBe(WATCH.usage(MAX_WATCHES_PER_CHANNEL));
    });

    it('posts one alert for a new article naming the topic, with its passage cited; none for the archive as it was', async () => {
      writeFiles(corpus, { 'new.md': NEW, 'unrelated.md': UNRELATED });
      await indexed(NEW_PASSAGE);
      expect(alerts()).toHaveLength(1);
      const [alert] = alerts();
      const text = everyText(alert?.body.blocks);
      expect(text).toContain('New article on “Wells Fargo”');
      expect(text).toContain('Riverton branch to close');
      expect(text).toContain(NEW_PASSAGE);
      expect(text).toContain('The Riverton Ledger');
      expect(text).toContain('paragraph 2');
      expect(text).not.toContain('Main Street in Riverton on Friday');
    });

    it('posts nothing more on the next refresh, nor for a changed version of the article', async () => {
      await refreshed();
      writeFiles(corpus, { 'new.md': NEW.replace('in March', 'in April') });
      await indexed(NEW_PASSAGE.replace('in March', 'in April'));
      expect(alerts()).toHaveLength(1);
    });

    it('stops alerting once the channel unwatches the topic', async () => {
      expect(await command(WATCH.unwatchSlash, 'Wells Fargo')).toBe(WATCH.removed('Wells Fargo'));
      expect(await command(WATCH.slash, 'stop Wells Fargo')).toBe(WATCH.notWatching('Wells Fargo'));
      const newer = 'Wells Fargo said on Friday that it would close the Eastport branch too.';
      writeFiles(corpus, { 'newer.md': NEW.replace(NEW_PASSAGE, newer) });
      await indexed(newer);
      expect(alerts()).toHaveLength(1);
    });
  });
}
