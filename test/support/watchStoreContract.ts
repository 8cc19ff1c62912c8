/**
 * What every watch store must do (the `WatchStore` port), run against each one: the data folder's file (unit
 * project) and PostgreSQL rows (postgres project). `make` gives a new handle on the same store: two handles are
 * two processes, or two instances.
 */
import type { WatchStore } from '../../src/watch/store';
import { newWatch } from '../../src/watch/watches';

const NOW = new Date('2025-08-15T08:00:00.000Z');

export function watchStoreContract(make: () => Promise<WatchStore>): void {
  it('adds a watch that every handle then lists, and all() gives every channel', async () => {
    const [a, b] = [await make(), await make()];
    expect(await a.add(newWatch('C1', 'Wells Fargo', 'U1', NOW), 20)).toBe('added');
    expect(await a.add(newWatch('C2', 'trade war', 'U2', NOW), 20)).toBe('added');
    const listed = await b.list('C1');
    expect(listed.map((w) => [w.channel, w.topic, w.key, w.createdBy])).toEqual([
      ['C1', 'Wells Fargo', 'wells fargo', 'U1'],
    ]);
    expect(Number.isNaN(Date.parse(listed[0]?.createdAt ?? ''))).toBe(false);
    expect((await b.all()).map((w) => `${w.channel} ${w.topic}`).sort()).toEqual([
      'C1 Wells Fargo',
      'C2 trade war',
    ]);
  });

  it('keeps one watch per channel and topic, case and spacing aside', async () => {
    const [a, b] = [await make(), await make()];
    expect(await a.add(newWatch('C1', 'Wells Fargo', 'U1', NOW), 20)).toBe('added');
    expect(await b.add(newWatch('C1', 'wells  fargo', 'U2', NOW), 20)).toBe('exists');
    expect(await b.add(newWatch('C3', 'Wells Fargo', 'U2', NOW), 20)).toBe('added');
    expect(await a.list('C1')).toHaveLength(1);
  });

  it('refuses a watch past the channel limit, but not in another channel', async () => {
    const store = await make();
    expect(await store.add(newWatch('C1', 'one', 'U1', NOW), 2)).toBe('added');
    expect(await store.add(newWatch('C1', 'two', 'U1', NOW), 2)).toBe('added');
    expect(await store.add(newWatch('C1', 'three', 'U1', NOW), 2)).toBe('full');
    expect(await store.add(newWatch('C1', 'two', 'U1', NOW), 2)).toBe('exists');
    expect(await store.add(newWatch('C2', 'three', 'U1', NOW), 2)).toBe('added');
    expect((await store.list('C1')).map((w) => w.topic)).toEqual(['one', 'two']);
  });

  it('removes a channel watch by its key, and says when there was none', async () => {
    const [a, b] = [await make(), await make()];
    await a.add(newWatch('C1', 'Wells Fargo', 'U1', NOW), 20);
    await a.add(newWatch('C2', 'Wells Fargo', 'U1', NOW), 20);
    expect((await b.remove('C1', 'wells fargo'))?.topic).toBe('Wells Fargo');
    expect(await b.remove('C1', 'wells fargo')).toBeNull();
    expect(await a.list('C1')).toEqual([]);
    expect(await a.list('C2')).toHaveLength(1);
  });
}
