import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SnapshotReader, SnapshotWriter } from '../../../src/search/snapshot/snapshotFile';
import { tempDir } from '../../support/tmp';

async function written(write: (w: SnapshotWriter) => Promise<void>): Promise<Buffer> {
  const path = join(tempDir(), 'snap');
  const file = await open(path, 'w');
  try {
    const writer = new SnapshotWriter(file);
    await write(writer);
    await writer.close();
  } finally {
    await file.close();
  }
  return readFile(path);
}

describe('snapshot file framing', () => {
  it('reads back lines, batched lines and binary blocks in order', async () => {
    const values = Array.from({ length: 2501 }, (_, i) => ({ id: `a${i}`, text: 'Ruiz said "no"\n' }));
    const floats = Float32Array.from([0.5, 1.25, -3]);
    const ints = Int32Array.from([7, 10, 1 << 30]);
    const bytes = await written(async (w) => {
      await w.line({ format: 2 });
      await w.lines(values, 1000);
      await w.bytes(floats);
      await w.bytes(ints.subarray(1));
    });
    const reader = new SnapshotReader(bytes);
    expect(reader.line()).toEqual({ format: 2 });
    expect(reader.lines()).toEqual(values);
    expect(reader.float32()).toEqual(floats);
    expect(reader.int32()).toEqual(Int32Array.from([10, 1 << 30]));
    expect(reader.done).toBe(true);
  });

  it('writes a block run by run as the runs are produced, and refuses runs that do not add up', async () => {
    async function* runs() {
      yield Int32Array.from([1, 2]);
      yield new Int32Array(0);
      yield Int32Array.from([3]);
    }
    const bytes = await written(async (w) => {
      await w.stream(12, runs());
    });
    expect(new SnapshotReader(bytes).int32()).toEqual(Int32Array.from([1, 2, 3]));
    await expect(written((w) => w.stream(16, runs()))).rejects.toThrow(
      'snapshot block: 12 bytes written of 16',
    );
  });

  it('uses aligned blocks in place, without a copy, and copies a block that is not aligned', async () => {
    const bytes = await written(async (w) => {
      await w.line({ format: 2 });
      w.alignFrom = w.position;
      await w.line({ odd: 'x' });
      await w.bytes(Float64Array.from([1.5, -2]));
      await w.bytes(Int32Array.from([7]));
    });
    const start = bytes.indexOf(10) + 1;
    const part = Buffer.from(new Uint8Array(bytes.subarray(start)).slice().buffer);
    const reader = new SnapshotReader(part);
    reader.line();
    const floats = reader.float64();
    expect(floats).toEqual(Float64Array.from([1.5, -2]));
    expect(floats.buffer).toBe(part.buffer);
    expect(floats.byteOffset % 8).toBe(0);
    expect(reader.int32()).toEqual(Int32Array.from([7]));
    const shifted = Buffer.concat([Buffer.from('x'), part]).subarray(1);
    const unaligned = new SnapshotReader(shifted);
    unaligned.line();
    const copied = unaligned.float64();
    expect(copied).toEqual(Float64Array.from([1.5, -2]));
    expect(copied.buffer).not.toBe(shifted.buffer);
    expect(copied.buffer.byteLength).toBe(16);
  });

  it('says where a file cut short ends', async () => {
    const bytes = await written(async (w) => {
      await w.line({ format: 2 });
      await w.bytes(Int32Array.from([1, 2, 3, 4]));
    });
    const cut = new SnapshotReader(bytes.subarray(0, bytes.length - 5));
    cut.line();
    expect(() => cut.int32()).toThrow('snapshot block of 16 bytes at byte 32 is cut short');
    const early = new SnapshotReader(bytes.subarray(0, 5));
    expect(() => early.line()).toThrow('snapshot ends early at byte 0');
  });
});
