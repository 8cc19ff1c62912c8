/**
 * The text every match of a regular expression must contain, read from the pattern itself: a short list of
 * lower-case strings, one of which is in the lower-cased text of any match. A sentence whose lower-cased text
 * holds none of them cannot match, so a rule can skip it without running its pattern.
 *
 * The reading is conservative: lookarounds and anchors are taken to match anywhere (they consume nothing),
 * classes of more than a few characters and non-ASCII characters as unknown, and any syntax it does not know
 * (Unicode mode, `\p{…}`, `\u…`, named back-references) gives no list at all (null): the rule then always runs.
 */

import { LiteralScanner } from './literalScanner';

type Strings = ReadonlySet<string>;

/** What a part of a pattern can match: every string it matches (when few), and strings one of which it holds. */
interface Reading {
  exact: Strings | null;
  needs: Strings | null;
}

/** More strings than this in a set are not enumerated (a product, a union) and not used as a gate. */
const MAX_STRINGS = 64;
/** A class of more characters than this (`\w`, `[a-z]`) is read as unknown. */
const MAX_CLASS_CHARS = 10;

const DIGITS: Strings = new Set('0123456789');
const EMPTY: Strings = new Set(['']);
const UNKNOWN: Reading = { exact: null, needs: null };
const NOTHING_CONSUMED: Reading = { exact: EMPTY, needs: null };

class Unsupported extends Error {}

/**
 * A set usable as a gate: no empty string (always contained) and not too many strings; a string that holds
 * another of the set is left out (the text holds the shorter one whenever it holds the longer).
 */
function usable(set: Strings | null): Strings | null {
  if (set === null || set.has('') || set.size === 0 || set.size > MAX_STRINGS) return null;
  if (set.size === 1) return set;
  const all = [...set];
  return new Set(all.filter((s) => !all.some((t) => t !== s && s.includes(t))));
}

/** How selective a gate is: longer strings are rarer, more strings cost more to look for. */
function score(set: Strings): number {
  let shortest = Number.POSITIVE_INFINITY;
  for (const s of set) shortest = Math.min(shortest, s.length);
  return shortest - Math.log2(set.size) / 2;
}

function better(a: Strings | null, b: Strings | null): Strings | null {
  if (a === null) return b;
  if (b === null) return a;
  return score(b) > score(a) ? b : a;
}

const reading = (exact: Strings | null, needs: Strings | null): Reading => ({
  exact,
  needs: better(needs, usable(exact)),
});

function cross(a: Strings, b: Strings): Strings | null {
  if (a.size * b.size > MAX_STRINGS) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function union(sets: readonly (Strings | null)[]): Strings | null {
  const out = new Set<string>();
  for (const set of sets) {
    if (set === null) return null;
    for (const s of set) out.add(s);
  }
  return out.size <= MAX_STRINGS ? out : null;
}

/** A sequence: runs of parts whose strings are known multiply out; the best run or part's gate is the sequence's. */
function concat(parts: readonly Reading[]): Reading {
  let run: Strings = EMPTY;
  let whole = true;
  let needs: Strings | null = null;
  for (const part of parts) {
    needs = better(needs, part.needs);
    const product = part.exact ? cross(run, part.exact) : null;
    if (product) {
      run = product;
      continue;
    }
    whole = false;
    needs = better(needs, usable(run));
    run = part.exact ?? EMPTY;
  }
  return reading(whole ? run : null, better(needs, usable(run)));
}

function alternate(branches: readonly Reading[]): Reading {
  if (branches.length === 1) return branches[0] as Reading;
  return reading(union(branches.map((b) => b.exact)), usable(union(branches.map((b) => b.needs))));
}

function repeat(part: Reading, min: number, max: number): Reading {
  if (min === 0) {
    const exact = max === 1 && part.exact ? union([part.exact, EMPTY]) : null;
    return { exact, needs: null };
  }
  let exact: Strings | null = min === max ? part.exact : null;
  for (let i = 1; i < min && exact !== null && part.exact !== null; i++) exact = cross(exact, part.exact);
  return reading(exact, part.needs);
}

const isAscii = (ch: string) => ch.charCodeAt(0) < 0x80;
const ESCAPED_ANY = new Set(['D', 's', 'S', 'w', 'W', 'n', 'r', 't', 'f', 'v', '0']);
const NOT_LITERAL = new Set(['c', 'x', 'u', 'p', 'P', 'k']);

/** A recursive-descent reading of a pattern's source (the syntax of non-Unicode JavaScript patterns). */
class PatternReader {
  private at = 0;

  constructor(private readonly source: string) {}

  read(): Reading {
    const whole = this.alternatives();
    if (this.at !== this.source.length) throw new Unsupported();
    return whole;
  }

  private peek(): string {
    return this.source.charAt(this.at);
  }

  private take(): string {
    if (this.at >= this.source.length) throw new Unsupported();
    return this.source.charAt(this.at++);
  }

  private alternatives(): Reading {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    return alternate(branches);
  }

  private sequence(): Reading {
    const parts: Reading[] = [];
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      parts.push(this.quantified(this.atom()));
    }
    return concat(parts);
  }

  private quantified(part: Reading): Reading {
    const ch = this.peek();
    let range: [number, number] | null = null;
    if (ch === '?') range = [0, 1];
    else if (ch === '*') range = [0, Number.POSITIVE_INFINITY];
    else if (ch === '+') range = [1, Number.POSITIVE_INFINITY];
    else if (ch === '{') range = this.braces();
    if (range === null) return part;
    if (ch !== '{') this.at++;
    if (this.peek() === '?') this.at++; // lazy: the same strings, matched in another order
    return repeat(part, range[0], range[1]);
  }

  private braces(): [number, number] {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
    if (!m) throw new Unsupported();
    this.at += m[0].length;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
    return [min, max];
  }

  private atom(): Reading {
    const ch = this.take();
    if (ch === '(') return this.group();
    if (ch === '[') return this.characterClass();
    if (ch === '\\') return this.escape();
    if (ch === '^' || ch === '$') return NOTHING_CONSUMED;
    if (ch === '.') return UNKNOWN;
    if ('*+?{}])|'.includes(ch)) throw new Unsupported();
    return isAscii(ch) ? reading(new Set([ch.toLowerCase()]), null) : UNKNOWN;
  }

  private group(): Reading {
    const rest = this.source.slice(this.at);
    const lookaround = /^\?(?:=|!|<=|<!)/.exec(rest);
    const named = /^\?<[A-Za-z_$][\w$]*>/.exec(rest);
    if (lookaround) this.at += lookaround[0].length;
    else if (named) this.at += named[0].length;
    else if (rest.startsWith('?:')) this.at += 2;
    else if (rest.startsWith('?')) throw new Unsupported();
    const inner = this.alternatives();
    if (this.take() !== ')') throw new Unsupported();
    return lookaround ? NOTHING_CONSUMED : inner;
  }

  private escape(): Reading {
    const ch = this.take();
    if (ch === 'b' || ch === 'B') return NOTHING_CONSUMED;
    if (ch === 'd') return reading(DIGITS, null);
    if (ESCAPED_ANY.has(ch) || /[1-9]/.test(ch)) return UNKNOWN; // a class, a control or a back-reference
    if (NOT_LITERAL.has(ch) || /[A-Za-z]/.test(ch)) throw new Unsupported();
    return isAscii(ch) ? reading(new Set([ch.toLowerCase()]), null) : UNKNOWN;
  }

  /** A class's characters when they are few and ASCII; unknown otherwise (negated, `\w`, a wide range). */
  private characterClass(): Reading {
    const negated = this.peek() === '^';
    if (negated) this.at++;
    const chars = new Set<string>();
    let known = !negated;
    if (this.peek() === ']') throw new Unsupported();
    while (this.peek() !== ']') {
      const from = this.classChar();
      if (this.peek() === '-' && this.source.charAt(this.at + 1) !== ']') {
        this.at++;
        const to = this.classChar();
        if (from === '\\d' || to === '\\d') throw new Unsupported();
        if (from === null || to === null || to.charCodeAt(0) - from.charCodeAt(0) >= MAX_CLASS_CHARS)
          known = false;
        else for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) chars.add(String.fromCharCode(c));
      } else if (from === null) known = false;
      else if (from === '\\d') for (const d of DIGITS) chars.add(d);
      else chars.add(from);
    }
    this.at++;
    const ascii = [...chars].every(isAscii);
    if (!known || !ascii || chars.size > MAX_CLASS_CHARS) return UNKNOWN;
    return reading(new Set([...chars].map((c) => c.toLowerCase())), null);
  }

  /** One character of a class; `\\d` for digits; null for a class escape with many characters. */
  private classChar(): string | null {
    const ch = this.take();
    if (ch !== '\\') return ch;
    const e = this.take();
    if (e === 'd') return '\\d';
    if (ESCAPED_ANY.has(e)) return null;
    if (NOT_LITERAL.has(e) || /[A-Za-z0-9]/.test(e)) throw new Unsupported();
    return e;
  }
}

/**
 * Lower-case strings one of which the lower-cased text of every match of `pattern` contains, or null when the
 * pattern gives none (or uses syntax this reading does not know).
 */
export function requiredText(pattern: RegExp): string[] | null {
  if (pattern.unicode || pattern.flags.includes('v')) return null;
  try {
    const needs = usable(new PatternReader(pattern.source).read().needs);
    return needs ? [...needs].sort() : null;
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}

/**
 * A cheap test before a list of patterns: one pass over a stretch of text tells which patterns may match in it
 * (false only for a pattern that cannot: the text holds none of its required strings).
 */
export class PatternGates {
  private readonly scanner: LiteralScanner;
  /** Per pattern, the indexes of its required strings in the scanner: `gateList[gateFrom[p] .. gateFrom[p + 1])`. */
  private readonly gateFrom: Int32Array;
  private readonly gateList: Int32Array;
  /** Patterns always run (no required strings). */
  private readonly always: Uint8Array;
  private readonly found: Uint8Array;
  private readonly opened: Uint8Array;

  constructor(patterns: readonly RegExp[]) {
    const literals = new Map<string, number>();
    const required = patterns.map(requiredText);
    const gates = required.map((strings) =>
      (strings ?? []).map((s) => {
        if (!literals.has(s)) literals.set(s, literals.size);
        return literals.get(s) as number;
      }),
    );
    this.scanner = new LiteralScanner([...literals.keys()]);
    this.always = Uint8Array.from(required, (strings) => (strings === null ? 1 : 0));
    this.gateFrom = new Int32Array(patterns.length + 1);
    gates.forEach((gate, p) => {
      this.gateFrom[p + 1] = (this.gateFrom[p] as number) + gate.length;
    });
    this.gateList = Int32Array.from(gates.flat());
    this.found = new Uint8Array(literals.size);
    this.opened = new Uint8Array(patterns.length);
  }

  /**
   * Whether each pattern may match in text[from, to), by the patterns' order (1: it may, 0: it cannot). The
   * array is reused by the next call.
   */
  open(text: string, from: number, to: number): Uint8Array {
    const { found, opened, gateFrom, gateList, always } = this;
    found.fill(0);
    this.scanner.scan(text, from, to, found);
    for (let p = 0; p < opened.length; p++) {
      let open = always[p] as number;
      const last = gateFrom[p + 1] as number;
      for (let g = gateFrom[p] as number; open === 0 && g < last; g++)
        open = found[gateList[g] as number] as number;
      opened[p] = open;
    }
    return opened;
  }
}
