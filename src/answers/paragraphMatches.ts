/**
 * ParagraphMatches (see archive.ts): a query's matching articles with their paragraphs and days, as columns. Made
 * from one object per article (a test's, a small engine's), read back per article, and narrowed to the articles a
 * filter keeps, without an object per article.
 */
import type { ArticleMeta } from '../corpus/types';
import { publishedDay } from '../indexing/dayReports';
import type { MatchedDays, ParagraphMatches } from './archive';

/**
 * The days columns of articles given one by one (metadata, a test's articles): each one's publication day and the
 * packed reports `reportsOf` gives for it.
 */
export function matchedDaysOf<T extends { published: string | null }>(
  list: readonly T[],
  reportsOf: (item: T) => readonly number[],
): MatchedDays {
  const reportStarts = new Int32Array(list.length + 1);
  list.forEach((item, i) => {
    reportStarts[i + 1] = (reportStarts[i] as number) + reportsOf(item).length;
  });
  return {
    published: Int32Array.from(list, (item) => publishedDay(item.published)),
    reportStarts,
    reports: Int32Array.from(list.flatMap(reportsOf)),
  };
}

/** The days columns of the articles `kept` lists (places in `days`, ascending or not), in that order. */
export function keptDays(days: MatchedDays, kept: readonly number[]): MatchedDays {
  const reportStarts = new Int32Array(kept.length + 1);
  kept.forEach((i, k) => {
    const own = (days.reportStarts[i + 1] as number) - (days.reportStarts[i] as number);
    reportStarts[k + 1] = (reportStarts[k] as number) + own;
  });
  const reports = new Int32Array(reportStarts[kept.length] as number);
  kept.forEach((i, k) => {
    reports.set(days.reports.subarray(days.reportStarts[i], days.reportStarts[i + 1]), reportStarts[k]);
  });
  return { published: Int32Array.from(kept, (i) => days.published[i] as number), reportStarts, reports };
}

/** The columns of articles given one by one, each article's paragraphs sorted and each kept once. */
export function paragraphMatchesOf(
  list: readonly { meta: ArticleMeta; paragraphs: readonly number[] }[],
): ParagraphMatches {
  const starts = new Int32Array(list.length + 1);
  const paragraphs: number[] = [];
  list.forEach(({ paragraphs: own }, i) => {
    starts[i] = paragraphs.length;
    for (const p of [...new Set(own)].sort((a, b) => a - b)) paragraphs.push(p);
  });
  starts[list.length] = paragraphs.length;
  const metas = list.map((m) => m.meta);
  return {
    metas,
    starts,
    paragraphs: Int32Array.from(paragraphs),
    days: matchedDaysOf(metas, (meta) => meta.dayReports ?? []),
  };
}

/** Article i's paragraphs, as a list of its own. */
export const paragraphsAt = (m: ParagraphMatches, i: number): number[] => [
  ...m.paragraphs.subarray(m.starts[i], m.starts[i + 1]),
];

/** The articles `keep` lets through, in the same order, with their paragraphs. */
export function keepMatched(m: ParagraphMatches, keep: (meta: ArticleMeta) => boolean): ParagraphMatches {
  const metas: ArticleMeta[] = [];
  const kept: number[] = [];
  const starts: number[] = [];
  const paragraphs: number[] = [];
  m.metas.forEach((meta, i) => {
    if (!keep(meta)) return;
    metas.push(meta);
    kept.push(i);
    starts.push(paragraphs.length);
    for (let k = m.starts[i] as number; k < (m.starts[i + 1] as number); k++)
      paragraphs.push(m.paragraphs[k] as number);
  });
  starts.push(paragraphs.length);
  return {
    metas,
    starts: Int32Array.from(starts),
    paragraphs: Int32Array.from(paragraphs),
    days: keptDays(m.days, kept),
  };
}

/** Merges two ascending runs, each value once, onto `out`. */
function mergeRuns(
  a: Int32Array,
  aFrom: number,
  aTo: number,
  b: Int32Array,
  bFrom: number,
  bTo: number,
  out: number[],
) {
  let i = aFrom;
  let j = bFrom;
  while (i < aTo || j < bTo) {
    const x = i < aTo ? (a[i] as number) : Number.POSITIVE_INFINITY;
    const y = j < bTo ? (b[j] as number) : Number.POSITIVE_INFINITY;
    const v = Math.min(x, y);
    if (x === v) i++;
    if (y === v) j++;
    out.push(v);
  }
}

/** `m`'s articles, in its order, each with `more`'s paragraphs of the same article added. */
export function withParagraphsOf(m: ParagraphMatches, more: ParagraphMatches): ParagraphMatches {
  const moreAt = new Map(more.metas.map((meta, k) => [meta.id, k]));
  const starts = new Int32Array(m.metas.length + 1);
  const paragraphs: number[] = [];
  m.metas.forEach((meta, i) => {
    starts[i] = paragraphs.length;
    const k = moreAt.get(meta.id);
    const [from, to] = k === undefined ? [0, 0] : [more.starts[k] as number, more.starts[k + 1] as number];
    mergeRuns(
      m.paragraphs,
      m.starts[i] as number,
      m.starts[i + 1] as number,
      more.paragraphs,
      from,
      to,
      paragraphs,
    );
  });
  starts[m.metas.length] = paragraphs.length;
  return { metas: m.metas, starts, paragraphs: Int32Array.from(paragraphs), days: m.days };
}
