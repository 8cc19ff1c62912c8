/**
 * The metadata of the articles a snapshot holds, by article number: their ids at once (and a map from id to
 * number), the rest kept as the JSON lines read and parsed a line at a time when an answer first needs one of its
 * articles (or, in a running app, behind its first answers: `parseAll`). Opening 100,000 articles' snapshot makes
 * 100,000 ids instead of 100,000 objects with their titles and day reports.
 */
import type { ArticleMeta } from '../../corpus/types';
import type { Slicer } from '../engine/slices';

export class SavedMetas {
  private readonly numbers = new Map<string, number>();
  /** Each line's metadata once parsed. */
  private readonly parsed: (ArticleMeta[] | undefined)[];
  private unparsed: number;

  /** Line k holds the metadata of articles k * perLine onwards, `perLine` of them but in the last line. */
  constructor(
    readonly ids: readonly string[],
    private lines: readonly Buffer[] | null,
    private readonly perLine: number,
  ) {
    const count = Math.ceil(ids.length / perLine);
    if (lines && lines.length !== count)
      throw new Error(`snapshot: ${lines.length} lines of metadata for ${ids.length} articles`);
    this.parsed = new Array(count);
    this.unparsed = lines ? count : 0;
    ids.forEach((id, n) => {
      this.numbers.set(id, n);
    });
  }

  /** Metadata already in memory (a test's). */
  static of(metas: readonly ArticleMeta[]): SavedMetas {
    const saved = new SavedMetas(
      metas.map((m) => m.id),
      null,
      Math.max(metas.length, 1),
    );
    if (metas.length > 0) saved.parsed[0] = [...metas];
    return saved;
  }

  get count(): number {
    return this.ids.length;
  }

  /** Lines of metadata not parsed yet (0 once every article's metadata is in memory). */
  get unread(): number {
    return this.unparsed;
  }

  /** The number of a saved article; undefined for an id the snapshot did not hold. */
  number(id: string): number | undefined {
    return this.numbers.get(id);
  }

  get(n: number): ArticleMeta | undefined {
    if (!(n >= 0 && n < this.ids.length)) return undefined;
    const k = Math.floor(n / this.perLine);
    const line = this.parsed[k] ?? this.parse(k);
    return line[n - k * this.perLine];
  }

  /** Parses every line not parsed yet, giving the event loop back between slices (a running app, behind). */
  async parseAll(slicer: Slicer): Promise<void> {
    for (let k = 0; k < this.parsed.length; k++) {
      if (!this.parsed[k]) this.parse(k);
      await slicer.pause();
    }
  }

  private parse(k: number): ArticleMeta[] {
    const first = k * this.perLine;
    const bytes = this.lines?.[k];
    const metas = bytes ? (JSON.parse(bytes.toString('utf8')) as ArticleMeta[]) : [];
    const expected = Math.min(this.perLine, this.ids.length - first);
    if (metas.length !== expected || metas.some((m, i) => m.id !== this.ids[first + i]))
      throw new Error(`snapshot: line ${k} of metadata does not match the article ids`);
    this.parsed[k] = metas;
    if (--this.unparsed === 0) this.lines = null;
    return metas;
  }
}
