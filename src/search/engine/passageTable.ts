/**
 * Where each passage slot is: its article (by number), paragraph, part and character range, as columns of
 * typed arrays rather than an object per passage, so that two million passages cost 40 MB and load at once; and
 * the hashes of the name pairs its text holds (see namePairs), so that a two-word name is checked without reading
 * the text: all slots' hashes in one array, each slot's ending where `pairEnd` says.
 */
import { passageId } from '../../indexing/passages';
import type { Passage } from '../../indexing/types';
import type { SnapshotReader, SnapshotWriter } from '../snapshot/snapshotFile';
import { grow } from './grow';
import type { Slicer } from './slices';

export interface PassageTableData {
  article: Int32Array;
  paragraph: Int32Array;
  part: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** Where each slot's name pair hashes end in `pairs` (they start where the slot before ends them). */
  pairEnd: Int32Array;
  pairs: Float64Array;
}

const COLUMNS = ['article', 'paragraph', 'part', 'start', 'end'] as const;
type Columns = Omit<PassageTableData, 'pairs'>;
/** Rows copied between checks of the time slice. */
const PAUSE_EVERY = 4096;

export class PassageTable {
  private columns: Columns;
  private count = 0;
  private pairs: Float64Array;
  private pairCount = 0;

  constructor(data?: PassageTableData) {
    const { pairs, ...columns } = data ?? { ...emptyColumns(64), pairs: new Float64Array(64) };
    this.columns = columns;
    this.count = data?.article.length ?? 0;
    this.pairs = pairs;
    this.pairCount = data?.pairs.length ?? 0;
  }

  get size(): number {
    return this.count;
  }

  /** Appends a passage of article number `article`, with its name pair hashes; returns its slot. */
  push(
    article: number,
    p: Pick<Passage, 'paragraph' | 'part' | 'start' | 'end'>,
    pairs: ArrayLike<number> = [],
  ): number {
    if (this.count === this.columns.article.length) this.columns = resized(this.columns, this.count * 2);
    const slot = this.count++;
    const c = this.columns;
    c.article[slot] = article;
    c.paragraph[slot] = p.paragraph;
    c.part[slot] = p.part;
    c.start[slot] = p.start;
    c.end[slot] = p.end;
    this.addPairs(pairs);
    c.pairEnd[slot] = this.pairCount;
    return slot;
  }

  private addPairs(pairs: ArrayLike<number>): void {
    this.pairs = grow(this.pairs, this.pairCount + pairs.length);
    for (let i = 0; i < pairs.length; i++) this.pairs[this.pairCount++] = pairs[i] as number;
  }

  /** Whether a slot's text holds the name pair of this hash (see pairHash). */
  holdsPair(slot: number, hash: number): boolean {
    const to = this.pairEnd(slot);
    for (let i = this.pairStart(slot); i < to; i++) if (this.pairs[i] === hash) return true;
    return false;
  }

  article(slot: number): number {
    return this.columns.article[slot] ?? -1;
  }

  /** A slot's paragraph, and its character range: read column by column, no object made. */
  paragraph(slot: number): number {
    return this.columns.paragraph[slot] ?? 0;
  }

  start(slot: number): number {
    return this.columns.start[slot] ?? 0;
  }

  end(slot: number): number {
    return this.columns.end[slot] ?? 0;
  }

  /** The passage in a slot, given its article's id. */
  passage(slot: number, articleId: string): Passage {
    const c = this.columns;
    const paragraph = c.paragraph[slot] ?? 0;
    const part = c.part[slot] ?? 0;
    return {
      id: passageId(articleId, paragraph, part),
      articleId,
      paragraph,
      part,
      start: c.start[slot] ?? 0,
      end: c.end[slot] ?? 0,
    };
  }

  /**
   * Every row as it is, as views of the columns (no copy): what `select` gives when every slot and every article
   * number is kept, as after a first build. Rows are only ever appended, so the views keep what they show while
   * more are added (a column that grows is copied; the view keeps the old one).
   */
  rows(): PassageTableData {
    const views = {} as Columns;
    for (const name of [...COLUMNS, 'pairEnd'] as const)
      views[name] = this.columns[name].subarray(0, this.count);
    return { ...views, pairs: this.pairs.subarray(0, this.pairCount) };
  }

  /** The rows of `slots`, in that order, with article numbers mapped through `renumber`. */
  async select(
    slots: readonly number[] | Int32Array,
    renumber: (article: number) => number,
    slicer: Slicer,
  ): Promise<PassageTableData> {
    const out = emptyColumns(slots.length);
    let total = 0;
    for (const slot of slots) total += this.pairEnd(slot) - this.pairStart(slot);
    const pairs = new Float64Array(total);
    let at = 0;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] as number;
      for (const name of COLUMNS) out[name][i] = this.columns[name][slot] ?? 0;
      out.article[i] = renumber(this.columns.article[slot] ?? -1);
      const held = this.pairs.subarray(this.pairStart(slot), this.pairEnd(slot));
      pairs.set(held, at);
      at += held.length;
      out.pairEnd[i] = at;
      if (i % PAUSE_EVERY === 0) await slicer.pause();
    }
    return { ...out, pairs };
  }

  /** Where a slot's name pair hashes start and end in `pairs`. */
  private pairStart(slot: number): number {
    return slot === 0 ? 0 : (this.columns.pairEnd[slot - 1] ?? 0);
  }

  private pairEnd(slot: number): number {
    return this.columns.pairEnd[slot] ?? 0;
  }
}

function emptyColumns(size: number): Columns {
  return {
    article: new Int32Array(size),
    paragraph: new Int32Array(size),
    part: new Int32Array(size),
    start: new Int32Array(size),
    end: new Int32Array(size),
    pairEnd: new Int32Array(size),
  };
}

function resized(columns: Columns, size: number): Columns {
  const out = emptyColumns(Math.max(size, 64));
  for (const name of [...COLUMNS, 'pairEnd'] as const)
    out[name].set(columns[name].subarray(0, Math.min(size, columns[name].length)));
  return out;
}

/** The table's section of the snapshot: its six columns and the name pair hashes as binary blocks. */
export async function writeTable(writer: SnapshotWriter, table: PassageTableData): Promise<void> {
  for (const column of [table.article, table.paragraph, table.part, table.start, table.end, table.pairEnd])
    await writer.bytes(column);
  await writer.bytes(table.pairs);
}

/** Reads what `writeTable` wrote. */
export function readTable(reader: SnapshotReader): PassageTableData {
  const column = () => reader.int32();
  const columns = { article: column(), paragraph: column(), part: column(), start: column(), end: column() };
  return { ...columns, pairEnd: column(), pairs: reader.float64() };
}
