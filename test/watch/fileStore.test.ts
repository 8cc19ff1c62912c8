import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileWatchStore, WATCHES_FILE, WatchesInvalidError } from '../../src/watch/fileStore';
import { newWatch } from '../../src/watch/watches';
import { tempDir } from '../support/tmp';
import { watchStoreContract } from '../support/watchStoreContract';

const NOW = new Date('2025-08-15T08:00:00.000Z');

describe('the watches file in the data folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });

  watchStoreContract(async () => new FileWatchStore(dir));

  it('writes watches.json whole (no temp file left), readable again by a new process', async () => {
    await new FileWatchStore(dir).add(newWatch('C1', 'Wells Fargo', 'U1', NOW), 20);
    expect(readdirSync(dir).sort()).toEqual([WATCHES_FILE]);
    const saved = JSON.parse(readFileSync(join(dir, WATCHES_FILE), 'utf8'));
    expect(saved.watches[0]).toEqual({
      channel: 'C1',
      topic: 'Wells Fargo',
      key: 'wells fargo',
      createdAt: NOW.toISOString(),
      createdBy: 'U1',
    });
    expect(await new FileWatchStore(dir).list('C1')).toHaveLength(1);
  });

  it('lists nothing when there is no file yet, and creates no file for reading', async () => {
    expect(await new FileWatchStore(dir).all()).toEqual([]);
    expect(existsSync(join(dir, WATCHES_FILE))).toBe(false);
  });

  it('never replaces a file that is not valid: it says so, and the file is left for a person', async () => {
    const file = join(dir, WATCHES_FILE);
    writeFileSync(file, '{"watches": [{"channel": "C1"');
    const store = new FileWatchStore(dir);
    await expect(store.all()).rejects.toThrow(WatchesInvalidError);
    await expect(store.add(newWatch('C1', 'Wells Fargo', 'U1', NOW), 20)).rejects.toThrow(
      /watches.json is not valid \(not JSON/,
    );
    expect(readFileSync(file, 'utf8')).toBe('{"watches": [{"channel": "C1"');
    writeFileSync(file, '{"watches": [{"channel": "C1"}]}');
    await expect(store.list('C1')).rejects.toThrow('"watches" must be a list of watches');
  });

  it('keeps every add made at once by several processes on one folder', async () => {
    const stores = Array.from({ length: 6 }, () => new FileWatchStore(dir));
    const outcomes = await Promise.all(
      stores.map((s, i) => s.add(newWatch('C1', `topic ${i}`, 'U1', NOW), 20)),
    );
    expect(outcomes).toEqual(Array(6).fill('added'));
    expect(await new FileWatchStore(dir).list('C1')).toHaveLength(6);
  });
});
