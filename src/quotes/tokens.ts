/**
 * Tokens of a stretch of article text for attribution: words, punctuation, and each quoted span as one opaque
 * token, all with offsets into the article text.
 */
import type { Span } from '../corpus/types';

export interface Token extends Span {
  text: string;
  kind: 'word' | 'punct' | 'quote';
  /** For quote tokens: the index of the quoted span. */
  quote?: number;
  /** `lower(token)`, once asked. */
  lowered?: string;
}

const WORD = /[\p{L}\p{N}$]+(?:[’'.&-][\p{L}\p{N}]+)*\.?|[,;:!?()—–]|\.(?!\.)|\.{3}|…/gu;
const KEEP_FINAL_DOT =
  /^(?:\p{L}\.)+$|^\p{Lu}\.$|^(?:mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|sgt|capt|adm|prof|rev|st|jr|sr|jan|feb|aug|sept|oct|nov|dec|no|inc|corp|co|ltd|vs|u\.s|d\.c)\.$|^[RDI]-\p{Lu}[\p{L}.]*\.$/iu;

function wordTokens(text: string, from: number, to: number, out: Token[]): void {
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    let value = m[0];
    const start = m.index;
    if (start + value.length > to) break;
    if (value.length > 1 && value.endsWith('.') && !KEEP_FINAL_DOT.test(value)) {
      value = value.slice(0, -1);
      out.push({ text: value, start, end: start + value.length, kind: 'word' });
      out.push({ text: '.', start: start + value.length, end: start + value.length + 1, kind: 'punct' });
      continue;
    }
    const kind = /[\p{L}\p{N}$]/u.test(value) ? 'word' : 'punct';
    out.push({ text: value, start, end: start + value.length, kind });
  }
}

/** Tokens of text[span] with the given quoted spans (sorted, inside the span) as single tokens. */
export function tokenize(text: string, span: Span, quotes: readonly Span[]): Token[] {
  const out: Token[] = [];
  let at = span.start;
  quotes.forEach((q, i) => {
    if (q.end <= span.start || q.start >= span.end) return;
    wordTokens(text, at, Math.max(at, q.start), out);
    out.push({ text: text.slice(q.start, q.end), start: q.start, end: q.end, kind: 'quote', quote: i });
    at = Math.max(at, q.end);
  });
  wordTokens(text, at, span.end, out);
  return out;
}

/** A token's text in lower case with straight apostrophes (computed once per token: rules ask often). */
export const lower = (t: Token | undefined): string => {
  if (!t) return '';
  t.lowered ??= t.text.toLowerCase().replace(/’/g, "'");
  return t.lowered;
};
export const isCapitalized = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'word' && /^[\p{Lu}$]/u.test(t.text);
