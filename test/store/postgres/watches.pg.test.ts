/**
 * Watches and channel settings in PostgreSQL as two instances see them (two pools on one database), and a
 * watch's time from the database's clock.
 */
import { PostgresChannelSettings } from '../../../src/store/postgres/channelSettings';
import { PostgresWatchStore } from '../../../src/store/postgres/watches';
import { newWatch } from '../../../src/watch/watches';
import { channelSettingsContract } from '../../support/channelSettingsContract';
import { alternatingPools } from '../../support/postgres';
import { watchStoreContract } from '../../support/watchStoreContract';

const nextPool = alternatingPools('watches, channel_settings');

describe('watches in PostgreSQL', () => {
  watchStoreContract(async () => new PostgresWatchStore(nextPool()));

  it("dates a watch by the database's clock, the clock articles' first-indexed times come from", async () => {
    const store = new PostgresWatchStore(nextPool());
    const longAgo = new Date('2001-01-01T00:00:00.000Z');
    await store.add(newWatch('C1', 'Wells Fargo', 'U1', longAgo), 20);
    const { rows } = await nextPool().query<{ now: Date }>('SELECT now() AS now');
    const createdAt = Date.parse((await store.list('C1'))[0]?.createdAt ?? '');
    expect(Math.abs(createdAt - (rows[0]?.now.getTime() ?? 0))).toBeLessThan(60_000);
  });

  it('keeps topic text as data: quotes and semicolons are stored as typed', async () => {
    const store = new PostgresWatchStore(nextPool());
    const topic = "O'Brien'); DROP TABLE watches; --";
    expect(await store.add(newWatch('C1', topic, 'U1', new Date()), 20)).toBe('added');
    expect((await store.list('C1')).map((w) => w.topic)).toEqual([topic]);
  });
});

describe('channel settings in PostgreSQL', () => {
  channelSettingsContract(async () => new PostgresChannelSettings(nextPool()));
});
