/**
 * Filters, the same everywhere: `since:`, `until:`, `outlet:` and `by:` in what a person types (Slack, console,
 * mentions, DMs), and `--since/--until/--outlet/--by` on the command line. Pure: the words in, the words left and
 * the filter out, or a refusal naming the filter or the date it cannot read. Nothing is ignored silently.
 */
import type { ArticleFilter } from '../answers/articleFilter';
import { MSG } from '../messages';
import { readFilterDate } from './filterDates';

export const FILTER_NAMES = ['since', 'until', 'outlet', 'by'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** A filter as applied: its name, what was typed, and for a date the day it was read as. */
export interface AppliedFilter {
  name: FilterName;
  typed: string;
  /** The day used (YYYY-MM-DD) for `since`/`until`; the typed name for `outlet`/`by`. */
  value: string;
  /** The date rule that read a date (see filterDates.ts). */
  rule?: string;
}

export type FilterFlags = Partial<Record<FilterName, string | undefined>>;

export type FilterParse =
  | { ok: true; text: string; filter: ArticleFilter; applied: AppliedFilter[] }
  | { ok: false; message: string };

/**
 * `name:value`, `name:"two words"` or `name:“two words”`. A name is letters only, right before the colon, at the
 * start of a word; `https://…` and times like `10:30` are not filters.
 */
const FILTER_TOKEN = /(^|\s)([A-Za-z]+):(?!\/\/)("([^"]*)"|“([^”]*)”|(\S+))/g;

/** How many words after a date filter's first may belong to its date ("since:Aug 1 2025", "since:last week"). */
const MAX_DATE_WORDS = 3;

const isFilterName = (name: string): name is FilterName => (FILTER_NAMES as readonly string[]).includes(name);

function applyDate(name: 'since' | 'until', typed: string, today: string): AppliedFilter | string {
  const read = readFilterDate(typed, today);
  if (!read) return MSG.badFilterDate(name, typed);
  return { name, typed, value: name === 'since' ? read.start : read.end, rule: read.rule };
}

function applyOne(name: FilterName, typed: string, today: string): AppliedFilter | string {
  if (typed.trim() === '') return MSG.emptyFilter(name);
  if (name === 'since' || name === 'until') return applyDate(name, typed, today);
  return { name, typed, value: typed.trim() };
}

/** An unquoted date value with as many following words as still read as a date ("Aug" + "1" + "2025"). */
function extendDate(first: string, rest: string, today: string): { typed: string; used: number } {
  const groups = (/^(\s+\S+)(\s+\S+)?(\s+\S+)?/.exec(rest)?.slice(1) ?? []).filter(
    (g): g is string => g !== undefined,
  );
  for (let n = Math.min(MAX_DATE_WORDS, groups.length); n > 0; n--) {
    const extra = groups.slice(0, n);
    const phrase = `${first}${extra.join('')}`;
    if (readFilterDate(phrase, today))
      return { typed: phrase.replace(/\s+/g, ' '), used: extra.join('').length };
  }
  return { typed: first, used: 0 };
}

/** Combines a filter given twice: refused unless the same. */
function combine(applied: AppliedFilter[], next: AppliedFilter): string | null {
  const earlier = applied.find((a) => a.name === next.name);
  if (!earlier) {
    applied.push(next);
    return null;
  }
  return earlier.value === next.value ? null : MSG.filterTwice(next.name, earlier.typed, next.typed);
}

/** The filters in `text` and in `flags` (the command line's options), read on `today` (YYYY-MM-DD). */
export function parseFilters(text: string, flags: FilterFlags = {}, today = todayUtc()): FilterParse {
  const applied: AppliedFilter[] = [];
  for (const name of FILTER_NAMES) {
    const flag = flags[name];
    if (flag === undefined) continue;
    const one = applyOne(name, flag, today);
    if (typeof one === 'string') return { ok: false, message: one };
    applied.push(one);
  }
  let left = '';
  let at = 0;
  const tokens = new RegExp(FILTER_TOKEN);
  for (let m = tokens.exec(text); m !== null; m = tokens.exec(text)) {
    const [whole, space = '', rawName = '', , dq, cq, bare] = m;
    const name = rawName.toLowerCase();
    if (!isFilterName(name)) return { ok: false, message: MSG.unknownFilter(rawName, `${rawName}:${m[3]}`) };
    let typed = dq ?? cq ?? bare ?? '';
    let end = m.index + whole.length;
    if (bare !== undefined && (name === 'since' || name === 'until')) {
      const extended = extendDate(bare, text.slice(end), today);
      typed = extended.typed;
      end += extended.used;
    }
    const one = applyOne(name, typed, today);
    if (typeof one === 'string') return { ok: false, message: one };
    const twice = combine(applied, one);
    if (twice) return { ok: false, message: twice };
    left += `${text.slice(at, m.index)}${space}`;
    at = end;
    tokens.lastIndex = end;
  }
  left += text.slice(at);
  return finish(left, applied);
}

function finish(left: string, applied: AppliedFilter[]): FilterParse {
  const value = (name: FilterName) => applied.find((a) => a.name === name)?.value;
  const filter: ArticleFilter = {
    ...(value('since') !== undefined && { since: value('since') }),
    ...(value('until') !== undefined && { until: value('until') }),
    ...(value('outlet') !== undefined && { outlet: value('outlet') }),
    ...(value('by') !== undefined && { by: value('by') }),
  };
  if (filter.since && filter.until && filter.since > filter.until)
    return { ok: false, message: MSG.filterEmptyWindow(filter.since, filter.until) };
  const order = (a: AppliedFilter) => FILTER_NAMES.indexOf(a.name);
  const sorted = [...applied].sort((a, b) => order(a) - order(b));
  return { ok: true, text: left.replace(/\s+/g, ' ').trim(), filter, applied: sorted };
}

/** Which of these filters a request's options give: for the commands that do not take them, to refuse them. */
export const flagsGiven = (flags: FilterFlags, names: readonly FilterName[] = FILTER_NAMES): FilterName[] =>
  names.filter((n) => flags[n] !== undefined);

export const todayUtc = (now = new Date()): string => now.toISOString().slice(0, 10);
