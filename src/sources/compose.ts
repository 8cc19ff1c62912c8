/**
 * Turns an item a source delivered (a feed entry, a post, a wire item) into an Article through the same parser a
 * corpus file goes through: the metadata as front matter, the body one paragraph per line. Its version is a hash
 * of what an answer can show (title, byline, dates, text), so a feed that re-serves an item unchanged changes
 * nothing and an edit (a later modified time or a changed body) replaces the old version.
 */
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { NO_BODY_REASON } from '../corpus/loadArticles';
import { parseArticle } from '../corpus/parseArticle';
import type { Article } from '../corpus/types';
import { correctionRuleFor } from './correctionRules';
import { dayOf, instantOf, isoOf } from './dates';
import type { ReadItem } from './types';

/** One article as a source delivered it, before parsing. */
export interface WireItem {
  /** The item's own id: guid, ninjs uri, post id. */
  guid: string;
  title: string | null;
  authors: string[];
  url: string | null;
  outlet: string | null;
  /** As the source wrote it (ISO 8601, RFC 822…), or null. */
  published: string | null;
  modified: string | null;
  /** The body, one paragraph each, embeds already out. */
  paragraphs: string[];
  /** Held until this time (ISO 8601) when the item is embargoed. */
  embargoedUntil?: string | null;
}

/** The archive id of an item: the source's name and a digest of the item's own id. */
export function itemId(source: string, guid: string): string {
  return `${source}-${createHash('sha256').update(guid).digest('hex').slice(0, 16)}`;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The day it was modified, when that is a later day than publication. */
function updatedDay(item: WireItem): string | null {
  const published = instantOf(item.published);
  const modified = instantOf(item.modified);
  if (published === null || modified === null || modified <= published) return null;
  const day = dayOf(item.modified);
  return day !== null && day !== dayOf(item.published) ? day : null;
}

function textOf(item: WireItem, outlet: string | null): string {
  const meta: Record<string, unknown> = {
    title: item.title ? oneLine(item.title) : null,
    outlet: item.outlet ?? outlet,
    authors: item.authors.map(oneLine).filter(Boolean),
    url: item.url,
    published: dayOf(item.published),
  };
  const body = item.paragraphs.map(oneLine).filter(Boolean).join('\n\n');
  return `---\n${stringify(meta)}---\n\n${body}\n`;
}

export interface ComposeOptions {
  /** The archive id (by default derived from the source and the guid). */
  id?: string;
  /** Article.file (by default the item's URL). */
  file?: string;
}

export function composeArticle(
  source: string,
  item: WireItem,
  outlet: string | null,
  options: ComposeOptions = {},
): ReadItem {
  const id = options.id ?? itemId(source, item.guid);
  const file = options.file ?? item.url ?? `${source}/${item.guid}`;
  const text = textOf(item, outlet);
  const { article } = parseArticle({ id, file, text });
  if (article.paragraphs.length === 0) return { ok: false, skipped: { file, reason: NO_BODY_REASON } };
  const full: Article = {
    ...article,
    updated: updatedDay(item),
    corrections: corrections(article),
    source,
    publishedAt: isoOf(item.published),
  };
  const version = createHash('sha256')
    .update(JSON.stringify([text, item.modified ?? '']))
    .digest('hex');
  return { ok: true, article: full, version };
}

function corrections(article: Article): string[] {
  return article.paragraphs
    .map((p) => article.text.slice(p.start, p.end))
    .filter((p) => correctionRuleFor(p) !== null);
}
