/** Builds a parsed article from body text, for tests. */
import { parseArticle } from '../../src/corpus/parseArticle';
import type { Article } from '../../src/corpus/types';

export function articleFrom(
  body: string,
  meta: { id?: string; title?: string; published?: string } = {},
): Article {
  const id = meta.id ?? 'story';
  const front = [
    '---',
    `title: "${meta.title ?? 'A story'}"`,
    'outlet: "The Riverton Ledger"',
    ...(meta.published ? [`published: ${meta.published}`] : []),
    '---',
    '',
  ].join('\n');
  return parseArticle({ id, file: `${id}.md`, text: `${front}${body}` }).article;
}
