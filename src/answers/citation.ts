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
  /** The day the article was last updated, when its source says (YYYY-MM-DD). */
  updated?: string;
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
  };
}
