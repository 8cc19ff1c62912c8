/**
 * Splits an article body into its lines of text: one per paragraph as exported (a line, or a blank-line block).
 * A line that starts in lower case continues the line before it (hard-wrapped prose), so wrapped paragraphs stay
 * whole. Spans exclude surrounding white space.
 */
import type { Span } from './types';

export function splitBlocks(text: string, bodyStart: number): Span[] {
  const blocks: Span[] = [];
  let current: Span | null = null;
  const lineRe = /[^\n]*(?:\n|$)/g;
  lineRe.lastIndex = bodyStart;
  for (let m = lineRe.exec(text); m !== null && m[0] !== ''; m = lineRe.exec(text)) {
    const span = trimSpan(text, m.index, m.index + m[0].length);
    if (span === null) {
      current = null;
      continue;
    }
    const wraps = current !== null && /^[\p{Ll}]/u.test(text.charAt(span.start));
    if (wraps && current !== null) {
      current.end = span.end;
    } else {
      current = span;
      blocks.push(current);
    }
  }
  return blocks;
}

function trimSpan(text: string, start: number, end: number): Span | null {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(text.charAt(a))) a++;
  while (b > a && /\s/.test(text.charAt(b - 1))) b--;
  return b > a ? { start: a, end: b } : null;
}
