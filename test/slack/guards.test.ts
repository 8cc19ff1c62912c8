import { EventDeduper, InFlight, RateLimiter } from '../../src/slack/guards';

describe('guards', () => {
  it('answers an event id once within the time to live', () => {
    let now = 0;
    const dedupe = new EventDeduper(1000, () => now);
    expect(dedupe.firstTime('Ev1')).toBe(true);
    expect(dedupe.firstTime('Ev1')).toBe(false);
    now = 1500;
    expect(dedupe.firstTime('Ev1')).toBe(true);
  });

  it('limits each user to N requests a window and says how long to wait', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 60_000, () => now);
    expect(limiter.check('U1')).toBeNull();
    expect(limiter.check('U1')).toBeNull();
    expect(limiter.check('U2')).toBeNull();
    now = 15_000;
    expect(limiter.check('U1')).toBe(45);
    now = 60_001;
    expect(limiter.check('U1')).toBeNull();
  });

  it('drains work in flight', async () => {
    const inFlight = new InFlight();
    let done = false;
    inFlight.track(
      new Promise<void>((r) =>
        setTimeout(() => {
          done = true;
          r();
        }, 20),
      ),
    );
    await inFlight.drain();
    expect(done).toBe(true);
  });

  it('settles once the requests counted have all reached a listener and their work is done', async () => {
    const inFlight = new InFlight();
    let finished = 0;
    let settled = false;
    const waiting = inFlight.settled(2).then(() => {
      settled = true;
    });
    let release: () => void = () => undefined;
    inFlight.received();
    inFlight.track(new Promise<void>((r) => (release = r)).then(() => void finished++));
    await Promise.resolve();
    expect(settled).toBe(false);
    inFlight.received();
    await Promise.resolve();
    expect(settled).toBe(false);
    release();
    await waiting;
    expect({ settled, finished, received: inFlight.receivedCount }).toEqual({
      settled: true,
      finished: 1,
      received: 2,
    });
  });
});
