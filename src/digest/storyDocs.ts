/**
 * What the grouping reads of an article (see cluster.ts): its index terms (the title counted with the body),
 * its names (capitalised words inside a sentence: people and places, counted as terms of their own so a shared
 * name is evidence beyond a shared word), runs of its quoted words and its publication day.
 */
import { matchWords } from '../answers/quoteMatch';
import type { Article } from '../corpus/types';
import { processTerm, tokenize } from '../text/terms';
import type { StoryDoc, TermStats } from './cluster';

/** Quoted words in a run this long, printed by two articles, are one quote reprinted. */
export const QUOTE_RUN_WORDS = 5;
/** Names are terms of their own, under this prefix. */
export const NAME_PREFIX = '@';

const CAPITALISED = /^\p{Lu}/u;

function addTerms(text: string, terms: Map<string, number>, names: boolean): void {
  const tokens = tokenize(text);
  tokens.forEach((token, i) => {
    const term = processTerm(token);
    if (term === null) return;
    terms.set(term, (terms.get(term) ?? 0) + 1);
    if (names && i > 0 && CAPITALISED.test(token) && !/^\p{Lu}+$/u.test(token)) {
      const name = NAME_PREFIX + term;
      terms.set(name, (terms.get(name) ?? 0) + 1);
    }
  });
}

/** The terms of an article: the title's, then each sentence's (names only inside a sentence, not its first word). */
export function articleTerms(article: Article): Map<string, number> {
  const terms = new Map<string, number>();
  addTerms(article.title ?? '', terms, false);
  for (const p of article.paragraphs)
    for (const s of p.sentences) addTerms(article.text.slice(s.start, s.end), terms, true);
  return terms;
}

/** Runs of QUOTE_RUN_WORDS quoted words. */
export function quoteRuns(quoted: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of quoted) {
    const words = matchWords(text);
    for (let i = 0; i + QUOTE_RUN_WORDS <= words.length; i++)
      out.add(words.slice(i, i + QUOTE_RUN_WORDS).join(' '));
  }
  return out;
}

const DAY_MS = 86_400_000;
export const dayNumber = (iso: string | null): number | null =>
  iso === null || Number.isNaN(Date.parse(iso)) ? null : Math.round(Date.parse(iso.slice(0, 10)) / DAY_MS);

export function storyDoc(article: Article, quoted: readonly string[], day: string | null): StoryDoc {
  return {
    terms: articleTerms(article),
    quoteRuns: quoteRuns(quoted),
    day: dayNumber(day),
    outlet: article.outlet?.trim().toLowerCase() || null,
  };
}

/** Term statistics from the documents themselves: in how many each term occurs. */
export function windowStats(docs: readonly StoryDoc[]): TermStats {
  const df = new Map<string, number>();
  for (const d of docs) for (const term of d.terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  return { documents: docs.length, frequency: (term) => df.get(term) ?? 0 };
}
