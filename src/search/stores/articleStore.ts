/**
 * The articles of the archive and the time expressions found in each, by article number. They are kept as JSON
 * lines on disk (see LineStore) and parsed when an answer cites them, the most recent ones cached; only each
 * article's metadata (id, title, outlet, date) is always in memory. An edited article gets a new number; its old
 * one is forgotten.
 */
import type { Article, ArticleMeta } from '../../corpus/types';
import type { TimeExpression } from '../../dates/extractDates';
import type { IndexedArticle, PersonRecord } from '../../indexing/types';
import { LineStore } from './lineStore';
import { Lru } from './lru';

export interface ArticleRecord {
  article: Article;
  dates: TimeExpression[];
  people: PersonRecord[];
  /** The days the article reports, packed; kept with its metadata, in memory. */
  dayReports?: number[];
}

/** How many parsed articles from the snapshot are kept for the next answer. */
export const CACHED_ARTICLES = 2000;

export const metaOf = ({ id, title, outlet, authors, url, published }: Article): ArticleMeta => ({
  id,
  title,
  outlet,
  authors,
  url,
  published,
});

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
  private readonly numbers = new Map<string, number>();
  private readonly metas: (ArticleMeta | null)[] = [];
  private readonly cache = new Lru<number, ArticleRecord>(CACHED_ARTICLES);

  /** Articles 0..metas.length-1 are the lines of `lines`, in order. */
  constructor(
    private readonly lines: LineStore<ArticleRecord> = new LineStore(),
    metas: readonly ArticleMeta[] = [],
  ) {
    if (lines.count !== metas.length) {
      throw new Error(`snapshot: ${lines.count} article lines for ${metas.length} articles`);
    }
    for (const meta of metas) this.numbers.set(meta.id, this.metas.push(meta) - 1);
  }

  /** Adds an article; `line` is the record's JSON when it was made beforehand (by `recordLine`). */
  add(record: ArticleRecord, line?: string): number {
    this.remove(record.article.id);
    const meta = metaOf(record.article);
    const n = this.metas.push(record.dayReports ? { ...meta, dayReports: record.dayReports } : meta) - 1;
    this.numbers.set(record.article.id, n);
    this.lines.putLine(n, line ?? recordLine(record));
    return n;
  }

  /** Forgets an article; returns the number it had. */
  remove(id: string): number | undefined {
    const n = this.numbers.get(id);
    if (n === undefined) return undefined;
    this.numbers.delete(id);
    this.metas[n] = null;
    this.lines.delete(n);
    this.cache.delete(n);
    return n;
  }

  number(id: string): number | undefined {
    return this.numbers.get(id);
  }

  has(id: string): boolean {
    return this.numbers.has(id);
  }

  get size(): number {
    return this.numbers.size;
  }

  /** Article numbers given so far (those of removed articles included): every number is below it. */
  get numberCount(): number {
    return this.metas.length;
  }

  record(n: number): ArticleRecord | undefined {
    if (!this.metas[n]) return undefined;
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
    const n = this.numbers.get(id);
    if (n === undefined || !this.metas[n]) return undefined;
    const cached = this.cache.get(n);
    if (cached) return cached.article.text;
    const raw = this.lines.raw(n);
    return raw ? (textOfLine(raw.toString('utf8')) ?? this.record(n)?.article.text) : undefined;
  }

  byId(id: string): ArticleRecord | undefined {
    const n = this.numbers.get(id);
    return n === undefined ? undefined : this.record(n);
  }

  /** Every article's metadata, in number order. */
  allMetas(): ArticleMeta[] {
    return this.metas.filter((m): m is ArticleMeta => m !== null);
  }

  /** The numbers of the articles held, ascending: the order they are saved in. */
  liveNumbers(): number[] {
    const out: number[] = [];
    this.metas.forEach((m, n) => {
      if (m) out.push(n);
    });
    return out;
  }

  meta(n: number): ArticleMeta | undefined {
    return this.metas[n] ?? undefined;
  }

  close(): void {
    this.lines.closeSpill();
  }

  /** An article's record as one JSON line, as stored. */
  rawLine(n: number): Buffer {
    const raw = this.lines.raw(n);
    if (!raw) throw new Error(`article number ${n} is not stored`);
    return raw;
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
