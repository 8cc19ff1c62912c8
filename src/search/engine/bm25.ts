/**
 * BM25+ scoring of one posting, and the bounds pruning needs: a posting's score rises with its weighted frequency
 * and falls with its document's length only through its saturation, tf / (tf + k·(1 − b + b·length / average)),
 * which is below 1. A bound of a block's saturation bounds the score of every posting in it.
 */

export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/** A bound is used only when padded by this share: far above the rounding error of any sum of scores. */
export const SLACK = 1 + 1e-9;

/** One posting's score: shared by the exhaustive and the pruned passes, so all compute the same float. */
export function termScore(weight: number, idf: number, tf: number, length: number, average: number): number {
  const { k, b, d } = BM25;
  const norm = k * (1 - b + (b * length) / average);
  return weight * idf * (d + (tf * (k + 1)) / (tf + norm));
}

/** How near its limit a posting's frequency term is: tf / (tf + norm), in [0, 1). */
export function saturation(tf: number, length: number, average: number): number {
  const { k, b } = BM25;
  return tf / (tf + k * (1 - b + (b * length) / average));
}

/** An upper bound of the score of any posting whose saturation is at most `bound`, padded by SLACK. */
export function scoreBound(weight: number, idf: number, bound: number): number {
  const { k, d } = BM25;
  return weight * idf * (d + (k + 1) * bound) * SLACK;
}

/**
 * A saturation measured against one average length, as a bound against another: a longer average only lowers
 * every document's norm, by at most the ratio of the two (so the saturation rises by at most that ratio); a
 * shorter one only raises it.
 */
export const rescaledSaturation = (bound: number, measuredAt: number, average: number): number =>
  Math.min(1, bound * Math.max(1, average / measuredAt));
