/**
 * Grouping a window's articles into stories, over plain data. Two articles are compared by the weighted evidence
 * they share: TF-IDF cosine of their words (names counted again, so a shared person or place weighs more than a
 * shared common word), a bonus for a verbatim quote both print, all discounted by how far apart they were
 * published. Stories are merged by average linkage (the mean similarity over every pair of their articles), so one
 * article that resembles two stories cannot bridge them, as single-link union-find did.
 */

/** What the grouping knows of one article. */
export interface StoryDoc {
  /** Index terms with their counts (title, body and names). */
  terms: ReadonlyMap<string, number>;
  /** Runs of quoted words: two articles sharing one print the same quote. */
  quoteRuns: ReadonlySet<string>;
  /** Days since 1970-01-01 of its publication, or null when undated. */
  day: number | null;
  /** The outlet, lower case, or null. */
  outlet: string | null;
}

/** How common a term is in the archive: the inverse-document-frequency source. */
export interface TermStats {
  documents: number;
  frequency: (term: string) => number;
}

export interface ClusterSettings {
  /** Two stories merge while the mean similarity of their article pairs is at least this. */
  sameStory: number;
  /** Added to the similarity of two articles that print the same quoted words. */
  sharedQuote: number;
  /** The similarity halves for each this many days between two articles' publication. */
  halfLifeDays: number;
  /** Resemblance between two articles of one outlet counts this much: they share its house vocabulary. */
  sameOutlet: number;
}

/**
 * Principled defaults, not tuned to one dataset: a story is one event covered within a news cycle (a similarity
 * halves for every two days apart); a shared verbatim quote is strong but not sufficient evidence; a quarter of
 * the weighted vocabulary in common (cosine 0.2) is what articles on one event share beyond their topic; an
 * outlet covers an event once a day, and its own articles share its city, its police, its hospitals and its
 * templates, so their resemblance counts half.
 */
export const CLUSTER_SETTINGS: ClusterSettings = {
  sameStory: 0.2,
  sharedQuote: 0.15,
  halfLifeDays: 2,
  sameOutlet: 0.5,
};

/** Smoothed inverse document frequency (as scikit-learn's): never zero, highest for terms seen once. */
export const idf = (stats: TermStats, term: string): number =>
  Math.log((1 + stats.documents) / (1 + stats.frequency(term))) + 1;

/** Log-scaled TF-IDF vectors, unit length. */
export function tfidfVectors(docs: readonly StoryDoc[], stats: TermStats): Map<string, number>[] {
  return docs.map((d) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [term, count] of d.terms) {
      const w = (1 + Math.log(count)) * idf(stats, term);
      v.set(term, w);
      norm += w * w;
    }
    const length = Math.sqrt(norm) || 1;
    for (const [term, w] of v) v.set(term, w / length);
    return v;
  });
}

export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small) dot += w * (large.get(term) ?? 0);
  return dot;
}

/** Which pairs of documents share a verbatim quote run, found through the runs rather than by trying every pair. */
function sharedQuotePairs(docs: readonly StoryDoc[]): (i: number, j: number) => boolean {
  const n = docs.length;
  const shared = new Uint8Array(n * n);
  const holders = new Map<string, number[]>();
  docs.forEach((doc, i) => {
    for (const run of doc.quoteRuns) {
      const list = holders.get(run);
      if (!list) holders.set(run, [i]);
      else {
        for (const j of list) shared[j * n + i] = 1;
        list.push(i);
      }
    }
  });
  return (i, j) => shared[i * n + j] === 1;
}

/** How far apart two publication days are, as a factor: 1 the same day, 1/2 a half-life apart; 1 if undated. */
export function timeFactor(a: number | null, b: number | null, halfLifeDays: number): number {
  if (a === null || b === null) return 1;
  return 2 ** (-Math.abs(a - b) / halfLifeDays);
}

/**
 * The cosine of every pair of unit vectors, as a dense symmetric matrix, through an inverted index: each
 * document meets only the earlier documents that share a term with it.
 */
export function cosines(vectors: readonly ReadonlyMap<string, number>[]): Float64Array[] {
  const sim = vectors.map(() => new Float64Array(vectors.length));
  const postings = new Map<string, { docs: number[]; weights: number[] }>();
  vectors.forEach((vector, i) => {
    const row = sim[i] as Float64Array;
    for (const [term, w] of vector) {
      const list = postings.get(term) ?? { docs: [], weights: [] };
      if (list.docs.length === 0) postings.set(term, list);
      for (let k = 0; k < list.docs.length; k++) {
        const j = list.docs[k] as number;
        row[j] = (row[j] as number) + w * (list.weights[k] as number);
      }
      list.docs.push(i);
      list.weights.push(w);
    }
    for (let j = 0; j < i; j++) (sim[j] as Float64Array)[i] = row[j] as number;
  });
  return sim;
}

/** The similarity of every pair of documents, as a dense symmetric matrix. */
export function similarities(
  docs: readonly StoryDoc[],
  stats: TermStats,
  settings: ClusterSettings = CLUSTER_SETTINGS,
): Float64Array[] {
  const sim = cosines(tfidfVectors(docs, stats));
  const sharesQuote = sharedQuotePairs(docs);
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const a = docs[i] as StoryDoc;
      const b = docs[j] as StoryDoc;
      const quote = sharesQuote(i, j) ? settings.sharedQuote : 0;
      const outlet = a.outlet !== null && a.outlet === b.outlet ? settings.sameOutlet : 1;
      const s =
        (((sim[i] as Float64Array)[j] as number) + quote) *
        timeFactor(a.day, b.day, settings.halfLifeDays) *
        outlet;
      (sim[i] as Float64Array)[j] = s;
      (sim[j] as Float64Array)[i] = s;
    }
  }
  return sim;
}

/**
 * Average-linkage agglomerative clustering, stopped at a threshold, by the nearest-neighbour chain (Murtagh
 * 1983): O(n²). Average linkage is reducible, so a pair of mutual nearest neighbours below the threshold can
 * never merge with anything and both are retired. Returns groups of indexes, each sorted, in order of their first.
 */
export function averageLinkage(sim: readonly Float64Array[], threshold: number): number[][] {
  const n = sim.length;
  const sums = sim.map((row) => Float64Array.from(row));
  const members: number[][] = sim.map((_, i) => [i]);
  const active = new Set<number>(members.map((_, i) => i));
  const mean = (a: number, b: number) =>
    ((sums[a] as Float64Array)[b] as number) /
    ((members[a] as number[]).length * (members[b] as number[]).length);
  const chain: number[] = [];
  while (active.size > 1) {
    if (chain.length === 0) chain.push(active.values().next().value as number);
    const a = chain[chain.length - 1] as number;
    const previous = chain[chain.length - 2];
    let best = previous ?? -1;
    let bestSim = previous === undefined ? -Infinity : mean(a, previous);
    for (const x of active) {
      if (x === a) continue;
      const s = mean(a, x);
      if (s > bestSim) [best, bestSim] = [x, s];
    }
    if (best !== previous) {
      chain.push(best);
      continue;
    }
    chain.length -= 2;
    if (bestSim >= threshold) merge(a, best, sums, members, active, n);
    else {
      active.delete(a);
      active.delete(best);
    }
  }
  return members
    .filter((m) => m.length > 0)
    .map((m) => m.sort((x, y) => x - y))
    .sort((x, y) => (x[0] as number) - (y[0] as number));
}

/** Folds cluster b into a: a's pair sums with every other cluster become the sums over both. */
function merge(
  a: number,
  b: number,
  sums: Float64Array[],
  members: number[][],
  active: Set<number>,
  n: number,
) {
  const sa = sums[a] as Float64Array;
  const sb = sums[b] as Float64Array;
  for (let x = 0; x < n; x++) {
    sa[x] = (sa[x] as number) + (sb[x] as number);
    (sums[x] as Float64Array)[a] = sa[x] as number;
  }
  (members[a] as number[]).push(...(members[b] as number[]));
  members[b] = [];
  active.delete(b);
}

/** The stories of a window: groups of document indexes. */
export function clusterStories(
  docs: readonly StoryDoc[],
  stats: TermStats,
  settings: ClusterSettings = CLUSTER_SETTINGS,
  sim: readonly Float64Array[] = similarities(docs, stats, settings),
): number[][] {
  return averageLinkage(sim, settings.sameStory);
}
