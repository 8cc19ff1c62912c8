/**
 * Which newly indexed articles a watch alerts for: those with a paragraph that names the topic, matched as
 * timelines match a topic (`text/phrase.ts`, the archive's `phrase` option): a name word for word and with its
 * capitals, never a stem or plural of a common word ("Wells" is not "well" nor "the wells were dry"); a lower-case
 * phrase in any case, its last word singular or plural. Each alert quotes the first paragraph that names it,
 * verbatim (a paragraph longer than a passage: the sentence that names it).
 *
 * The new articles are read and checked one by one rather than asked of the index: the index's matches are the
 * best-scored over the whole archive, and a new article about a topic the archive is full of might not be among
 * them.
 */
import type { ArchiveReader } from '../answers/archive';
import { type Citation, citationFor } from '../answers/citation';
import { topicMatcher, topicMentions, topicPhraseMode } from '../answers/timelineTopic';
import type { Article, Span } from '../corpus/types';
import { MAX_PASSAGE_CHARS } from '../indexing/passages';
import { holdsPhrase, phraseOf } from '../text/phrase';

export interface WatchHit {
  articleId: string;
  /** The first paragraph of the article that names the topic (or its sentence that does), verbatim. */
  citation: Citation;
}

/** Whether a piece of text names the topic. */
export function namesTopic(topic: string): (text: string) => boolean {
  const phrase = phraseOf(topic, topicPhraseMode(topic));
  if (phrase.words.length === 0) return () => false;
  // The phrase check compares words case-blind; a name keeps its capitals here, as timelines keep them.
  const matcher = phrase.mode === 'name' ? topicMatcher(topic) : null;
  return (text) => holdsPhrase(text, phrase) && (!matcher || topicMentions(text, matcher).length > 0);
}

/** Where an article first names the topic, as a citation; null when it does not. */
export function firstNaming(article: Article, names: (text: string) => boolean): Citation | null {
  const text = (s: Span) => article.text.slice(s.start, s.end);
  for (const p of article.paragraphs) {
    if (!names(text(p))) continue;
    if (p.end - p.start <= MAX_PASSAGE_CHARS) return citationFor(article, p.n, p);
    const sentence = p.sentences.find((s) => names(text(s)));
    return citationFor(article, p.n, sentence ?? p);
  }
  return null;
}

/** The articles among `ids` that name `topic`, in the order of `ids`; `read` may share reads between watches. */
export async function watchHits(
  archive: Pick<ArchiveReader, 'article'>,
  topic: string,
  ids: readonly string[],
  read: (id: string) => Promise<Article | undefined> = (id) => archive.article(id),
): Promise<WatchHit[]> {
  const names = namesTopic(topic);
  const hits: WatchHit[] = [];
  for (const id of ids) {
    const article = await read(id);
    const citation = article ? firstNaming(article, names) : null;
    if (citation) hits.push({ articleId: id, citation });
  }
  return hits;
}
