/**
 * Factoid answers: the sentence that answers "how much", "how many", "what", "where" and "which" questions, with
 * the words that answer it marked, and its citation. Verbatim and cited; when no sentence carries the question's
 * words (and, for amounts and counts, a figure), it is not found.
 */
import type { Article, Span } from '../corpus/types';
import { processTerm, queryTerms, termSet } from '../text/terms';
import type { ArchiveReader, PassageHit } from './archive';
import { type Citation, citationFor } from './citation';
import { agreement, bestDate, type DateHighlight, datesWithin, supports } from './factoidDates';
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
  /** For "when": the date the answer's sentence prints, and how many articles support it (see factoidDates). */
  date?: { value: string; articles: number; rule: string };
}

type Wants = Extract<Intent, { kind: 'factoid' }>['wants'];

const QUESTION_WORDS = new Set(['much', 'mani', 'long', 'old', 'big', 'larg', 'whose', 'kind', 'sort']);
const NUMBER_WORD =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundred|hundreds|thousand|thousands';
const FIGURES: Readonly<Record<Exclude<Wants, 'thing'>, RegExp>> = {
  amount:
    /\$\s?\d[\d,.]*(?:\s+(?:million|billion|trillion|thousand))?|\b\d[\d,.]*\s+(?:million|billion|dollars|euros|pesos|percent)\b|\b\d+(?:\.\d+)?%/gi,
  number: new RegExp(`(?<![\\d,.$])\\b(?:\\d[\\d,]*(?:\\.\\d+)?|${NUMBER_WORD})\\b(?!%)`, 'gi'),
  place: /\b(?:in|at|from|to|near)\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)/gu,
};
const SUPPORTING = 2;

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
  return { question, found: true, answer: strip(best), supporting: others.slice(0, SUPPORTING).map(strip) };
}

/**
 * How many matching passages a "when" question looks at, and in how many articles at most it reads their
 * sentences. An article's title counts in each of its passages, so one article whose title holds the words can
 * fill the first places; the sentences must hold them themselves.
 */
const WHEN_READ = { passages: 400, articles: 60 } as const;

interface DatedSentence {
  articleId: string;
  sentence: string;
  span: Span;
  citation: Citation;
  /** How many of the question's words the sentence holds. */
  score: number;
  dates: DateHighlight[];
}

/**
 * The passages a "when" question reads: those holding all its words, or when none does, the best passages for
 * them (a long question's sentence need only hold most of its words, see enoughOf).
 */
async function whenPassages(archive: ArchiveReader, question: string): Promise<PassageHit[]> {
  const matches = await archive.matchPassages(question, { limit: WHEN_READ.passages });
  if (matches.length === 0) return archive.searchPassages(question, { limit: WHEN_READ.articles });
  const hits: PassageHit[] = [];
  const read = new Map<string, Article | null>();
  for (const { passage, score, meta } of matches) {
    if (!read.has(meta.id) && read.size >= WHEN_READ.articles) continue;
    const article = read.has(meta.id) ? read.get(meta.id) : await archive.article(meta.id);
    read.set(meta.id, article ?? null);
    if (article) hits.push({ passage, article, score });
  }
  return hits;
}

/** The sentences that hold the question's words themselves (see enoughOf) and print a date. */
async function datedSentences(
  archive: ArchiveReader,
  question: string,
  keywords: Set<string>,
): Promise<DatedSentence[]> {
  const out: DatedSentence[] = [];
  if (keywords.size === 0) return out;
  const datesOf = new Map<string, Awaited<ReturnType<ArchiveReader['datesOf']>>>();
  for (const { article, passage } of await whenPassages(archive, question)) {
    const dates = datesOf.get(article.id) ?? (await archive.datesOf(article.id));
    datesOf.set(article.id, dates);
    const p = article.paragraphs.find((x) => x.n === passage.paragraph);
    for (const span of p?.sentences ?? []) {
      if (span.start < passage.start || span.end > passage.end) continue;
      const sentence = article.text.slice(span.start, span.end);
      const score = [...termSet(sentence)].filter((t) => keywords.has(t)).length;
      const printed = datesWithin(dates, span);
      if (!enoughOf(score, keywords.size) || printed.length === 0) continue;
      const citation = citationFor(article, passage.paragraph, span);
      out.push({ articleId: article.id, sentence, span, citation, score, dates: printed });
    }
  }
  return out;
}

/**
 * "When did …?": the sentence that states it with the date most articles agree on (a finer date first on a tie,
 * then the sentence with more of the question's words, then the search's order), that date marked, and the same
 * date as other articles print it (the same value first, then a month or year that holds it). Not found when no sentence holds the question's words and a date.
 */
export async function answerWhen(archive: ArchiveReader, question: string): Promise<FactoidAnswer> {
  const keywords = new Set(queryTerms(question).filter((t) => !QUESTION_WORDS.has(t)));
  const candidates = await datedSentences(archive, question, keywords);
  const support = agreement(candidates);
  const ranked = candidates
    .map((c) => ({ c, d: bestDate(c.dates, support) as DateHighlight }))
    .map((x) => ({ ...x, n: support.get(x.d.value) ?? 0 }))
    .sort((a, b) => b.n - a.n || b.d.value.length - a.d.value.length || b.c.score - a.c.score);
  const [best] = ranked;
  if (!best) return { question, found: false, answer: null, supporting: [] };
  const shown = ({ c, d }: { c: DatedSentence; d: DateHighlight }): FactoidSentence => ({
    sentence: c.sentence,
    highlights: [{ start: d.start - c.span.start, end: d.end - c.span.start, text: d.text }],
    citation: c.citation,
  });
  const seen = new Set([best.c.articleId]);
  // The same date printed first, then the month or year that holds it.
  const exactFirst = [...ranked].sort(
    (a, b) => Number(b.d.value === best.d.value) - Number(a.d.value === best.d.value),
  );
  const others = exactFirst.filter((x) => {
    if (seen.has(x.c.articleId) || !supports(x.d.value, best.d.value)) return false;
    seen.add(x.c.articleId);
    return true;
  });
  return {
    question,
    found: true,
    answer: shown(best),
    supporting: others.slice(0, SUPPORTING).map(shown),
    date: { value: best.d.value, articles: best.n, rule: best.d.rule },
  };
}
