/** An embedded archive holding the given articles, each indexed by the real pipeline. */
import type { Article } from '../../src/corpus/types';
import { indexArticle } from '../../src/indexing/indexArticle';
import { EmbeddedArchive } from '../../src/search/embeddedArchive';

export function archiveOf(...articles: Article[]): EmbeddedArchive {
  const archive = EmbeddedArchive.create();
  for (const article of articles) archive.putNow(indexArticle(article), `v-${article.id}`);
  return archive;
}
