/**
 * "When did …?": the date the archive prints for it, from the sentences that state it (see factoidDates for which
 * dates state it and the choice among them). Verbatim and cited, as a factoid answer with the date marked; not
 * found when no sentence holds the question's words and a date of what they say.
 */
import type { Article, Span } from '../corpus/types';
import { sameWordsKey, termSet } from '../text/terms';
import type { ArchiveReader, PassageHit } from './archive';
import { type Citation, citationFor } from './citation';
import { withEventPhrases } from './eventWords';
import { type FactoidAnswer, type FactoidSentence, QUESTION_WORDS, SUPPORTING } from './factoid';
import {
  agreedDate,
  clauseAt,
  type DateHighlight,
  datesWithin,
  deniedAt,
  inEventClause,
  onAskedSide,
  statesIt,
  type WhenAsked,
  whenAsked,
  within,
} from './factoidDates';

/**
 * How many matching passages a "when" question looks at, and in how many articles at most it reads their
 * sentences. An article's title counts in each of its passages, so one article whose title holds the words can
 * fill the first places; the sentences must hold them themselves.
 */
const WHEN_READ = { passages: 400, articles: 60 } as const;

/**
 * The passages a "when" question reads: those holding all its words, then the best passages for them (a sentence
 * need not hold every word: "his son, George, was born in July" answers "When was Prince George born?").
 */
async function whenPassages(archive: ArchiveReader, asked: string): Promise<PassageHit[]> {
  // "When did Ken Lay pass away?" looks for "die": the question with its event phrases read (see eventWords).
  const question = withEventPhrases(asked);
  const matches = await archive.matchPassages(question, { limit: WHEN_READ.passages });
  const hits: PassageHit[] = [];
  const read = new Map<string, Article | null>();
  for (const { passage, score, meta } of matches) {
    if (!read.has(meta.id) && read.size >= WHEN_READ.articles) continue;
    const article = read.has(meta.id) ? read.get(meta.id) : await archive.article(meta.id);
    read.set(meta.id, article ?? null);
    if (article) hits.push({ passage, article, score });
  }
  const seen = new Set(hits.map((h) => `${h.article.id} ${h.passage.start}`));
  const best = await archive.searchPassages(question, { limit: WHEN_READ.articles });
  return [...hits, ...best.filter((h) => !seen.has(`${h.article.id} ${h.passage.start}`))];
}

interface DatedSentence {
  articleId: string;
  sentence: string;
  span: Span;
  citation: Citation;
  /** How many of the question's words the sentence holds. */
  score: number;
  /** The dates of what was asked: in a clause with its words, on the side of the article's day asked about. */
  dates: DateHighlight[];
}

/** The sentence's dates that date what was asked (see inEventClause and onAskedSide). */
function datesOfEvent(
  sentence: string,
  span: Span,
  printed: DateHighlight[],
  asked: WhenAsked,
  published: string | null,
) {
  return printed.filter(
    (d) =>
      inEventClause(clauseAt(sentence, span.start, d.start), asked) &&
      !deniedAt(sentence, span.start, d.start) &&
      onAskedSide(d.value, published, asked.looks),
  );
}

/** The sentences that state what was asked (see statesIt) with a date of it, each text once. */
async function datedSentences(
  archive: ArchiveReader,
  question: string,
  asked: WhenAsked,
): Promise<DatedSentence[]> {
  const out: DatedSentence[] = [];
  if (asked.event.size + asked.names.size === 0) return out;
  const texts = new Set<string>();
  const datesOf = new Map<string, Awaited<ReturnType<ArchiveReader['datesOf']>>>();
  for (const { article, passage } of await whenPassages(archive, question)) {
    const all = datesOf.get(article.id) ?? (await archive.datesOf(article.id));
    datesOf.set(article.id, all);
    const p = article.paragraphs.find((x) => x.n === passage.paragraph);
    for (const span of p?.sentences ?? []) {
      if (span.start < passage.start || span.end > passage.end) continue;
      const sentence = article.text.slice(span.start, span.end);
      if (!statesIt(sentence, asked)) continue;
      // The same sentence in two articles (a copy, the same wire story) is one report.
      const key = sameWordsKey(sentence);
      if (texts.has(key)) continue;
      const dates = datesOfEvent(sentence, span, datesWithin(all, span), asked, article.published);
      if (dates.length === 0) continue;
      texts.add(key);
      const score = [...termSet(sentence)].filter((t) => asked.event.has(t) || asked.names.has(t)).length;
      out.push({
        articleId: article.id,
        sentence,
        span,
        citation: citationFor(article, passage.paragraph, span),
        score,
        dates,
      });
    }
  }
  return out;
}

interface Chosen {
  c: DatedSentence;
  d: DateHighlight;
  /** The sentence prints the agreed date itself, not a finer one within it. */
  exact: boolean;
}

/** Each sentence with its date within the agreed one (that date itself if it prints it), the closest first. */
function withAgreedDate(candidates: DatedSentence[], agreed: string): Chosen[] {
  return candidates
    .flatMap((c) => {
      const d = c.dates.find((x) => x.value === agreed) ?? c.dates.find((x) => within(x.value, agreed));
      return d ? [{ c, d, exact: d.value === agreed }] : [];
    })
    .sort((a, b) => Number(b.exact) - Number(a.exact) || b.c.score - a.c.score);
}

/**
 * "When did …?": the date the articles agree on (see agreedDate), the sentence that states it best (printing that
 * date itself first, then with more of the question's words, then in the search's order) with the date marked,
 * and other articles that print it. Not found when no sentence states what was asked with a date of it.
 */
export async function answerWhen(archive: ArchiveReader, question: string): Promise<FactoidAnswer> {
  const asked = whenAsked(question, QUESTION_WORDS);
  const candidates = await datedSentences(archive, question, asked);
  const agreed = agreedDate(candidates);
  const ranked = agreed ? withAgreedDate(candidates, agreed.value) : [];
  const [best] = ranked;
  if (!best || !agreed) return { question, found: false, answer: null, supporting: [] };
  const shown = ({ c, d }: Chosen): FactoidSentence => ({
    sentence: c.sentence,
    highlights: [{ start: d.start - c.span.start, end: d.end - c.span.start, text: d.text }],
    citation: c.citation,
  });
  const others = ranked.filter((x, i) => ranked.findIndex((y) => y.c.articleId === x.c.articleId) === i);
  return {
    question,
    found: true,
    answer: shown(best),
    supporting: others
      .filter((x) => x.c.articleId !== best.c.articleId)
      .slice(0, SUPPORTING)
      .map(shown),
    date: { value: agreed.value, articles: agreed.articles, rule: best.d.rule },
  };
}
