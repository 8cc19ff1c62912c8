/** Small invented articles for the digest's unit tests. */
import { parseArticle } from '../../src/corpus/parseArticle';
import type { Article } from '../../src/corpus/types';

export interface FixtureMeta {
  id: string;
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
}

export function fixtureArticle(meta: FixtureMeta, body: string): Article {
  const front = [
    '---',
    ...(meta.title ? [`title: ${JSON.stringify(meta.title)}`] : []),
    `outlet: ${JSON.stringify(meta.outlet ?? 'The Riverton Ledger')}`,
    ...(meta.published ? [`published: ${meta.published}`] : []),
    ...(meta.url ? [`url: ${JSON.stringify(meta.url)}`] : []),
    '---',
    '',
  ].join('\n');
  return parseArticle({ id: meta.id, file: `${meta.id}.md`, text: `${front}${body}` }).article;
}
