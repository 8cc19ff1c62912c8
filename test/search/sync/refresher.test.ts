import { createMemoryLogger } from '../../../src/logger';
import { IndexRefresher } from '../../../src/search/sync/refresher';

function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe('IndexRefresher', () => {
  it('runs one refresh at a time: requests made while one is under way share one more after it', async () => {
    const gates = [gate(), gate()];
    let under = 0;
    let most = 0;
    const refresh = jest.fn(async () => {
      under++;
      most = Math.max(most, under);
      await gates[refresh.mock.calls.length - 1]?.opened;
      under--;
    });
    const refresher = new IndexRefresher({ refresh, everyMs: 0, logger: createMemoryLogger('debug') });
    const first = refresher.refresh();
    // Asked for while the first may have read the folder already: they must wait for a refresh after it.
    const second = refresher.refresh();
    const third = refresher.refresh();
    expect(second).toBe(third);
    let secondDone = false;
    void second.then(() => {
      secondDone = true;
    });
    gates[0]?.open();
    await first;
    await Promise.resolve();
    expect(secondDone).toBe(false);
    gates[1]?.open();
    await second;
    expect(refresh).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
    await refresher.refresh();
    expect(refresh).toHaveBeenCalledTimes(3);
  });

  it('once stopped, starts no refresh, so nothing changes the archive while it is saved', async () => {
    const g = gate();
    const refresh = jest.fn(() => g.opened);
    const refresher = new IndexRefresher({ refresh, everyMs: 0, logger: createMemoryLogger('debug') });
    const under = refresher.refresh();
    const stopping = refresher.stop();
    const after = refresher.refresh(); // asked for while stopping: waits for the one under way, starts none
    g.open();
    await Promise.all([under, stopping, after]);
    await refresher.refresh();
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('logs a failed refresh and keeps going', async () => {
    const logger = createMemoryLogger('debug');
    const refresh = jest.fn().mockRejectedValueOnce(new Error('EACCES: corpus')).mockResolvedValue(undefined);
    const refresher = new IndexRefresher({ refresh, everyMs: 0, logger });
    await refresher.refresh();
    expect(logger.lines).toEqual([
      'newsdesk warn: could not refresh the index: EACCES: corpus; still answering from it',
    ]);
    await refresher.refresh();
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('refreshes on its schedule until stopped, and not at all when the interval is 0', async () => {
    jest.useFakeTimers();
    try {
      const refresh = jest.fn(async () => undefined);
      const refresher = new IndexRefresher({ refresh, everyMs: 60_000, logger: createMemoryLogger('debug') });
      refresher.start();
      await jest.advanceTimersByTimeAsync(150_000);
      expect(refresh).toHaveBeenCalledTimes(2);
      await refresher.stop();
      await jest.advanceTimersByTimeAsync(600_000);
      expect(refresh).toHaveBeenCalledTimes(2);
      const never = jest.fn(async () => undefined);
      new IndexRefresher({ refresh: never, everyMs: 0, logger: createMemoryLogger('debug') }).start();
      await jest.advanceTimersByTimeAsync(600_000);
      expect(never).not.toHaveBeenCalled();
      // A schedule asked for after stopping (the archive loaded while the app was stopping) leaves no timer behind.
      const late = new IndexRefresher({ refresh, everyMs: 60_000, logger: createMemoryLogger('debug') });
      await late.stop();
      late.start();
      expect(jest.getTimerCount()).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });
});
