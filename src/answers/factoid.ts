/**
 * Factoid answers: the sentence that answers "how much", "how many", "what", "where" and "which" questions, with
 * the words that answer it marked, and its citation. Verbatim and cited; when no sentence carries the question's
 * words (and, for amounts and counts, a figure), it is not found.
 */
import type { Article, Span } from '../corpus/types';
import { processTerm, queryTerms, termSet } from '../text/terms';
import type { ArchiveReader } from './archive';
import { type Citation, citationFor } from './citation';
import type { Intent } from './intent';

export interface Highlight extends Span {
  text: string;
}

export interface FactoidSentence {
  sentence: string;
  highlights: Highlight[];
  citation: Citation;
}

export interface FactoidAnswer {
  question: string;
  found: boolean;
  answer: FactoidSentence | null;
  /** The same fact as other articles print it. */
  supporting: FactoidSentence[];
  /** For an amount or a count: sentences of other articles that hold the question's words with other figures. */
  otherFigures?: FactoidSentence[];
  /** For "when": the date the answer's sentence prints, and how many articles print it (see whenAnswer.ts). */
  date?: { value: string; articles: number; rule: string };
}

type Wants = Extract<Intent, { kind: 'factoid' }>['wants'];

export const QUESTION_WORDS = new Set([
  'much',
  'mani',
  'long',
  'old',
  'big',
  'larg',
  'whose',
  'kind',
  'sort',
]);
const NUMBER_WORD =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundred|hundreds|thousand|thousands';
const FIGURES: Readonly<Record<Exclude<Wants, 'thing'>, RegExp>> = {
  amount:
    /\$\s?\d[\d,.]*(?:\s+(?:million|billion|trillion|thousand))?|\b\d[\d,.]*\s+(?:million|billion|dollars|euros|pesos|percent)\b|\b\d+(?:\.\d+)?%/gi,
  number: new RegExp(`(?<![\\d,.$])\\b(?:\\d[\\d,]*(?:\\.\\d+)?|${NUMBER_WORD})\\b(?!%)`, 'gi'),
  place: /\b(?:in|at|from|to|near)\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)/gu,
};
export const SUPPORTING = 2;

function figures(text: string, span: Span, wants: Wants): Highlight[] {
  if (wants === 'thing') return [];
  const re = FIGURES[wants];
  re.lastIndex = 0;
  const slice = text.slice(span.start, span.end);
  const out: Highlight[] = [];
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    const value = m[1] ?? m[0];
    const start = span.start + m.index + m[0].indexOf(value);
    if (wants === 'number' && /^(?:19|20)\d\d$/.test(value)) continue;
    out.push({ start, end: start + value.length, text: value });
  }
  return out;
}

/**
 * For "what"/"which": the words between the question's words, next to the thing asked about ("What industries
 * does CJNG extort?" → "extorting *the tortilla, avocado, lime, and chicken* industries").
 */
function between(text: string, span: Span, keywords: Set<string>, focus: string | null): Highlight[] {
  const words = [...text.slice(span.start, span.end).matchAll(/[\p{L}\p{N}'’-]+/gu)];
  const hits = words.map((w, i) => (keywords.has(processTerm(w[0]) ?? '') ? i : -1)).filter((i) => i >= 0);
  const pairs = hits.slice(1).map((b, k) => [hits[k] as number, b] as const);
  const touchesFocus = ([a, b]: readonly [number, number]) =>
    [a, b].some((i) => processTerm(words[i]?.[0] ?? '') === focus);
  pairs.sort((x, y) => Number(touchesFocus(y)) - Number(touchesFocus(x)));
  for (const [a, b] of pairs) {
    if (b - a > 2 && b - a <= 12) {
      const first = words[a + 1] as RegExpMatchArray;
      const last = words[b - 1] as RegExpMatchArray;
      const start = span.start + (first.index ?? 0);
      const end = span.start + (last.index ?? 0) + last[0].length;
      return [{ start, end, text: text.slice(start, end) }];
    }
  }
  return [];
}

interface Scored extends FactoidSentence {
  score: number;
  articleId: string;
}

interface Asked {
  keywords: Set<string>;
  wants: Wants;
  /** The thing asked about: the word after "what"/"which". */
  focus: string | null;
}

/** The paragraph must carry every word of a short question, and three in four of a longer one. */
const enoughOf = (found: number, wanted: number) =>
  found >= (wanted <= 3 ? wanted : Math.ceil(wanted * 0.75));

function scoreSentence(article: Article, paragraph: number, span: Span, asked: Asked): Scored | null {
  const { keywords, wants } = asked;
  const sentence = article.text.slice(span.start, span.end);
  const inSentence = [...termSet(sentence)].filter((t) => keywords.has(t)).length;
  const p = article.paragraphs.find((x) => x.n === paragraph);
  const inParagraph = p
    ? [...termSet(article.text.slice(p.start, p.end))].filter((t) => keywords.has(t)).length
    : 0;
  const highlights =
    wants === 'thing'
      ? between(article.text, span, keywords, asked.focus)
      : figures(article.text, span, wants);
  if (inSentence === 0 || (wants !== 'thing' && highlights.length === 0)) return null;
  if (!enoughOf(inParagraph, keywords.size)) return null;
  const score = inSentence + 0.5 * inParagraph + (highlights.length ? 1 : 0);
  const citation = citationFor(article, paragraph, span);
  return {
    sentence,
    highlights: highlights.map((h) => ({ ...h, start: h.start - span.start, end: h.end - span.start })),
    citation,
    score,
    articleId: article.id,
  };
}

export async function answerFactoid(
  archive: ArchiveReader,
  question: string,
  wants: Wants,
): Promise<FactoidAnswer> {
  const keywords = new Set(queryTerms(question).filter((t) => !QUESTION_WORDS.has(t)));
  const focusWord = /^\s*(?:what|which)\s+([\p{L}'’-]+)/iu.exec(question)?.[1];
  const asked: Asked = { keywords, wants, focus: focusWord ? processTerm(focusWord) : null };
  const scored: Scored[] = [];
  for (const hit of await archive.searchPassages([...keywords].join(' '), { limit: 20 })) {
    const p = hit.article.paragraphs.find((x) => x.n === hit.passage.paragraph);
    for (const s of p?.sentences ?? []) {
      if (s.start < hit.passage.start || s.end > hit.passage.end) continue;
      const candidate = scoreSentence(hit.article, hit.passage.paragraph, s, asked);
      if (candidate) scored.push(candidate);
    }
  }
  scored.sort((a, b) => b.score - a.score);
  if (wants === 'amount' || wants === 'number') byAgreement(scored);
  const [best, ...rest] = scored;
  if (!best) return { question, found: false, answer: null, supporting: [] };
  const strip = ({ sentence, highlights, citation }: Scored): FactoidSentence => ({
    sentence,
    highlights,
    citation,
  });
  const others = rest.filter(
    (s, i, all) => s.articleId !== best.articleId && all.findIndex((x) => x.articleId === s.articleId) === i,
  );
  const same = sameFigure(best, wants);
  const answer: FactoidAnswer = {
    question,
    found: true,
    answer: strip(best),
    supporting: others.filter(same).slice(0, SUPPORTING).map(strip),
  };
  const differing = others.filter((s) => !same(s)).slice(0, SUPPORTING);
  return differing.length ? { ...answer, otherFigures: differing.map(strip) } : answer;
}

/** A figure as printed, for comparing two articles' figures: "$10 million" is "$10 million", "26" is not "29". */
const figureKey = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}.]/gu, '');

/**
 * Puts first the sentences whose figure the most articles print (a stable sort: the best-scored first among
 * equals), so the answer is the figure the archive agrees on and a figure one article prints is shown apart.
 */
function byAgreement(scored: Scored[]): void {
  const articles = new Map<string, Set<string>>();
  for (const s of scored) {
    for (const h of s.highlights) {
      const ids = articles.get(figureKey(h.text)) ?? new Set<string>();
      ids.add(s.articleId);
      articles.set(figureKey(h.text), ids);
    }
  }
  const support = (s: Scored) =>
    Math.max(0, ...s.highlights.map((h) => articles.get(figureKey(h.text))?.size ?? 0));
  scored.sort((a, b) => support(b) - support(a));
}

/**
 * Whether another sentence states the same fact as the answer: for an amount or a count, only if it prints one of
 * the answer's figures (another figure may be another fact, or a disagreement: it is shown apart, never as the
 * same fact printed again).
 */
function sameFigure(best: Scored, wants: Wants): (s: Scored) => boolean {
  if (wants !== 'amount' && wants !== 'number') return () => true;
  const keys = new Set(best.highlights.map((h) => figureKey(h.text)));
  return (s) => s.highlights.some((h) => keys.has(figureKey(h.text)));
}
