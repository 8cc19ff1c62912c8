/**
 * A term's postings as a run of blocks of up to BLOCK postings, each with what bounds its score when a query
 * prunes: a bound of its postings' saturation (see bm25). A block is read by pointing a view at its postings: in
 * place for a list being built, decoded for a saved one.
 */
import { saturation } from './bm25';

/** Postings per block. */
export const BLOCK = 128;
/** Where a query reads a block's postings: `slots[at..end)` and the same range of `tfs`. */
export interface BlockView {
  slots: Int32Array;
  tfs: Float32Array;
  at: number;
  end: number;
}

/** A view pointing at nothing yet. */
export const newView = (): BlockView => ({
  slots: new Int32Array(0),
  tfs: new Float32Array(0),
  at: 0,
  end: 0,
});

export interface BlockSource {
  readonly blocks: number;
  /** The last slot of block `b`. */
  last(b: number): number;
  /** An upper bound of the saturation of block `b`'s postings, at this average document length. */
  saturation(b: number, average: number): number;
  /** Points `view` at block `b`'s postings. */
  load(b: number, view: BlockView): void;
}

/** Postings held as plain columns (a list being built): blocks are fixed ranges of BLOCK postings. */
export interface RawList {
  slots: Int32Array;
  tfs: Float32Array;
  n: number;
  /** Over the whole list (each block's bound is the list's): the largest weighted frequency, the shortest document. */
  maxTf: number;
  minLength: number;
}

export class RawBlocks implements BlockSource {
  readonly blocks: number;

  constructor(private readonly list: RawList) {
    this.blocks = Math.ceil(list.n / BLOCK);
  }

  last(b: number): number {
    return this.list.slots[Math.min(this.list.n, (b + 1) * BLOCK) - 1] as number;
  }

  /** Its largest frequency in its shortest document: the list's, for every block. */
  saturation(_b: number, average: number): number {
    return saturation(this.list.maxTf, this.list.minLength, average);
  }

  load(b: number, view: BlockView): void {
    view.slots = this.list.slots;
    view.tfs = this.list.tfs;
    view.at = b * BLOCK;
    view.end = Math.min(this.list.n, view.at + BLOCK);
  }
}

/** Two runs of blocks one after the other (the second's slots all above the first's). */
export class JoinedBlocks implements BlockSource {
  readonly blocks: number;
  private readonly split: number;

  constructor(
    private readonly first: BlockSource,
    private readonly second: BlockSource,
  ) {
    this.split = first.blocks;
    this.blocks = first.blocks + second.blocks;
  }

  last(b: number): number {
    return b < this.split ? this.first.last(b) : this.second.last(b - this.split);
  }

  saturation(b: number, average: number): number {
    return b < this.split
      ? this.first.saturation(b, average)
      : this.second.saturation(b - this.split, average);
  }

  load(b: number, view: BlockView): void {
    if (b < this.split) this.first.load(b, view);
    else this.second.load(b - this.split, view);
  }
}
