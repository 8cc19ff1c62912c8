import fs, { openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineFile, WRITE_BATCH_BYTES } from '../../../src/search/stores/lineFile';
import { tempDir } from '../../support/tmp';

const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/** A quote line of about `bytes` bytes, numbered. */
const line = (n: number, bytes = 200) =>
  Buffer.from(JSON.stringify({ n, text: `“The ferry runs until midnight,” she said. ${'x'.repeat(bytes)}` }));

afterEach(() => jest.restoreAllMocks());

describe('LineFile', () => {
  it('writes appended lines in batches, and reads each back before and after its batch is written', () => {
    const writes = jest.spyOn(fs, 'writeSync');
    const file = LineFile.spill();
    const [a, b, c] = [line(0), line(1), line(2)];
    const offsets = [a, b, c].map((l) => file.append(l));
    expect(writes).not.toHaveBeenCalled();
    expect(offsets).toEqual([0, a.length + 1, a.length + b.length + 2]);
    expect(file.read(a.length + 1, b.length).toString()).toBe(b.toString());

    const big = Array.from({ length: 4 }, (_, n) => line(3 + n, WRITE_BATCH_BYTES / 3));
    const all = [a, b, c, ...big].map((l) => ({ l, at: offsets.shift() ?? file.append(l) }));
    expect(writes.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(writes.mock.calls.length).toBeLessThanOrEqual(3);
    for (const { l, at } of all) expect(file.read(at, l.length).toString()).toBe(l.toString());
    file.close();
  });

  it('reads the lines of a file it did not write, as the snapshot is read', () => {
    const path = join(tempDir(), 'index-snapshot.ndx');
    writeFileSync(path, '{"n":0}\n{"text":"Über “curly”"}\n');
    const file = new LineFile(openSync(path, 'r'));
    expect(file.read(8, Buffer.byteLength('{"text":"Über “curly”"}')).toString()).toBe(
      '{"text":"Über “curly”"}',
    );
    expect(() => file.read(0, 100)).toThrow('index line at byte 0 is cut short (');
    file.close();
  });

  it('on a full disk leaves the line that needed the write out, keeps those held readable and writes them later', () => {
    const file = LineFile.spill();
    const first = line(0, WRITE_BATCH_BYTES / 2);
    const at = file.append(first);
    const writes = jest.spyOn(fs, 'writeSync').mockImplementation(() => {
      throw enospc();
    });
    const second = line(1, WRITE_BATCH_BYTES / 2);
    expect(() => file.append(second)).toThrow('ENOSPC');
    expect(file.read(at, first.length).toString()).toBe(first.toString());
    writes.mockRestore();

    // Room again: the line left out goes where it would have gone, and both are on disk after the next batch.
    const secondAt = file.append(second);
    expect(secondAt).toBe(first.length + 1);
    const reads = jest.spyOn(fs, 'readSync');
    file.flush();
    expect(file.read(0, first.length + second.length + 2).toString()).toBe(`${first}\n${second}\n`);
    expect(reads).toHaveBeenCalledTimes(1); // from the disk, not from memory
    file.close();
  });

  it('reads across the written end, from the disk and from memory, without writing', () => {
    const file = LineFile.spill();
    const first = line(0, WRITE_BATCH_BYTES / 2);
    file.append(first);
    file.flush();
    const second = line(1);
    file.append(second);
    const writes = jest.spyOn(fs, 'writeSync').mockImplementation(() => {
      throw enospc();
    });
    const both = file.read(0, first.length + second.length + 2);
    expect(both.toString()).toBe(`${first}\n${second}\n`);
    expect(writes).not.toHaveBeenCalled();
    file.close();
  });

  it('writes a batch again whole after a write that stopped part way, so nothing is left half written', () => {
    const file = LineFile.spill();
    const first = line(0, WRITE_BATCH_BYTES / 2);
    file.append(first);
    const real = fs.writeSync;
    const half = (fd: number, buffer: Buffer, offset: number, length: number, position: number) =>
      real(fd, buffer, offset, Math.floor(length / 2), position);
    const writes = jest
      .spyOn(fs, 'writeSync')
      .mockImplementationOnce(half as typeof fs.writeSync)
      .mockImplementationOnce(() => {
        throw enospc();
      });
    const second = line(1, WRITE_BATCH_BYTES / 2);
    expect(() => file.append(second)).toThrow('ENOSPC');
    writes.mockRestore();
    const at = file.append(second);
    file.flush();
    expect(file.read(0, first.length + 1).toString()).toBe(`${first}\n`);
    expect(file.read(at, second.length).toString()).toBe(second.toString());
    file.close();
  });

  it('forgets the lines it holds when closed', () => {
    const file = LineFile.spill();
    file.append(line(0));
    file.close();
    expect(() => file.read(0, 10)).toThrow();
  });
});
