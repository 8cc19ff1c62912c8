/**
 * Page furniture: lines a web page carries around an article that are not the article. Each rule is data: an id,
 * the reason a person would give for removing the line, and either a pattern for the trimmed line or a check that
 * needs the article's metadata or the next line. Cleaning never rewrites text: a matching line is left out of the
 * body and recorded with its rule, so every offset still points into the file as stored.
 */

import { boundedMemo } from '../text/boundedMemo';

export interface LineContext {
  /** The trimmed line. */
  line: string;
  /** The next non-empty line, trimmed, or null at the end. */
  next: string | null;
  title: string | null;
  outlet: string | null;
  authors: readonly string[];
}

export interface FurnitureRule {
  id: string;
  reason: string;
  pattern?: RegExp;
  check?: (ctx: LineContext) => boolean;
}

const CREDIT_LICENCE = /\b(?:licensed under|CC BY(?:-[A-Z]{2,})*(?:\s\d\.\d)?|Creative Commons)\b/i;
const CREDIT_AGENCY =
  /^[^.!?]{0,150}\b(?:Getty Images|AFP|Reuters|AP Photo|Associated Press|Shutterstock|EPA(?:-EFE)?|Alamy|Bloomberg)\s*$/;
const CREDIT_LEADING = /^(?:photo|image|picture|illustration)(?:\s+credit)?\s*(?:by\b|:)/i;
const EMBED_SOURCE = /^source:\s.*\b(?:youtube|twitter|instagram|facebook|tiktok|vimeo)\b/i;
const EMBED_TITLE = /\s\|\s\S{2,12}$/;
/** A credit is a line, not a paragraph: longer lines that mention a licence are prose about one. */
const MAX_CREDIT_LENGTH = 300;
/** A sentence's end, its closing marks after it, spaced off or not (`… always been open. "` in re-spaced archives). */
const SENTENCE_END = /[.!?](?:\s?["”’'»)\]])*$/;

/** True when a line is a photo credit or an embedded media title: what a caption line sits next to. */
export function isCreditOrEmbed(line: string): boolean {
  return (
    (CREDIT_LICENCE.test(line) && line.length <= MAX_CREDIT_LENGTH) ||
    CREDIT_AGENCY.test(line) ||
    CREDIT_LEADING.test(line) ||
    EMBED_SOURCE.test(line) ||
    (EMBED_TITLE.test(line) && !SENTENCE_END.test(line))
  );
}

export const endsLikeSentence = (line: string): boolean => SENTENCE_END.test(line);

const foldText = (s: string) =>
  s.normalize('NFKC').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Lines, titles and names already folded are remembered: every rule that compares a line folds the same few strings
 * again.
 */
const MAX_FOLDED = 64;

const fold = boundedMemo(foldText, MAX_FOLDED);

const isAsciiSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);

/**
 * Whether a line folds to what `other` folds to. Every ASCII character of a line but white space stays one
 * character of its folded form (NFKC composes it at most with the marks after it, lower case maps it to one
 * character), so a line holding more of them than the other's folded form has characters cannot fold the same:
 * most lines are told apart from a title or an outlet without being folded.
 */
export function foldsTo(line: string, other: string): boolean {
  const folded = fold(other);
  let ascii = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 0x80 && !isAsciiSpace(c) && ++ascii > folded.length) return false;
  }
  return fold(line) === folded;
}

const startsWithAuthor = (ctx: LineContext) =>
  ctx.authors.some((a) => a.length > 0 && fold(ctx.line).startsWith(fold(a)));

export const FURNITURE_RULES: readonly FurnitureRule[] = [
  {
    id: 'headline',
    reason: 'the headline, already the title',
    check: (ctx) => ctx.title !== null && foldsTo(ctx.line, ctx.title),
  },
  {
    id: 'breadcrumb',
    reason: 'section breadcrumb (site navigation)',
    pattern: /^Home(?:\s*[›>»|/]?\s*[A-Z][\w&'’-]*){1,6}$/,
  },
  {
    id: 'link-line',
    reason: '"Also read:" / "Read:" link to another story',
    pattern:
      /^(?:also read|read more|read|related|see also|recommended|more from [\w ]+|watch|listen)\s*:\s*\S/i,
  },
  {
    id: 'photo-licence',
    reason: 'photo credit with a licence',
    check: (ctx) => CREDIT_LICENCE.test(ctx.line) && ctx.line.length <= MAX_CREDIT_LENGTH,
  },
  { id: 'agency-credit', reason: 'photo credit naming an agency', pattern: CREDIT_AGENCY },
  { id: 'photo-credit', reason: 'photo credit', pattern: CREDIT_LEADING },
  { id: 'markdown-image', reason: 'an image (Markdown image syntax)', pattern: /^!\[[^\]]*\]\([^)]*\)$/ },
  { id: 'embed-source', reason: 'source line of an embedded video or post', pattern: EMBED_SOURCE },
  {
    id: 'embed-title',
    reason: 'title of an embedded video ("… | channel")',
    check: (ctx) => EMBED_TITLE.test(ctx.line) && !endsLikeSentence(ctx.line),
  },
  {
    id: 'caption',
    reason: 'image or video caption (a non-sentence line just before a credit or embed)',
    check: (ctx) => !endsLikeSentence(ctx.line) && ctx.next !== null && isCreditOrEmbed(ctx.next),
  },
  {
    id: 'advert',
    reason: 'advertisement placeholder',
    pattern: /^(?:ad|advertisement|ad image|sponsored(?: content)?|promoted|story continues below)$/i,
  },
  {
    id: 'promo',
    reason: 'promotion for other content ("Love Music?")',
    pattern:
      /^(?:love [a-z][a-z ]{1,20}\?|get your (?:daily|weekly) dose\b.*|sign up\b.{0,80}\bnewsletter\b.*)$/i,
  },
  {
    id: 'comments',
    reason: 'comment-section prompt',
    pattern: /^(?:leave a (?:comment|reply)|\d+ comments?|comments?|join the conversation)$/i,
  },
  {
    id: 'view-count',
    reason: 'page-view counter',
    pattern: /^(?:total )?(?:views|shares|reads)\s*:?\s*[\d,.]+k?$/i,
  },
  { id: 'read-time', reason: 'reading-time label', pattern: /^\d+\s*min(?:ute)?s?\.?\s+read$/i },
  {
    id: 'copyright',
    reason: 'copyright line',
    pattern: /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b/i,
  },
  {
    id: 'byline',
    reason: 'byline',
    pattern:
      /^[Bb]y:?(?:\s+[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,3})*)?$/u,
  },
  {
    id: 'author-line',
    reason: "author's name line, photo or bio",
    check: (ctx) =>
      startsWithAuthor(ctx) &&
      (/\bis an?\b/.test(ctx.line) || !endsLikeSentence(ctx.line) || ctx.line.length < 60),
  },
  {
    id: 'author-bio',
    reason: 'author bio',
    pattern:
      /^[A-Z][\p{L}'’-]+(?:\s[A-Z][\p{L}.'’-]*){1,2} is an? (?:[\p{L}-]+,?\s){0,5}(?:writer|reporter|journalist|correspondent|editor|author|columnist|contributor)\b/u,
  },
  {
    id: 'outlet-line',
    reason: "the outlet's name on a line of its own",
    check: (ctx) => ctx.outlet !== null && foldsTo(ctx.line, ctx.outlet),
  },
  {
    id: 'syndication',
    reason: 'syndication note ("From Rolling Stone US")',
    pattern:
      /^(?:[Ff]rom|[Vv]ia|[Oo]riginally published (?:by|in|on|at))\s+(?:the\s+)?[A-Z][\w&'’ .-]{1,40}$/,
  },
];

/** The first rule a line matches, or null. */
export function furnitureRuleFor(ctx: LineContext): FurnitureRule | null {
  for (const rule of FURNITURE_RULES) {
    if (rule.pattern ? rule.pattern.test(ctx.line) : rule.check?.(ctx)) return rule;
  }
  return null;
}
