/**
 * Saving postings compactly (see compactPostings): a first pass over the live postings sizes every block and
 * finds the bounds and the table of frequencies; the bytes themselves are encoded again, term by term, as the
 * snapshot is written, so saving never holds a second copy of the postings.
 */
import type { SnapshotReader, SnapshotWriter } from '../snapshot/snapshotFile';
import { BLOCK, type BlockSource, newView } from './blocks';
import { saturation } from './bm25';
import { type CompactPostings, savedSaturation, TfCodes, varintBytes, writeVarint } from './compactPostings';
import { ImpactListsBuilder, readImpactLists, type TermPostings, writeImpactLists } from './impactLists';
import { mapTyped } from './mapTyped';
import type { Slicer } from './slices';

/** The postings as exported for saving: their bytes are produced when written. */
export interface PostingsExport extends Omit<CompactPostings, 'bytes'> {
  byteLength: number;
  byteRuns: () => AsyncIterable<Uint8Array>;
}

/** What is encoded: every term's postings in slot order, and the new number of each live slot (-1: dropped). */
export interface EncodeSource {
  terms: number;
  /** A term's postings as blocks in slot order; null when it has none. */
  blocks: (id: number) => BlockSource | null;
  renumber: Int32Array;
  /** By old slot. */
  lengths: Float32Array;
}

/**
 * Blocks read between two chances to pause (see Slicer): a very common term has millions of postings (half a
 * second's work at 100,000 articles, which held up every Slack acknowledgement meanwhile).
 */
const BLOCKS_PER_PAUSE = 64;

/** The live postings of a term, renumbered, in order, pausing between runs of blocks. */
async function forEachLive(
  source: EncodeSource,
  id: number,
  slicer: Slicer,
  visit: (slot: number, tf: number, length: number) => void,
): Promise<void> {
  const blocks = source.blocks(id);
  if (!blocks) return;
  const { renumber, lengths } = source;
  const view = newView();
  for (let b = 0; b < blocks.blocks; b++) {
    if (b > 0 && b % BLOCKS_PER_PAUSE === 0) await slicer.pause();
    blocks.load(b, view);
    for (let i = view.at; i < view.end; i++) {
      const slot = view.slots[i] as number;
      const renumbered = renumber[slot] as number;
      if (renumbered >= 0) visit(renumbered, view.tfs[i] as number, lengths[slot] as number);
    }
  }
}

/** The average document length, as the postings read back compute it (see Postings.averageLength). */
function averageLength(lengths: Float32Array): number {
  let total = 0;
  for (const length of lengths) total += length;
  return total / lengths.length || 1;
}

export async function encodePostings(
  source: EncodeSource,
  terms: string[],
  lengths: Float32Array,
  slicer: Slicer,
): Promise<PostingsExport> {
  const counts = new Uint32Array(source.terms);
  const last: number[] = [];
  const maxTf: number[] = [];
  const minLength: number[] = [];
  const maxSaturation: number[] = [];
  const average = averageLength(lengths);
  const offset: number[] = [];
  const codes = new TfCodes();
  const impact = new ImpactListsBuilder();
  let bytes = 0;
  for (let id = 0; id < source.terms; id++) {
    let n = 0;
    let previous = -1;
    await forEachLive(source, id, slicer, (slot, tf, length) => {
      if (n % BLOCK === 0) {
        offset.push(bytes);
        last.push(slot);
        maxTf.push(tf);
        minLength.push(length);
        maxSaturation.push(0);
      }
      const b = last.length - 1;
      last[b] = slot;
      maxTf[b] = Math.max(maxTf[b] as number, tf);
      minLength[b] = Math.min(minLength[b] as number, length);
      maxSaturation[b] = Math.max(maxSaturation[b] as number, saturation(tf, length, average));
      bytes += varintBytes(slot - previous) + varintBytes(codes.code(tf));
      previous = slot;
      n++;
    });
    counts[id] = n;
    if (impact.wants(n)) await impact.add(id, await termPostings(source, id, n, codes, slicer), slicer);
    await slicer.pause();
  }
  offset.push(bytes);
  const termBytes = (first: number, blocks: number) =>
    (offset[first + blocks] as number) - (offset[first] as number);
  return {
    terms,
    counts,
    blockLast: Int32Array.from(last),
    blockMaxTf: Float32Array.from(maxTf),
    blockMinLength: Float32Array.from(minLength),
    blockSaturation: mapTyped(Float32Array, maxSaturation, savedSaturation),
    saturationAverage: average,
    blockOffset: Uint32Array.from(offset),
    tfTable: codes.table(),
    lengths,
    impact: impact.lists(),
    byteLength: bytes,
    byteRuns: () => encodeRuns(source, counts, codes, termBytes, slicer),
  };
}

/** A term's `count` live postings, renumbered, in slot order, with their frequencies' codes. */
async function termPostings(
  source: EncodeSource,
  id: number,
  count: number,
  codes: TfCodes,
  slicer: Slicer,
): Promise<TermPostings> {
  const postings: TermPostings = {
    slots: new Int32Array(count),
    codes: new Uint32Array(count),
    lengths: new Float32Array(count),
    count: 0,
  };
  await forEachLive(source, id, slicer, (slot, tf, length) => {
    postings.slots[postings.count] = slot;
    postings.codes[postings.count] = codes.code(tf);
    postings.lengths[postings.count] = length;
    postings.count++;
  });
  return postings;
}

/** Each term's bytes in turn. */
async function* encodeRuns(
  source: EncodeSource,
  counts: Uint32Array,
  codes: TfCodes,
  termBytes: (firstBlock: number, blocks: number) => number,
  slicer: Slicer,
): AsyncGenerator<Uint8Array> {
  let block = 0;
  for (let id = 0; id < source.terms; id++) {
    const blocks = Math.ceil((counts[id] as number) / BLOCK);
    const out = new Uint8Array(termBytes(block, blocks));
    let at = 0;
    let previous = -1;
    await forEachLive(source, id, slicer, (slot, tf) => {
      at = writeVarint(out, at, slot - previous);
      at = writeVarint(out, at, codes.code(tf));
      previous = slot;
    });
    block += blocks;
    yield out;
    await slicer.pause();
  }
}

/** An export gathered into one piece (what reading a saved snapshot gives). */
export async function packPostings(data: PostingsExport): Promise<CompactPostings> {
  const bytes = new Uint8Array(data.byteLength);
  let at = 0;
  for await (const run of data.byteRuns()) {
    bytes.set(run, at);
    at += run.length;
  }
  const { byteLength: _, byteRuns: __, ...parts } = data;
  return { ...parts, bytes };
}

const TERMS_PER_LINE = 5000;

/**
 * The postings' section of the snapshot: the terms as lines, then the counts, blocks, table, bytes and lengths,
 * then the impact lists.
 */
export async function writePostings(writer: SnapshotWriter, postings: PostingsExport): Promise<void> {
  await writer.lines(postings.terms, TERMS_PER_LINE);
  await writer.bytes(postings.counts);
  await writer.bytes(postings.blockLast);
  await writer.bytes(postings.blockMaxTf);
  await writer.bytes(postings.blockMinLength);
  await writer.line({ saturationAverage: postings.saturationAverage });
  await writer.bytes(postings.blockSaturation);
  await writer.bytes(postings.blockOffset);
  await writer.bytes(postings.tfTable);
  await writer.stream(postings.byteLength, postings.byteRuns());
  await writer.bytes(postings.lengths);
  await writeImpactLists(writer, postings.impact);
}

/** Reads what `writePostings` wrote. */
export function readPostings(reader: SnapshotReader): CompactPostings {
  const terms = reader.lines<string>();
  const counts = reader.uint32();
  const blockLast = reader.int32();
  const blockMaxTf = reader.float32();
  const blockMinLength = reader.float32();
  const { saturationAverage } = reader.line<{ saturationAverage: number }>();
  const blockSaturation = reader.float32();
  const blockOffset = reader.uint32();
  const tfTable = reader.float32();
  const bytes = reader.uint8();
  const lengths = reader.float32();
  const impact = readImpactLists(reader);
  if (
    counts.length !== terms.length ||
    blockOffset.length !== blockLast.length + 1 ||
    blockSaturation.length !== blockLast.length ||
    !(saturationAverage > 0)
  ) {
    throw new Error('snapshot postings do not match their terms');
  }
  return {
    terms,
    counts,
    blockLast,
    blockMaxTf,
    blockMinLength,
    blockSaturation,
    saturationAverage,
    blockOffset,
    tfTable,
    bytes,
    lengths,
    impact,
  };
}
