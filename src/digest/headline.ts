/**
 * A story's headline and lead, chosen: the headline is the title of its most representative news report (the
 * article closest to the story's centre, news reports before columns and roundups) with the site's name and
 * separators taken off the end; the lead is that article's first real sentence, verbatim. Each check is a rule
 * (data with an id, a reason and examples), and the story records which rules fired.
 */
import type { Article, Span } from '../corpus/types';

export interface TextRule {
  id: string;
  reason: string;
  pattern: RegExp;
  /** Texts the rule must match. */
  examples: readonly string[];
  /** Texts it must not match. */
  counterExamples: readonly string[];
}

/** Separators between a headline and the site's name: " - ", " | ", " – ", " — ", " :: ", " • ". */
const SEPARATOR = /\s+(?:[-|–—•·]|::)\s+/;

/** A trailing piece of a title that names the site rather than the news. */
export const SITE_SUFFIX_RULES: readonly TextRule[] = [
  {
    id: 'site-domain',
    reason: 'a web address (the site, not the news)',
    pattern: /\b[\w-]+\.(?:com|net|org|tv|us|co\.uk|news)\b/i,
    examples: ['MSNewsNow.com', 'WTVM.com-Columbus, GA News Weather & Sports'],
    counterExamples: ['Police identify man shot on Elm St.', 'Mayor says 2.5 million doses arrive'],
  },
  {
    id: 'site-name',
    reason: "a station's or paper's name: news, TV, radio, a masthead word, an outlet's slogan",
    pattern:
      /\b(?:News(?:\s?(?:Leader|Channel|Center|Now))?|TV|Radio|Channel|Times|Post|Herald|Tribune|Journal|Gazette|Chronicle|Courier|Dispatch|Sentinel|Examiner|Observer|Register|Daily|Weekly|Online|Press|Weather|Sports|WSB|[KW][A-Z]{2,3}(?:-TV)?)\b/,
    examples: ["Northern Michigan's News Leader", 'WMC Action News 5', 'The Daily Courier', 'KSDK'],
    counterExamples: ['police say', 'two dead', 'what we know'],
  },
  {
    id: 'site-place',
    reason:
      'the place line of a station\'s name ("Memphis, Tennessee", "Jackson, MS") after another site piece',
    pattern: /^[A-Z][\w.' ]+,\s*(?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)$/,
    examples: ['Memphis, Tennessee', 'Jackson, MS'],
    counterExamples: ['Man shot, killed', 'Police: suspect fled'],
  },
];

const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether a trailing piece names the outlet, or is a site's name by a rule; the rule's id, or null. */
function siteRule(piece: string, outlet: string | null, afterSite: boolean): string | null {
  if (outlet && fold(outlet).length > 2 && fold(piece).includes(fold(outlet).replace(/(?:com|net|org)$/, '')))
    return 'site-outlet';
  for (const rule of SITE_SUFFIX_RULES) {
    if (rule.id === 'site-place' && !afterSite) continue;
    if (rule.pattern.test(piece)) return rule.id;
  }
  return null;
}

/**
 * The title without the site's name at its end: trailing pieces after a separator are dropped, last first,
 * while each names a site (a place line only next to one). The headline itself is never dropped; the text kept
 * is the title's own, up to the end of its last kept piece.
 */
export function cleanHeadline(title: string, outlet: string | null): { headline: string; rules: string[] } {
  const text = title.trim();
  const separators = [...text.matchAll(new RegExp(SEPARATOR.source, 'g'))];
  const starts = [0, ...separators.map((m) => (m.index ?? 0) + m[0].length)];
  const ends = [...separators.map((m) => m.index ?? 0), text.length];
  const piece = (i: number) => text.slice(starts[i] as number, ends[i] as number);
  const rules: string[] = [];
  let kept = starts.length;
  while (kept > 1) {
    const afterSite = rules.length > 0 || (kept > 2 && siteRule(piece(kept - 2), outlet, false) !== null);
    const rule = siteRule(piece(kept - 1), outlet, afterSite);
    if (rule === null) break;
    rules.push(rule);
    kept--;
  }
  return { headline: text.slice(0, ends[kept - 1]).trim(), rules };
}

/** Articles that are not a news report of the event: read after the reports when choosing the headline. */
export const NOT_NEWS_RULES: readonly TextRule[] = [
  {
    id: 'opinion',
    reason: 'a column, an editorial, an opinion piece or letters',
    pattern:
      /^(?:opinion|column|editorial|commentary|analysis|letters?|perspective|view(?:point)?)\b\s*[:|-]|\/(?:opinion|opinions|columns?|editorials?|commentary|letters)\//i,
    examples: ['Opinion: The city failed these children', 'https://example.com/opinion/a-hard-week/'],
    counterExamples: ['Police release opinion of coroner', 'https://example.com/news/local/shooting/'],
  },
  {
    id: 'roundup',
    reason: 'a roundup or live page covering several stories',
    pattern:
      /\b(?:round-?up|live updates?|live blog|what we know|things to know|morning briefing|evening briefing|week in review|news in brief)\b|^the latest:/i,
    examples: ['Weekend roundup: three shootings overnight', 'The Latest: Storm moves east'],
    counterExamples: ['Man shot outside diner, police say'],
  },
];

export function notNewsRule(article: Pick<Article, 'title' | 'url'>): string | null {
  const texts = [article.title ?? '', article.url ?? ''];
  return NOT_NEWS_RULES.find((r) => texts.some((t) => r.pattern.test(t)))?.id ?? null;
}

/**
 * The index of the story's most representative article: news reports first, then the highest mean similarity
 * to the story's other articles (its centre), then the earliest.
 */
export function representative(
  articles: readonly Pick<Article, 'title' | 'url' | 'published'>[],
  centrality: readonly number[],
): number {
  const order = articles.map((_, i) => i);
  order.sort(
    (x, y) =>
      Number(notNewsRule(articles[x] as Article) !== null) -
        Number(notNewsRule(articles[y] as Article) !== null) ||
      (centrality[y] ?? 0) - (centrality[x] ?? 0) ||
      (articles[x]?.published ?? '9999').localeCompare(articles[y]?.published ?? '9999') ||
      x - y,
  );
  return order[0] ?? 0;
}

/** Sentences that are not the lead, whatever their place in the article. */
export const NOT_LEAD_RULES: readonly TextRule[] = [
  {
    id: 'dateline',
    reason: 'a dateline alone: a place, an agency or a date with no sentence after it',
    pattern:
      /^(?:[A-Z][A-Z.'’ -]+(?:,\s*[A-Z][\w.]+(?: [A-Z][\w.]+)?)?\s*(?:\([^)]*\))?|(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{4}-\d\d-\d\d)(?: \d{1,2}:\d\d ?(?:[ap]\.?m\.?)?)?)\s*[-—–:]*\s*$/,
    examples: ['HOUSTON (AP) —', 'SPRINGFIELD, Ill. —', 'Jan. 4, 2017'],
    counterExamples: ['HOUSTON (AP) — Two people were shot on Tuesday.'],
  },
  {
    id: 'caption',
    reason: 'a photo caption or credit',
    pattern:
      /^(?:\(?(?:photo|file photo|image|caption|pictured)\b|.*\((?:photo|file photo|image)[^)]*\)\s*$|.*\b(?:Getty Images|AP Photo|file photo|Staff Photo)\b)/i,
    examples: [
      'Photo: Officers outside the store on Main Street.',
      'Officers stand outside the store on Main Street. (Photo: Jane Roe/Staff)',
      'A crowd gathers near the scene. AP Photo/John Doe',
    ],
    counterExamples: ['Officers found two men outside the store, police said.'],
  },
  {
    id: 'byline',
    reason: 'a byline or a time stamp',
    pattern:
      /^(?:(?:BY|By|by)\s+[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*)*,?(?:\s+[A-Z][\w ]*)?$|(?:[Pp]osted|[Uu]pdated|[Pp]ublished|POSTED|UPDATED)\s*(?::|\d|on\b|at\b|[A-Z][a-z]{2}\.? \d).*|[Ww]ritten by .*)$/,
    examples: [
      'By Jane Roe',
      'By JANE ROE and Sam Poe',
      'Posted: Jan 2, 2017 6:10 PM EST',
      'Updated 3:15 p.m.',
    ],
    counterExamples: [
      'By Monday night, police had arrested two men.',
      'By the end of the day police arrested him.',
      'Updated guidance from the state says schools may open.',
    ],
  },
  {
    id: 'teaser',
    reason: 'a teaser or a call to action, not news',
    pattern:
      /^(?:watch|video|listen|click|tap|sign up|subscribe|read more|see also|related)\b\s*[:!—-]?|\b(?:check back|stay with us|stay tuned|for the latest|more details as they become available|download (?:our|the) app)\b|^[^.!]*\b(?:we|us|our|you|your)\b[^.!]*\?$/i,
    examples: [
      'WATCH: Neighbors describe the shots',
      'Check back for updates.',
      'Sign up for our newsletter',
    ],
    counterExamples: ['Neighbors said they heard four shots just after midnight.'],
  },
];

/** A lead has at least this many words: fewer is a label, not a sentence. */
export const MIN_LEAD_WORDS = 5;

/** Why a sentence cannot be the lead (a rule's id), or null when it can. */
export function notLeadRule(sentence: string, title: string | null): string | null {
  const text = sentence.replace(/\s+/g, ' ').trim();
  if (title !== null && fold(text) === fold(title)) return 'headline';
  const rule = NOT_LEAD_RULES.find((r) => r.pattern.test(text));
  if (rule) return rule.id;
  if (text.split(' ').length < MIN_LEAD_WORDS || !/\p{Ll}/u.test(text)) return 'too-short';
  return null;
}

export interface Lead {
  paragraph: number;
  span: Span;
  /** The rules that passed over earlier sentences. */
  skipped: string[];
}

/** The article's first real sentence, with the rules that passed over the ones before it; null when none is. */
export function leadOf(article: Pick<Article, 'text' | 'title' | 'paragraphs'>): Lead | null {
  const skipped: string[] = [];
  for (const p of article.paragraphs) {
    for (const s of p.sentences) {
      const rule = notLeadRule(article.text.slice(s.start, s.end), article.title);
      if (rule === null) return { paragraph: p.n, span: s, skipped };
      skipped.push(rule);
    }
  }
  return null;
}
