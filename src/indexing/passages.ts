/**
 * Passages are what the index holds and what a citation quotes: a paragraph, or for a long paragraph a run of its
 * sentences. Each knows its article, paragraph number and character range in the file.
 */
import type { Article, Paragraph, Span } from '../corpus/types';
import type { Passage } from './types';

export const passageId = (articleId: string, paragraph: number, part: number): string =>
  part === 0 ? `${articleId}#${paragraph}` : `${articleId}#${paragraph}.${part}`;

/** Paragraphs longer than this are cut at sentence boundaries into passages of at most about this size. */
export const MAX_PASSAGE_CHARS = 1200;

function sentenceRuns(paragraph: Paragraph): Span[] {
  const runs: Span[] = [];
  let run: Span | null = null;
  for (const sentence of paragraph.sentences) {
    if (run !== null && sentence.end - run.start <= MAX_PASSAGE_CHARS) {
      run.end = sentence.end;
    } else {
      run = { start: sentence.start, end: sentence.end };
      runs.push(run);
    }
  }
  return runs;
}

export function passagesOf(article: Article): Passage[] {
  return article.paragraphs.flatMap((paragraph) => {
    const spans: Span[] =
      paragraph.end - paragraph.start > MAX_PASSAGE_CHARS ? sentenceRuns(paragraph) : [paragraph];
    return spans.map((span, k) => {
      const part = spans.length === 1 ? 0 : k + 1;
      return {
        id: passageId(article.id, paragraph.n, part),
        articleId: article.id,
        paragraph: paragraph.n,
        part,
        start: span.start,
        end: span.end,
      };
    });
  });
}
