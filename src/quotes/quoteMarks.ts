/**
 * Finds quoted spans in an article body: curly “…”, straight "…" (opening or closing told apart by what is on
 * either side), «…», „…“ and the doubled apostrophes ''…'' some papers use. A quote left open at the end of a
 * paragraph continues when the next paragraph opens with a quotation mark (the news convention for quotes that
 * run over several paragraphs), unless it opened inside parentheses that close; otherwise it ends with its
 * paragraph. Single quotation marks are left alone: in news text they are mostly apostrophes, nested quotes or
 * headline quotes.
 */
import type { Article, Span } from '../corpus/types';
import { closesBeforeAttribution, type MarkRole, roleOfAmbiguous } from './markShape';
import { looksRespaced, respacedQuotes } from './respacedQuotes';

export interface QuotedSpan extends Span {
  /** The paragraph (1-based) where the quote opens, and where it closes. */
  paragraph: number;
  lastParagraph: number;
  /** Its marks were paired as a machine's re-spacing (respacedQuotes.ts), not paragraph by paragraph. */
  respaced?: true;
}

type Family = 'curly' | 'straight' | 'doubled' | 'guillemet';
type Mark = { at: number; length: number; role: MarkRole; family: Family };

const MARK = /“|”|«|»|„|''|"/g;

/**
 * Curly marks say which side they are, unless the typist put the wrong one and the context says otherwise:
 * "“Apparently not,“ he said" closes with a left mark.
 */
function roleOfCurly(text: string, at: number, declared: 'open' | 'close'): MarkRole {
  const context = roleOfAmbiguous(text, at, 1);
  return context === 'either' ? declared : context;
}

const FAMILY: Record<string, Family> = {
  '“': 'curly',
  '„': 'curly',
  '”': 'curly',
  '«': 'guillemet',
  '»': 'guillemet',
  '"': 'straight',
  "''": 'doubled',
};

function roleOf(text: string, at: number, mark: string): MarkRole {
  if (mark === '“' || mark === '„') return roleOfCurly(text, at, 'open');
  if (mark === '”') return roleOfCurly(text, at, 'close');
  if (mark === '«') return 'open';
  if (mark === '»') return 'close';
  if (mark === '"' && closesBeforeAttribution(text, at)) return 'close';
  return roleOfAmbiguous(text, at, mark.length);
}

function marksIn(text: string, span: Span): Mark[] {
  const marks: Mark[] = [];
  MARK.lastIndex = span.start;
  for (let m = MARK.exec(text); m !== null && m.index < span.end; m = MARK.exec(text)) {
    const mark = m[0];
    marks.push({
      at: m.index,
      length: mark.length,
      role: roleOf(text, m.index, mark),
      family: FAMILY[mark] ?? 'straight',
    });
  }
  return marks;
}

interface Open {
  start: number;
  paragraph: number;
  family: Family;
  /** A quote of another style opened inside this one ("… “Equal Justice Under Law” …"). */
  nested: Family | null;
}

/** Inside a quote, marks of another style open and close a nested quote instead of ending the outer one. */
function nests(open: Open | null, mark: Mark): boolean {
  if (open === null || mark.family === open.family) return false;
  if (open.nested === mark.family) {
    if (mark.role !== 'open') open.nested = null;
    return true;
  }
  if (open.nested === null && mark.role === 'open') {
    open.nested = mark.family;
    return true;
  }
  return false;
}

/** Pairs marks paragraph by paragraph; returns the closed quotes and a quote still open at the end, if any. */
function scanParagraph(
  text: string,
  span: Span,
  n: number,
  carried: Open | null,
  out: QuotedSpan[],
): Open | null {
  let open = carried;
  for (const mark of marksIn(text, span)) {
    if (nests(open, mark)) continue;
    const opening = mark.role === 'open' || (mark.role === 'either' && open === null);
    if (
      open !== null &&
      carried !== null &&
      open === carried &&
      opening &&
      mark.at === firstNonSpace(text, span)
    ) {
      continue; // the opening mark of a continued multi-paragraph quote
    }
    if (opening) {
      if (open !== null) pushQuote(out, open, mark.at, n); // an unclosed quote ends where the next one opens
      open = { start: mark.at, paragraph: n, family: mark.family, nested: null };
    } else if (open !== null) {
      out.push({
        start: open.start,
        end: mark.at + mark.length,
        paragraph: open.paragraph,
        lastParagraph: n,
      });
      open = null;
    }
  }
  return open;
}

function firstNonSpace(text: string, span: Span): number {
  let i = span.start;
  while (i < span.end && /\s/.test(text.charAt(i))) i++;
  return i;
}

function pushQuote(out: QuotedSpan[], open: Open, end: number, lastParagraph: number): void {
  if (end > open.start + 1) out.push({ start: open.start, end, paragraph: open.paragraph, lastParagraph });
}

function opensWithQuote(text: string, span: Span): boolean {
  return /^\s*(?:“|«|„|''|")/.test(text.slice(span.start, span.start + 4));
}

export function findQuotedSpans(article: Pick<Article, 'text' | 'paragraphs'>): QuotedSpan[] {
  const { text, paragraphs } = article;
  const respaced = paragraphs.length > 0 && looksRespaced(text, paragraphs[0]?.start ?? 0);
  const spans = respaced ? respacedSpans(text, paragraphs) : scannedSpans(text, paragraphs);
  return spans.filter((q) => /[\p{L}\p{N}]/u.test(text.slice(q.start, q.end)));
}

/** The quotes of a text whose marks a machine re-spaced, as QuotedSpans (see respacedQuotes.ts). */
function respacedSpans(text: string, paragraphs: Article['paragraphs']): QuotedSpan[] {
  return respacedQuotes(text, paragraphs).map((q) => ({
    start: q.start,
    end: q.end,
    paragraph: paragraphs[q.first]?.n ?? 0,
    lastParagraph: paragraphs[q.last]?.n ?? 0,
    respaced: true as const,
  }));
}

/** The quotes of a typed text, paired paragraph by paragraph (see the module comment). */
function scannedSpans(text: string, paragraphs: Article['paragraphs']): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let open: Open | null = null;
  paragraphs.forEach((paragraph, i) => {
    open = scanParagraph(text, paragraph, paragraph.n, open, out);
    const aside = open === null ? null : asideEnd(text, paragraph, open.start);
    if (open !== null && aside !== null) {
      pushQuote(out, open, aside, paragraph.n);
      open = null;
    }
    const next = paragraphs[i + 1];
    if (open !== null && !(next && opensWithQuote(text, next))) {
      pushQuote(out, open, trimEnd(text, paragraph.end), paragraph.n);
      open = null;
    }
  });
  return out;
}

/**
 * "(The firm says it counts 500 more “family fortunes.')": a quote opened inside parentheses ends by the time
 * they close, whatever its closing mark looks like; it never runs on into the next paragraph. Returns where the
 * parenthesis closes, or null when the quote did not open inside one.
 */
function asideEnd(text: string, paragraph: Span, quoteStart: number): number | null {
  let depth = 0;
  for (let i = paragraph.start; i < quoteStart; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && depth > 0) depth--;
  }
  if (depth === 0) return null;
  for (let i = quoteStart; i < paragraph.end; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return null;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text.charAt(e - 1))) e--;
  return e;
}
