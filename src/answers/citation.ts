/** A Citation (the contract's shape): where a verbatim passage was printed. */
import type { Article, Span } from '../corpus/types';

export interface Citation {
  articleId: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  /** 1-based paragraph number over the cleaned body. */
  paragraph: number;
  /** Verbatim article text, never rewritten. */
  passage: string;
  /** YYYY-MM-DD when the article was modified on a later day than published ("updated <date>"). */
  updated?: string;
  /** The article's correction notes, verbatim, shown with any answer that cites it. */
  corrections?: string[];
  /**
   * A timeline's citations only, and only where true: the passage was published before the date it reports (a day,
   * week, month or year), as what was still to come ("is due in court on Tuesday"), not as what happened.
   */
  planned?: true;
}

export function citationFor(article: Article, paragraph: number, span: Span): Citation {
  return {
    articleId: article.id,
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    url: article.url,
    paragraph,
    passage: article.text.slice(span.start, span.end),
    ...(article.updated && { updated: article.updated }),
    ...(article.corrections?.length && { corrections: article.corrections }),
  };
}
