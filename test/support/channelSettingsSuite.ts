/**
 * `/digest daily on|off` end to end: the real app with the fake Slack. A channel asks whether it gets the daily
 * digest, opts in and out; any other `/digest` text is still the digest preview. Run on the data folder
 * (test/slack/channelSettings.e2e.test.ts) and with DATABASE_URL (test/slack/channelSettings.pg.test.ts), where
 * the setting is a row, not a file.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SETTINGS, SLACK } from '../../src/messages';
import { CHANNEL_SETTINGS_FILE } from '../../src/settings/fileStore';
import { type Harness, sendSlashCommand, startHarness, stopHarness } from './slackHarness';

const CRON = '30 6 * * 1-5';
const TZ = 'Europe/London';

export function channelSettingsSuite(extraEnv: () => Promise<Record<string, string>>): void {
  describe('/digest daily', () => {
    let h: Harness;
    let env: Record<string, string>;
    let n = 0;
    const digest = async (text: string) => {
      const id = `daily-${++n}`;
      expect((await sendSlashCommand(h, '/digest', text, id)).status).toBe(200);
      await h.fake.waitFor('respond', n);
      const reply = h.fake.calls.find((c) => c.path === `/respond/${id}`);
      expect(reply?.body.response_type).toBe('ephemeral');
      return reply?.body;
    };

    beforeAll(async () => {
      env = { ...(await extraEnv()), DIGEST_CRON: CRON, DIGEST_TZ: TZ };
      h = await startHarness(env);
    });
    afterAll(() => stopHarness(h));

    it('says whether the channel gets the daily digest, and opts it in and out', async () => {
      expect((await digest('daily'))?.text).toBe(SETTINGS.dailyIs(false, CRON, TZ));
      expect((await digest('daily on'))?.text).toBe(SETTINGS.dailyOn(CRON, TZ));
      expect((await digest('DAILY'))?.text).toBe(SETTINGS.dailyIs(true, CRON, TZ));
      expect(existsSync(join(h.dataDir, CHANNEL_SETTINGS_FILE))).toBe(env.DATABASE_URL === undefined);
      expect((await digest('daily off'))?.text).toBe(SETTINGS.dailyOff);
      expect((await digest('daily'))?.text).toBe(SETTINGS.dailyIs(false, CRON, TZ));
    });

    it('still previews the digest for any other text', async () => {
      const body = await digest('since 2025-08-01');
      expect(JSON.stringify(body?.blocks)).toMatch(/What we published|Nothing new was published/);
    });

    it("counts against the person's rate limit (ten a minute): the six above and five more", async () => {
      const texts: string[] = [];
      for (let i = 0; i < 5; i++) texts.push(String((await digest('daily on'))?.text));
      const slowed = texts.filter((t) => t !== SETTINGS.dailyOn(CRON, TZ));
      expect(slowed).toHaveLength(1);
      expect(slowed[0]).toBe(SLACK.slowDown(Number(/\d+/.exec(slowed[0] ?? '')?.[0])));
    });
  });
}
