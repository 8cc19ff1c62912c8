/**
 * ParagraphMatches (see archive.ts): a query's matching articles with their paragraphs, as columns. Made from one
 * object per article (a test's, a small engine's), read back per article, and narrowed to the articles a filter
 * keeps, without an object per article.
 */
import type { ArticleMeta } from '../corpus/types';
import type { ParagraphMatches } from './archive';

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
  return { metas: list.map((m) => m.meta), starts, paragraphs: Int32Array.from(paragraphs) };
}

/** Article i's paragraphs, as a list of its own. */
export const paragraphsAt = (m: ParagraphMatches, i: number): number[] => [
  ...m.paragraphs.subarray(m.starts[i], m.starts[i + 1]),
];

/** The articles `keep` lets through, in the same order, with their paragraphs. */
export function keepMatched(m: ParagraphMatches, keep: (meta: ArticleMeta) => boolean): ParagraphMatches {
  const metas: ArticleMeta[] = [];
  const starts: number[] = [];
  const paragraphs: number[] = [];
  m.metas.forEach((meta, i) => {
    if (!keep(meta)) return;
    metas.push(meta);
    starts.push(paragraphs.length);
    for (let k = m.starts[i] as number; k < (m.starts[i + 1] as number); k++)
      paragraphs.push(m.paragraphs[k] as number);
  });
  starts.push(paragraphs.length);
  return { metas, starts: Int32Array.from(starts), paragraphs: Int32Array.from(paragraphs) };
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
  return { metas: m.metas, starts, paragraphs: Int32Array.from(paragraphs) };
}
