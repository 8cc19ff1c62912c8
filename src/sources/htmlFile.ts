/** A saved article page in the corpus folder, read as a feed's article page is (decoded by its declared charset). */
import { readFile } from 'node:fs/promises';
import type { CorpusFile } from '../corpus/listCorpusFiles';
import type { LoadOutcome } from '../corpus/loadArticles';
import { DEFAULT_MAX_ARTICLE_BYTES, REASONS } from '../corpus/readArticleFile';
import { composeArticle } from './compose';
import { decodeText } from './decode';
import { contentHashOf } from './hash';
import { pageText } from './html/htmlText';

export async function loadHtmlArticle(file: CorpusFile): Promise<LoadOutcome> {
  if (file.size > DEFAULT_MAX_ARTICLE_BYTES)
    return {
      ok: false,
      skipped: { file: file.file, reason: REASONS.tooLarge(file.size, DEFAULT_MAX_ARTICLE_BYTES) },
    };
  let bytes: Buffer;
  try {
    bytes = await readFile(file.path);
  } catch (err) {
    return {
      ok: false,
      skipped: {
        file: file.file,
        reason: REASONS.unreadable((err as NodeJS.ErrnoException).code ?? String(err)),
      },
    };
  }
  const page = pageText(decodeText(bytes));
  const meta = page.meta;
  const item = {
    guid: file.id,
    title: meta?.headline ?? page.title,
    authors: meta?.authors ?? [],
    url: meta?.url ?? null,
    outlet: meta?.publisher ?? null,
    published: meta?.datePublished ?? null,
    modified: meta?.dateModified ?? null,
    paragraphs: page.paragraphs,
  };
  const read = composeArticle('', item, null, { id: file.id, file: file.file });
  if (!read.ok) return read;
  const { source: _source, ...article } = read.article;
  return { ok: true, loaded: { file, article, hash: contentHashOf(bytes) } };
}
