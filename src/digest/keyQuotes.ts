/**
 * A story's key quotes: up to three, at most one per person, each a direct quote ("“…”", quoted words only)
 * from a named person, as the articles' extracted quotes store it. The speaker printed is the one `/whosaid`
 * gives for those words (one attribution path for both), so a digest never names someone else for a quote.
 * The people quoted most in the story come first.
 */
import { groupNames, notPersonRule, sameName, shownRole } from './names';

export const KEY_QUOTES = 3;
/** A key quote has at least this many words: shorter ones are labels and scare quotes. */
export const MIN_KEY_QUOTE_WORDS = 6;
/** Quotes longer than this many words are read after shorter ones: a digest quotes, it does not reprint. */
export const MAX_KEY_QUOTE_WORDS = 60;
/** How many candidates are checked against `/whosaid` for each quote wanted. */
const TRIES_PER_QUOTE = 4;

export interface QuoteCandidate {
  text: string;
  speaker: string | null;
  named: boolean;
  role: string | null;
  paragraph: number;
  /** The title of the article that prints it. */
  title: string | null;
}

export interface Attribution {
  speaker: string | null;
  role: string | null;
}

export interface KeyQuote<C extends QuoteCandidate> {
  candidate: C;
  speaker: string;
  role: string | null;
}

const DIRECT = /^\s*["“«„][\s\S]*["”»‟][\s,.;:!?)]*$/;
const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
const fold = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** A quote whose words are all in the title is the headline's fragment, not a quote from the story. */
export function isHeadlineFragment(text: string, title: string | null): boolean {
  if (!title) return false;
  const titleWords = new Set(words(title).map(fold));
  return words(text).every((w) => titleWords.has(fold(w)));
}

/** Why a candidate cannot be a key quote (a reason id), or null. */
export function notKeyQuoteReason(c: QuoteCandidate): string | null {
  if (!c.speaker || !c.named) return 'no-named-speaker';
  const person = notPersonRule(c.speaker);
  if (person) return person;
  if (!DIRECT.test(c.text)) return 'not-direct';
  if (words(c.text).length < MIN_KEY_QUOTE_WORDS) return 'too-short';
  if (isHeadlineFragment(c.text, c.title)) return 'headline-fragment';
  return null;
}

/** The candidates that may be key quotes, best first: people quoted most, quotes of a readable length, early. */
export function rankCandidates<C extends QuoteCandidate>(candidates: readonly C[]): C[] {
  const eligible = candidates.filter((c) => notKeyQuoteReason(c) === null);
  const person = groupNames(eligible.map((c) => c.speaker as string));
  const count = new Map<number, number>();
  for (const p of person) count.set(p, (count.get(p) ?? 0) + 1);
  const order = eligible.map((_, i) => i);
  const tooLong = (i: number) => Number(words((eligible[i] as C).text).length > MAX_KEY_QUOTE_WORDS);
  order.sort(
    (x, y) =>
      (count.get(person[y] as number) ?? 0) - (count.get(person[x] as number) ?? 0) ||
      tooLong(x) - tooLong(y) ||
      (eligible[x] as C).paragraph - (eligible[y] as C).paragraph ||
      x - y,
  );
  return order.map((i) => eligible[i] as C);
}

/**
 * Up to KEY_QUOTES quotes, one per person: each candidate's speaker is asked of `attribute` (what `/whosaid`
 * answers for the words), and kept only when that speaker is a named person not already quoted.
 */
export async function chooseKeyQuotes<C extends QuoteCandidate>(
  candidates: readonly C[],
  attribute: (text: string) => Promise<Attribution | null>,
  limit = KEY_QUOTES,
): Promise<KeyQuote<C>[]> {
  const chosen: KeyQuote<C>[] = [];
  const ranked = rankCandidates(candidates);
  const quoted = (name: string) => chosen.some((k) => sameName(k.speaker, name) || k.speaker === name);
  let tries = 0;
  for (const candidate of ranked) {
    if (chosen.length >= limit || tries >= limit * TRIES_PER_QUOTE) break;
    if (quoted(candidate.speaker as string)) continue;
    tries++;
    const answer = await attribute(candidate.text);
    const speaker = answer?.speaker ?? candidate.speaker;
    if (!speaker || notPersonRule(speaker) !== null || quoted(speaker)) continue;
    chosen.push({ candidate, speaker, role: shownRole(answer?.role ?? candidate.role) });
  }
  return chosen;
}
