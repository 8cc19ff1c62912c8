/**
 * Which newly indexed articles a watch alerts for: those whose passages name the topic, matched as timelines
 * match a topic (a name word for word and with its capitals, never a stem or plural of a common word: "Wells" is
 * not "well" nor "wells"; a lower-case phrase in any case, its last word singular or plural). Each alert quotes
 * the first passage that names it, verbatim.
 */
import type { ArchiveReader, Passage } from '../answers/archive';
import { type Citation, citationFor } from '../answers/citation';
import { topicMatcher, topicMentions, topicPhraseMode } from '../answers/timelineTopic';

export interface WatchHit {
  articleId: string;
  /** The first passage of the article that names the topic, verbatim, with its paragraph. */
  citation: Citation;
}

/** Passages read at most per watch and check: a few per new article is all an alert needs. */
export const WATCH_MATCH_LIMIT = 2_000;

/**
 * For a name, whether the passage gives it as written: the archive's phrase check compares words case-blind, so
 * "Wells" alone would also find "the wells were dry"; a name's capitals are kept here, as timelines keep them.
 */
function namesIt(topic: string): (text: string) => boolean {
  if (topicPhraseMode(topic) !== 'name') return () => true;
  const matcher = topicMatcher(topic);
  return (text) => topicMentions(text, matcher).length > 0;
}

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
  const byArticle = new Map<string, Passage[]>();
  for (const m of matches)
    if (within.has(m.meta.id)) byArticle.set(m.meta.id, [...(byArticle.get(m.meta.id) ?? []), m.passage]);
  const names = namesIt(topic);
  const hits: WatchHit[] = [];
  for (const id of ids) {
    const passages = byArticle.get(id)?.sort((a, b) => a.start - b.start);
    const article = passages && (await archive.article(id));
    const first = article && passages.find((p) => names(article.text.slice(p.start, p.end)));
    if (article && first)
      hits.push({ articleId: id, citation: citationFor(article, first.paragraph, first) });
  }
  return hits;
}
