/** What every StateStore must do, run against each implementation (memory here, PostgreSQL in its project). */
import type { StateStore } from '../../src/state/stateStore';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function stateStoreContract(make: () => Promise<StateStore>): void {
  let store: StateStore;
  beforeEach(async () => {
    store = await make();
  });
  afterEach(() => store.close());

  it('lets exactly one of many simultaneous claimants claim a key', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => store.claim('digest|C1|2025-04-02')));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await store.claim('digest|C1|2025-04-03')).toBe(true);
  });

  it('keeps a posted key posted, and shows a claim never posted (a crash between claim and post)', async () => {
    await store.claim('alert|A|1');
    expect(await store.entry('alert|A|1')).toMatchObject({ state: 'claimed', postedAt: null, ts: null });
    await store.markPosted('alert|A|1', '1712345678.000100');
    expect(await store.entry('alert|A|1')).toMatchObject({ state: 'posted', ts: '1712345678.000100' });
    await store.release('alert|A|1');
    expect(await store.claim('alert|A|1')).toBe(false);
    expect(await store.entry('never')).toBeUndefined();
  });

  it('lets a released claim (not posted) be claimed again', async () => {
    expect(await store.claim('k')).toBe(true);
    await store.release('k');
    expect(await store.claim('k')).toBe(true);
  });

  it('answers an event id once within its time to live, and again after it expires', async () => {
    const first = await Promise.all([store.dedupe('Ev1', 60_000), store.dedupe('Ev1', 60_000)]);
    expect(first.sort()).toEqual([false, true]);
    expect(await store.dedupe('Ev2', 60_000)).toBe(true);
    expect(await store.dedupe('Ev3', 300)).toBe(true);
    await sleep(400);
    expect(await store.dedupe('Ev3', 300)).toBe(true);
    expect(await store.dedupe('Ev1', 60_000)).toBe(false);
  });

  it("counts one vote per person per item, the person's last", async () => {
    await store.vote('answer-1', 'U1', 1);
    await store.vote('answer-1', 'U2', 1);
    expect(await store.vote('answer-1', 'U1', -1)).toEqual({ up: 1, down: 1 });
    expect(await store.vote('answer-2', 'U1', 1)).toEqual({ up: 1, down: 0 });
  });
}
