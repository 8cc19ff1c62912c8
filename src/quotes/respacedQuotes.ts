/**
 * Quotes in text whose straight quotation marks were re-spaced by a machine. Archives that tokenized their text and
 * joined it up again print marks spaced off on both sides (`… famous. " This made him …`), left dangling at the end
 * of a line (`… was permitted. "`), and, once one quote ran over a paragraph without a closing mark, every later
 * mark turned around: closing marks set against the next word (`… is untrue, "he said`) and opening marks
 * against the last (`… a distraction."`). Read mark by mark, such a text pairs narrative as quotes.
 *
 * Here every straight mark of the article is given a side at once, as the cheapest reading of the whole text
 * (a Viterbi pass over the marks): each reading pays for what its marks' surroundings contradict, for a quote that
 * runs on over lines with no mark, for a mark left unpaired, and once for each point where the marks turn around.
 * Clean text reads as before at no cost; the costs below are the rules, each with its reason.
 */
import type { Span } from '../corpus/types';
import { closesBeforeAttribution, type MarkRole, REPORTING_VERB, roleOfAmbiguous } from './markShape';

/** What a reading pays, each with its reason. */
export const RESPACED_COSTS = {
  /** A mark read against its spacing ("text after, space before" read as closing). */
  againstSpacing: 2,
  /** A mark spaced on both sides, or at a line's start or end, read either way: its spacing says nothing. */
  unspaced: 0.5,
  /** A mark before its attribution (`, "he said`) read as opening, or after a lead-in (`added: "`) as closing. */
  againstCue: 4,
  /** A mark left unpaired (a stray mark). */
  stray: 3,
  /** A quote running on into a paragraph that does not reopen it with a mark. */
  runOn: 1,
  /** The marks turning around (from here on spacing reads the other way). */
  turn: 2.5,
  /** The text starting turned around. */
  startTurned: 1,
  /** A quote left open at the end of a paragraph that the next does not take up: it ends there. */
  unclosed: 1.5,
} as const;

/** Capitalised words that open a quote's own sentence rather than name its speaker ("We asked them", "It says"). */
const NOT_A_NAME =
  '(?:I|We|You|He|She|It|They|This|That|There|Nobody|Everybody|Everyone|Someone|Somebody|No one|Anyone|People)';

/**
 * A named or described speaker and the reporting verb right after a mark that follows punctuation
 * (`… a witness, "Stephens told the Guardian`, `… for us, "the minister said`): the mark closes the quote.
 */
const NAMED_ATTRIBUTION_AFTER = new RegExp(
  `^(?!${NOT_A_NAME}\\s)(?:(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}|(?:the|a|an|his|her|their|its)\\s+(?:[\\p{L}'’-]+\\s+){0,3})(?:${REPORTING_VERB})\\b`,
  'u',
);
const AFTER_PUNCTUATION = /[,.?!…;:–—][ \t]{0,2}$/;

/** Whether the words after a mark are its quote's attribution (a closing mark before it). */
function beforeAttribution(text: string, at: number): boolean {
  if (closesBeforeAttribution(text, at)) return true;
  if (!AFTER_PUNCTUATION.test(text.slice(Math.max(0, at - 3), at))) return false;
  return NAMED_ATTRIBUTION_AFTER.test(text.slice(at + 1, at + 81).trimStart());
}

/**
 * A quote's lead-in just before its opening mark: a colon, or a reporting verb, perhaps a comma, and a space (a
 * mark set against the verb closes: `… what I was told,"`).
 */
const LEAD_IN = new RegExp(`(?::\\s*|\\b(?:${REPORTING_VERB}),?\\s+)$`, 'u');

/**
 * A straight mark spaced off on both sides, not beside a single-quoted quote inside it (`…,' " she said`,
 * `" 'No comment,' that was all"`), or set against its attribution after the quote's punctuation (`…, "he said`).
 */
const RESPACED_MARK =
  /(?:^|[ \t])(?<!['’][ \t])"(?![ \t]*['’])(?:[ \t]|$)|[,.?!][ \t]"(?:he|she|they|it) (?:said|says|added|told|asked|wrote)\b/gm;
/** Marks that say their side whatever their spacing: the text is then not read as re-spaced. */
const TYPESET_MARK = /[“”«»„]|''/;
/** How many re-spaced marks show a machine's spacing: one may be a typist's slip or a heading's. */
const MIN_RESPACED_MARKS = 2;

/** Whether an article's text reads as re-spaced: straight marks spaced off twice or more, and no typeset marks. */
export function looksRespaced(text: string, from: number): boolean {
  const body = text.slice(from);
  if (TYPESET_MARK.test(body)) return false;
  let seen = 0;
  for (const _ of body.matchAll(RESPACED_MARK)) if (++seen >= MIN_RESPACED_MARKS) return true;
  return false;
}

interface StraightMark {
  at: number;
  /** Index of its paragraph in the list given. */
  paragraph: number;
  /** The cost of reading it as opening, and as closing, in normal and in turned-around spacing. */
  open: [number, number];
  close: [number, number];
  /** It is the first thing in its paragraph. */
  lineStart: boolean;
}

function flip(role: MarkRole): MarkRole {
  return role === 'open' ? 'close' : role === 'close' ? 'open' : 'either';
}

function spacingCost(role: MarkRole, read: 'open' | 'close'): number {
  if (role === 'either') return RESPACED_COSTS.unspaced;
  return role === read ? 0 : RESPACED_COSTS.againstSpacing;
}

function markAt(
  text: string,
  at: number,
  paragraph: number,
  lineStart: boolean,
  lineEnd: boolean,
): StraightMark {
  const role: MarkRole = lineStart || lineEnd ? 'either' : roleOfAmbiguous(text, at, 1);
  const beforeCue = beforeAttribution(text, at) ? RESPACED_COSTS.againstCue : 0;
  const afterLeadIn = LEAD_IN.test(text.slice(Math.max(0, at - 16), at)) ? RESPACED_COSTS.againstCue : 0;
  return {
    at,
    paragraph,
    lineStart,
    open: [spacingCost(role, 'open') + beforeCue, spacingCost(flip(role), 'open') + beforeCue],
    close: [spacingCost(role, 'close') + afterLeadIn, spacingCost(flip(role), 'close') + afterLeadIn],
  };
}

function straightMarks(text: string, paragraphs: readonly Span[]): StraightMark[] {
  const marks: StraightMark[] = [];
  paragraphs.forEach((p, i) => {
    const body = text.slice(p.start, p.end);
    const first = p.start + (body.length - body.trimStart().length);
    const last = p.start + body.trimEnd().length - 1;
    for (let at = text.indexOf('"', p.start); at !== -1 && at < p.end; at = text.indexOf('"', at + 1)) {
      marks.push(markAt(text, at, i, at === first, at === last));
    }
  });
  return marks;
}

/** Reading states: outside or inside a quote, in normal or turned-around spacing. */
type State = 0 | 1 | 2 | 3;
const inside = (s: State) => s % 2 === 1;
const turned = (s: State) => s >= 2;
type Action = 'open' | 'close' | 'stray' | 'reopen';

/** The cost of reaching a mark inside a quote: the paragraphs it ran on into without a mark at their start. */
function runOnCost(prev: StraightMark | undefined, mark: StraightMark): number {
  const from = prev?.paragraph ?? mark.paragraph;
  const crossed = mark.paragraph - from - (mark.lineStart && mark.paragraph > from ? 1 : 0);
  return crossed * RESPACED_COSTS.runOn;
}

function step(mark: StraightMark, state: State): Array<{ to: State; cost: number; action: Action }> {
  const t = turned(state) ? 1 : 0;
  const base = turned(state) ? 2 : 0;
  if (!inside(state)) {
    return [
      { to: (base + 1) as State, cost: mark.open[t], action: 'open' },
      { to: state, cost: RESPACED_COSTS.stray, action: 'stray' },
    ];
  }
  const moves: Array<{ to: State; cost: number; action: Action }> = [
    { to: base as State, cost: mark.close[t], action: 'close' },
    { to: state, cost: RESPACED_COSTS.stray, action: 'stray' },
  ];
  // The news convention: a quote running over paragraphs reopens each with a mark and closes only at its end.
  if (mark.lineStart) moves.push({ to: state, cost: 0, action: 'reopen' });
  return moves;
}

interface Cell {
  cost: number;
  from: State;
  action: Action;
  /** The quote open before this mark ended with its paragraph (its closing mark missing). */
  ended: boolean;
}

/** A reading's step into a mark: where it stands before the mark, at what cost, and whether a quote ended. */
interface Entry {
  state: State;
  cost: number;
  ended: boolean;
}

/**
 * The ways into a mark from a state: as it is (inside a quote, paying for the lines it ran on), with the marks
 * turned around, and, for a quote open since an earlier paragraph, ended with that paragraph instead.
 */
function entries(from: State, prev: StraightMark | undefined, mark: StraightMark): Entry[] {
  const out: Entry[] = [];
  const carried = inside(from) ? runOnCost(prev, mark) : 0;
  const turnedOver = ((from + 2) % 4) as State;
  out.push({ state: from, cost: carried, ended: false });
  out.push({ state: turnedOver, cost: carried + RESPACED_COSTS.turn, ended: false });
  if (inside(from) && prev && mark.paragraph > prev.paragraph) {
    const closed = (from - 1) as State;
    out.push({ state: closed, cost: RESPACED_COSTS.unclosed, ended: true });
    out.push({
      state: ((closed + 2) % 4) as State,
      cost: RESPACED_COSTS.unclosed + RESPACED_COSTS.turn,
      ended: true,
    });
  }
  return out;
}

/** The cheapest reading: for each mark, what it does. */
function readMarks(marks: readonly StraightMark[]): Cell[] {
  let costs: number[] = [0, Number.POSITIVE_INFINITY, RESPACED_COSTS.startTurned, Number.POSITIVE_INFINITY];
  const trail: Cell[][] = [];
  marks.forEach((mark, i) => {
    const next: Cell[] = [0, 1, 2, 3].map(() => ({
      cost: Number.POSITIVE_INFINITY,
      from: 0 as State,
      action: 'stray' as Action,
      ended: false,
    }));
    for (const from of [0, 1, 2, 3] as State[]) {
      const reached = costs[from] ?? Number.POSITIVE_INFINITY;
      if (reached === Number.POSITIVE_INFINITY) continue;
      for (const entry of entries(from, marks[i - 1], mark)) {
        for (const move of step(mark, entry.state)) {
          const cost = reached + entry.cost + move.cost;
          const cell = next[move.to];
          if (cell && cost < cell.cost)
            next[move.to] = { cost, from, action: move.action, ended: entry.ended };
        }
      }
    }
    trail.push(next);
    costs = next.map((c) => c.cost);
  });
  return backtrack(trail, costs);
}

function backtrack(trail: Cell[][], costs: number[]): Cell[] {
  const end = costs.map((c, s) => c + (inside(s as State) ? RESPACED_COSTS.unclosed : 0));
  let state = end.indexOf(Math.min(...end)) as State;
  const cells: Cell[] = [];
  for (let i = trail.length - 1; i >= 0; i--) {
    const cell = trail[i]?.[state];
    if (!cell) break;
    cells[i] = cell;
    state = cell.from;
  }
  return cells;
}

export interface RespacedQuote extends Span {
  /** Index of the paragraph where it opens, and where it closes. */
  first: number;
  last: number;
}

/** The quotes of a re-spaced text, in order (see the module comment). A quote left open ends with its paragraph. */
export function respacedQuotes(text: string, paragraphs: readonly Span[]): RespacedQuote[] {
  const marks = straightMarks(text, paragraphs);
  const cells = readMarks(marks);
  const out: RespacedQuote[] = [];
  let open: StraightMark | null = null;
  const endWithParagraph = (quote: StraightMark, paragraph: number) => {
    const p = paragraphs[paragraph];
    const end = p ? p.start + text.slice(p.start, p.end).trimEnd().length : text.length;
    if (end > quote.at + 1) out.push({ start: quote.at, end, first: quote.paragraph, last: paragraph });
  };
  marks.forEach((mark, i) => {
    const cell = cells[i];
    const prev = marks[i - 1];
    if (cell?.ended && open !== null && prev) {
      endWithParagraph(open, prev.paragraph);
      open = null;
    }
    if (cell?.action === 'open') open = mark;
    else if (cell?.action === 'close' && open !== null) {
      out.push({ start: open.at, end: mark.at + 1, first: open.paragraph, last: mark.paragraph });
      open = null;
    }
  });
  const unclosed = open as StraightMark | null;
  const last = marks[marks.length - 1];
  if (unclosed !== null && last) endWithParagraph(unclosed, last.paragraph);
  return out;
}
