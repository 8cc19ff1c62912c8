/**
 * The Slack app's end-to-end suite: the real app on a loopback port, its Web API client pointed at a local fake
 * Slack, requests signed exactly as Slack signs them. Run as it is (test/slack/app.e2e.test.ts: the data folder)
 * and with DATABASE_URL set (test/slack/app.pg.test.ts: a real PostgreSQL as the archive and the shared state).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_CORPUS } from './cli';
import { form, post, signedHeaders } from './fakeSlack';
import {
  BOT_TOKEN,
  everyText,
  type Harness,
  received,
  SECRET,
  sendEvent,
  sendInteraction,
  sendSlashCommand,
  settled,
  startHarness,
  stopHarness,
} from './slackHarness';
import { tempDir, writeFiles } from './tmp';

/** What the refreshes logged after the first `from` lines re-indexed and removed, summed. */
function refreshedSince(logs: readonly string[], from: number): { indexed: number; removed: number } {
  const sum = { indexed: 0, removed: 0 };
  for (const line of logs.slice(from)) {
    const m = /^newsdesk info: index refreshed: (\d+) re-indexed, (\d+) removed/.exec(line);
    if (!m) continue;
    sum.indexed += Number(m[1]);
    sum.removed += Number(m[2]);
  }
  return sum;
}

/** Defines the suite; `extraEnv` gives each app it starts more settings (a database of its own). */
export function appSuite(extraEnv: () => Promise<Record<string, string>>): void {
  const start = async (corpusDir = SEED_CORPUS) => startHarness(await extraEnv(), corpusDir);
  const stop = stopHarness;
  const slashCommand = (h: Harness, command: string, text: string, id = '1') =>
    sendSlashCommand(h, command, text, id);

  function clickShare(h: Harness, value: string) {
    return sendInteraction(h, {
      type: 'block_actions',
      user: { id: 'U1', name: 'reporter' },
      team: { id: 'T1' },
      channel: { id: 'C1' },
      api_app_id: 'A1',
      token: 'legacy',
      trigger_id: 'trigger-2',
      response_url: h.fake.responseUrl('share'),
      actions: [{ type: 'button', action_id: 'share_answer', block_id: 'b1', value, action_ts: '1.2' }],
    });
  }

  /** An `app_mention` event; a retry is signed again, later, with its own headers. */
  const mentionEvent = (
    h: Harness,
    eventId: string,
    event: Record<string, unknown>,
    headers: Record<string, string> = {},
    timestamp = Math.floor(Date.now() / 1000),
  ) =>
    sendEvent(
      h,
      eventId,
      { type: 'app_mention', user: 'U1', channel: 'C1', ...event },
      { timestamp, headers },
    );
  const shareValue = (blocks: { type: string; elements?: { value?: string }[] }[]) =>
    blocks.find((b) => b.type === 'actions')?.elements?.[0]?.value ?? '';

  describe('slash commands', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await start();
    });
    afterAll(() => stop(h));

    it('/whosaid is acknowledged at once and answered with Geoffrey Corn and citations; Share posts it in_channel', async () => {
      const ack = await slashCommand(h, '/whosaid', 'really easy to get the United States into a war');
      expect(ack.status).toBe(200);
      expect(ack.ms).toBeLessThan(3000);
      const [answer] = await h.fake.waitFor('respond');
      expect(answer?.body).toMatchObject({ response_type: 'ephemeral' });
      const blocks = answer?.body.blocks as { type: string; text?: { text: string } }[];
      expect(blocks[0]?.text?.text).toMatch(
        /^\*Geoffrey Corn\*, director of the Center for Military Law and Policy at Texas Tech/i,
      );
      expect(everyText(blocks)).toContain('Rolling Stone');
      expect(everyText(blocks)).toContain(
        '<https://au.rollingstone.com/?p=81820|Rolling Stone> · Thu 14 Aug 2025 · paragraph 13',
      );
      expect(answer?.body.text).toMatch(/^Geoffrey Corn/);

      await clickShare(h, shareValue(blocks as never));
      const shared = (await h.fake.waitFor('respond', 2))[1];
      expect(shared?.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
      expect(everyText(shared?.body.blocks)).toContain('Shared by <@U1>');
      expect(everyText(shared?.body.blocks)).toContain('*Geoffrey Corn*');
    });

    it('an answer whose response_url post is refused with 429 is delivered after Retry-After', async () => {
      h.fake.calls.length = 0;
      h.fake.failNext('respond', 429);
      await slashCommand(h, '/whosaid', 'really easy to get the United States into a war', 'retry');
      const [refused, delivered] = await h.fake.waitFor('respond', 2);
      expect(refused?.body).toEqual(delivered?.body);
      expect(delivered?.body.text).toMatch(/^Geoffrey Corn/);
      expect(h.logs.join('\n')).toMatch(/response URL not delivered \(attempt 1 of 5\): HTTP 429/);
    });

    it('empty text or "help" gives usage with an example', async () => {
      h.fake.calls.length = 0;
      await slashCommand(h, '/timeline', 'help', 'help');
      const [usage] = await h.fake.waitFor('respond');
      expect(usage?.body.text).toContain('/timeline tariff');
    });

    it('/timeline and /ask answer through respond too', async () => {
      h.fake.calls.length = 0;
      await slashCommand(h, '/timeline', 'tariff', 't');
      await slashCommand(h, '/ask', 'How much is the bounty on El Mencho?', 'a');
      const answers = await h.fake.waitFor('respond', 2);
      const all = everyText(answers.map((a) => a.body.blocks));
      expect(all).toContain('30% tariff');
      expect(all).toContain('*$10 million*');
    });

    it('/digest since a date previews the digest for the asker, and Post to channel posts it', async () => {
      h.fake.calls.length = 0;
      await slashCommand(h, '/digest', 'since 2025-08-14', 'd');
      const [preview] = await h.fake.waitFor('respond');
      expect(preview?.body).toMatchObject({ response_type: 'ephemeral' });
      const blocks = preview?.body.blocks as {
        type: string;
        elements?: { action_id?: string; value?: string }[];
      }[];
      expect(everyText(blocks)).toContain('Team Trump Is Actually Drawing Up Attack Plans for Mexico');
      const button = blocks.find((b) => b.type === 'actions')?.elements?.[0];
      expect(button?.action_id).toBe('post_digest');
      const payload = {
        type: 'block_actions',
        user: { id: 'U1' },
        team: { id: 'T1' },
        channel: { id: 'C1' },
        api_app_id: 'A1',
        token: 'legacy',
        trigger_id: 't',
        response_url: h.fake.responseUrl('post-digest'),
        actions: [
          { type: 'button', action_id: 'post_digest', block_id: 'b', value: button?.value, action_ts: '1' },
        ],
      };
      await sendInteraction(h, payload);
      const posted = (await h.fake.waitFor('respond', 2))[1];
      expect(posted?.body).toMatchObject({ response_type: 'in_channel' });
      expect(everyText(posted?.body.blocks)).toContain('Shared by <@U1>');
      await slashCommand(h, '/digest', 'since last tuesday', 'bad');
      const [, , bad] = await h.fake.waitFor('respond', 3);
      expect(String(bad?.body.text)).toContain('/digest since 2025-08-01');
    });

    it('refuses a bad signature and a stale or future timestamp with 401, and calls nothing', async () => {
      h.fake.calls.length = 0;
      const before = received(h);
      const body = form({
        command: '/whosaid',
        text: 'could happen',
        response_url: h.fake.responseUrl('x'),
        user_id: 'U1',
      });
      const type = { 'content-type': 'application/x-www-form-urlencoded' };
      const badSignature = { ...signedHeaders('wrong-secret', body), ...type };
      const now = Math.floor(Date.now() / 1000);
      expect((await post(h.events, body, badSignature)).status).toBe(401);
      expect(
        (await post(h.events, body, { ...signedHeaders(SECRET, body, now - 600), ...type })).status,
      ).toBe(401);
      expect(
        (await post(h.events, body, { ...signedHeaders(SECRET, body, now + 600), ...type })).status,
      ).toBe(401);
      expect(received(h)).toBe(before);
      // A good request after the refused ones: once it is handled, it is the only thing that reached the app.
      await slashCommand(h, '/timeline', 'help', 'probe');
      await settled(h, before + 1);
      expect(received(h)).toBe(before + 1);
      expect(h.fake.calls.map((c) => c.method)).toEqual(['respond']);
    });

    it('listens on HOST (127.0.0.1 here)', () => {
      expect(
        h.logs.some((l) => l.includes(`listening for Slack on port ${h.running.port} of 127.0.0.1`)),
      ).toBe(true);
    });

    it('answers /healthz with 200 once the archive is loaded', async () => {
      const res = await fetch(`http://127.0.0.1:${h.running.port}/healthz`);
      expect(res.status).toBe(200);
    });
  });

  describe('mentions in threads', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await start();
    });
    afterAll(() => stop(h));
    beforeEach(() => {
      h.fake.calls.length = 0;
    });

    it('answers a mention in its thread, with the thread_ts', async () => {
      await mentionEvent(h, 'Ev1', {
        text: '<@UBOT> who is Geoffrey Corn?',
        ts: '1700000000.000500',
        thread_ts: '1700000000.000100',
      });
      const [reply] = await h.fake.waitFor('chat.postMessage');
      expect(reply?.body).toMatchObject({ channel: 'C1', thread_ts: '1700000000.000100' });
      expect(everyText(reply?.body.blocks)).toContain('Texas Tech');
    });

    it('answers a top-level mention in a new thread under it', async () => {
      await mentionEvent(h, 'Ev2', { text: '<@UBOT> what is the tariff timeline?', ts: '1700000000.000700' });
      const [reply] = await h.fake.waitFor('chat.postMessage');
      expect(reply?.body).toMatchObject({ thread_ts: '1700000000.000700' });
    });

    it('a question-less mention in a thread answers about the parent message', async () => {
      h.fake.setParentText('Is this real? “It’s gotten too easy to go to war.”');
      await mentionEvent(h, 'Ev3', {
        text: '<@UBOT> who said this?',
        ts: '1700000000.000900',
        thread_ts: '1700000000.000100',
      });
      const [replies] = await h.fake.waitFor('conversations.replies');
      expect(replies?.body).toMatchObject({ channel: 'C1', ts: '1700000000.000100' });
      const [reply] = await h.fake.waitFor('chat.postMessage');
      expect(everyText(reply?.body.blocks)).toContain('*Geoffrey Corn*');
    });

    it('answers an event once when Slack delivers it again with X-Slack-Retry-Num', async () => {
      const event = { text: '<@UBOT> who said could happen', ts: '1700000001.000100' };
      const before = received(h);
      await mentionEvent(h, 'EvSame', event);
      const later = Math.floor(Date.now() / 1000) + 1;
      await mentionEvent(
        h,
        'EvSame',
        event,
        { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
        later,
      );
      await settled(h, before + 2);
      expect(h.fake.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
    });

    it('answers a direct message once when Slack delivers it again', async () => {
      const dm = {
        type: 'message',
        channel: 'D7',
        channel_type: 'im',
        user: 'U1',
        text: 'who is Geoffrey Corn?',
      };
      const before = received(h);
      await sendEvent(h, 'EvDmSame', { ...dm, ts: '1700000003.000100' });
      const retry = { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' };
      const later = Math.floor(Date.now() / 1000) + 1;
      await sendEvent(
        h,
        'EvDmSame',
        { ...dm, ts: '1700000003.000100' },
        { timestamp: later, headers: retry },
      );
      await settled(h, before + 2);
      const answers = h.fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'D7');
      expect(answers).toHaveLength(1);
    });

    it("ignores the bot's own messages", async () => {
      const before = received(h);
      await mentionEvent(h, 'EvBot', {
        text: '<@UBOT> who said could happen',
        ts: '1700000002.000100',
        user: 'UBOT',
        bot_id: 'BBOT',
      });
      await settled(h, before + 1);
      expect(h.fake.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(0);
    });

    it('publishes App Home with usage, corpus statistics and the digest schedule', async () => {
      await sendEvent(h, 'EvHome', { type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home' });
      const [published] = await h.fake.waitFor('views.publish');
      const view = everyText(published?.body.view);
      expect(view).toContain('5 articles');
      expect(view).toContain('/whosaid');
      expect(view).toContain('not scheduled');
    });
  });

  describe('corpus changes while running', () => {
    const article = (quote: string, speaker: string) =>
      '---\ntitle: "Council row"\noutlet: "The Riverton Ledger"\npublished: 2025-03-12\n---\n\n' +
      `“${quote},” said ${speaker}, the council's treasurer.\n`;

    it('a refresh indexes a new article and forgets a removed one, without a restart', async () => {
      const corpus = tempDir();
      writeFiles(corpus, { 'budget.md': article('The budget will balance by the spring', 'Mara Voss') });
      const h = await start(corpus);
      try {
        // The first sync of the sources runs once the archive is loaded: a change made while it reads the folder
        // could be split between it and the refresh below.
        await h.running.synced;
        const before = h.logs.length;
        writeFiles(corpus, {
          'ferry.md': article('The ferry subsidy ends in June no matter what', 'Ian Royce'),
        });
        rmSync(join(corpus, 'budget.md'));
        await h.running.refresh();
        // One refresh, or two when a sync of the sources started between the write and the removal.
        expect(refreshedSince(h.logs, before)).toEqual({ indexed: 1, removed: 1 });
        await slashCommand(h, '/whosaid', 'the ferry subsidy ends in June', 'new');
        const [found] = await h.fake.waitFor('respond');
        expect(everyText(found?.body.blocks)).toContain('*Ian Royce*');
        h.fake.calls.length = 0;
        await slashCommand(h, '/whosaid', 'the budget will balance by the spring', 'gone');
        const [gone] = await h.fake.waitFor('respond');
        expect(everyText(gone?.body.blocks)).not.toContain('Mara Voss');
      } finally {
        await stop(h);
      }
    });
  });

  describe('hostile article text and Slack limits', () => {
    it('escapes <!channel>, <!here>, <@U123> and links from an article in every message', async () => {
      const corpus = tempDir();
      writeFiles(corpus, {
        'hostile.md':
          '---\ntitle: "Council row"\noutlet: "The Riverton Ledger"\npublished: 2025-03-12\n---\n\n' +
          '“Tell <!channel> and <!here> that <@U123> should <http://evil.example|click> here now,” said Councilman Jeff Tran.\n',
      });
      const h = await start(corpus);
      try {
        await slashCommand(h, '/whosaid', 'should click here now');
        const [answer] = await h.fake.waitFor('respond');
        await clickShare(h, shareValue(answer?.body.blocks as never));
        const messages = await h.fake.waitFor('respond', 2);
        for (const m of messages) {
          const all = `${everyText(m.body.blocks)} ${String(m.body.text)}`;
          for (const raw of ['<!channel>', '<!here>', '<@U123>', '<http://evil.example|click>'])
            expect(all).not.toContain(raw);
          expect(all).toContain('&lt;!channel&gt;');
          expect(all).toContain('&lt;@U123&gt;');
        }
      } finally {
        await stop(h);
      }
    });

    it('an answer with 60 matching passages stays within 50 blocks, 3,000 characters a section, 12,000 in all', async () => {
      const corpus = tempDir();
      const files: Record<string, string> = {};
      for (let i = 1; i <= 60; i++) {
        files[`story-${i}.md`] =
          `---\ntitle: "Story ${i}"\noutlet: "Outlet ${i}"\npublished: 2025-03-${String((i % 28) + 1).padStart(2, '0')}\n---\n\n` +
          `“We will rebuild the harbor bridge before the winter storms arrive,” said Mayor Dana Whitfield in report ${i}.\n`;
      }
      writeFiles(corpus, files);
      const h = await start(corpus);
      try {
        await slashCommand(h, '/whosaid', 'rebuild the harbor bridge before the winter storms');
        const [answer] = await h.fake.waitFor('respond');
        const blocks = answer?.body.blocks as {
          type: string;
          text?: { text: string };
          elements?: { text?: string }[];
        }[];
        expect(blocks.length).toBeLessThanOrEqual(50);
        for (const b of blocks) expect((b.text?.text ?? '').length).toBeLessThanOrEqual(3000);
        expect(JSON.stringify(blocks).length).toBeLessThanOrEqual(12000);
        expect(everyText(blocks)).toMatch(/…and \d+ more not shown\./);
        expect(String(answer?.body.text).length).toBeGreaterThan(0);
      } finally {
        await stop(h);
      }
    });
  });

  describe('logs', () => {
    it('never contain the bot token or the signing secret, even at debug level', async () => {
      const h = await start();
      try {
        await slashCommand(h, '/whosaid', 'could happen');
        await h.fake.waitFor('respond');
        const all = h.logs.join('\n');
        expect(h.logs.some((l) => l.startsWith('newsdesk debug:'))).toBe(true);
        expect(all).not.toContain(BOT_TOKEN);
        expect(all).not.toContain(SECRET);
      } finally {
        await stop(h);
      }
    });
  });
}
