/**
 * Postings as saved and as read back, compactly: each term's postings in blocks of BLOCK, every posting two
 * variable-length numbers (its slot's distance from the posting before, and the code of its weighted frequency in
 * a small table of the distinct values), about 2–3 bytes instead of 8. Per block, in typed arrays: its last
 * slot, where its bytes start, and the bounds a query prunes with: its largest frequency and shortest document,
 * and its postings' highest saturation at the average length when saved (far tighter: the largest frequency and
 * the shortest document are seldom one posting's). The frequencies decode to the very same float values, so
 * answers are identical to the uncompressed postings'.
 */

import { BLOCK, type BlockSource, type BlockView } from './blocks';
import { rescaledSaturation, saturation } from './bm25';
import type { ImpactLists } from './impactLists';

/** Compact postings: dense slots 0..lengths.length-1, the blocks of every term in term order. */
export interface CompactPostings {
  terms: string[];
  /** Postings per term. */
  counts: Uint32Array;
  /** Per block: its last slot, its largest weighted frequency, its shortest document. */
  blockLast: Int32Array;
  blockMaxTf: Float32Array;
  blockMinLength: Float32Array;
  /** Per block: its postings' highest saturation (rounded up) at `saturationAverage`, the average length then. */
  blockSaturation: Float32Array;
  saturationAverage: number;
  /** Where each block's bytes start in `bytes`; one more entry: where the last one ends. */
  blockOffset: Uint32Array;
  /** The distinct weighted frequencies, by code. */
  tfTable: Float32Array;
  bytes: Uint8Array;
  /** Per slot. */
  lengths: Float32Array;
  /** The very common terms' postings again, in the order they score (see impactLists). */
  impact: ImpactLists;
}

/** Each term's first block (one more entry: the number of blocks). */
export function blockStarts(counts: Uint32Array): Uint32Array {
  const starts = new Uint32Array(counts.length + 1);
  for (let t = 0; t < counts.length; t++)
    starts[t + 1] = (starts[t] as number) + Math.ceil((counts[t] as number) / BLOCK);
  return starts;
}

/** Blocks encoded as compact postings are: where block `b`'s bytes start and end, and the slot before its first. */
export interface EncodedBlocks {
  readonly bytes: Uint8Array;
  /** The weighted frequencies, by code. */
  readonly table: ArrayLike<number>;
  byteStart(b: number): number;
  byteEnd(b: number): number;
  slotBefore(b: number): number;
}

/**
 * Decodes a term's blocks one at a time into buffers of its own (one decoder per list a query reads: two lists
 * never share them), keeping the block decoded last: a look-up of the next slot often falls in it again.
 */
export class BlockDecoder {
  private readonly slots = new Int32Array(BLOCK);
  private readonly tfs = new Float32Array(BLOCK);
  private decoded = -1;
  private decodedCount = 0;

  load(blocks: EncodedBlocks, b: number, view: BlockView): void {
    view.slots = this.slots;
    view.tfs = this.tfs;
    view.at = 0;
    if (b !== this.decoded) {
      this.decodedCount = this.decode(blocks, b);
      this.decoded = b;
    }
    view.end = this.decodedCount;
  }

  /** Each posting: its slot's distance from the one before and its frequency's code, both varints. */
  private decode(blocks: EncodedBlocks, b: number): number {
    const { bytes, table } = blocks;
    const end = blocks.byteEnd(b);
    let slot = blocks.slotBefore(b);
    let at = blocks.byteStart(b);
    let n = 0;
    while (at < end) {
      let byte = bytes[at++] as number;
      let delta = byte & 0x7f;
      for (let shift = 7; byte & 0x80; shift += 7) {
        byte = bytes[at++] as number;
        delta += (byte & 0x7f) * 2 ** shift;
      }
      byte = bytes[at++] as number;
      let code = byte & 0x7f;
      for (let shift = 7; byte & 0x80; shift += 7) {
        byte = bytes[at++] as number;
        code += (byte & 0x7f) * 2 ** shift;
      }
      slot += delta;
      this.slots[n] = slot;
      this.tfs[n] = table[code] as number;
      n++;
    }
    return n;
  }
}

/** One term's saved blocks. */
export class CompactBlocks implements BlockSource, EncodedBlocks {
  readonly blocks: number;
  readonly bytes: Uint8Array;
  readonly table: Float32Array;
  private readonly decoder = new BlockDecoder();

  constructor(
    private readonly data: CompactPostings,
    private readonly first: number,
    end: number,
  ) {
    this.blocks = end - first;
    this.bytes = data.bytes;
    this.table = data.tfTable;
  }

  last(b: number): number {
    return this.data.blockLast[this.first + b] as number;
  }

  /** The tighter of the block's two bounds: its largest frequency in its shortest document, its saturation as saved. */
  saturation(b: number, average: number): number {
    const g = this.first + b;
    const { blockMaxTf, blockMinLength, blockSaturation, saturationAverage } = this.data;
    return Math.min(
      saturation(blockMaxTf[g] as number, blockMinLength[g] as number, average),
      rescaledSaturation(blockSaturation[g] as number, saturationAverage, average),
    );
  }

  load(b: number, view: BlockView): void {
    this.decoder.load(this, b, view);
  }

  byteStart(b: number): number {
    return this.data.blockOffset[this.first + b] as number;
  }

  byteEnd(b: number): number {
    return this.data.blockOffset[this.first + b + 1] as number;
  }

  slotBefore(b: number): number {
    return b === 0 ? -1 : (this.data.blockLast[this.first + b - 1] as number);
  }
}

/** A saturation as saved: rounded up to a 32-bit float (rounding to the nearest could lower it). */
export const savedSaturation = (value: number): number => Math.fround(value * (1 + 2 ** -20));

export const varintBytes = (value: number): number =>
  value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5;

export function writeVarint(out: Uint8Array, at: number, value: number): number {
  let v = value;
  while (v >= 0x80) {
    out[at++] = (v & 0x7f) | 0x80;
    v = Math.floor(v / 128);
  }
  out[at++] = v;
  return at;
}

/** Codes for weighted frequencies, in the order they are first met. */
export class TfCodes {
  private readonly codes = new Map<number, number>();
  readonly values: number[] = [];

  code(tf: number): number {
    let code = this.codes.get(tf);
    if (code === undefined) {
      code = this.values.push(tf) - 1;
      this.codes.set(tf, code);
    }
    return code;
  }

  table(): Float32Array {
    return Float32Array.from(this.values);
  }
}
