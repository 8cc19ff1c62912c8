/**
 * `checkquotes`: every quotation in a draft, checked against the archive with who-said's matching. For each: the
 * verdict (exact, close with the differing words, differs with the words that change the meaning, or not found),
 * whether the speaker the draft names is the archive's, and the first article that printed the words.
 */

import { parseArticle } from '../corpus/parseArticle';
import type { Result } from '../errors';
import { extractQuotes } from '../quotes/extractQuotes';
import { surnameKey } from '../text/terms';
import type { Citation } from './citation';
import type { QueryProblem } from './query';
import type { WhoSaidAnswer, WhoSaidResult } from './whosaid';

export type Verdict = 'exact' | 'close' | 'differs' | 'not-found';

export interface CheckedQuote {
  /** The quoted words as the draft gives them (without the quotation marks). */
  text: string;
  verdict: Verdict;
  differences: string[];
  /** The person the draft gives the words to, or null. */
  draftSpeaker: string | null;
  /** The person the archive gives them to, or null. */
  speaker: string | null;
  /** Null when the draft names nobody or the archive has no speaker. */
  speakerMatches: boolean | null;
  /** The earliest article that carries the words (null when not found). */
  firstPrinted: Citation | null;
  citations: Citation[];
}

export interface CheckQuotesAnswer {
  quotes: CheckedQuote[];
}

/** Quotations shorter than this many words are labels or scare quotes, not quotes to check. */
export const MIN_CHECKED_WORDS = 3;

const DRAFT_FRONT = '---\ntitle: null\n---\n\n';
const MARKS = /^[\s"“”'‘’«»„‟]+|[\s"“”'‘’«»„‟,.;:]+$/g;
const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The quotations in a draft, each with the speaker the draft names (people only; descriptions are not names). */
export function draftQuotations(draft: string): { text: string; speaker: string | null }[] {
  // Front matter of its own, so that the draft's first line is read as text, not as its headline.
  const { article } = parseArticle({ id: 'draft', file: 'draft.txt', text: `${DRAFT_FRONT}${draft}` });
  const out: { text: string; speaker: string | null }[] = [];
  for (const q of extractQuotes(article)) {
    for (const piece of q.quoted) {
      const text = article.text.slice(piece.start, piece.end).replace(MARKS, '');
      if (wordCount(text) >= MIN_CHECKED_WORDS) out.push({ text, speaker: q.named ? q.speaker : null });
    }
  }
  return out;
}

/** How closely an article's words match: a match at least as close as the verdict carries the words. */
const STRENGTH: Record<Verdict, number> = { exact: 3, close: 2, differs: 1, 'not-found': 0 };

function earliest(citations: Citation[]): Citation | null {
  const dated = citations.filter((c) => c.published !== null);
  const sorted = [...dated].sort((a, b) => (a.published as string).localeCompare(b.published as string));
  return sorted[0] ?? citations[0] ?? null;
}

function verdictOf(answer: WhoSaidAnswer | null): Pick<CheckedQuote, 'verdict' | 'differences'> {
  const match = answer?.match ?? answer?.attributions[0]?.match;
  if (!match) return { verdict: 'not-found', differences: [] };
  return { verdict: match.kind, differences: match.differences };
}

/** Checks one quotation with who-said. */
export async function checkQuotation(
  whosaid: (query: string) => Promise<WhoSaidResult>,
  quotation: { text: string; speaker: string | null },
): Promise<CheckedQuote> {
  const result = await whosaid(quotation.text);
  const answer = result.ok ? result.answer : null;
  const { verdict, differences } = verdictOf(answer);
  const attributions = verdict === 'not-found' ? [] : (answer?.attributions ?? []);
  const citations = attributions.map((a) => a.citation);
  // First printed: the earliest article that carries the words at least as closely as the verdict says (a
  // word-for-word quote is first printed where it stands word for word, not where a looser match stands earlier).
  const carrying = attributions
    .filter((a) => STRENGTH[a.match.kind] >= STRENGTH[verdict])
    .map((a) => a.citation);
  const speaker = verdict === 'not-found' ? null : (answer?.speaker ?? null);
  const both = quotation.speaker !== null && speaker !== null;
  return {
    text: quotation.text,
    verdict,
    differences,
    draftSpeaker: quotation.speaker,
    speaker,
    speakerMatches: both ? surnameKey(quotation.speaker as string) === surnameKey(speaker as string) : null,
    firstPrinted: earliest(carrying.length > 0 ? carrying : citations),
    citations,
  };
}

export function createCheckQuotes(deps: { whosaid: (query: string) => Promise<WhoSaidResult> }) {
  return async (draft: string): Promise<Result<CheckQuotesAnswer, QueryProblem>> => {
    if (draft.trim() === '') return { ok: false, problem: 'empty' };
    const quotes: CheckedQuote[] = [];
    for (const q of draftQuotations(draft)) quotes.push(await checkQuotation(deps.whosaid, q));
    return { ok: true, answer: { quotes } };
  };
}

export type CheckQuotes = ReturnType<typeof createCheckQuotes>;
