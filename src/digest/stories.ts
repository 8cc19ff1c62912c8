/**
 * The one heavy step of a digest: grouping the window's articles into stories (every pair of articles compared,
 * see cluster.ts) and how central each article is to its story. A pure function of plain data, so it runs in a
 * worker thread (`storiesPool.ts`) and never holds the event loop.
 */
import type { Article } from '../corpus/types';
import { CLUSTER_SETTINGS, clusterStories, similarities } from './cluster';
import { storyDoc, windowStats } from './storyDocs';

/** What grouping reads of one article. */
export interface StoryInput {
  article: Article;
  /** The words its quotes print. */
  quoted: string[];
}

export interface StoryGroups {
  /** Groups of input indexes, each a story. */
  groups: number[][];
  /** For each group, each member's mean similarity to the others of its story. */
  centrality: number[][];
}

/** Each article's mean similarity to the others of its story: how central it is. */
function centralities(group: number[], sim: Float64Array[]): number[] {
  return group.map((i) => {
    if (group.length < 2) return 0;
    let total = 0;
    for (const j of group) if (j !== i) total += sim[i]?.[j] ?? 0;
    return total / (group.length - 1);
  });
}

export function groupStories(inputs: readonly StoryInput[]): StoryGroups {
  const docs = inputs.map(({ article, quoted }) => storyDoc(article, quoted, article.published));
  const stats = windowStats(docs);
  const sim = similarities(docs, stats, CLUSTER_SETTINGS);
  const groups = clusterStories(docs, stats, CLUSTER_SETTINGS, sim);
  return { groups, centrality: groups.map((group) => centralities(group, sim)) };
}
