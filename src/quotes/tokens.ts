/**
 * Tokens of a stretch of article text for attribution: words, punctuation, and each quoted span as one opaque
 * token, all with offsets into the article text.
 */
import type { Span } from '../corpus/types';
import { isShortTitle, PLURAL_SHORT_TITLES, runOnDot, STATE_ABBREVIATIONS } from '../text/abbreviations';
import { firstAtOrAfter } from '../text/sorted';

export interface Token extends Span {
  text: string;
  kind: 'word' | 'punct' | 'quote';
  /** For quote tokens: the index of the quoted span. */
  quote: number | undefined;
  /** `lower(token)`, once asked. */
  lowered: string | undefined;
}

const WORD = /[\p{L}\p{N}$]+(?:[’'.&-][\p{L}\p{N}]+)*\.?|[,;:!?()—–]|-{2,}|―|(?<= )-(?= )|\.(?!\.)|\.{3}|…/gu;
/** Initials and initialisms ("J.", "U.S."), party-state tags ("R-Fla."): their final dot is theirs. */
const DOTTED_SHAPE = /^(?:\p{L}\.)+$|^\p{Lu}\.$|^[RDI]-\p{Lu}[\p{L}.]*\.$/iu;
/** Short forms whose dot is theirs besides the titles: months before a day, "No.", company suffixes, "vs.", "Del.". */
const OTHER_SHORT_FORMS = 'jan feb aug sept oct nov dec no inc corp co ltd vs del'.split(' ');
const SHORT_FORMS: ReadonlySet<string> = new Set([...PLURAL_SHORT_TITLES, ...OTHER_SHORT_FORMS]);

/** Whether a word that ends in a dot keeps it: an initial, an initialism or a known short form ("Brig.", "Sept."). */
const keepsFinalDot = (value: string): boolean =>
  DOTTED_SHAPE.test(value) ||
  SHORT_FORMS.has(value.slice(0, -1).toLowerCase()) ||
  isShortTitle(value.slice(0, -1));

/** Every token has the same fields, in the same order (one object shape for the engine's inline caches). */
const token = (
  text: string,
  start: number,
  kind: Token['kind'],
  quote?: number,
  end = start + text.length,
): Token => ({
  text,
  start,
  end,
  kind,
  quote,
  lowered: undefined,
});

const WORD_START = /^[\p{L}\p{N}$]/u;
const DOLLAR = 36;
const HYPHEN = 45;
const COMMA = 44;
const ASCII = 128;

/** "of Ashton, Md., who": a state's short form before a comma keeps its dot (a sentence never ends ".,"). */
const stateBeforeComma = (text: string, start: number, value: string): boolean =>
  text.charCodeAt(start + value.length) === COMMA && STATE_ABBREVIATIONS.has(value.toLowerCase());

/**
 * A match of WORD is a word when it starts with a letter, digit or "$" (the first alternative); the others
 * (punctuation, dots, an ellipsis) hold none of these.
 */
function isWordMatch(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c >= ASCII) return WORD_START.test(value);
  return c === DOLLAR || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * A dateline before a lone hyphen: the line opens with a place in capitals ("CLEVELAND", "LOS ANGELES", "SAN JUAN,
 * P.R.") and nothing else; what follows opens with a capital and a small letter ("Donald"), not "CIO" or "UN" of
 * "AFL - CIO", "KIM JONG - UN".
 */
const DATELINE = /^\p{Lu}{2}[\p{Lu}\s.,'’]{1,38}$/u;
const AFTER_DATELINE = /^ \p{Lu}\p{Ll}/u;

/** Whether a lone hyphen at `start` ends a dateline (read from the text alone, whatever span is tokenized). */
function afterDateline(text: string, start: number): boolean {
  const line = text.lastIndexOf('\n', start - 1) + 1;
  return (
    start - line <= 40 &&
    DATELINE.test(text.slice(line, start)) &&
    AFTER_DATELINE.test(text.slice(start + 1, start + 4))
  );
}

function wordTokens(text: string, from: number, to: number, out: Token[]): void {
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    let value = m[0];
    const start = m.index;
    if (start + value.length > to) break;
    // "said Dorel Clayton.Clayton is with": two sentences a scraper ran together, not one word.
    const dot = value.length > 4 && value.includes('.') ? runOnDot(value) : -1;
    if (dot > 0) {
      out.push(token(value.slice(0, dot), start, 'word'));
      out.push(token('.', start + dot, 'punct'));
      WORD.lastIndex = start + dot + 1;
      continue;
    }
    if (
      value.length > 1 &&
      value.endsWith('.') &&
      !keepsFinalDot(value) &&
      !stateBeforeComma(text, start, value)
    ) {
      value = value.slice(0, -1);
      out.push(token(value, start, 'word'));
      out.push(token('.', start + value.length, 'punct'));
      continue;
    }
    // "Whit Ayres -- author of …": a dash typed as two hyphens is a dash ("—", its span the hyphens), and so is
    // a horizontal bar ("PHILADELPHIA ― Felicia Sanders").
    if ((value.length > 1 && value.charCodeAt(0) === HYPHEN) || value === '―')
      out.push(token('—', start, 'punct', undefined, start + value.length));
    // "CLEVELAND - Donald Trump painted …": a lone hyphen after a dateline's place is a dash; elsewhere it is
    // skipped, as text that spaces its hyphens ("Strauss - Kahn", "Anti - Doping") joins the words around it.
    else if (value === '-') {
      if (afterDateline(text, start)) out.push(token('—', start, 'punct'));
    } else out.push(token(value, start, isWordMatch(value) ? 'word' : 'punct'));
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

/**
 * The tokens of stretches of a text read in order (sentences, or runs of them), taken from the tokens of the
 * paragraph that holds each one when that gives exactly what `tokenize` gives: the stretch lies inside the
 * paragraph, no token crosses its start (a word is then matched from the same place), and no quoted span
 * crosses its end. A stretch that runs over paragraphs is tokenized again.
 */
export class StretchTokens {
  private paragraph = 0;
  /** Whether each paragraph's tokens follow one another without overlapping (quoted spans that overlap do not). */
  private readonly ordered: (boolean | undefined)[] = [];

  constructor(
    private readonly text: string,
    private readonly paragraphs: readonly Span[],
    /** Each paragraph's tokens, as `tokenize(text, paragraph, quotes)` gives them. */
    private readonly tokens: readonly (readonly Token[])[],
    private readonly quotes: readonly Span[],
  ) {}

  of(stretch: Span): Token[] {
    while (
      this.paragraph < this.paragraphs.length &&
      (this.paragraphs[this.paragraph] as Span).end < stretch.end
    )
      this.paragraph++;
    const p = this.paragraphs[this.paragraph];
    const tokens = this.tokens[this.paragraph];
    const inside =
      p !== undefined && tokens !== undefined && p.start <= stretch.start && stretch.end <= p.end;
    if (inside && this.ordered[this.paragraph] === undefined) this.ordered[this.paragraph] = inOrder(tokens);
    const usable = inside && this.ordered[this.paragraph] === true;
    return (usable && tokensWithin(tokens, stretch)) || tokenize(this.text, stretch, this.quotes);
  }
}

const inOrder = (tokens: readonly Token[]) =>
  tokens.every((t, i) => i === 0 || t.start >= (tokens[i - 1] as Token).end);

/**
 * A word's final dot split off (see wordTokens): one match of WORD made the two tokens, so a stretch that starts
 * or ends between them is tokenized otherwise ("more" is not a match of "more." cut short).
 */
function splitDot(tokens: readonly Token[], i: number): boolean {
  const dot = tokens[i];
  const word = tokens[i - 1];
  return dot?.text === '.' && dot.kind === 'punct' && word?.kind === 'word' && word.end === dot.start;
}

/**
 * The tokens inside a stretch, or null when that may not be what tokenize gives: a token crosses its start, a
 * quoted span its end, or it starts or ends at a split final dot.
 */
function tokensWithin(tokens: readonly Token[], stretch: Span): Token[] | null {
  const from = firstAtOrAfter(tokens, (t) => t.start, stretch.start);
  const before = tokens[from - 1];
  if (before !== undefined && before.end > stretch.start) return null;
  if (splitDot(tokens, from) && tokens[from]?.start === stretch.start) return null;
  const out: Token[] = [];
  let i = from;
  for (; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.start >= stretch.end) break;
    if (t.end > stretch.end) {
      if (t.kind === 'quote') return null;
      break; // a word running past the end: tokenize stops at it too
    }
    out.push(t);
  }
  return splitDot(tokens, i) && tokens[i]?.start === stretch.end ? null : out;
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

/** A word without its final dot ("Gov." → "Gov"), as /\.$/ replaced by nothing. */
export const withoutFinalDot = (w: string): string => (w.endsWith('.') ? w.slice(0, -1) : w);

/** Whether a word ends in a possessive "'s" or "’s", as /['’]s$/ tests. */
export const endsPossessive = (w: string): boolean => w.endsWith("'s") || w.endsWith('’s');

const CAPITAL_START = /^[\p{Lu}$]/u;

/**
 * An Arabic article joined to a capitalised name ("al-Sudani", "el-Sisi", "ash-Sharaa"): capitalised as a whole,
 * as the name it is part of.
 */
const ARTICLE_PREFIXED = /^(?:[ae]l|a[dnrstz]|ash)-\p{Lu}/u;

export const isCapitalized = (t: Token | undefined): boolean => {
  if (t === undefined || t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  if (c >= 97 && c <= 122) return c !== 97 && c !== 101 ? false : ARTICLE_PREFIXED.test(t.text);
  return c < ASCII ? c === DOLLAR || (c >= 65 && c <= 90) : CAPITAL_START.test(t.text);
};

/**
 * "Canada’s prime minister", "Apple’s chief executive": a capitalised possessive and a lower-case word after it
 * open a role, not a name.
 */
export const possessiveRole = (tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i];
  const next = tokens[i + 1];
  return (
    t !== undefined &&
    endsPossessive(t.text) &&
    next?.kind === 'word' &&
    !isCapitalized(next) &&
    /^\p{Ll}/u.test(next.text)
  );
};

/** "Messrs.", "Reps.": the title of several people, which is no one person's role. */
export const isPluralTitle = (t: Token): boolean => PLURAL_SHORT_TITLES.has(withoutFinalDot(lower(t)));

/** The words of tokens joined by single spaces, as name lookups compare them ("New York", whatever the spacing). */
export const joinedWords = (tokens: readonly Token[]): string => tokens.map((t) => t.text).join(' ');
