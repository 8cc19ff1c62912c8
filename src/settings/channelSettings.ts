/**
 * Per-channel settings: today one, whether the channel gets the daily digest (`/digest daily on|off`). The
 * deployment's DIGEST_CHANNEL gets it unless it opted out; any other channel once it opts in. Pure functions and
 * the store port: a JSON file in the data folder by default (`fileStore.ts`), a table in PostgreSQL with
 * DATABASE_URL (`store/postgres/channelSettings.ts`), so every instance posts to the same channels.
 */

export interface ChannelSettings {
  channel: string;
  /** Whether the daily digest is posted to the channel. */
  dailyDigest: boolean;
  /** Who changed it last, and when (ISO time). */
  updatedBy: string;
  updatedAt: string;
}

export interface ChannelSettingsStore {
  /** Records the channel's settings (the last change counts). */
  set(settings: ChannelSettings): Promise<void>;
  get(channel: string): Promise<ChannelSettings | null>;
  all(): Promise<ChannelSettings[]>;
}

/** The channels the daily digest goes to: DIGEST_CHANNEL unless it opted out, then every channel opted in. */
export function dailyDigestChannels(
  configured: string | null,
  settings: readonly ChannelSettings[],
): string[] {
  const said = new Map(settings.map((s) => [s.channel, s.dailyDigest]));
  const channels = configured && said.get(configured) !== false ? [configured] : [];
  for (const s of [...settings].sort((a, b) => a.channel.localeCompare(b.channel)))
    if (s.dailyDigest && !channels.includes(s.channel)) channels.push(s.channel);
  return channels;
}

export type DailyRequest = { kind: 'daily'; on: boolean | null };

/** `/digest daily` (what the channel gets), `/digest daily on`, `/digest daily off`; null for any other text. */
export function parseDaily(text: string): DailyRequest | null {
  const m = /^daily(?:\s+(on|off|yes|no|start|stop))?$/i.exec(text.trim());
  if (!m) return null;
  const word = m[1]?.toLowerCase();
  return { kind: 'daily', on: word === undefined ? null : ['on', 'yes', 'start'].includes(word) };
}

/** Whether a channel gets the daily digest now. */
export const getsDailyDigest = (
  channel: string,
  configured: string | null,
  setting: ChannelSettings | null,
) => (setting ? setting.dailyDigest : channel === configured);
