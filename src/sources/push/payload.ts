/**
 * What a CMS webhook sends to `POST /ingest` (JSON): a published or updated article, or a deletion.
 * `{ "action": "publish" | "delete", "id", "title", "url", "authors", "published", "modified", "html" | "text",
 *    "outlet", "embargoedUntil", "source" }` — `id` is the CMS's own id for the article and is required.
 */
import type { WireItem } from '../compose';
import { fragmentParagraphs } from '../html/htmlText';

export type Push =
  | { ok: true; action: 'publish'; source: string | null; item: WireItem }
  | { ok: true; action: 'delete'; source: string | null; id: string }
  | { ok: false; reason: string };

const str = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null;

export function parsePush(body: string): Push {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'the body is not JSON' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, reason: 'the body must be a JSON object' };
  const d = data as Record<string, unknown>;
  const id = str(d.id);
  if (!id) return { ok: false, reason: '"id" is required (the CMS’s own id for the article)' };
  const source = str(d.source);
  const action = d.action ?? 'publish';
  if (action === 'delete') return { ok: true, action, source, id };
  if (action !== 'publish') return { ok: false, reason: '"action" must be "publish" or "delete"' };
  const html = str(d.html);
  const text = str(d.text);
  if (!html && !text) return { ok: false, reason: '"html" or "text" is required' };
  const authors = Array.isArray(d.authors)
    ? d.authors.map(str).filter((a): a is string => !!a)
    : str(d.authors)
      ? [str(d.authors) as string]
      : [];
  return {
    ok: true,
    action,
    source,
    item: {
      guid: id,
      title: str(d.title),
      authors,
      url: str(d.url),
      outlet: str(d.outlet),
      published: str(d.published),
      modified: str(d.modified),
      paragraphs: html ? fragmentParagraphs(html) : (text as string).split(/\n\s*\n|\n/),
      embargoedUntil: str(d.embargoedUntil),
    },
  };
}
