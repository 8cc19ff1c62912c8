/**
 * `wordpress`: the REST API of a WordPress site (`/wp-json/wp/v2/posts`). The first poll reads every published
 * post, page by page (X-WP-TotalPages); later polls read only posts modified since the last one seen
 * (`modified_after`), and list the ids of all published posts (`_fields=id`, cheap) so a post that was deleted
 * or unpublished leaves the archive. A post is identified by its id; its text is `content.rendered`.
 */
import type { WireItem } from '../compose';
import { fragmentParagraphs } from '../html/htmlText';
import type { Poller, PollerState, PollResult } from '../remoteSource';
import { fetchFor, type PollerContext, textOf } from './context';

const PER_PAGE = 100;
/** A site with more pages than this is read over several polls' increments. */
const MAX_PAGES = 50;

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (typeof v === 'object' && v !== null ? (v as Rec) : {});
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
const rendered = (v: unknown) => str(rec(v).rendered);

/** Text of an HTML snippet (a rendered title: entities decoded, tags out). */
const plain = (html: string | null) => (html ? fragmentParagraphs(html).join(' ') || null : null);

export function postItem(post: Rec): WireItem | null {
  const id = post.id;
  if (typeof id !== 'number' && typeof id !== 'string') return null;
  const embedded = rec(post._embedded);
  const authors = (Array.isArray(embedded.author) ? embedded.author : [])
    .map((a) => str(rec(a).name))
    .filter((a): a is string => !!a);
  const modified = str(post.modified);
  const published = str(post.date);
  return {
    guid: String(id),
    title: plain(rendered(post.title)),
    authors,
    url: str(post.link),
    outlet: null,
    published,
    modified: modified !== published ? modified : null,
    paragraphs: fragmentParagraphs(rendered(post.content) ?? ''),
  };
}

export class WordPressPoller implements Poller {
  /** The latest `modified_gmt` seen: the next increment starts there. */
  private since: string | null = null;

  constructor(private readonly ctx: PollerContext) {}

  private endpoint(query: Record<string, string>): string {
    const url = new URL('wp-json/wp/v2/posts', this.ctx.config.url as string);
    for (const [k, v] of Object.entries({ status: 'publish', per_page: String(PER_PAGE), ...query }))
      url.searchParams.set(k, v);
    return url.href;
  }

  /** Every page of a listing. */
  private async pages(query: Record<string, string>): Promise<Rec[]> {
    const posts: Rec[] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const fetched = await fetchFor(this.ctx, this.endpoint({ ...query, page: String(page) }), {
        accept: 'application/json',
      });
      const data: unknown = JSON.parse(textOf(fetched));
      if (!Array.isArray(data)) throw new Error('the posts endpoint did not answer with a list');
      posts.push(...data.map(rec));
      const header = fetched.headers?.['x-wp-totalpages'];
      const total = header === undefined ? (data.length < PER_PAGE ? page : page + 1) : Number(header);
      if (page >= total || data.length === 0) break;
    }
    return posts;
  }

  async poll(): Promise<PollResult> {
    const query: Record<string, string> = { _embed: 'author', orderby: 'modified', order: 'asc' };
    if (this.since) query.modified_after = this.since;
    const posts = await this.pages(query);
    const items = posts.map(postItem).filter((i): i is WireItem => i !== null);
    for (const post of posts) {
      const gmt = str(post.modified_gmt);
      if (gmt && (!this.since || gmt > this.since)) this.since = gmt;
    }
    if (!query.modified_after) return { items, removed: [], complete: true };
    const present = (await this.pages({ _fields: 'id' })).map((p) => String(p.id));
    return { items, removed: [], present };
  }

  /** The cursor survives a restart, so a restart reads what changed, not the whole site again. */
  saveState(): PollerState {
    return { since: this.since };
  }

  restoreState(state: PollerState): void {
    this.since = typeof state.since === 'string' && state.since !== '' ? state.since : null;
  }
}
