/**
 * The passage index: MiniSearch over passages (text, with the article's title and outlet as boosted fields), plus
 * the articles themselves so a hit can become a citation. Articles are added and removed whole, so a changed file
 * re-indexes only its own passages.
 */
import MiniSearch, { type AsPlainObject, type Options, type SearchOptions } from 'minisearch';
import type { Article } from '../corpus/types';
import { type Passage, passagesOf } from './passages';
import { processTerm, queryTerms, tokenize } from './terms';

interface PassageDoc {
  id: string;
  text: string;
  title: string;
  outlet: string;
}

export interface PassageHit {
  passage: Passage;
  article: Article;
  score: number;
}

export interface SearchParams {
  limit: number;
}

/** A hit must match at least this share of the query's distinct terms. */
export const MIN_TERM_COVERAGE = 0.5;
export const FIELD_BOOST = { text: 1, title: 1.5, outlet: 1.2 } as const;

const SEARCH_OPTIONS: SearchOptions = {
  boost: FIELD_BOOST,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 4,
  maxFuzzy: 2,
};

const EXACT: SearchOptions = { fuzzy: false, prefix: false };

const MINISEARCH_OPTIONS: Options<PassageDoc> = {
  idField: 'id',
  fields: ['text', 'title', 'outlet'],
  storeFields: [],
  tokenize: (text) => tokenize(text),
  processTerm: (term) => processTerm(term),
  searchOptions: SEARCH_OPTIONS,
  autoVacuum: true,
};

export interface PassageIndexJSON {
  miniSearch: unknown;
  articles: Article[];
}

export class PassageIndex {
  private readonly articles = new Map<string, Article>();
  private readonly passages = new Map<string, Passage>();
  private readonly passageIds = new Map<string, string[]>();

  private constructor(private readonly miniSearch: MiniSearch<PassageDoc>) {}

  static create(): PassageIndex {
    return new PassageIndex(new MiniSearch(MINISEARCH_OPTIONS));
  }

  static fromJSON(json: PassageIndexJSON): PassageIndex {
    const miniSearch = MiniSearch.loadJS<PassageDoc>(json.miniSearch as AsPlainObject, MINISEARCH_OPTIONS);
    const index = new PassageIndex(miniSearch);
    for (const article of json.articles) index.remember(article);
    return index;
  }

  toJSON(): PassageIndexJSON {
    return { miniSearch: this.miniSearch.toJSON(), articles: [...this.articles.values()] };
  }

  private remember(article: Article): Passage[] {
    const passages = passagesOf(article);
    this.articles.set(article.id, article);
    this.passageIds.set(
      article.id,
      passages.map((p) => p.id),
    );
    for (const p of passages) this.passages.set(p.id, p);
    return passages;
  }

  add(article: Article): void {
    if (this.articles.has(article.id)) this.remove(article.id);
    const docs = this.remember(article).map((p) => ({
      id: p.id,
      text: article.text.slice(p.start, p.end),
      title: article.title ?? '',
      outlet: article.outlet ?? '',
    }));
    this.miniSearch.addAll(docs);
  }

  remove(articleId: string): void {
    for (const id of this.passageIds.get(articleId) ?? []) {
      this.miniSearch.discard(id);
      this.passages.delete(id);
    }
    this.passageIds.delete(articleId);
    this.articles.delete(articleId);
  }

  has(articleId: string): boolean {
    return this.articles.has(articleId);
  }

  article(articleId: string): Article | undefined {
    return this.articles.get(articleId);
  }

  allArticles(): Article[] {
    return [...this.articles.values()];
  }

  get size(): { articles: number; passages: number } {
    return { articles: this.articles.size, passages: this.passages.size };
  }

  /**
   * The best passages for a query. Exact terms first; fuzzy and prefix matching (which multiply the terms every
   * document is scored on) only when the exact terms do not fill the page: a misspelling still finds its passage.
   */
  search(query: string, params: SearchParams): PassageHit[] {
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    const exact = this.hits(query, terms.length, params.limit, EXACT);
    return exact.length >= params.limit ? exact : this.hits(query, terms.length, params.limit, {});
  }

  private hits(query: string, termCount: number, limit: number, options: SearchOptions): PassageHit[] {
    const needed = Math.max(1, Math.ceil(termCount * MIN_TERM_COVERAGE));
    const hits: PassageHit[] = [];
    for (const result of this.miniSearch.search(query, options)) {
      if (new Set(result.queryTerms).size < needed) continue;
      const passage = this.passages.get(String(result.id));
      const article = passage && this.articles.get(passage.articleId);
      if (!passage || !article) continue;
      hits.push({ passage, article, score: result.score });
      if (hits.length >= limit) break;
    }
    return hits;
  }
}
