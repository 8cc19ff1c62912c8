/**
 * `feed`: RSS 2.0 (with content:encoded), Atom, RDF and JSON Feed, parsed by feedsmith. An item is identified by
 * its guid (Atom id, JSON Feed id; the link when there is none). When an item carries only a summary, its
 * article page is fetched and read (once per version of the item). An unchanged feed (304) changes nothing.
 */
import { parseFeed } from 'feedsmith';
import type { WireItem } from '../compose';
import { savedValidators, type Validators } from '../fetch/fetcher';
import { fragmentParagraphs } from '../html/htmlText';
import type { Poller, PollerState, PollResult } from '../remoteSource';
import { withPage } from './articlePage';
import { fetchFor, type PollerContext, textOf } from './context';

/** An entry as the four formats give it, before its page (if needed) is read. */
interface Entry {
  item: WireItem;
  /** True when the entry has only a summary: the page holds the text. */
  summaryOnly: boolean;
}

type Rec = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const rec = (v: unknown): Rec => (typeof v === 'object' && v !== null ? (v as Rec) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const textValue = (v: unknown): string | null => str(v) ?? str(rec(v).value);

function authorsOf(entry: Rec): string[] {
  const names = list(entry.authors).map((a) => (typeof a === 'string' ? a : str(rec(a).name)));
  const creators = list(rec(entry.dc).creators).map(str);
  const all = [...creators, ...names].filter((n): n is string => !!n).map(cleanAuthor);
  return [...new Set(all)];
}

/** RSS's `author` is "email (Name)"; keep the name. */
function cleanAuthor(raw: string): string {
  const m = /^\S+@\S+\s*\(([^)]+)\)$/.exec(raw);
  return (m?.[1] ?? raw).trim();
}

function entryOf(format: string, raw: Rec): Entry | null {
  const dc = rec(raw.dc);
  const full =
    str(rec(raw.content).encoded) ??
    (format === 'atom' ? textValue(raw.content) : null) ??
    str(raw.content_html) ??
    str(raw.content_text);
  const summary = str(raw.description) ?? textValue(raw.summary) ?? str(raw.summary);
  const alternate = list(raw.links)
    .map(rec)
    .find((l) => !l.rel || l.rel === 'alternate');
  const url = str(raw.link) ?? str(raw.url) ?? str(alternate?.href) ?? null;
  const guid = str(rec(raw.guid).value) ?? str(raw.guid) ?? str(raw.id) ?? str(rec(raw.rdf).about) ?? url;
  if (!guid) return null;
  const dates = list(dc.dates).map(str);
  const published = str(raw.pubDate) ?? str(raw.published) ?? str(raw.date_published) ?? dates[0] ?? null;
  const modified = str(raw.updated) ?? str(raw.date_modified) ?? null;
  const html = full ?? summary ?? '';
  return {
    item: {
      guid,
      title: textValue(raw.title),
      authors: authorsOf(raw),
      url,
      outlet: null,
      published: published ?? modified,
      modified: modified !== published ? modified : null,
      paragraphs: /<[a-z]/i.test(html) ? fragmentParagraphs(html) : html.split(/\n\s*\n/),
    },
    summaryOnly: full === null,
  };
}

export function feedEntries(text: string): Entry[] {
  const { format, feed } = parseFeed(text);
  const raw = format === 'atom' ? rec(feed).entries : rec(feed).items;
  return list(raw)
    .map((e) => entryOf(format, rec(e)))
    .filter((e): e is Entry => e !== null);
}

export class FeedPoller implements Poller {
  /** Items completed from their page in the last poll, by guid and version (older keys are dropped). */
  private pages = new Map<string, WireItem>();
  /** The last feed read whole: sent back so an unchanged feed answers 304. */
  private validators: Validators | null = null;

  constructor(private readonly ctx: PollerContext) {}

  async poll(): Promise<PollResult> {
    const url = this.ctx.config.url as string;
    const fetched = await fetchFor(this.ctx, url, {
      validators: this.validators,
      accept:
        'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.8',
    });
    if (fetched.notModified) return { items: [], removed: [] };
    const result: PollResult = { items: [], removed: [], skipped: [] };
    const kept = new Map<string, WireItem>();
    for (const entry of feedEntries(textOf(fetched))) {
      if (!entry.summaryOnly) result.items.push(entry.item);
      else await this.completed(entry.item, result, kept);
    }
    this.pages = kept;
    // Only a feed that was read counts as seen: a malformed one is fetched whole again next time.
    this.validators = fetched.validators;
    return result;
  }

  saveState(): PollerState {
    return { validators: this.validators };
  }

  restoreState(state: PollerState): void {
    this.validators = savedValidators(state.validators);
  }

  private async completed(item: WireItem, result: PollResult, kept: Map<string, WireItem>): Promise<void> {
    const key = JSON.stringify([item.guid, item.modified, item.published, item.paragraphs]);
    const known = this.pages.get(key);
    if (known) {
      kept.set(key, known);
      result.items.push(known);
      return;
    }
    try {
      const full = await withPage(this.ctx, item);
      kept.set(key, full);
      result.items.push(full);
    } catch (err) {
      result.skipped?.push({ item: item.url ?? item.guid, reason: (err as Error).message });
    }
  }
}
