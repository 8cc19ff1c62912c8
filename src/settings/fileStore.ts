/** Channel settings as one JSON file in the data folder (`channel-settings.json`): see `state/jsonStateFile.ts`. */
import { join } from 'node:path';
import { JsonStateFile, listUnder } from '../state/jsonStateFile';
import type { ChannelSettings, ChannelSettingsStore } from './channelSettings';

export const CHANNEL_SETTINGS_FILE = 'channel-settings.json';

const isSettings = (v: unknown): v is ChannelSettings => {
  const s = v as Partial<ChannelSettings> | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.dailyDigest === 'boolean' &&
    [s.channel, s.updatedBy, s.updatedAt].every((f) => typeof f === 'string')
  );
};

const validate = listUnder('channels', isSettings, 'channel settings');

export class FileChannelSettings implements ChannelSettingsStore {
  private readonly state: JsonStateFile<{ channels: ChannelSettings[] }>;

  constructor(dataDir: string) {
    this.state = new JsonStateFile(join(dataDir, CHANNEL_SETTINGS_FILE), () => ({ channels: [] }), validate);
  }

  set(settings: ChannelSettings): Promise<void> {
    return this.state.change(({ channels }) => {
      const at = channels.findIndex((s) => s.channel === settings.channel);
      if (at < 0) channels.push(settings);
      else channels[at] = settings;
    });
  }

  async get(channel: string): Promise<ChannelSettings | null> {
    return (await this.all()).find((s) => s.channel === channel) ?? null;
  }

  async all(): Promise<ChannelSettings[]> {
    return (await this.state.read()).channels;
  }
}
