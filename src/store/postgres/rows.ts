/**
 * What indexing made of an article, as rows: passages (with their text, for searching inside PostgreSQL),
 * quotes, dates and people, each numbered in the article's order; written with one statement for the four tables
 * (arrays as parameters) and read back for many articles at once. Stored as `json` (kept as written), so an
 * article read back is the article that was put.
 */
import type { Pool, PoolClient } from 'pg';
import type { Article } from '../../corpus/types';
import type { TimeExpression } from '../../dates/extractDates';
import type { IndexedArticle, Passage, PersonRecord } from '../../indexing/types';
import type { ExtractedQuote } from '../../quotes/extractQuotes';
import { run, statement } from './pool';

/**
 * Every row of an article in one statement (one round trip, one plan): each table's rows from arrays, an empty
 * array putting none. The rows must be gone first (see CLEAR_ROWS): the four inserts see the table as it was.
 */
const PUT_ROWS = statement(
  'rows_put',
  `WITH passages_put AS (
     INSERT INTO passages (article_id, n, id, paragraph, part, start_at, end_at, body)
     SELECT $1, * FROM unnest($2::int[], $3::text[], $4::int[], $5::int[], $6::int[], $7::int[], $8::text[])),
   quotes_put AS (
     INSERT INTO quotes (article_id, n, speaker, body, quote)
     SELECT $1, * FROM unnest($9::int[], $10::text[], $11::text[], $12::json[])),
   dates_put AS (
     INSERT INTO dates (article_id, n, value, expression) SELECT $1, * FROM unnest($13::int[], $14::text[], $15::json[]))
   INSERT INTO people (article_id, n, name, person) SELECT $1, * FROM unnest($16::int[], $17::text[], $18::json[])`,
);

/** Every row of an article gone, in one statement. */
export const CLEAR_ROWS = statement(
  'rows_clear',
  `WITH passages_gone AS (DELETE FROM passages WHERE article_id = $1),
     quotes_gone AS (DELETE FROM quotes WHERE article_id = $1),
     dates_gone AS (DELETE FROM dates WHERE article_id = $1)
   DELETE FROM people WHERE article_id = $1`,
);

const numbers = (list: unknown[]) => list.map((_, n) => n);
const json = (list: unknown[]) => list.map((item) => JSON.stringify(item));

/** Puts what indexing made of an article as rows, its old rows already cleared (CLEAR_ROWS). */
export async function putRows(tx: PoolClient, indexed: IndexedArticle): Promise<void> {
  const { article, passages, quotes, dates, people } = indexed;
  const col = <K extends keyof Passage>(k: K) => passages.map((p) => p[k]);
  const bodies = passages.map((p) => article.text.slice(p.start, p.end));
  await run(tx, PUT_ROWS, [
    article.id,
    ...[numbers(passages), col('id'), col('paragraph'), col('part'), col('start'), col('end'), bodies],
    ...[numbers(quotes), quotes.map((q) => q.speaker), quotes.map((q) => q.text), json(quotes)],
    ...[numbers(dates), dates.map((d) => d.value), json(dates)],
    ...[numbers(people), people.map((p) => p.name), json(people)],
  ]);
}

const READ_PASSAGES = statement(
  'passages_read',
  `SELECT article_id, id, paragraph, part, start_at, end_at FROM passages
   WHERE article_id = ANY($1) ORDER BY article_id, n`,
);
const READ_QUOTES = statement(
  'quotes_read',
  'SELECT article_id, quote AS item FROM quotes WHERE article_id = ANY($1) ORDER BY article_id, n',
);
const READ_DATES = statement(
  'dates_read',
  'SELECT article_id, expression AS item FROM dates WHERE article_id = ANY($1) ORDER BY article_id, n',
);
const READ_PEOPLE = statement(
  'people_read',
  'SELECT article_id, person AS item FROM people WHERE article_id = ANY($1) ORDER BY article_id, n',
);

interface PassageRow {
  article_id: string;
  id: string;
  paragraph: number;
  part: number;
  start_at: number;
  end_at: number;
}

function grouped<T>(rows: { article_id: string }[], make: (row: never) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.article_id) ?? [];
    list.push(make(row as never));
    out.set(row.article_id, list);
  }
  return out;
}

/** What indexing made of each of these stored articles, by id. */
export async function readIndexed(pool: Pool, articles: Article[]): Promise<Map<string, IndexedArticle>> {
  const ids = articles.map((a) => a.id);
  if (ids.length === 0) return new Map();
  const [p, q, d, pe] = await Promise.all([
    run<PassageRow>(pool, READ_PASSAGES, [ids]),
    run<{ article_id: string; item: ExtractedQuote }>(pool, READ_QUOTES, [ids]),
    run<{ article_id: string; item: TimeExpression }>(pool, READ_DATES, [ids]),
    run<{ article_id: string; item: PersonRecord }>(pool, READ_PEOPLE, [ids]),
  ]);
  const passages = grouped(p, (r: PassageRow) => ({
    id: r.id,
    articleId: r.article_id,
    paragraph: r.paragraph,
    part: r.part,
    start: r.start_at,
    end: r.end_at,
  }));
  const item = <T>(r: { item: T }) => r.item;
  const [quotes, dates, people] = [grouped(q, item), grouped(d, item), grouped(pe, item)];
  return new Map(
    articles.map(({ dayReports, ...article }) => [
      article.id,
      {
        article,
        ...(dayReports && { dayReports }),
        passages: passages.get(article.id) ?? [],
        dates: (dates.get(article.id) ?? []) as TimeExpression[],
        quotes: (quotes.get(article.id) ?? []) as ExtractedQuote[],
        people: (people.get(article.id) ?? []) as PersonRecord[],
      },
    ]),
  );
}
