/** Checks and tidies what a person typed before any answer is looked up. */

export const MAX_QUERY_CHARS = 1000;

export type QueryProblem =
  | { ok: false; problem: 'empty' }
  | { ok: false; problem: 'too-long'; length: number }
  /** The question was understood but not answered, for the reason given (a window too large, a deadline). */
  | { ok: false; problem: 'refused'; message: string };

export type NormalisedQuery = { ok: true; text: string } | QueryProblem;

export function normaliseQuery(raw: string): NormalisedQuery {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text === '') return { ok: false, problem: 'empty' };
  if (text.length > MAX_QUERY_CHARS) return { ok: false, problem: 'too-long', length: text.length };
  return { ok: true, text };
}
