/**
 * The passage index: term postings over passages (their text, with the article's title and outlet words at a
 * boost), plus the articles themselves so a hit can become a citation. Articles are added and removed whole, so a
 * changed file re-indexes only its own passages.
 */
import type { Article } from '../corpus/types';
import { type Passage, passagesOf } from './passages';
import { Postings, type PostingsData } from './postings';
import { queryTerms, termWeights } from './terms';

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

/** The postings in slot order, and the articles in the order their passages were numbered. */
export interface PassageIndexData {
  postings: PostingsData;
  articles: Article[];
}

export class PassageIndex {
  private readonly articles = new Map<string, Article>();
  private readonly slots: (Passage | null)[] = [];
  private readonly articleSlots = new Map<string, number[]>();

  private constructor(private readonly postings: Postings) {}

  static create(): PassageIndex {
    return new PassageIndex(new Postings());
  }

  /** Reopens an exported index: each article's passages take the next slots, as they did when it was added. */
  static fromData(data: PassageIndexData): PassageIndex {
    const index = new PassageIndex(Postings.fromData(data.postings));
    for (const article of data.articles) index.remember(article);
    if (index.slots.length !== data.postings.lengths.length) {
      throw new Error(
        `passage index: ${index.slots.length} passages for ${data.postings.lengths.length} postings slots`,
      );
    }
    return index;
  }

  /** The live passages, renumbered densely; the articles ordered by their first passage (any without one last). */
  export(): PassageIndexData {
    const { data, order } = this.postings.export();
    const articles: Article[] = [];
    for (const slot of order) {
      const passage = this.slots[slot];
      const article = passage && this.articles.get(passage.articleId);
      if (article && articles.at(-1) !== article) articles.push(article);
    }
    for (const [id, slots] of this.articleSlots) {
      const article = this.articles.get(id);
      if (slots.length === 0 && article) articles.push(article);
    }
    return { postings: data, articles };
  }

  private remember(article: Article): Passage[] {
    const passages = passagesOf(article);
    this.articles.set(article.id, article);
    const slots = passages.map((p) => this.slots.push(p) - 1);
    this.articleSlots.set(article.id, slots);
    return passages;
  }

  add(article: Article): void {
    if (this.articles.has(article.id)) this.remove(article.id);
    const first = this.slots.length;
    const fields = termWeights(article.title ?? '', FIELD_BOOST.title);
    addWeights(fields, termWeights(article.outlet ?? '', FIELD_BOOST.outlet));
    this.remember(article).forEach((p, i) => {
      const text = termWeights(article.text.slice(p.start, p.end), FIELD_BOOST.text);
      let length = 0;
      for (const weight of text.values()) length += weight;
      addWeights(text, fields);
      this.postings.add(first + i, text, length);
    });
  }

  remove(articleId: string): void {
    for (const slot of this.articleSlots.get(articleId) ?? []) {
      this.postings.remove(slot);
      this.slots[slot] = null;
    }
    this.articleSlots.delete(articleId);
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
    return { articles: this.articles.size, passages: this.postings.size };
  }

  /**
   * The best passages for a query. Exact terms first; typo and prefix matching (which multiply the terms every
   * document is scored on) only when the exact terms do not fill the page: a misspelling still finds its passage.
   */
  search(query: string, params: SearchParams): PassageHit[] {
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    const base = {
      terms,
      limit: params.limit,
      minTerms: Math.max(1, Math.ceil(terms.length * MIN_TERM_COVERAGE)),
    };
    const exact = this.hits(this.postings.search({ ...base, fuzzy: false }));
    return exact.length >= params.limit ? exact : this.hits(this.postings.search({ ...base, fuzzy: true }));
  }

  private hits(scored: { slot: number; score: number }[]): PassageHit[] {
    const hits: PassageHit[] = [];
    for (const { slot, score } of scored) {
      const passage = this.slots[slot];
      const article = passage && this.articles.get(passage.articleId);
      if (passage && article) hits.push({ passage, article, score });
    }
    return hits;
  }
}

function addWeights(into: Map<string, number>, from: ReadonlyMap<string, number>): void {
  for (const [term, weight] of from) into.set(term, (into.get(term) ?? 0) + weight);
}
