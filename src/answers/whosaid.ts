/**
 * `whosaid`: who said a quote, and every article that carries it. The quote may be whole, partial or slightly
 * misremembered. One attribution per article; the answer's speaker is the one the articles name (named people
 * before unnamed sources); `conflict` is set when articles give the quote to different people. When nothing in
 * the archive matches, the answer is "not found" with the closest passages, never a guessed speaker.
 */

import type { Article } from '../corpus/types';
import type { Result } from '../errors';
import type { ArchiveReader, StoredQuote } from './archive';
import { type Citation, citationFor } from './citation';
import { normaliseQuery, type QueryProblem } from './query';
import { isMatch, matchQuote, matchScore, matchWords } from './quoteMatch';
import type { SearchHit } from './search';

export interface Attribution {
  speaker: string | null;
  mention: string | null;
  role: string | null;
  quote: string;
  score: number;
  citation: Citation;
}

export interface WhoSaidAnswer {
  query: string;
  found: boolean;
  speaker: string | null;
  role: string | null;
  conflict: boolean;
  attributions: Attribution[];
  /** When not found: the closest passages, "did you mean". */
  suggestions: SearchHit[];
}

export type WhoSaidResult = Result<WhoSaidAnswer, QueryProblem>;

const CANDIDATES = 200;
const SUGGESTIONS = 3;

/**
 * The quote's sentences, verbatim, from the one naming the speaker when it is in the same paragraph: what a
 * citation shows.
 */
function passageFor(article: Article, quote: StoredQuote): { start: number; end: number } {
  const paragraph = article.paragraphs.find((p) => p.n === quote.paragraph);
  if (!paragraph) return quote;
  const mention = quote.mentionStart ?? quote.start;
  const from = mention >= paragraph.start && mention < quote.start ? mention : quote.start;
  const sentences = paragraph.sentences.filter((s) => s.end > from && s.start < quote.end);
  const first = sentences[0];
  const last = sentences[sentences.length - 1];
  return first && last ? { start: first.start, end: Math.max(last.end, quote.end) } : quote;
}

function attributionFor(article: Article, quote: StoredQuote, score: number): Attribution {
  return {
    speaker: quote.speaker,
    mention: quote.mention,
    role: quote.role,
    quote: quote.text,
    score,
    citation: citationFor(article, quote.paragraph, passageFor(article, quote)),
  };
}

interface Match {
  quote: StoredQuote;
  article: Article;
  score: number;
}

/** How well the query matches a quote: the whole reported clause, or any one quoted piece of it. */
function scoreQuote(text: string, words: string[], quote: StoredQuote): number | null {
  const texts = [
    quote.text,
    ...(quote.quoted.length > 1 || quote.quoted[0]?.start !== quote.start
      ? quote.quoted.map((q) => text.slice(q.start, q.end))
      : []),
  ];
  let best: number | null = null;
  for (const candidate of texts) {
    const m = matchQuote(words, matchWords(candidate));
    if (isMatch(m, words.length)) best = Math.max(best ?? 0, matchScore(m));
  }
  return best;
}

/** The best-matching quote in each article that carries the query. */
async function bestPerArticle(archive: ArchiveReader, query: string): Promise<Match[]> {
  const words = matchWords(query);
  const best = new Map<string, Match & { named: boolean }>();
  for (const quote of await archive.searchQuotes(query, CANDIDATES)) {
    const article = await archive.article(quote.articleId);
    if (!article) continue;
    const score = scoreQuote(article.text, words, quote);
    if (score === null) continue;
    const current = best.get(quote.articleId);
    const better =
      !current || score > current.score || (score === current.score && quote.named && !current.named);
    if (better) best.set(quote.articleId, { quote, article, score, named: quote.named });
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** Who a speaker is, for telling whether two articles agree: a person by surname; all unnamed sources alike. */
function identity(a: Attribution, named: boolean): string | null {
  if (a.speaker === null) return null;
  if (!named) return 'unnamed';
  return (a.speaker.split(/\s+/).pop() ?? a.speaker).toLowerCase();
}

function conclude(
  attributions: Attribution[],
  named: boolean[],
): Pick<WhoSaidAnswer, 'speaker' | 'role' | 'conflict'> {
  const ids = attributions.map((a, i) => identity(a, named[i] ?? false));
  const distinct = new Set(ids.filter((id): id is string => id !== null));
  const conflict = distinct.size > 1 && [...distinct].some((id) => id !== 'unnamed');
  const counts = new Map<string, number>();
  for (const id of ids) if (id !== null && id !== 'unnamed') counts.set(id, (counts.get(id) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const chosen = top
    ? attributions.filter((_, i) => ids[i] === top)
    : attributions.filter((a) => a.speaker !== null).slice(0, 1);
  const speaker = chosen.map((a) => a.speaker).sort((a, b) => (b?.length ?? 0) - (a?.length ?? 0))[0] ?? null;
  const role = chosen.map((a) => a.role).find((r) => r !== null) ?? null;
  return { speaker, role, conflict };
}

export function createWhoSaid(deps: {
  archive: ArchiveReader;
  suggest: (query: string, limit: number) => Promise<SearchHit[]>;
}) {
  return async (rawQuery: string): Promise<WhoSaidResult> => {
    const query = normaliseQuery(rawQuery.replace(/^["“”'‘’«»\s]+|["“”'‘’«»\s]+$/g, ''));
    if (!query.ok) return query;
    const matches = await bestPerArticle(deps.archive, query.text);
    const attributions = matches.map((m) => attributionFor(m.article, m.quote, m.score));
    const found = attributions.some((a) => a.speaker !== null);
    const conclusion = found
      ? conclude(
          attributions,
          matches.map((m) => m.quote.named),
        )
      : { speaker: null, role: null, conflict: false };
    // The answer's own speaker first, then the others, each group best match first.
    attributions.sort(
      (a, b) => Number(b.speaker === conclusion.speaker) - Number(a.speaker === conclusion.speaker),
    );
    const suggestions = found ? [] : await deps.suggest(query.text, SUGGESTIONS);
    return { ok: true, answer: { query: query.text, found, ...conclusion, attributions, suggestions } };
  };
}

export type WhoSaid = ReturnType<typeof createWhoSaid>;
