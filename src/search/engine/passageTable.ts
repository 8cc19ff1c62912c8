/**
 * Where each passage slot is: its article (by number), paragraph, part and character range, as columns of
 * typed arrays rather than an object per passage, so that two million passages cost 40 MB and load at once.
 */
import { passageId } from '../../indexing/passages';
import type { Passage } from '../../indexing/types';
import type { SnapshotReader, SnapshotWriter } from '../snapshot/snapshotFile';
import type { Slicer } from './slices';

export interface PassageTableData {
  article: Int32Array;
  paragraph: Int32Array;
  part: Int32Array;
  start: Int32Array;
  end: Int32Array;
}

const COLUMNS = ['article', 'paragraph', 'part', 'start', 'end'] as const;
/** Rows copied between checks of the time slice. */
const PAUSE_EVERY = 4096;

export class PassageTable {
  private columns: PassageTableData;
  private count = 0;

  constructor(data?: PassageTableData) {
    this.columns = data ?? emptyColumns(64);
    this.count = data?.article.length ?? 0;
  }

  get size(): number {
    return this.count;
  }

  /** Appends a passage of article number `article`; returns its slot. */
  push(article: number, p: Pick<Passage, 'paragraph' | 'part' | 'start' | 'end'>): number {
    if (this.count === this.columns.article.length) this.columns = resized(this.columns, this.count * 2);
    const slot = this.count++;
    const c = this.columns;
    c.article[slot] = article;
    c.paragraph[slot] = p.paragraph;
    c.part[slot] = p.part;
    c.start[slot] = p.start;
    c.end[slot] = p.end;
    return slot;
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

  /** The rows of `slots`, in that order, with article numbers mapped through `renumber`. */
  async select(
    slots: readonly number[],
    renumber: (article: number) => number,
    slicer: Slicer,
  ): Promise<PassageTableData> {
    const out = emptyColumns(slots.length);
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] as number;
      for (const name of COLUMNS) out[name][i] = this.columns[name][slot] ?? 0;
      out.article[i] = renumber(this.columns.article[slot] ?? -1);
      if (i % PAUSE_EVERY === 0) await slicer.pause();
    }
    return out;
  }
}

function emptyColumns(size: number): PassageTableData {
  return {
    article: new Int32Array(size),
    paragraph: new Int32Array(size),
    part: new Int32Array(size),
    start: new Int32Array(size),
    end: new Int32Array(size),
  };
}

function resized(columns: PassageTableData, size: number): PassageTableData {
  const out = emptyColumns(Math.max(size, 64));
  for (const name of COLUMNS) out[name].set(columns[name].subarray(0, Math.min(size, columns[name].length)));
  return out;
}

/** The table's section of the snapshot: its five columns as binary blocks. */
export async function writeTable(writer: SnapshotWriter, table: PassageTableData): Promise<void> {
  for (const column of [table.article, table.paragraph, table.part, table.start, table.end])
    await writer.bytes(column);
}

/** Reads what `writeTable` wrote. */
export function readTable(reader: SnapshotReader): PassageTableData {
  const column = () => reader.int32();
  return { article: column(), paragraph: column(), part: column(), start: column(), end: column() };
}
