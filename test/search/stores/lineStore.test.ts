import fs from 'node:fs';
import { crc32 } from 'node:zlib';
import type { SnapshotWriter } from '../../../src/search/snapshot/snapshotFile';
import { LineFile, WRITE_BATCH_BYTES } from '../../../src/search/stores/lineFile';
import { DamagedLineError, LineStore, writeRawLines } from '../../../src/search/stores/lineStore';
import { Lru } from '../../../src/search/stores/lru';

/** rawRuns' lines, in order, as text. */
const flat = <T>(store: LineStore<T>, ns: number[], from?: number, to?: number, what?: string): string[] =>
  [...store.rawRuns(ns, from, to, what)].flat().map((line) => line.toString());

/** `count` lines as a snapshot holds them: in a file, with where each is, its length and its CRC-32. */
function savedLines(count: number) {
  const file = LineFile.spill();
  const lines = Array.from({ length: count }, (_, n) =>
    Buffer.from(JSON.stringify({ n, text: 'é'.repeat(n) })),
  );
  const offsets = Float64Array.from(lines, (line) => file.append(line));
  const lengths = Uint32Array.from(lines, (line) => line.length);
  const sums = Uint32Array.from(lines, (line) => crc32(line));
  return { file, offsets, lengths, sums };
}

describe('LineStore', () => {
  it('keeps values on disk and reads each back as stored, including text with newlines and quotes', () => {
    const store = new LineStore<{ text: string }>();
    store.put(0, { text: '"We will not," she said.\nNext paragraph.' });
    store.put(1, { text: 'Über “curly” — ok' });
    expect(store.get(0)).toEqual({ text: '"We will not," she said.\nNext paragraph.' });
    expect(store.get(1)?.text).toBe('Über “curly” — ok');
    expect(store.raw(1)?.toString()).toBe('{"text":"Über “curly” — ok"}');
    store.delete(0);
    expect(store.has(0)).toBe(false);
    expect(store.get(0)).toBeUndefined();
    expect(store.count).toBe(2);
  });

  it('reads values that another file holds at given offsets, and spills new ones elsewhere', () => {
    const file = LineFile.spill();
    const first = Buffer.from('{"n":1}');
    const second = Buffer.from('{"n":2}');
    const offsets = Float64Array.from([file.append(first), file.append(second)]);
    const lengths = Uint32Array.from([first.length, second.length]);
    const sums = Uint32Array.from([crc32(first), crc32(second)]);
    const store = LineStore.over<{ n: number }>({ file, offsets, lengths, sums });
    store.put(2, { n: 3 });
    expect([0, 1, 2].map((i) => store.get(i)?.n)).toEqual([1, 2, 3]);
    expect(() => LineStore.over({ file, offsets, lengths: new Uint32Array(1), sums })).toThrow(
      'offsets, lengths and checksums do not match',
    );
    expect(() => store.put(5, { n: 6 })).toThrow('index line 5 stored out of order (next is 3)');
  });

  it('never serves a line whose bytes differ from those written: each is checked against its own CRC-32', () => {
    const file = LineFile.spill();
    const written = Buffer.from('{"text":"The ferry runs until midnight."}');
    const offsets = Float64Array.from([file.append(written)]);
    const lengths = Uint32Array.from([written.length]);
    const sums = Uint32Array.from([crc32(written)]);
    const store = LineStore.over<{ text: string }>({ file, offsets, lengths, sums });
    expect(store.get(0)?.text).toBe('The ferry runs until midnight.');
    const damaged = LineStore.over<{ text: string }>({
      file,
      offsets,
      lengths,
      sums: Uint32Array.from([crc32(Buffer.from('{"text":"The ferry runs until noon."}'))]),
    });
    expect(() => damaged.get(0)).toThrow(DamagedLineError);
    expect(() => damaged.get(0)).toThrow('index line 0 (at byte 0 of the snapshot) fails its checksum');
  });

  it('reads lines that lie together with one read, as it reads each alone, and checks every one of them', () => {
    const { file, offsets, lengths, sums } = savedLines(8);
    const store = LineStore.over<{ n: number }>({ file, offsets, lengths, sums });
    store.put(8, { n: 8 });
    store.delete(3);
    const read = jest.spyOn(file, 'read');
    const wanted = [0, 1, 2, 3, 4, 5, 7, 8];
    expect(store.getMany(wanted).map((v) => v.n)).toEqual([0, 1, 2, 4, 5, 7, 8]);
    expect(read).toHaveBeenCalledTimes(3); // 0-2, 4-5, 7; 8 is in the spill file
    const damagedSums = Uint32Array.from(sums);
    damagedSums[5] = (damagedSums[5] as number) ^ 1;
    const damaged = LineStore.over<{ n: number }>({ file, offsets, lengths, sums: damagedSums });
    expect(damaged.getMany([0, 1, 2]).map((v) => v.n)).toEqual([0, 1, 2]);
    expect(() => damaged.getMany([4, 5, 6])).toThrow(DamagedLineError);
  });

  it('keeps a value in memory when the spill file cannot take it, and the next ones go to the file again', () => {
    const store = new LineStore<{ n: number; text: string }>();
    const text = 'The ferry runs until midnight. '.repeat(WRITE_BATCH_BYTES / 4 / 31);
    for (const n of [0, 1, 2]) store.put(n, { n, text }); // three quarters of a batch, held
    const writes = jest.spyOn(fs, 'writeSync').mockImplementation(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    store.put(3, { n: 3, text }); // the batch must be written first: the disk is full
    expect(store.heldInMemory).toBe(1);
    writes.mockRestore();
    for (const n of [4, 5, 6, 7]) store.put(n, { n, text });
    expect(store.heldInMemory).toBe(1);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((n) => store.get(n)?.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(store.get(7)?.text).toBe(text);
  });

  it('gives many lines as stored, a run of the snapshot or of the spill file at a time, as a save copies them', () => {
    const { file, offsets, lengths, sums } = savedLines(6);
    const store = LineStore.over<{ n: number }>({ file, offsets, lengths, sums });
    for (const n of [6, 7, 8, 9]) store.put(n, { n });
    store.delete(2);
    store.delete(8);
    const live = [0, 1, 3, 4, 5, 6, 7, 9];
    const spill = (store as unknown as { spillFile: LineFile }).spillFile;
    const reads = [jest.spyOn(file, 'read'), jest.spyOn(spill, 'read')];
    const runs = [...store.rawRuns(live)].map((run) => run.map((b) => JSON.parse(b.toString()).n));
    expect(runs).toEqual([[0, 1], [3, 4, 5], [6, 7], [9]]);
    expect(reads.map((r) => r.mock.calls.length)).toEqual([2, 2]); // a read a run
    expect(flat(store, live)).toEqual(live.map((n) => store.raw(n)?.toString()));
    expect(flat(store, live, 0, 1)).toHaveLength(1);
    expect(flat(store, live, 2, 5).map((l) => JSON.parse(l).n)).toEqual([3, 4, 5]);
    expect(flat(store, live, 5, 6).map((l) => JSON.parse(l).n)).toEqual([6]);
    expect(() => flat(store, [2])).toThrow('index line 2 is not stored');
    expect(() => flat(store, [7, 8, 9])).toThrow('index line 8 is not stored');
    expect(() => flat(store, [8], 0, 1, 'quote slot')).toThrow('quote slot 8 is not stored');
    const damaged = Uint32Array.from(sums);
    damaged[4] = (damaged[4] as number) ^ 1;
    expect(() => flat(LineStore.over({ file, offsets, lengths, sums: damaged }), [3, 4, 5])).toThrow(
      DamagedLineError,
    );
  });

  it('gives spill lines written, held and kept in memory on a full disk as stored, never one of memory in a run', () => {
    const store = new LineStore<{ n: number; text: string }>();
    const text = 'The ferry runs until midnight. '.repeat((WRITE_BATCH_BYTES / 2 - 100) / 31); // two to a batch
    for (const n of [0, 1, 2]) store.put(n, { n, text }); // 0 and 1 written when 2 came; 2 held
    const writes = jest.spyOn(fs, 'writeSync').mockImplementation(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    for (const n of [3, 4]) store.put(n, { n, text }); // 3 held; 4 needed the batch written: kept in memory
    writes.mockRestore();
    for (const n of [5, 6]) store.put(n, { n, text }); // 2 and 3 written when 5 came; 5 and 6 held
    expect(store.heldInMemory).toBe(1);
    const all = [0, 1, 2, 3, 4, 5, 6];
    const runs = [...store.rawRuns(all)].map((run) => run.map((b) => JSON.parse(b.toString()).n));
    expect(runs).toEqual([[0, 1, 2, 3], [4], [5, 6]]);
    expect(flat(store, all)).toEqual(all.map((n) => store.raw(n)?.toString()));
  });

  it('writes lines to a snapshot a run at a time: each run written before the next is read', async () => {
    let pulled = 0;
    const seen: number[] = [];
    const writer = {
      position: 0,
      raw: async (line: Buffer) => {
        seen.push(pulled);
        writer.position += line.length + 1;
      },
    };
    function* runs() {
      pulled++;
      yield [Buffer.from('{"n":0}'), Buffer.from('{"n":1}')];
      pulled++;
      yield [Buffer.from('{"n":2}')];
    }
    const written = await writeRawLines(writer as unknown as SnapshotWriter, 3, () => runs());
    expect(seen).toEqual([1, 1, 2]);
    expect([...written.offsets]).toEqual([0, 8, 16]);
    expect([...written.sums]).toEqual(['{"n":0}', '{"n":1}', '{"n":2}'].map((l) => crc32(Buffer.from(l))));
    await expect(writeRawLines(writer as unknown as SnapshotWriter, 4, () => runs())).rejects.toThrow(
      'snapshot: 3 lines given for 4',
    );
  });

  it('says where a line is cut short', () => {
    const file = LineFile.spill();
    file.append(Buffer.from('{"n":1}'));
    expect(() => file.read(0, 50)).toThrow('index line at byte 0 is cut short (8 of 50 bytes)');
  });
});

describe('Lru', () => {
  it('keeps the most recently used values up to its capacity', () => {
    const lru = new Lru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    lru.get('a');
    lru.set('c', 3);
    expect([lru.get('a'), lru.get('b'), lru.get('c')]).toEqual([1, undefined, 3]);
    lru.delete('a');
    expect(lru.get('a')).toBeUndefined();
  });
});
