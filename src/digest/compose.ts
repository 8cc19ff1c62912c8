/**
 * The digest of a window: the articles published in it, grouped into stories by weighted evidence (cluster.ts),
 * each with the headline of its most representative news report and that report's first real sentence
 * (headline.ts), the articles and outlets that carried it, and up to three key quotes from named people, with
 * the speaker `/whosaid` gives (keyQuotes.ts); who was quoted most, people merged by name (names.ts). Stories are
 * ordered by how many outlets carried them, then by recency. Articles with no date are listed apart, as
 * undated, in the digest of the days they were first indexed: never as that day's news.
 */
import { inWindow, type StoredQuote } from '../answers/archive';
import { type Citation, citationFor } from '../answers/citation';
import type { Article, ArticleMeta } from '../corpus/types';
import { cleanHeadline, leadOf, representative } from './headline';
import { type Attribution, chooseKeyQuotes } from './keyQuotes';
import { displayName, groupNames, notPersonRule } from './names';
import { groupStories, type StoryGroups, type StoryInput } from './stories';

export interface DigestQuote {
  speaker: string;
  role: string | null;
  quote: string;
  citation: Citation;
}

export interface DigestStory {
  headline: string;
  summary: string;
  /** The outlets that carried the story, most articles first. */
  outlets: string[];
  articles: Citation[];
  quotes: DigestQuote[];
  /** The rules that shaped the headline and lead (site suffix taken off, sentences passed over). */
  rules: string[];
}

export interface Digest {
  since: string;
  until: string;
  stories: DigestStory[];
  mostQuoted: { speaker: string; count: number }[];
  /** Articles with no date, first indexed in the window: listed apart, never as the window's news. */
  undated: Citation[];
}

export interface DigestWindow {
  since: string;
  until: string;
  /** When each article was first indexed (YYYY-MM-DD), for articles without a publication date. */
  firstIndexed: ReadonlyMap<string, string>;
}

const MOST_QUOTED = 5;

/** What composing reads: the window's articles and their quotes, fetched from the archive beforehand. */
export interface Archive {
  articleMetas(): ArticleMeta[];
  article(id: string): Article | undefined;
  quotes: { forArticle(id: string): StoredQuote[] };
}

/** Who said a quote's words, as `/whosaid` answers it. */
export type Attribute = (text: string) => Promise<Attribution | null>;

/** Whether an article belongs to the window's digest: by its date, or undated and first indexed in it. */
export function inDigestWindow(meta: ArticleMeta, window: DigestWindow): boolean {
  return inWindow(meta.published ?? window.firstIndexed.get(meta.id) ?? null, window);
}

/** Where an article is cited when nothing in particular is: its lead, else its first paragraph. */
function articleCitation(article: Article): Citation {
  const lead = leadOf(article);
  if (lead) return citationFor(article, lead.paragraph, lead.span);
  const first = article.paragraphs[0];
  const span = first?.sentences[0] ?? first ?? { start: article.bodyStart, end: article.bodyStart };
  return citationFor(article, first?.n ?? 1, span);
}

/** The printed quoted words of an article's quotes. */
const quotedWords = (article: Article, quotes: StoredQuote[]) =>
  quotes.flatMap((q) => q.quoted.map((s) => article.text.slice(s.start, s.end)));

function outletsOf(articles: Article[]): string[] {
  const counts = new Map<string, number>();
  for (const a of articles) if (a.outlet) counts.set(a.outlet, (counts.get(a.outlet) ?? 0) + 1);
  return [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([o]) => o);
}

function headlineAndLead(
  main: Article,
  ordered: Article[],
): Pick<DigestStory, 'headline' | 'summary' | 'rules'> {
  const withLead = [main, ...ordered.filter((a) => a !== main)].find((a) => leadOf(a) !== null);
  const lead = withLead ? leadOf(withLead) : null;
  const sentence = withLead && lead ? withLead.text.slice(lead.span.start, lead.span.end).trim() : '';
  const cleaned = main.title ? cleanHeadline(main.title, main.outlet) : null;
  return {
    headline: cleaned?.headline || sentence || main.id,
    summary: sentence,
    rules: [...(cleaned?.rules ?? []), ...(lead?.skipped ?? [])],
  };
}

async function storyOf(
  articles: Article[],
  centrality: number[],
  archive: Archive,
  attribute: Attribute,
): Promise<DigestStory> {
  const main = articles[representative(articles, centrality)] as Article;
  const ordered = [...articles].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
  const candidates = ordered.flatMap((a) =>
    archive.quotes.forArticle(a.id).map((q) => ({ ...q, title: a.title, article: a })),
  );
  const quotes = (await chooseKeyQuotes(candidates, attribute)).map(({ candidate, speaker, role }) => ({
    speaker,
    role,
    quote: candidate.text,
    citation: citationFor(candidate.article, candidate.paragraph, candidate),
  }));
  return {
    ...headlineAndLead(main, ordered),
    outlets: outletsOf(ordered),
    articles: ordered.map(articleCitation),
    quotes,
  };
}

/** People quoted in the window, merged by name, most quotes first. */
function mostQuoted(articles: Article[], archive: Archive): Digest['mostQuoted'] {
  const names = articles.flatMap((a) =>
    archive.quotes
      .forArticle(a.id)
      .filter((q) => q.named && q.speaker !== null && notPersonRule(q.speaker) === null)
      .map((q) => q.speaker as string),
  );
  const people = new Map<number, string[]>();
  groupNames(names).forEach((p, i) => {
    people.set(p, [...(people.get(p) ?? []), names[i] as string]);
  });
  return [...people.values()]
    .map((variants) => ({ speaker: displayName(variants), count: variants.length }))
    .sort((x, y) => y.count - x.count || x.speaker.localeCompare(y.speaker))
    .slice(0, MOST_QUOTED);
}

const latest = (s: DigestStory) =>
  s.articles.reduce((m, c) => ((c.published ?? '') > m ? (c.published ?? '') : m), '');

/** Groups the window's articles into stories (in a worker thread in the app: see storiesPool.ts). */
export type Group = (inputs: StoryInput[]) => Promise<StoryGroups>;

/**
 * The digest of a window from its articles and their quotes; `attribute` is `/whosaid` over the whole archive,
 * the one attribution path the digest shares with it.
 */
export async function composeDigest(
  archive: Archive,
  window: DigestWindow,
  attribute: Attribute,
  group: Group = async (inputs) => groupStories(inputs),
): Promise<Digest> {
  // The archive gives its articles in no set order (an engine following PostgreSQL holds them in the order they
  // were indexed): by id, the digest is the same whichever engine or worker order built the archive.
  const metas = archive.articleMetas().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const load = (ms: ArticleMeta[]) =>
    ms.map((m) => archive.article(m.id)).filter((a): a is Article => a !== undefined);
  const articles = load(metas.filter((m) => inWindow(m.published, window)));
  const undated = load(
    metas.filter((m) => m.published === null && inWindow(window.firstIndexed.get(m.id) ?? null, window)),
  );
  const grouped = await group(
    articles.map((article) => ({
      article,
      quoted: quotedWords(article, archive.quotes.forArticle(article.id)),
    })),
  );
  const stories: DigestStory[] = [];
  for (const [k, members] of grouped.groups.entries()) {
    const story = members.map((i) => articles[i] as Article);
    stories.push(await storyOf(story, grouped.centrality[k] ?? [], archive, attribute));
  }
  stories.sort(
    (a, b) =>
      b.outlets.length - a.outlets.length ||
      latest(b).localeCompare(latest(a)) ||
      b.articles.length - a.articles.length ||
      a.headline.localeCompare(b.headline),
  );
  return {
    since: window.since,
    until: window.until,
    stories,
    mostQuoted: mostQuoted(articles, archive),
    undated: undated.map(articleCitation),
  };
}
