/**
 * The archive a process answers from: the embedded engine behind the port, held so that a newer engine (a
 * compacted copy read back from the snapshot, or a rebuild for a new index version) can be swapped in while
 * answers keep coming. Everything that reads or writes goes to the engine current at the time of the call.
 */
import type {
  Archive,
  ArchiveSize,
  ArticleVersion,
  DateWindow,
  ParagraphMatches,
  PassageHit,
  PassageMatch,
  PassageQuery,
  StoredQuote,
} from '../../answers/archive';
import type { Article, ArticleMeta } from '../../corpus/types';
import type { TimeExpression } from '../../dates/extractDates';
import type { IndexedArticle, PersonRecord } from '../../indexing/types';
import type { EmbeddedArchive } from '../embeddedArchive';

export class LiveArchive implements Archive {
  constructor(private engine: EmbeddedArchive) {}

  get current(): EmbeddedArchive {
    return this.engine;
  }

  swap(next: EmbeddedArchive): void {
    this.engine = next;
  }

  searchPassages(query: string, options: PassageQuery): Promise<PassageHit[]> {
    return this.engine.searchPassages(query, options);
  }

  matchPassages(query: string, options: PassageQuery): Promise<PassageMatch[]> {
    return this.engine.matchPassages(query, options);
  }

  matchParagraphs(query: string, options: PassageQuery): Promise<ParagraphMatches> {
    return this.engine.matchParagraphs(query, options);
  }

  searchQuotes(query: string, limit: number): Promise<StoredQuote[]> {
    return this.engine.searchQuotes(query, limit);
  }

  quotesOf(articleId: string): Promise<StoredQuote[]> {
    return this.engine.quotesOf(articleId);
  }

  article(articleId: string): Promise<Article | undefined> {
    return this.engine.article(articleId);
  }

  datesOf(articleId: string): Promise<TimeExpression[]> {
    return this.engine.datesOf(articleId);
  }

  peopleOf(articleId: string): Promise<PersonRecord[]> {
    return this.engine.peopleOf(articleId);
  }

  articleMetas(window?: DateWindow): Promise<ArticleMeta[]> {
    return this.engine.articleMetas(window);
  }

  size(): Promise<ArchiveSize> {
    return this.engine.size();
  }

  put(indexed: IndexedArticle, version: ArticleVersion): Promise<void> {
    return this.engine.put(indexed, version);
  }

  remove(articleId: string): Promise<void> {
    return this.engine.remove(articleId);
  }

  versions(): Promise<Map<string, ArticleVersion>> {
    return this.engine.versions();
  }
}
