/**
 * What every post ledger must do (the `Ledger` port), run against each one: the data folder's file (unit
 * project) and PostgreSQL rows (postgres project). `make` gives a new handle on the same store, with its clock:
 * two handles are two processes, or two instances.
 */
import { deliverOnce } from '../../src/delivery/deliver';
import type { Ledger } from '../../src/delivery/ledger';
import { createMemoryLogger } from '../../src/logger';
import { fakeChannel } from './channel';

type Make = (now?: () => Date) => Promise<Ledger>;

const at = (iso: string) => () => new Date(iso);
const NOW = at('2025-08-15T08:00:00.000Z');
const immediate = async () => undefined;

function deliver(ledger: Ledger, channel: ReturnType<typeof fakeChannel>, key: string) {
  const message = { text: `message for ${key}`, blocks: [] };
  const logger = createMemoryLogger();
  return deliverOnce({
    ledger,
    poster: channel.poster,
    logger,
    channel: 'C1',
    key,
    message,
    now: NOW,
    backoff: immediate,
  });
}

export function ledgerContract(make: Make): void {
  it('lets exactly one of many simultaneous claimants claim a key', async () => {
    const ledgers = await Promise.all(Array.from({ length: 8 }, () => make(NOW)));
    const results = await Promise.all(ledgers.map((l) => l.claim('C1|2025-08-15')));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, entry: { state: 'claimed' } });
  });

  it('records claimed then posted, keeps a posted key, and lets a released claim be claimed again', async () => {
    const ledger = await make(NOW);
    expect(await ledger.claim('k1', { since: '2025-08-14', until: '2025-08-15' })).toEqual({ ok: true });
    expect(await ledger.get('k1')).toMatchObject({ state: 'claimed', claimedAt: '2025-08-15T08:00:00.000Z' });
    await ledger.markPosted('k1', '1755244800.000100');
    await ledger.release('k1');
    expect(await ledger.get('k1')).toMatchObject({
      state: 'posted',
      ts: '1755244800.000100',
      until: '2025-08-15',
    });
    expect(await ledger.claim('k1')).toMatchObject({ ok: false, entry: { state: 'posted' } });
    expect(await ledger.claim('k2')).toEqual({ ok: true });
    await ledger.release('k2');
    expect(await ledger.get('k2')).toBeUndefined();
    expect(await ledger.claim('k2')).toEqual({ ok: true });
  });

  it('takes over a claim only by naming its exact claim time', async () => {
    await (await make(at('2025-08-15T07:00:00.000Z'))).claim('k3');
    const later = await make(NOW);
    expect(await later.claim('k3', {}, '2025-08-15T06:59:59.999Z')).toMatchObject({ ok: false });
    expect(await later.claim('k3', {}, '2025-08-15T07:00:00.000Z')).toEqual({ ok: true });
    expect((await later.get('k3'))?.claimedAt).toBe('2025-08-15T08:00:00.000Z');
    expect(await later.claim('k3', {}, '2025-08-15T07:00:00.000Z')).toMatchObject({ ok: false });
  });

  it('lists the posted entries under a prefix, not the claimed ones nor another prefix', async () => {
    const ledger = await make(NOW);
    for (const [key, until] of [
      ['C1|2025-08-13', '2025-08-13'],
      ['C1|2025-08-14', '2025-08-14'],
      ['C2|2025-08-15', '2025-08-15'],
    ] as const) {
      await ledger.claim(key, { since: until, until });
      await ledger.markPosted(key, null);
    }
    await ledger.claim('C1|2025-08-15', { until: '2025-08-15' });
    const days = (await ledger.postedUnder('C1|')).map((e) => e.until).sort();
    expect(days).toEqual(['2025-08-13', '2025-08-14']);
  });

  it('after a crash between claim and post: recovers the message in the channel, or posts it once', async () => {
    await (await make(at('2025-08-15T07:00:00.000Z'))).claim('in-channel');
    await (await make(at('2025-08-15T07:00:00.000Z'))).claim('not-in-channel');
    const channel = fakeChannel();
    channel.seed('C1', 'in-channel', 'posted before the crash');
    const ledger = await make(NOW);
    expect(await deliver(ledger, channel, 'in-channel')).toEqual({ delivered: false, reason: 'recovered' });
    expect(await deliver(ledger, channel, 'not-in-channel')).toMatchObject({ delivered: true });
    expect(await deliver(ledger, channel, 'not-in-channel')).toMatchObject({ reason: 'already-posted' });
    expect(channel.messages.map((m) => m.key).sort()).toEqual(['in-channel', 'not-in-channel']);
  });

  it('leaves a fresh claim alone, and posts once when the response was lost', async () => {
    await (await make(at('2025-08-15T07:59:50.000Z'))).claim('fresh');
    const channel = fakeChannel();
    const ledger = await make(NOW);
    expect(await deliver(ledger, channel, 'fresh')).toEqual({ delivered: false, reason: 'in-progress' });
    channel.loseNextResponse();
    expect(await deliver(ledger, channel, 'lost')).toMatchObject({ delivered: true });
    expect(await deliver(ledger, channel, 'lost')).toMatchObject({ reason: 'already-posted' });
    expect(channel.messages.map((m) => m.key)).toEqual(['lost']);
  });

  it('two deliveries at once, from two handles, post once', async () => {
    const channel = fakeChannel();
    const [a, b] = [await make(NOW), await make(NOW)];
    const outcomes = await Promise.all([deliver(a, channel, 'both'), deliver(b, channel, 'both')]);
    expect(outcomes.filter((o) => o.delivered)).toHaveLength(1);
    expect(channel.messages).toHaveLength(1);
  });
}
