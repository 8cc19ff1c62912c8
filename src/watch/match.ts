/**
 * Which newly indexed articles a watch alerts for: those whose passages name the topic, matched as timelines
 * match a topic (a name word for word, never a stem of a common word: "Wells" is not "well"; a lower-case phrase
 * with its last word singular or plural). Each alert quotes the first paragraph that names it, verbatim.
 */
import type { ArchiveReader } from '../answers/archive';
import { type Citation, citationFor } from '../answers/citation';
import { topicPhraseMode } from '../answers/timelineTopic';

export interface WatchHit {
  articleId: string;
  /** The first passage of the article that names the topic, verbatim, with its paragraph. */
  citation: Citation;
}

/** Passages read at most per watch and check: a few per new article is all an alert needs. */
export const WATCH_MATCH_LIMIT = 2_000;

/** The articles among `ids` that name `topic`, each with its first passage naming it; in the order of `ids`. */
export async function watchHits(
  archive: Pick<ArchiveReader, 'matchPassages' | 'article'>,
  topic: string,
  ids: readonly string[],
): Promise<WatchHit[]> {
  if (ids.length === 0) return [];
  const within = new Set(ids);
  const matches = await archive.matchPassages(topic, {
    limit: WATCH_MATCH_LIMIT,
    phrase: topicPhraseMode(topic),
    within,
  });
  const first = new Map<string, (typeof matches)[number]['passage']>();
  for (const m of matches) {
    if (!within.has(m.meta.id)) continue;
    const seen = first.get(m.meta.id);
    if (!seen || m.passage.start < seen.start) first.set(m.meta.id, m.passage);
  }
  const hits: WatchHit[] = [];
  for (const id of ids) {
    const passage = first.get(id);
    const article = passage && (await archive.article(id));
    if (passage && article)
      hits.push({ articleId: id, citation: citationFor(article, passage.paragraph, passage) });
  }
  return hits;
}
