/**
 * A query's kept hits grouped by article, in typed columns: the articles in the order of their best hit (the
 * highest score, ties by the lowest slot: where it would rank), each with its hits' paragraphs ascending and each
 * once. A timeline groups 10,000 hits over thousands of articles; an object per hit or per article was most of what
 * grouping cost.
 */

/** The hits to group, `count` of them: each one's article (by number), paragraph, score and slot. */
export interface HitRows {
  count: number;
  articles: Int32Array;
  paragraphs: Int32Array;
  scores: Float64Array;
  slots: Int32Array;
}

/** Article k is `articles[k]`; its paragraphs are `paragraphs[starts[k]]` up to `paragraphs[starts[k + 1]]`. */
export interface ArticleGroups {
  articles: Int32Array;
  starts: Int32Array;
  paragraphs: Int32Array;
}

/** Each row's group and each group's article, hit count and best hit, groups numbered as first met. */
interface Groups {
  count: number;
  ofRow: Int32Array;
  article: Int32Array;
  size: Int32Array;
  best: Float64Array;
  bestSlot: Int32Array;
}

function groupRows(rows: HitRows, articleNumbers: number): Groups {
  const entries = new Int32Array(articleNumbers).fill(-1);
  const n = rows.count;
  const g: Groups = {
    count: 0,
    ofRow: new Int32Array(n),
    article: new Int32Array(n),
    size: new Int32Array(n),
    best: new Float64Array(n),
    bestSlot: new Int32Array(n),
  };
  for (let r = 0; r < n; r++) {
    const article = rows.articles[r] as number;
    const score = rows.scores[r] as number;
    const slot = rows.slots[r] as number;
    let k = entries[article] as number;
    if (k < 0) {
      k = g.count++;
      entries[article] = k;
      g.article[k] = article;
      g.best[k] = score;
      g.bestSlot[k] = slot;
    } else if (score > (g.best[k] as number) || (score === g.best[k] && slot < (g.bestSlot[k] as number))) {
      g.best[k] = score;
      g.bestSlot[k] = slot;
    }
    g.size[k] = (g.size[k] as number) + 1;
    g.ofRow[r] = k;
  }
  return g;
}

/** The groups in the order of their best hit. */
function byBestHit(g: Groups): Int32Array {
  const order = Array.from({ length: g.count }, (_, k) => k);
  order.sort(
    (a, b) =>
      (g.best[b] as number) - (g.best[a] as number) || (g.bestSlot[a] as number) - (g.bestSlot[b] as number),
  );
  return Int32Array.from(order);
}

/** Runs longer than this are sorted by the typed array's sort; shorter ones (nearly all) by insertion. */
const INSERTION_RUN = 32;

/**
 * Sorts `a[from..to)` in place when it is not ascending already (an article's hits come in slot order, which is
 * its reading order), then writes its values once each from `into` (at most `from`) on; returns how many.
 */
function ascendingOnce(a: Int32Array, from: number, to: number, into: number): number {
  let sorted = true;
  for (let i = from + 1; i < to && sorted; i++) sorted = (a[i - 1] as number) <= (a[i] as number);
  if (!sorted && to - from > INSERTION_RUN) a.subarray(from, to).sort();
  else if (!sorted) {
    for (let i = from + 1; i < to; i++) {
      const v = a[i] as number;
      let j = i;
      for (; j > from && (a[j - 1] as number) > v; j--) a[j] = a[j - 1] as number;
      a[j] = v;
    }
  }
  let kept = 0;
  for (let i = from; i < to; i++)
    if (kept === 0 || a[i] !== a[into + kept - 1]) a[into + kept++] = a[i] as number;
  return kept;
}

export function groupByArticle(rows: HitRows, articleNumbers: number): ArticleGroups {
  const g = groupRows(rows, articleNumbers);
  const order = byBestHit(g);
  const place = new Int32Array(g.count);
  const cursor = new Int32Array(g.count + 1);
  order.forEach((k, at) => {
    place[k] = at;
    cursor[at + 1] = (cursor[at] as number) + (g.size[k] as number);
  });
  const scattered = new Int32Array(rows.count);
  const next = cursor.slice(0, g.count);
  for (let r = 0; r < rows.count; r++) {
    const at = place[g.ofRow[r] as number] as number;
    scattered[next[at] as number] = rows.paragraphs[r] as number;
    next[at] = (next[at] as number) + 1;
  }
  const starts = new Int32Array(g.count + 1);
  let end = 0;
  for (let at = 0; at < g.count; at++) {
    starts[at] = end;
    end += ascendingOnce(scattered, cursor[at] as number, cursor[at + 1] as number, end);
  }
  starts[g.count] = end;
  return { articles: order.map((k) => g.article[k] as number), starts, paragraphs: scattered.slice(0, end) };
}
