/**
 * Postings added since the snapshot was read, encoded compactly as they come. A term's new postings gather in plain
 * columns (see RawList); once those hold `sealPlan.at` of them, they are encoded as saved postings are (see
 * compactPostings: a varint slot gap and a varint frequency code, 2–3 bytes instead of 8) onto the end of the
 * term's sealed list, each block with its own bounds, and the columns start again. Building 100,000 articles kept
 * every posting in plain columns grown by doubling: 8 bytes a posting and about half as much again unused, which
 * made the build's memory two and a half times the loaded index's.
 */
import { BLOCK, type BlockSource, type BlockView, type RawList } from './blocks';
import { saturation } from './bm25';
import { BlockDecoder, type EncodedBlocks, type TfCodes, varintBytes, writeVarint } from './compactPostings';
import { grow } from './grow';

/**
 * When a term's plain columns are sealed: at this many postings, one block (tests change it, or set it to
 * Infinity to keep every posting plain). The columns keep their room once sealed, so this is what every term
 * that was ever sealed holds plain: 1 kB.
 */
export const sealPlan = { at: BLOCK };

/** The bytes grow by this factor: they are most of what a sealed list holds, so less is left unused than doubling. */
const BYTES_GROWTH = 1.25;
/** The first bytes a sealed list takes: about one block's. */
const MIN_BYTES = 384;

/** The codes of the block being sealed (one block at a time, never two at once). */
const CODES = new Uint32Array(BLOCK);

/** One term's sealed postings: their bytes, and per block its last slot, where its bytes start and its bounds. */
export class SealedList {
  bytes = new Uint8Array(0);
  byteLength = 0;
  blocks = 0;
  blockLast = new Int32Array(0);
  /** Where each block's bytes start; one more entry: where the last one ends. */
  blockOffset = new Uint32Array(1);
  blockMaxTf = new Float32Array(0);
  blockMinLength = new Float32Array(0);

  /** Encodes the list's postings (whole blocks of them) onto the end; `lengths` by slot. */
  seal(list: RawList, lengths: Float32Array, codes: TfCodes): void {
    for (let from = 0; from < list.n; from += BLOCK) {
      this.sealBlock(list, from, Math.min(list.n, from + BLOCK), lengths, codes);
    }
  }

  private sealBlock(list: RawList, from: number, to: number, lengths: Float32Array, codes: TfCodes): void {
    const before = this.blocks === 0 ? -1 : (this.blockLast[this.blocks - 1] as number);
    let size = 0;
    let previous = before;
    let maxTf = 0;
    let minLength = Infinity;
    for (let i = from; i < to; i++) {
      const slot = list.slots[i] as number;
      const tf = list.tfs[i] as number;
      const code = codes.code(tf);
      CODES[i - from] = code;
      size += varintBytes(slot - previous) + varintBytes(code);
      maxTf = Math.max(maxTf, tf);
      minLength = Math.min(minLength, lengths[slot] as number);
      previous = slot;
    }
    this.reserve(this.blocks + 1, this.byteLength + size);
    previous = before;
    let at = this.byteLength;
    for (let i = from; i < to; i++) {
      const slot = list.slots[i] as number;
      at = writeVarint(this.bytes, at, slot - previous);
      at = writeVarint(this.bytes, at, CODES[i - from] as number);
      previous = slot;
    }
    this.blockLast[this.blocks] = previous;
    this.blockMaxTf[this.blocks] = maxTf;
    this.blockMinLength[this.blocks] = minLength;
    this.blocks++;
    this.byteLength = at;
    this.blockOffset[this.blocks] = at;
  }

  private reserve(blocks: number, bytes: number): void {
    this.blockLast = grow(this.blockLast, blocks);
    this.blockMaxTf = grow(this.blockMaxTf, blocks);
    this.blockMinLength = grow(this.blockMinLength, blocks);
    this.blockOffset = grow(this.blockOffset, blocks + 1);
    this.bytes = grow(this.bytes, bytes, BYTES_GROWTH, MIN_BYTES);
  }
}

/** A sealed list as a query reads it: decoded a block at a time into buffers of its own. */
export class SealedBlocks implements BlockSource, EncodedBlocks {
  readonly blocks: number;
  readonly bytes: Uint8Array;
  private readonly decoder = new BlockDecoder();

  constructor(
    private readonly list: SealedList,
    readonly table: readonly number[],
  ) {
    this.blocks = list.blocks;
    this.bytes = list.bytes;
  }

  last(b: number): number {
    return this.list.blockLast[b] as number;
  }

  /** The block's largest frequency in its shortest document. */
  saturation(b: number, average: number): number {
    return saturation(this.list.blockMaxTf[b] as number, this.list.blockMinLength[b] as number, average);
  }

  load(b: number, view: BlockView): void {
    this.decoder.load(this, b, view);
  }

  byteStart(b: number): number {
    return this.list.blockOffset[b] as number;
  }

  byteEnd(b: number): number {
    return this.list.blockOffset[b + 1] as number;
  }

  slotBefore(b: number): number {
    return b === 0 ? -1 : (this.list.blockLast[b - 1] as number);
  }
}
