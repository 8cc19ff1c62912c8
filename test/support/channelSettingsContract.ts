/**
 * What every channel settings store must do, run against each one: the data folder's file (unit project) and
 * PostgreSQL rows (postgres project). `make` gives a new handle on the same store (another process or instance).
 */
import type { ChannelSettings, ChannelSettingsStore } from '../../src/settings/channelSettings';

const setting = (channel: string, dailyDigest: boolean, updatedBy = 'U1'): ChannelSettings => ({
  channel,
  dailyDigest,
  updatedBy,
  updatedAt: '2025-08-15T08:00:00.000Z',
});

export function channelSettingsContract(make: () => Promise<ChannelSettingsStore>): void {
  it('keeps the last setting per channel, seen by every handle', async () => {
    const [a, b] = [await make(), await make()];
    expect(await a.get('C1')).toBeNull();
    await a.set(setting('C1', true));
    await b.set(setting('C2', true));
    await b.set(setting('C1', false, 'U2'));
    expect(await a.get('C1')).toMatchObject({ channel: 'C1', dailyDigest: false, updatedBy: 'U2' });
    expect((await a.all()).map((s) => [s.channel, s.dailyDigest])).toEqual([
      ['C1', false],
      ['C2', true],
    ]);
  });
}
