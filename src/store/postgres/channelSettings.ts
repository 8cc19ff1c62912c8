/** Channel settings shared by every instance: a row per channel, the last change counting. */
import type { ChannelSettings, ChannelSettingsStore } from '../../settings/channelSettings';
import { type Db, run, statement } from './pool';

const SET = statement(
  'settings_set',
  `INSERT INTO channel_settings (channel, daily_digest, updated_by) VALUES ($1, $2, $3)
   ON CONFLICT (channel) DO UPDATE SET daily_digest = $2, updated_by = $3, updated_at = clock_timestamp()`,
);
const GET = statement(
  'settings_get',
  'SELECT channel, daily_digest, updated_by, updated_at FROM channel_settings WHERE channel = $1',
);
const ALL = statement(
  'settings_all',
  'SELECT channel, daily_digest, updated_by, updated_at FROM channel_settings ORDER BY channel',
);

interface SettingsRow {
  channel: string;
  daily_digest: boolean;
  updated_by: string;
  updated_at: Date;
}

const settingsOf = (r: SettingsRow): ChannelSettings => ({
  channel: r.channel,
  dailyDigest: r.daily_digest,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at.toISOString(),
});

export class PostgresChannelSettings implements ChannelSettingsStore {
  constructor(private readonly db: Db) {}

  async set(settings: ChannelSettings): Promise<void> {
    await run(this.db, SET, [settings.channel, settings.dailyDigest, settings.updatedBy]);
  }

  async get(channel: string): Promise<ChannelSettings | null> {
    const row = (await run<SettingsRow>(this.db, GET, [channel]))[0];
    return row ? settingsOf(row) : null;
  }

  async all(): Promise<ChannelSettings[]> {
    return (await run<SettingsRow>(this.db, ALL)).map(settingsOf);
  }
}
