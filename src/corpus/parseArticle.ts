/**
 * Turns one file's text into an Article: metadata from front matter (or the title line), the body cleaned of page
 * furniture, split into paragraphs and sentences. Nothing is rewritten; everything is a span of the text as read.
 */
import { splitBlocks } from './blocks';
import { parseFrontMatter } from './frontMatter';
import { endsLikeSentence, furnitureRuleFor } from './furnitureRules';
import { MAX_SENTENCE_CHARS, splitSentences } from './sentences';
import type { Article, Paragraph, RemovedLine, Span } from './types';

export interface ArticleSource {
  id: string;
  file: string;
  text: string;
}

export interface ParsedArticle {
  article: Article;
  /** Things worth a warning that did not stop the article loading (a bad front-matter field, say). */
  problems: string[];
}

/** A line with no sentence-final punctuation and at most this many words is a heading or dek, not a paragraph. */
export const MAX_HEADING_WORDS = 40;
const MAX_TITLE_CHARS = 200;

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

function looksLikeTitle(line: string, followedByBlank: boolean): boolean {
  if (line === '' || line.length > MAX_TITLE_CHARS || wordCount(line) > 30) return false;
  return !endsLikeSentence(line) || followedByBlank;
}

/** The title when no front matter gives one: the body's first line, when it looks like a title. */
export function titleFromFirstLine(text: string, bodyStart: number): string | null {
  const lines = text.slice(bodyStart).split('\n', 2);
  const first = (lines[0] ?? '').trim();
  return looksLikeTitle(first, (lines[1] ?? '').trim() === '') ? first : null;
}

/**
 * A line that opens with a dash and a capital, with no quotation in it and short: a sign-off under a quotation
 * ("— Ronna McDaniel, in a tweet"), not a bulleted item ("— Expand the child tax credit for “…”").
 */
const SIGN_OFF_LINE = /^[—–]\s*\p{Lu}[^"“”]{0,160}$/u;

export function isHeading(line: string): boolean {
  if (/^#{1,6}\s/.test(line)) return true;
  if (SIGN_OFF_LINE.test(line)) return false;
  return !endsLikeSentence(line) && wordCount(line) <= MAX_HEADING_WORDS;
}

interface Body {
  paragraphs: Paragraph[];
  headings: Span[];
  removed: RemovedLine[];
}

function classifyBlocks(
  text: string,
  blocks: Span[],
  meta: Omit<Article, 'file' | 'text' | 'bodyStart' | keyof Body>,
  problems: string[],
): Body {
  const body: Body = { paragraphs: [], headings: [], removed: [] };
  blocks.forEach((block, i) => {
    const line = text.slice(block.start, block.end);
    const nextBlock = blocks[i + 1];
    const next = nextBlock ? text.slice(nextBlock.start, nextBlock.end) : null;
    const rule = furnitureRuleFor({
      line,
      next,
      title: meta.title,
      outlet: meta.outlet,
      authors: meta.authors,
    });
    if (rule) {
      body.removed.push({ start: block.start, end: block.end, rule: rule.id });
    } else if (isHeading(line)) {
      body.headings.push(block);
    } else {
      const n = body.paragraphs.length + 1;
      const onCut = (length: number) => problems.push(longSentenceProblem(n, length));
      const sentences = splitSentences(text, block.start, block.end, onCut);
      body.paragraphs.push({ start: block.start, end: block.end, n, sentences });
    }
  });
  return body;
}

const longSentenceProblem = (paragraph: number, length: number) =>
  `paragraph ${paragraph} runs ${length} characters without a sentence end; its quotes and dates are read in pieces of ${MAX_SENTENCE_CHARS}`;

export function parseArticle(source: ArticleSource): ParsedArticle {
  const { text } = source;
  const frontMatter = parseFrontMatter(text);
  const { fields, bodyStart } = frontMatter;
  const meta = {
    id: source.id,
    title: fields.title !== undefined ? fields.title : titleFromFirstLine(text, bodyStart),
    outlet: fields.outlet ?? null,
    authors: fields.authors ?? [],
    url: fields.url ?? null,
    published: fields.published ?? null,
  };
  const problems = [...frontMatter.problems];
  const body = classifyBlocks(text, splitBlocks(text, bodyStart), meta, problems);
  const { paragraphs, headings, removed } = body;
  // Written out rather than spread: see mentionWith in quotes/mentions.ts.
  const { id, title, outlet, authors, url, published } = meta;
  const article = {
    id,
    title,
    outlet,
    authors,
    url,
    published,
    file: source.file,
    text,
    bodyStart,
    paragraphs,
    headings,
    removed,
  };
  return { article, problems };
}
