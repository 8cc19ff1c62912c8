/**
 * How exact a match is, word by word: the query's words aligned in order with the printed quote's. `exact` when
 * the words are the same (quotation marks, case and punctuation aside); `close` when a word was dropped, added,
 * swapped or misspelt; `differs` when a differing word carries meaning — a negation, a number or a name — so the
 * archive's words say something else. Each rule is data with an id, a reason and examples (a test runs them).
 */

import { foldWord } from '../text/terms';

export type MatchKindName = 'exact' | 'close' | 'differs';

export interface MatchKind {
  kind: MatchKindName;
  /** The words that differ, meaning-bearing ones first, as written (query's or archive's). */
  differences: string[];
}

export interface MeaningRule {
  id: string;
  reason: string;
  test: (word: string) => boolean;
  /** Words that must and must not count. */
  examples: { yes: readonly string[]; no: readonly string[] };
}

const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  'cannot',
  'nothing',
  'nobody',
  'none',
  'nor',
  'neither',
  'nowhere',
  'without',
]);

const NUMBER_WORDS = new Set(
  'zero one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion trillion half dozen first second third percent'.split(
    ' ',
  ),
);

export const MEANING_RULES: readonly MeaningRule[] = [
  {
    id: 'negation',
    reason: 'adding or dropping a negation reverses what was said',
    test: (w) => NEGATIONS.has(w.toLowerCase()) || /n['’]t$/i.test(w),
    examples: { yes: ['not', "don't", 'won’t', 'never', 'cannot'], no: ['note', 'know', 'nothingness'] },
  },
  {
    id: 'number',
    reason: 'a different number is a different claim',
    test: (w) => /\d/.test(w) || NUMBER_WORDS.has(w.toLowerCase()),
    examples: { yes: ['2016', 'million', '$5', 'three'], no: ['once', 'often'] },
  },
  {
    id: 'name',
    reason: 'a different name changes who or what the words are about',
    test: (w) => /^\p{Lu}\p{Ll}/u.test(w) && w.toLowerCase() !== 'i',
    examples: { yes: ['Mexico', 'Clinton'], no: ['the', 'i'] },
  },
];

/**
 * Words whose swap for the other of their pair turns what was said around ("really easy to get into and very hard
 * to get out" is not "really hard to get into and very easy to get out"). Unlike the meaning rules, a word of a
 * pair counts only when its partner differs too: "more" dropped alone is a slip.
 */
export const OPPOSITES = {
  id: 'opposite',
  reason: 'a word traded for its opposite (or two opposites swapped) says the reverse',
  pairs: [
    ['easy', 'hard'],
    ['easier', 'harder'],
    ['more', 'less'],
    ['most', 'least'],
    ['increase', 'decrease'],
    ['rise', 'fall'],
    ['win', 'lose'],
    ['won', 'lost'],
    ['before', 'after'],
    ['support', 'oppose'],
    ['supports', 'opposes'],
    ['for', 'against'],
    ['good', 'bad'],
    ['better', 'worse'],
    ['best', 'worst'],
    ['strong', 'weak'],
    ['stronger', 'weaker'],
    ['high', 'low'],
    ['higher', 'lower'],
    ['legal', 'illegal'],
    ['guilty', 'innocent'],
    ['true', 'false'],
    ['right', 'wrong'],
    ['safe', 'dangerous'],
    ['accept', 'reject'],
    ['agree', 'disagree'],
    ['allow', 'ban'],
    ['buy', 'sell'],
    ['start', 'stop'],
    ['love', 'hate'],
    ['always', 'never'],
    ['everyone', 'nobody'],
  ] as const,
  examples: [
    {
      query: 'It is really hard to get the United States into a war and very easy to get us out',
      quote: '“It is really easy to get the United States into a war and very hard to get us out,” he said.',
    },
    {
      query: 'the council will vote against the budget',
      quote: '“The council will vote for the budget,” she said.',
    },
  ],
} as const;

const OPPOSITE_OF = new Map<string, string[]>();
for (const [a, b] of OPPOSITES.pairs) {
  OPPOSITE_OF.set(a, [...(OPPOSITE_OF.get(a) ?? []), b]);
  OPPOSITE_OF.set(b, [...(OPPOSITE_OF.get(b) ?? []), a]);
}

/**
 * The differing words that meet their opposite on the other side (see OPPOSITES): a word of the reporter's where
 * the printed quote has its opposite. Both words of a pair in the reporter's own wording ("more or less") are a
 * paraphrase, not a reversal.
 */
function opposed(ours: readonly { folded: string }[], printed: readonly { folded: string }[]): Set<string> {
  const theirs = new Set(printed.map((w) => w.folded));
  const out = new Set<string>();
  for (const w of ours) {
    const opposite = OPPOSITE_OF.get(w.folded)?.find((o) => theirs.has(o));
    if (opposite) out.add(w.folded).add(opposite);
  }
  return out;
}

interface Word {
  text: string;
  folded: string;
  /** Capitalised where a sentence does not begin: a name. */
  name: boolean;
}

const WORD = /[\p{L}\p{N}$%]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** What ends a sentence or opens a clause: a capitalised word after one is not taken for a name. */
const SENTENCE_OPENERS = '.!?:“"‘(—–-';
const BLANK = /\s/;

/** Whether the text before `at`, blanks aside, is empty or ends with a sentence opener. */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && BLANK.test(text[i] as string)) i--;
  return i < 0 || SENTENCE_OPENERS.includes(text[i] as string);
}

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const name = /^\p{Lu}/u.test(m[0]) && m[0] !== 'I' && !opensSentence(text, m.index);
    out.push({ text: m[0], folded: foldWord(m[0]), name });
  }
  return out;
}

function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 5) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}

/** The aligned pairs (query index, quote index) of a longest common subsequence, slips allowed. */
function align(query: Word[], quote: Word[]): [number, number][] {
  const n = query.length;
  const m = quote.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const like = (i: number, j: number) =>
    (query[i] as Word).folded === (quote[j] as Word).folded ||
    oneEdit((query[i] as Word).folded, (quote[j] as Word).folded);
  for (let i = n - 1; i >= 0; i--) {
    const row = table[i] as number[];
    const below = table[i + 1] as number[];
    for (let j = m - 1; j >= 0; j--) {
      row[j] = like(i, j) ? (below[j + 1] as number) + 1 : Math.max(below[j] as number, row[j + 1] as number);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  const at = (a: number, b: number) => (table[a] as number[])[b] as number;
  while (i < n && j < m) {
    if (like(i, j) && at(i, j) === at(i + 1, j + 1) + 1) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (at(i + 1, j) >= at(i, j + 1)) i++;
    else j++;
  }
  return pairs;
}

const meaningful = (w: Word) => MEANING_RULES.some((r) => (r.id === 'name' ? w.name : r.test(w.text)));

/** How the query's words compare with the printed quote's, over the stretch of the quote the query covers. */
export function matchKind(query: string, quote: string): MatchKind {
  const q = wordsOf(query);
  const p = wordsOf(quote);
  const pairs = align(q, p);
  const first = pairs[0];
  const last = pairs[pairs.length - 1];
  if (!first || !last) return { kind: 'differs', differences: q.map((w) => w.text) };
  const matchedQuery = new Set(pairs.map(([a]) => a));
  const matchedQuote = new Set(pairs.map(([, b]) => b));
  const differing: Word[] = [];
  q.forEach((w, i) => {
    if (!matchedQuery.has(i)) differing.push(w);
  });
  const ours = [...differing];
  // A word replaced at either edge of the query ("by Friday night" for "by Friday morning") is a change too.
  const from = Math.max(0, first[1] - first[0]);
  const to = Math.min(p.length - 1, last[1] + (q.length - 1 - last[0]));
  for (let j = from; j <= to; j++) if (!matchedQuote.has(j)) differing.push(p[j] as Word);
  for (const [a, b] of pairs)
    if ((q[a] as Word).folded !== (p[b] as Word).folded) differing.push(p[b] as Word);
  if (differing.length === 0) return { kind: 'exact', differences: [] };
  const opposite = opposed(ours, differing.slice(ours.length));
  const weighs = (w: Word) => meaningful(w) || opposite.has(w.folded);
  const heavy = differing.filter(weighs);
  const light = differing.filter((w) => !weighs(w));
  const differences = [...new Set([...heavy, ...light].map((w) => w.text))];
  return { kind: heavy.length > 0 ? 'differs' : 'close', differences };
}
