/**
 * The articles of the archive and the time expressions found in each, by article number. They are kept as JSON
 * lines on disk (see LineStore) and parsed when an answer cites them, the most recent ones cached; only each
 * article's metadata (id, title, outlet, date) is in memory, a snapshot's parsed when first needed (see
 * SavedMetas), and the days it reports, in columns (see DayColumns). An edited article gets a new number; its old
 * one is forgotten.
 */
import type { MatchedDays } from '../../answers/archive';
import type { Article, ArticleMeta } from '../../corpus/types';
import type { TimeExpression } from '../../dates/extractDates';
import type { IndexedArticle, PersonRecord } from '../../indexing/types';
import type { Slicer } from '../engine/slices';
import { DayColumns } from './dayColumns';
import { LineStore } from './lineStore';
import { Lru } from './lru';
import { SavedMetas } from './savedMetas';

export interface ArticleRecord {
  article: Article;
  dates: TimeExpression[];
  people: PersonRecord[];
  /**
   * The days the article reports, packed: put in the store's columns when the article is added (see DayColumns).
   * The record's line still carries them, though a snapshot's columns are what is read back.
   */
  dayReports?: number[];
}

/** How many parsed articles from the snapshot are kept for the next answer. */
export const CACHED_ARTICLES = 2000;

/**
 * An article's metadata (written out: see mentionWith in quotes/mentions.ts). The days it reports are kept in
 * columns instead (see DayColumns).
 */
export const metaOf = ({ id, title, outlet, authors, url, published }: Article): ArticleMeta => {
  return { id, title, outlet, authors, url, published };
};

/** An indexed article's record as the store keeps it. */
export const recordOf = ({ article, dates, people, dayReports }: IndexedArticle): ArticleRecord => ({
  article,
  dates,
  people,
  ...(dayReports ? { dayReports } : {}),
});

/** A record's line in the store. */
export const recordLine = (record: ArticleRecord): string => JSON.stringify(record);

export class ArticleStore {
  /** Numbers from `saved.count` on: the articles added since the snapshot (null once removed). */
  private readonly metas: (ArticleMeta | null)[] = [];
  /** The numbers of the articles added since the snapshot, by id. */
  private readonly numbers = new Map<string, number>();
  /** The snapshot's articles removed or replaced since, by number. */
  private readonly gone = new Set<number>();
  private readonly cache = new Lru<number, ArticleRecord>(CACHED_ARTICLES);

  /** Articles 0..saved.count-1 are the lines of `lines`, in order, and the first rows of `days`. */
  constructor(
    private readonly lines: LineStore<ArticleRecord> = new LineStore(),
    private readonly saved: SavedMetas = SavedMetas.of([]),
    private readonly days: DayColumns = new DayColumns(),
  ) {
    if (lines.count !== saved.count || days.count !== saved.count) {
      throw new Error(
        `snapshot: ${lines.count} article lines and ${days.count} articles' days for ${saved.count} articles`,
      );
    }
  }

  /** Adds an article; `line` is the record's JSON when it was made beforehand (by `recordLine`). */
  add(record: ArticleRecord, line?: string): number {
    this.remove(record.article.id);
    const pushed = this.metas.push(metaOf(record.article));
    this.days.append(record.article.published, record.dayReports);
    const n = this.saved.count + pushed - 1;
    this.numbers.set(record.article.id, n);
    this.lines.putLine(n, line ?? recordLine(record));
    return n;
  }

  /** Forgets an article; returns the number it had. */
  remove(id: string): number | undefined {
    const n = this.number(id);
    if (n === undefined) return undefined;
    if (n < this.saved.count) this.gone.add(n);
    else {
      this.numbers.delete(id);
      this.metas[n - this.saved.count] = null;
    }
    this.lines.delete(n);
    this.cache.delete(n);
    return n;
  }

  number(id: string): number | undefined {
    const added = this.numbers.get(id);
    if (added !== undefined) return added;
    const n = this.saved.number(id);
    return n === undefined || this.gone.has(n) ? undefined : n;
  }

  has(id: string): boolean {
    return this.number(id) !== undefined;
  }

  get size(): number {
    return this.saved.count - this.gone.size + this.numbers.size;
  }

  /** Parses the snapshot's metadata not parsed yet, in slices (see SavedMetas.parseAll). */
  readAhead(slicer: Slicer): Promise<void> {
    return this.saved.parseAll(slicer);
  }

  /** Lines of the snapshot's metadata not parsed yet. */
  get unreadMetadata(): number {
    return this.saved.unread;
  }

  /** Whether article number n is held (without reading its metadata). */
  private holds(n: number): boolean {
    if (n < this.saved.count) return n >= 0 && !this.gone.has(n);
    return Boolean(this.metas[n - this.saved.count]);
  }

  /** Article numbers given so far (those of removed articles included): every number is below it. */
  get numberCount(): number {
    return this.saved.count + this.metas.length;
  }

  record(n: number): ArticleRecord | undefined {
    if (!this.holds(n)) return undefined;
    const cached = this.cache.get(n);
    if (cached) return cached;
    const record = this.lines.get(n);
    return record && this.cache.set(n, record);
  }

  /**
   * An article's text alone: from the cache, or cut from its stored line and parsed without the rest of the
   * record (its paragraphs, dates and people), which is most of the cost of reading it.
   */
  text(id: string): string | undefined {
    const n = this.number(id);
    return n === undefined ? undefined : this.textAt(n);
  }

  /** `text` of the article held as number n. */
  textAt(n: number): string | undefined {
    if (!this.holds(n)) return undefined;
    const cached = this.cache.get(n);
    if (cached) return cached.article.text;
    const raw = this.lines.raw(n);
    return raw ? (textOfLine(raw.toString('utf8')) ?? this.record(n)?.article.text) : undefined;
  }

  byId(id: string): ArticleRecord | undefined {
    const n = this.number(id);
    return n === undefined ? undefined : this.record(n);
  }

  /** Every article's metadata, in number order. */
  allMetas(): ArticleMeta[] {
    const out: ArticleMeta[] = [];
    for (const n of this.liveNumbers()) out.push(this.meta(n) as ArticleMeta);
    return out;
  }

  /** The numbers of the articles held, ascending: the order they are saved in. */
  liveNumbers(): number[] {
    const out: number[] = [];
    for (let n = 0; n < this.saved.count; n++) if (!this.gone.has(n)) out.push(n);
    this.metas.forEach((m, i) => {
      if (m) out.push(this.saved.count + i);
    });
    return out;
  }

  /** The publication days and reported days of articles `numbers` (all held), as columns in that order. */
  daysOf(numbers: ArrayLike<number>): MatchedDays {
    return this.days.of(numbers);
  }

  meta(n: number): ArticleMeta | undefined {
    if (!this.holds(n)) return undefined;
    return n < this.saved.count ? this.saved.get(n) : (this.metas[n - this.saved.count] ?? undefined);
  }

  close(): void {
    this.lines.closeSpill();
  }

  /** The records of articles `ns[from..to)`, each as its JSON line, as stored, a run at a time (see LineStore.rawRuns). */
  rawRuns(ns: ArrayLike<number>, from: number, to: number): Iterable<Buffer[]> {
    return this.lines.rawRuns(ns, from, to, 'article number');
  }
}

/** Where the article's text starts in a stored line: the first `text` key of a record that starts with its article and the article with its id. */
const TEXT_KEY = ',"text":"';
/** A JSON string's body: anything but a quote or a backslash, or an escape. */
const STRING_BODY = /(?:[^"\\]|\\.)*"/y;

/**
 * The article's text from its record's JSON line, or undefined when the line is not as expected. Inside a JSON
 * string every quote is escaped, so the first `,"text":"` is the article's own key.
 */
export function textOfLine(line: string): string | undefined {
  const at = line.indexOf(TEXT_KEY);
  if (at < 0 || !line.startsWith('{"article":{"id":')) return undefined;
  const from = at + TEXT_KEY.length;
  STRING_BODY.lastIndex = from;
  if (!STRING_BODY.test(line)) return undefined;
  const text: unknown = JSON.parse(line.slice(from - 1, STRING_BODY.lastIndex));
  return typeof text === 'string' ? text : undefined;
}
