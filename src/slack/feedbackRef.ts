/** Which answer feedback is about: its command, question, kind, cited articles and the index version. */
import { createHash } from 'node:crypto';
import type { AnyCommand } from '../commands';
import type { AnsweredRef } from '../feedback/store';
import { INDEX_VERSION } from '../indexing/version';

/** How many cited article ids a vote keeps. */
export const MAX_CITED_IDS = 30;

/** Every `articleId` the answer cites, in the order met, once each. */
export function citedArticleIds(answer: unknown): string[] {
  const ids = new Set<string>();
  const walk = (value: unknown): void => {
    if (ids.size >= MAX_CITED_IDS || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) walk(v);
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.articleId === 'string') ids.add(record.articleId);
    for (const v of Object.values(record)) walk(v);
  };
  walk(answer);
  return [...ids];
}

/** The answer's kind: the command's name, and for /ask the intent it chose. */
export function kindOf(command: AnyCommand, answer: unknown): string {
  const intent = (answer as { intent?: unknown } | null)?.intent;
  return typeof intent === 'string' ? `${command.name}:${intent}` : command.name;
}

export function answeredRef(command: AnyCommand, question: string, answer: unknown): AnsweredRef {
  const kind = kindOf(command, answer);
  const answerId = createHash('sha256')
    .update([command.name, question, INDEX_VERSION].join('\u0000'))
    .digest('hex')
    .slice(0, 16);
  return {
    answerId,
    command: command.name,
    question,
    kind,
    articleIds: citedArticleIds(answer),
    indexVersion: INDEX_VERSION,
  };
}
