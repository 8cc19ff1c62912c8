/**
 * "When did …?": the date the archive prints for it, from the sentences that state it (see factoidDates for the
 * choice of date). Verbatim and cited, as a factoid answer with the date marked; not found when no sentence holds
 * the question's words and a date.
 */
import type { Article, Span } from '../corpus/types';
import { queryTerms, termSet } from '../text/terms';
import type { ArchiveReader, PassageHit } from './archive';
import { type Citation, citationFor } from './citation';
import { enoughOf, type FactoidAnswer, type FactoidSentence, QUESTION_WORDS, SUPPORTING } from './factoid';
import { agreement, bestDate, type DateHighlight, datesWithin, supports } from './factoidDates';

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
