import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ChannelSettings,
  dailyDigestChannels,
  getsDailyDigest,
  parseDaily,
} from '../../src/settings/channelSettings';
import { CHANNEL_SETTINGS_FILE, FileChannelSettings } from '../../src/settings/fileStore';
import { channelSettingsContract } from '../support/channelSettingsContract';
import { tempDir } from '../support/tmp';

const setting = (channel: string, dailyDigest: boolean): ChannelSettings => ({
  channel,
  dailyDigest,
  updatedBy: 'U1',
  updatedAt: '2025-08-15T08:00:00.000Z',
});

describe('which channels get the daily digest', () => {
  it('DIGEST_CHANNEL unless it opted out, then each channel opted in, once', () => {
    expect(dailyDigestChannels('C9', [])).toEqual(['C9']);
    expect(dailyDigestChannels(null, [])).toEqual([]);
    expect(
      dailyDigestChannels('C9', [setting('C2', true), setting('C1', true), setting('C3', false)]),
    ).toEqual(['C9', 'C1', 'C2']);
    expect(dailyDigestChannels('C9', [setting('C9', false), setting('C1', true)])).toEqual(['C1']);
    expect(dailyDigestChannels('C9', [setting('C9', true)])).toEqual(['C9']);
  });

  it('says whether one channel gets it: its own setting, else whether it is DIGEST_CHANNEL', () => {
    expect(getsDailyDigest('C9', 'C9', null)).toBe(true);
    expect(getsDailyDigest('C1', 'C9', null)).toBe(false);
    expect(getsDailyDigest('C9', 'C9', setting('C9', false))).toBe(false);
    expect(getsDailyDigest('C1', null, setting('C1', true))).toBe(true);
  });

  it.each([
    ['daily', { kind: 'daily', on: null }],
    [' Daily ON ', { kind: 'daily', on: true }],
    ['daily off', { kind: 'daily', on: false }],
    ['daily stop', { kind: 'daily', on: false }],
    ['since 2025-08-01', null],
    ['', null],
    ['daily news', null],
  ])('reads /digest %j', (text, expected) => {
    expect(parseDaily(text)).toEqual(expected);
  });
});

describe('channel settings in the data folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });

  channelSettingsContract(async () => new FileChannelSettings(dir));

  it('writes channel-settings.json whole, and never replaces one that is not valid', async () => {
    await new FileChannelSettings(dir).set(setting('C1', true));
    expect(readdirSync(dir)).toEqual([CHANNEL_SETTINGS_FILE]);
    writeFileSync(
      join(dir, CHANNEL_SETTINGS_FILE),
      '{"channels": [{"channel": "C1", "dailyDigest": "yes"}]}',
    );
    const store = new FileChannelSettings(dir);
    await expect(store.set(setting('C2', true))).rejects.toThrow(
      '"channels" must be a list of channel settings',
    );
    await expect(store.all()).rejects.toThrow('is not valid');
  });
});
