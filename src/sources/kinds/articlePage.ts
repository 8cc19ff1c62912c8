/** Reads an article page: its main text (Readability, embeds out) and its JSON-LD NewsArticle metadata. */
import type { WireItem } from '../compose';
import { pageText } from '../html/htmlText';
import { fetchFor, type PollerContext, textOf } from './context';

export async function readArticlePage(ctx: PollerContext, url: string): Promise<ReturnType<typeof pageText>> {
  const fetched = await fetchFor(ctx, url, { accept: 'text/html,application/xhtml+xml' });
  return pageText(textOf(fetched));
}

/** An item completed from its page: the page's text, and what the page's JSON-LD knows that the item does not. */
export async function withPage(ctx: PollerContext, item: WireItem): Promise<WireItem> {
  if (!item.url) return item;
  const page = await readArticlePage(ctx, item.url);
  const meta = page.meta;
  return {
    ...item,
    title: item.title ?? meta?.headline ?? page.title,
    authors: item.authors.length ? item.authors : (meta?.authors ?? []),
    published: item.published ?? meta?.datePublished ?? null,
    modified: item.modified ?? meta?.dateModified ?? null,
    outlet: item.outlet ?? meta?.publisher ?? null,
    paragraphs: page.paragraphs.length ? page.paragraphs : item.paragraphs,
  };
}
