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

/** One run of rows: its columns and name pair hashes, of which `count` rows and `pairCount` hashes are in use. */
interface Part {
  columns: Columns;
  count: number;
  pairs: Float64Array;
  pairCount: number;
}

/**
 * The rows in two parts: those a snapshot held (views of its mapping or of the buffers it was read into, never
 * written), then those pushed since, in columns of their own from slot `saved.count` on. Growing one set of
 * columns past a snapshot's two million rows copied them all into columns twice the size on the first article
 * indexed after start (a third of a second with the event loop held, at 100,000 articles), and kept the copy in
 * the heap instead of the page cache.
 */
export class PassageTable {
  private readonly saved: Part;
  private added: Part = { columns: emptyColumns(64), count: 0, pairs: new Float64Array(64), pairCount: 0 };

  constructor(data?: PassageTableData) {
    const { pairs, ...columns } = data ?? { ...emptyColumns(0), pairs: new Float64Array(0) };
    this.saved = { columns, count: columns.article.length, pairs, pairCount: pairs.length };
  }

  get size(): number {
    return this.saved.count + this.added.count;
  }

  /** Appends a passage of article number `article`, with its name pair hashes; returns its slot. */
  push(
    article: number,
    p: Pick<Passage, 'paragraph' | 'part' | 'start' | 'end'>,
    pairs: ArrayLike<number> = [],
  ): number {
    const added = this.added;
    if (added.count === added.columns.article.length) added.columns = resized(added.columns, added.count * 2);
    const row = added.count++;
    const c = added.columns;
    c.article[row] = article;
    c.paragraph[row] = p.paragraph;
    c.part[row] = p.part;
    c.start[row] = p.start;
    c.end[row] = p.end;
    added.pairs = grow(added.pairs, added.pairCount + pairs.length);
    for (let i = 0; i < pairs.length; i++) added.pairs[added.pairCount++] = pairs[i] as number;
    c.pairEnd[row] = added.pairCount;
    return this.saved.count + row;
  }

  /** Whether a slot's text holds the name pair of this hash (see pairHash). */
  holdsPair(slot: number, hash: number): boolean {
    const part = this.partOf(slot);
    const row = this.rowOf(slot);
    const to = part.columns.pairEnd[row] ?? 0;
    for (let i = pairStart(part, row); i < to; i++) if (part.pairs[i] === hash) return true;
    return false;
  }

  /** The part a slot's row is in. */
  private partOf(slot: number): Part {
    return slot < this.saved.count ? this.saved : this.added;
  }

  /** A slot's row in its part. */
  private rowOf(slot: number): number {
    return slot < this.saved.count ? slot : slot - this.saved.count;
  }

  /** How many name pair hashes a slot has. */
  private pairsIn(slot: number): number {
    const part = this.partOf(slot);
    const row = this.rowOf(slot);
    return (part.columns.pairEnd[row] ?? 0) - pairStart(part, row);
  }

  /** A slot's value in a column: its part's row. */
  private value(name: keyof Columns, slot: number): number | undefined {
    const { saved } = this;
    return slot < saved.count ? saved.columns[name][slot] : this.added.columns[name][slot - saved.count];
  }

  article(slot: number): number {
    return this.value('article', slot) ?? -1;
  }

  /** A slot's paragraph, and its character range: read column by column, no object made. */
  paragraph(slot: number): number {
    return this.value('paragraph', slot) ?? 0;
  }

  start(slot: number): number {
    return this.value('start', slot) ?? 0;
  }

  end(slot: number): number {
    return this.value('end', slot) ?? 0;
  }

  /** The passage in a slot, given its article's id. */
  passage(slot: number, articleId: string): Passage {
    const paragraph = this.paragraph(slot);
    const part = this.value('part', slot) ?? 0;
    return {
      id: passageId(articleId, paragraph, part),
      articleId,
      paragraph,
      part,
      start: this.start(slot),
      end: this.end(slot),
    };
  }

  /**
   * Every row as it is, as views of the columns (no copy) when all of them are in one part: what `select` gives
   * when every slot and every article number is kept, as after a first build. Rows are only ever appended, so the
   * views keep what they show while more are added (a column that grows is copied; the view keeps the old one).
   * Rows in both parts (a snapshot's, and articles added since with none removed) are copied into one.
   */
  rows(): PassageTableData {
    const { saved, added } = this;
    if (added.count === 0) return viewsOf(saved);
    if (saved.count === 0) return viewsOf(added);
    const [first, then] = [viewsOf(saved), viewsOf(added)];
    const joined = emptyColumns(this.size);
    for (const name of COLUMNS) {
      joined[name].set(first[name]);
      joined[name].set(then[name], saved.count);
    }
    joined.pairEnd.set(first.pairEnd);
    for (let i = 0; i < added.count; i++)
      joined.pairEnd[saved.count + i] = (then.pairEnd[i] as number) + saved.pairCount;
    const pairs = new Float64Array(saved.pairCount + added.pairCount);
    pairs.set(first.pairs);
    pairs.set(then.pairs, saved.pairCount);
    return { ...joined, pairs };
  }

  /** The rows of `slots`, in that order, with article numbers mapped through `renumber`. */
  async select(
    slots: readonly number[] | Int32Array,
    renumber: (article: number) => number,
    slicer: Slicer,
  ): Promise<PassageTableData> {
    const out = emptyColumns(slots.length);
    let total = 0;
    for (const slot of slots) total += this.pairsIn(slot);
    const pairs = new Float64Array(total);
    let at = 0;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] as number;
      for (const name of COLUMNS) out[name][i] = this.value(name, slot) ?? 0;
      out.article[i] = renumber(this.article(slot));
      const part = this.partOf(slot);
      const row = this.rowOf(slot);
      const to = part.columns.pairEnd[row] ?? 0;
      for (let k = pairStart(part, row); k < to; k++) pairs[at++] = part.pairs[k] as number;
      out.pairEnd[i] = at;
      if (i % PAUSE_EVERY === 0) await slicer.pause();
    }
    return { ...out, pairs };
  }
}

/** Where a row's name pair hashes start in its part's `pairs`: where the row before ends them. */
const pairStart = (part: Part, row: number): number => (row === 0 ? 0 : (part.columns.pairEnd[row - 1] ?? 0));

/** A part's rows in use, as views of its columns. */
function viewsOf(part: Part): PassageTableData {
  const views = {} as Columns;
  for (const name of [...COLUMNS, 'pairEnd'] as const)
    views[name] = part.columns[name].subarray(0, part.count);
  return { ...views, pairs: part.pairs.subarray(0, part.pairCount) };
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
