/**
 * Splits an article body into its lines of text: one per paragraph as exported. Two exports are common: one
 * paragraph per line (with or without blank lines between), and prose hard-wrapped at a fixed width with blank
 * lines between paragraphs. A file whose lines are all short, with blank lines between paragraphs, is read as
 * hard-wrapped, and the lines of each
 * blank-line block are joined; otherwise each line stands alone, except that a line starting in lower case
 * continues the one before it. A line that ends with a comma and a closing quotation mark continues into the
 * next that says who said it, whatever lies between (see OPEN_QUOTE_END). Spans exclude surrounding white space.
 */
import type { Span } from './types';

/** A file whose longest line is at most this long is read as hard-wrapped prose. */
export const HARD_WRAP_WIDTH = 100;

function lineSpans(text: string, bodyStart: number): (Span | null)[] {
  const spans: (Span | null)[] = [];
  const lineRe = /[^\n]*(?:\n|$)/g;
  lineRe.lastIndex = bodyStart;
  for (let m = lineRe.exec(text); m !== null && m[0] !== ''; m = lineRe.exec(text)) {
    spans.push(trimSpan(text, m.index, m.index + m[0].length));
  }
  return spans;
}

/**
 * A line that ends with a comma and a closing quotation mark ("“His spirit is broken,”") ends no paragraph when
 * the next line goes on with who said it ("Prof Jonathan Scholtz said.", "said Hale, who …", "Nel retorts."), which
 * some exports set on a line of its own, or opens in lower case ("she replied."). Not when the next line is a
 * sentence of its own about something said ("Mayor Tom Reyes said the city would …" after a lyric), a quote or a
 * "Q:". In 13,000 articles of the Entities and Timeline17 news sets 951 paragraphs end so; the next one continues
 * 873 of them by these rules, and nearly all the rest with a verb of saying these leave out ("Trump fumes.").
 */
const OPEN_QUOTE_END = /,\s?[”"’]$/;
const ATTRIBUTION_VERBS =
  `said says told tells added adds asked asks explained explains wrote writes recalled recalls
  continued continues insisted insists warned warns replied replies conceded concedes concluded concludes retorted
  retorts urged urges declared declares stated states noted notes argued argues acknowledged admitted admits joked
  jokes laughed sighed taunted announced observed observes saying`.split(/\s+/);
/** Up to 20 words (a name and what it is), a verb of saying, and what follows it up to a comma or the end. */
const ATTRIBUTION = new RegExp(
  String.raw`^(?:[\p{L}\d'’.,()-]+\s+){0,20}?(?:${ATTRIBUTION_VERBS.join('|')})\b(?<after>[^.!?,;:“”"]*)`,
  'u',
);
/** A clause after the verb: what it says is reported speech of its own, not an attribution. */
const CLAUSE_AFTER = /\b(?:that|would|will|was|were|is|are|had|has|have|could|should|might|must|can)\b/;

/** Whether a block ending in a comma and a closing mark goes on in the line `next` (see OPEN_QUOTE_END). */
function continuesQuote(text: string, block: Span, next: Span): boolean {
  if (!OPEN_QUOTE_END.test(text.slice(Math.max(block.start, block.end - 3), block.end))) return false;
  if (/^\p{Ll}/u.test(text.charAt(next.start))) return true;
  const line = text.slice(next.start, next.end);
  if (/^[“"‘]|^[QA]:/.test(line)) return false;
  const after = ATTRIBUTION.exec(line)?.groups?.after;
  return after !== undefined && !CLAUSE_AFTER.test(after);
}

export function splitBlocks(text: string, bodyStart: number): Span[] {
  const lines = lineSpans(text, bodyStart);
  const hardWrapped = looksHardWrapped(lines);
  const blocks: Span[] = [];
  let current: Span | null = null;
  let blank = false;
  for (const span of lines) {
    if (span === null) {
      blank = true;
      continue;
    }
    const quoteGoesOn = current !== null && continuesQuote(text, current, span);
    const continues =
      current !== null &&
      (quoteGoesOn || (!blank && (hardWrapped || /^\p{Ll}/u.test(text.charAt(span.start)))));
    blank = false;
    if (continues && current !== null) {
      current.end = span.end;
    } else {
      current = { ...span };
      blocks.push(current);
    }
  }
  return blocks;
}

/** Short lines only, and blank lines between paragraphs (without them, one line per paragraph is the reading). */
function looksHardWrapped(lines: (Span | null)[]): boolean {
  const firstText = lines.findIndex((l) => l !== null);
  const hasBlankBetween = lines.some((l, i) => l === null && i > firstText && firstText >= 0);
  return hasBlankBetween && lines.every((l) => l === null || l.end - l.start <= HARD_WRAP_WIDTH);
}

function trimSpan(text: string, start: number, end: number): Span | null {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(text.charAt(a))) a++;
  while (b > a && /\s/.test(text.charAt(b - 1))) b--;
  return b > a ? { start: a, end: b } : null;
}
