/**
 * `sitemap`: a Google News sitemap (`<url><loc>` with `news:publication_date`, `news:title`, `news:publication`),
 * or a sitemap index of them. Each article's page is fetched and read (once per URL and publication date); the
 * sitemap's title and date win over the page's, the page's JSON-LD gives the byline and the modified time.
 */
import type { WireItem } from '../compose';
import { savedValidators, type Validators } from '../fetch/fetcher';
import type { Poller, PollerState, PollResult } from '../remoteSource';
import { withPage } from './articlePage';
import { fetchFor, type PollerContext, textOf } from './context';
import { asList, node, parseXml, text } from './xml';

/** At most this many child sitemaps of an index, and article pages per poll. */
const MAX_CHILD_SITEMAPS = 20;
const MAX_NEW_PAGES = 200;

interface Entry {
  loc: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  modified: string | null;
}

export function sitemapEntries(xml: string): { entries: Entry[]; children: string[] } {
  const doc = parseXml(xml);
  const children = asList(node(doc.sitemapindex).sitemap)
    .map((s) => text(node(s).loc))
    .filter((l): l is string => !!l);
  const entries = asList(node(doc.urlset).url).flatMap((u) => {
    const url = node(u);
    const loc = text(url.loc);
    if (!loc) return [];
    const news = node(asList(url.news)[0]);
    return [
      {
        loc,
        title: text(news.title),
        published: text(news.publication_date),
        outlet: text(node(news.publication).name),
        modified: text(url.lastmod),
      },
    ];
  });
  return { entries, children };
}

export class SitemapPoller implements Poller {
  /** Items completed from their page in the last poll, by guid and version (older keys are dropped). */
  private pages = new Map<string, WireItem>();
  /** The last sitemap read whole: sent back so an unchanged one answers 304. */
  private validators: Validators | null = null;

  constructor(private readonly ctx: PollerContext) {}

  async poll(): Promise<PollResult> {
    const first = await fetchFor(this.ctx, this.ctx.config.url as string, { validators: this.validators });
    if (first.notModified) return { items: [], removed: [] };
    const { entries, children } = sitemapEntries(textOf(first));
    for (const child of children.slice(0, MAX_CHILD_SITEMAPS)) {
      const fetched = await fetchFor(this.ctx, child);
      entries.push(...sitemapEntries(textOf(fetched)).entries);
    }
    const result: PollResult = { items: [], removed: [], skipped: [] };
    const kept = new Map<string, WireItem>();
    let fetchedPages = 0;
    for (const entry of entries) {
      const key = JSON.stringify([entry.loc, entry.published, entry.modified, entry.title]);
      const known = this.pages.get(key);
      if (known) {
        kept.set(key, known);
        result.items.push(known);
      } else if (fetchedPages++ < MAX_NEW_PAGES) await this.read(entry, key, result, kept);
    }
    this.pages = kept;
    this.validators = first.validators;
    return result;
  }

  saveState(): PollerState {
    return { validators: this.validators };
  }

  restoreState(state: PollerState): void {
    this.validators = savedValidators(state.validators);
  }

  private async read(
    entry: Entry,
    key: string,
    result: PollResult,
    kept: Map<string, WireItem>,
  ): Promise<void> {
    const item: WireItem = {
      guid: entry.loc,
      title: entry.title,
      authors: [],
      url: entry.loc,
      outlet: entry.outlet,
      published: entry.published,
      modified: null,
      paragraphs: [],
    };
    try {
      const full = await withPage(this.ctx, item);
      kept.set(key, full);
      result.items.push(full);
    } catch (err) {
      result.skipped?.push({ item: entry.loc, reason: (err as Error).message });
    }
  }
}
