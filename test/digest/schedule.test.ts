import { DigestScheduler, dayIn } from '../../src/digest/schedule';
import { createMemoryLogger } from '../../src/logger';

/** Ticks a scheduler once a minute over a span of time, with a fake clock; returns when it ran. */
async function runOver(cron: string, timeZone: string, fromIso: string, minutes: number) {
  let now = new Date(fromIso);
  const runs: { day: string; at: string }[] = [];
  const scheduler = new DigestScheduler({
    cron,
    timeZone,
    now: () => now,
    logger: createMemoryLogger(),
    run: async (day, at) => {
      runs.push({ day, at: at.toISOString() });
    },
  });
  for (let i = 0; i < minutes; i++) {
    await scheduler.tick();
    now = new Date(now.getTime() + 60_000);
  }
  return runs;
}

describe('DigestScheduler', () => {
  it('fires once, at the scheduled minute in DIGEST_TZ', async () => {
    const runs = await runOver('0 8 * * *', 'America/New_York', '2026-01-15T00:00:00Z', 24 * 60);
    expect(runs).toEqual([{ day: '2026-01-15', at: '2026-01-15T13:00:00.000Z' }]);
  });

  it('fires once on the day clocks go forward, and once on the day they go back', async () => {
    expect(await runOver('0 8 * * *', 'Europe/London', '2026-03-29T00:00:00Z', 24 * 60)).toEqual([
      { day: '2026-03-29', at: '2026-03-29T07:00:00.000Z' },
    ]);
    expect(await runOver('30 1 * * *', 'Europe/London', '2026-10-25T00:00:00Z', 24 * 60)).toHaveLength(1);
  });

  it('catches up a run missed while the bot was down, once, within the grace period', async () => {
    const late = await runOver('0 8 * * *', 'UTC', '2026-01-15T10:00:00Z', 60);
    expect(late).toEqual([{ day: '2026-01-15', at: '2026-01-15T08:00:00.000Z' }]);
    expect(await runOver('0 8 * * *', 'UTC', '2026-01-15T20:00:00Z', 60)).toEqual([]);
  });

  it('tries a run that failed (threw, or said false) again with a doubling wait, and stops once it is done', async () => {
    let now = new Date('2026-01-15T08:00:00Z');
    const outcomes: (boolean | Error)[] = [new Error('disk full'), false, false, true];
    const runs: string[] = [];
    const scheduler = new DigestScheduler({
      cron: '0 8 * * *',
      timeZone: 'UTC',
      now: () => now,
      logger: createMemoryLogger(),
      retryMs: 60_000,
      run: async () => {
        runs.push(now.toISOString().slice(11, 16));
        const outcome = outcomes.shift();
        if (outcome instanceof Error) throw outcome;
        return outcome;
      },
    });
    for (let i = 0; i < 12 * 60; i++) {
      await scheduler.tick();
      now = new Date(now.getTime() + 60_000);
    }
    expect(runs).toEqual(['08:00', '08:01', '08:03', '08:07']);
  });

  it('names the day in the time zone, not in UTC', () => {
    expect(dayIn('Asia/Tokyo', new Date('2026-01-15T20:00:00Z'))).toBe('2026-01-16');
  });
});
