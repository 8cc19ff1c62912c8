/**
 * Reads and parses corpus files into Articles. A file that cannot be used is skipped with a reason; one bad file
 * never stops the rest from loading.
 */
import type { Logger } from '../logger';
import type { CorpusFile } from './listCorpusFiles';
import { parseArticle } from './parseArticle';
import { DEFAULT_MAX_ARTICLE_BYTES, readArticleFile } from './readArticleFile';
import type { Article, SkippedFile } from './types';

export const NO_BODY_REASON = 'no article text left after removing page furniture';

export interface LoadedArticle {
  file: CorpusFile;
  article: Article;
  /** Content hash of the bytes read, for the index snapshot. */
  hash: string;
}

export interface LoadOptions {
  logger: Logger;
  maxBytes?: number;
  hash: (bytes: Buffer) => string;
}

export type LoadOutcome = { ok: true; loaded: LoadedArticle } | { ok: false; skipped: SkippedFile };

export async function loadArticle(file: CorpusFile, options: LoadOptions): Promise<LoadOutcome> {
  const read = await readArticleFile(file.path, file.size, options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES);
  if (!read.ok) return { ok: false, skipped: { file: file.file, reason: read.reason } };
  const { article, problems } = parseArticle({ id: file.id, file: file.file, text: read.text });
  for (const problem of problems) options.logger.warn(`${file.file}: ${problem}`);
  if (article.paragraphs.length === 0)
    return { ok: false, skipped: { file: file.file, reason: NO_BODY_REASON } };
  return { ok: true, loaded: { file, article, hash: options.hash(read.bytes) } };
}
