/**
 * Tokens of a stretch of article text for attribution: words, punctuation, and each quoted span as one opaque
 * token, all with offsets into the article text.
 */
import type { Span } from '../corpus/types';

export interface Token extends Span {
  text: string;
  kind: 'word' | 'punct' | 'quote';
  /** For quote tokens: the index of the quoted span. */
  quote: number | undefined;
  /** `lower(token)`, once asked. */
  lowered: string | undefined;
}

const WORD = /[\p{L}\p{N}$]+(?:[’'.&-][\p{L}\p{N}]+)*\.?|[,;:!?()—–]|\.(?!\.)|\.{3}|…/gu;
const KEEP_FINAL_DOT =
  /^(?:\p{L}\.)+$|^\p{Lu}\.$|^(?:mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|sgt|capt|adm|prof|rev|st|jr|sr|jan|feb|aug|sept|oct|nov|dec|no|inc|corp|co|ltd|vs|u\.s|d\.c)\.$|^[RDI]-\p{Lu}[\p{L}.]*\.$/iu;

/** Every token has the same fields, in the same order (one object shape for the engine's inline caches). */
const token = (text: string, start: number, kind: Token['kind'], quote?: number): Token => ({
  text,
  start,
  end: start + text.length,
  kind,
  quote,
  lowered: undefined,
});

const WORD_START = /^[\p{L}\p{N}$]/u;
const DOLLAR = 36;
const ASCII = 128;

/**
 * A match of WORD is a word when it starts with a letter, digit or "$" (the first alternative); the others
 * (punctuation, dots, an ellipsis) hold none of these.
 */
function isWordMatch(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c >= ASCII) return WORD_START.test(value);
  return c === DOLLAR || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function wordTokens(text: string, from: number, to: number, out: Token[]): void {
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    let value = m[0];
    const start = m.index;
    if (start + value.length > to) break;
    if (value.length > 1 && value.endsWith('.') && !KEEP_FINAL_DOT.test(value)) {
      value = value.slice(0, -1);
      out.push(token(value, start, 'word'));
      out.push(token('.', start + value.length, 'punct'));
      continue;
    }
    out.push(token(value, start, isWordMatch(value) ? 'word' : 'punct'));
  }
}

/** Tokens of text[span] with the given quoted spans (sorted, inside the span) as single tokens. */
export function tokenize(text: string, span: Span, quotes: readonly Span[]): Token[] {
  const out: Token[] = [];
  let at = span.start;
  quotes.forEach((q, i) => {
    if (q.end <= span.start || q.start >= span.end) return;
    wordTokens(text, at, Math.max(at, q.start), out);
    out.push(token(text.slice(q.start, q.end), q.start, 'quote', i));
    at = Math.max(at, q.end);
  });
  wordTokens(text, at, span.end, out);
  return out;
}

/** A token's text in lower case with straight apostrophes (computed once per token: rules ask often). */
export const lower = (t: Token | undefined): string => {
  if (!t) return '';
  if (t.lowered === undefined) {
    const folded = t.text.toLowerCase();
    t.lowered = folded.includes('’') ? folded.replace(/’/g, "'") : folded;
  }
  return t.lowered;
};

const CAPITAL_START = /^[\p{Lu}$]/u;

export const isCapitalized = (t: Token | undefined): boolean => {
  if (t === undefined || t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  return c < ASCII ? c === DOLLAR || (c >= 65 && c <= 90) : CAPITAL_START.test(t.text);
};
