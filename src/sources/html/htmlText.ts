/**
 * The text of an article from HTML: embeds and page chrome out (embedRules), then one paragraph per block
 * (paragraphs, headings, list items, quotations). A whole page goes through Readability (Mozilla's reader view)
 * over linkedom's DOM to find the article among the page; an HTML body from a feed or an API is read as it is.
 * The page's JSON-LD NewsArticle gives the dates, the headline and the byline a feed may lack.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { EMBED_SELECTOR } from './embedRules';

export interface PageMeta {
  headline: string | null;
  datePublished: string | null;
  dateModified: string | null;
  authors: string[];
  url: string | null;
  publisher: string | null;
}

export interface PageText {
  title: string | null;
  paragraphs: string[];
  meta: PageMeta | null;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, pre, td';
/** The little of the DOM read here (the project compiles without the DOM library). */
interface El {
  querySelectorAll(selector: string): ArrayLike<El>;
  querySelector(selector: string): El | null;
  remove(): void;
  textContent: string | null;
}
interface Doc extends El {
  body: El | null;
}

function documentOf(html: string): Doc {
  const whole = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(whole).document as unknown as Doc;
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Paragraphs of an element: its block elements' text (innermost blocks), else its own text. */
function paragraphsOf(root: El): string[] {
  for (const el of Array.from(root.querySelectorAll(EMBED_SELECTOR))) el.remove();
  const blocks = Array.from(root.querySelectorAll(BLOCKS)).filter((el) => !el.querySelector(BLOCKS));
  if (blocks.length === 0) {
    const text = clean(root.textContent ?? '');
    return text ? [text] : [];
  }
  return blocks.map((el) => clean(el.textContent ?? '')).filter(Boolean);
}

/** An HTML body from a feed or an API (content:encoded, content.rendered): its paragraphs. */
export function fragmentParagraphs(html: string): string[] {
  const doc = documentOf(html);
  return doc.body ? paragraphsOf(doc.body) : [];
}

/** The article in a whole page: Readability's pick, embeds out; the JSON-LD metadata. */
export function pageText(html: string): PageText {
  const doc = documentOf(html);
  const meta = jsonLdMeta(doc);
  for (const el of Array.from(doc.querySelectorAll(EMBED_SELECTOR))) el.remove();
  const read = new Readability(doc as unknown as ConstructorParameters<typeof Readability>[0], {
    keepClasses: false,
  }).parse();
  const title = clean(read?.title ?? '') || null;
  const paragraphs = read?.content
    ? fragmentParagraphs(read.content)
    : doc.body
      ? paragraphsOf(doc.body)
      : [];
  return { title, paragraphs, meta };
}

const NEWS_TYPES =
  /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|ReviewNewsArticle)$/;

function nodesOf(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(nodesOf);
  if (typeof value !== 'object' || value === null) return [];
  const node = value as Record<string, unknown>;
  return [node, ...nodesOf(node['@graph'])];
}

const isNews = (node: Record<string, unknown>) => {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && NEWS_TYPES.test(t));
};

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

function namesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list
    .map((a) => (typeof a === 'string' ? a : str((a as Record<string, unknown> | null)?.name)))
    .filter((a): a is string => !!a);
}

/** The page's JSON-LD NewsArticle (or Article), when it has one. */
export function jsonLdMeta(doc: Doc): PageMeta | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const node = nodesOf(data).find(isNews);
    if (!node) continue;
    const publisher = node.publisher as Record<string, unknown> | undefined;
    return {
      headline: str(node.headline),
      datePublished: str(node.datePublished),
      dateModified: str(node.dateModified),
      authors: namesOf(node.author),
      url: str(node.url) ?? str(node.mainEntityOfPage),
      publisher: str(publisher?.name),
    };
  }
  return null;
}
