import { FileWatchStore } from '../../src/watch/fileStore';
import { answerWatch } from '../../src/watch/reply';
import { tempDir } from '../support/tmp';

const NOW = new Date('2025-08-15T08:00:00.000Z');
const input = (text: string, command: 'watch' | 'unwatch' = 'watch', channel = 'C1') => ({
  command,
  text,
  channel,
  user: 'U1',
});

describe('/watch and /unwatch', () => {
  let store: FileWatchStore;
  beforeEach(() => {
    store = new FileWatchStore(tempDir());
  });

  it('adds, lists, refuses a second of the same topic, and removes', async () => {
    expect(await answerWatch(store, input('Wells Fargo'), NOW)).toEqual({
      kind: 'added',
      topic: 'Wells Fargo',
    });
    expect(await answerWatch(store, input('wells fargo'), NOW)).toEqual({
      kind: 'exists',
      topic: 'wells fargo',
    });
    const listed = await answerWatch(store, input('list'), NOW);
    expect(listed.kind === 'list' && listed.watches.map((w) => w.topic)).toEqual(['Wells Fargo']);
    expect(await answerWatch(store, input('WELLS FARGO', 'unwatch'), NOW)).toEqual({
      kind: 'removed',
      topic: 'Wells Fargo',
    });
    expect(await answerWatch(store, input('stop Wells Fargo'), NOW)).toEqual({
      kind: 'not-watching',
      topic: 'Wells Fargo',
    });
  });

  it('stops at the channel limit with the limit named', async () => {
    await answerWatch(store, input('one'), NOW, 2);
    await answerWatch(store, input('two'), NOW, 2);
    expect(await answerWatch(store, input('three'), NOW, 2)).toEqual({ kind: 'full', max: 2 });
    expect(await answerWatch(store, input('three', 'watch', 'C2'), NOW, 2)).toEqual({
      kind: 'added',
      topic: 'three',
    });
  });

  it('gives the usage for help, and says what was wrong with a bad topic', async () => {
    expect(await answerWatch(store, input('help'), NOW, 5)).toEqual({ kind: 'usage', max: 5 });
    expect(await answerWatch(store, input('the'), NOW)).toEqual({ kind: 'no-words', topic: 'the' });
    expect(await answerWatch(store, input('', 'unwatch'), NOW)).toEqual({ kind: 'remove-what' });
    expect((await answerWatch(store, input('x'.repeat(200)), NOW)).kind).toBe('too-long');
    expect(await store.all()).toEqual([]);
  });
});
