/**
 * `whosaid`: who said a quote, and every article that carries it. The quote may be whole, partial or slightly
 * misremembered. One attribution per article; the answer's speaker is the one the articles name (named people
 * before unnamed sources); `conflict` is set when articles give the quote to different people. When nothing in
 * the archive matches, the answer is "not found" with the closest passages, never a guessed speaker.
 */

import type { Article } from '../corpus/types';
import type { Result } from '../errors';
import { surnameKey } from '../text/terms';
import type { ArchiveReader, StoredQuote } from './archive';
import { type Citation, citationFor } from './citation';
import { type MatchKind, matchKind } from './matchKind';
import { normaliseQuery, type QueryProblem } from './query';
import { isMatch, matchQuote, matchScore, matchWords } from './quoteMatch';
import type { SearchHit } from './search';

export interface Attribution {
  speaker: string | null;
  mention: string | null;
  role: string | null;
  quote: string;
  score: number;
  /** How the query's words compare with this article's. */
  match: MatchKind;
  /** Whether the speaker is a person or organisation the article names (not "a senior official"). */
  named: boolean;
  citation: Citation;
}

export interface WhoSaidAnswer {
  query: string;
  found: boolean;
  speaker: string | null;
  role: string | null;
  conflict: boolean;
  /** The match of the attribution the answer rests on; `differs` means the archive's words say something else. */
  match: MatchKind | null;
  /** Unnamed sources other articles give the same words to ("a senior official"), when a name is the answer. */
  alsoUnnamed: string[];
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

function attributionFor(article: Article, m: Scored, match: MatchKind): Attribution {
  const { quote, score } = m;
  return {
    speaker: quote.speaker,
    mention: quote.mention,
    role: quote.role,
    quote: quote.text,
    score,
    match,
    named: quote.named,
    citation: citationFor(article, quote.paragraph, passageFor(article, quote)),
  };
}

interface Scored {
  quote: StoredQuote;
  article: Article;
  score: number;
  /** The text the query matched best: the reported clause or one quoted piece of it. */
  text: string;
}

/** The texts a quote is matched on: the whole reported clause, and each quoted piece when it is not all of it. */
function quoteTexts(text: string, quote: StoredQuote): string[] {
  return [
    quote.text,
    ...(quote.quoted.length > 1 || quote.quoted[0]?.start !== quote.start
      ? quote.quoted.map((q) => text.slice(q.start, q.end))
      : []),
  ];
}

type TextMatch = { score: number; text: string } | null;

/** How well the query matches the best of a quote's texts. */
function scoreTexts(texts: readonly string[], words: string[]): TextMatch {
  let best: TextMatch = null;
  for (const candidate of texts) {
    const m = matchQuote(words, matchWords(candidate));
    if (isMatch(m, words.length) && matchScore(m) > (best?.score ?? -1))
      best = { score: matchScore(m), text: candidate };
  }
  return best;
}

/**
 * The query's matches, each quote's texts matched once per answer: the same quote printed in several articles
 * (a wire story, a speech quoted everywhere) is one match, not one per article.
 */
function textMatcher(words: string[]): (texts: string[]) => TextMatch {
  const known = new Map<string, TextMatch>();
  return (texts) => {
    const key = texts.join('\u0000');
    if (known.has(key)) return known.get(key) ?? null;
    const match = scoreTexts(texts, words);
    known.set(key, match);
    return match;
  };
}

/** The best-matching quote in each article that carries the query. */
async function bestPerArticle(archive: ArchiveReader, query: string): Promise<Scored[]> {
  const match = textMatcher(matchWords(query));
  const best = new Map<string, Scored>();
  for (const quote of await archive.searchQuotes(query, CANDIDATES)) {
    const article = await archive.article(quote.articleId);
    if (!article) continue;
    const scored = match(quoteTexts(article.text, quote));
    if (scored === null) continue;
    const { score } = scored;
    const current = best.get(quote.articleId);
    const better =
      !current || score > current.score || (score === current.score && quote.named && !current.quote.named);
    if (better) best.set(quote.articleId, { quote, article, ...scored });
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** How the query compares with each matched text, worked out once per text in an answer. */
function kindMatcher(query: string): (text: string) => MatchKind {
  const known = new Map<string, MatchKind>();
  return (text) => {
    let kind = known.get(text);
    if (!kind) {
      kind = matchKind(query, text);
      known.set(text, kind);
    }
    return { kind: kind.kind, differences: [...kind.differences] };
  };
}

/**
 * Who a named speaker is, for telling whether two articles agree: a person by surname, accents folded and a
 * suffix or possessive aside ("Peña" = "Pena", "Martin Luther King Jr." = "King").
 */
const identity = (speaker: string) =>
  surnameKey(speaker.replace(/(?:,?\s+(?:jr|sr|ii|iii|iv)\.?)+$/i, '').replace(/['’]s?$/, ''));

/** The same words: an exact or close match, not one whose words differ. */
const sameWords = (a: Attribution) => a.match.kind !== 'differs';

/**
 * Word for word the same quote given by one article to a named person and by another to an indefinite unnamed
 * source ("one intelligence source", "a senior official"): the articles disagree on who said it. A definite
 * description ("the official") is the article's way of referring back, not another source.
 */
function otherSource(trusted: Attribution[]): boolean {
  const exact = trusted.filter((a) => a.match.kind === 'exact' && a.speaker !== null);
  return (
    exact.some((a) => a.named) && exact.some((a) => !a.named && /^(?:a|an|one)\s/i.test(a.speaker as string))
  );
}

type Conclusion = Pick<WhoSaidAnswer, 'speaker' | 'role' | 'conflict' | 'match' | 'alsoUnnamed'>;

/**
 * The answer's speaker: the named person most articles with the same words give it to (else the first unnamed
 * source); `conflict` only when two of those articles name two different people; unnamed sources beside a
 * named answer are listed apart, never a disagreement.
 */
function conclude(attributions: Attribution[]): Conclusion {
  const trusted = attributions.filter(sameWords);
  const pool = trusted.length > 0 ? trusted : attributions;
  const named = pool.filter((a) => a.named && a.speaker !== null);
  const counts = new Map<string, number>();
  for (const a of named)
    counts.set(identity(a.speaker as string), (counts.get(identity(a.speaker as string)) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const chosen = top
    ? named.filter((a) => identity(a.speaker as string) === top)
    : pool.filter((a) => a.speaker !== null).slice(0, 1);
  const speaker = chosen.map((a) => a.speaker).sort((a, b) => (b?.length ?? 0) - (a?.length ?? 0))[0] ?? null;
  const role = chosen.map((a) => a.role).find((r) => r !== null) ?? null;
  const namedIds = new Set(
    trusted.filter((a) => a.named && a.speaker).map((a) => identity(a.speaker as string)),
  );
  const conflict = namedIds.size > 1 || (top !== undefined && otherSource(trusted));
  const alsoUnnamed = top
    ? [...new Set(trusted.filter((a) => !a.named && a.speaker !== null).map((a) => a.speaker as string))]
    : [];
  return { speaker, role, conflict, match: chosen[0]?.match ?? pool[0]?.match ?? null, alsoUnnamed };
}

export function createWhoSaid(deps: {
  archive: ArchiveReader;
  suggest: (query: string, limit: number) => Promise<SearchHit[]>;
}) {
  return async (rawQuery: string): Promise<WhoSaidResult> => {
    const query = normaliseQuery(rawQuery.replace(/^["“”'‘’«»\s]+|["“”'‘’«»\s]+$/g, ''));
    if (!query.ok) return query;
    const matches = await bestPerArticle(deps.archive, query.text);
    const kindOf = kindMatcher(query.text);
    const attributions = matches.map((m) => attributionFor(m.article, m, kindOf(m.text)));
    const found = attributions.some((a) => a.speaker !== null);
    const conclusion: Conclusion = found
      ? conclude(attributions)
      : { speaker: null, role: null, conflict: false, match: null, alsoUnnamed: [] };
    // The answer's own speaker first, then the others, each group best match first.
    attributions.sort(
      (a, b) => Number(b.speaker === conclusion.speaker) - Number(a.speaker === conclusion.speaker),
    );
    const suggestions = found ? [] : await deps.suggest(query.text, SUGGESTIONS);
    return { ok: true, answer: { query: query.text, found, ...conclusion, attributions, suggestions } };
  };
}

export type WhoSaid = ReturnType<typeof createWhoSaid>;
