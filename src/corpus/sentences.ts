/**
 * A sentence splitter for news prose that knows abbreviations: titles ("Gen.", "Sen."), months before a day
 * ("Sept. 11"), initialisms ("U.S.", "D.C.") and middle initials ("John F. Kennedy"). It returns spans, so the
 * sentences stay verbatim slices of the article.
 */
import { isShortTitle, PLURAL_SHORT_TITLES, WEB_ENDINGS } from '../text/abbreviations';
import { POINTER_TO_HERE } from '../text/linkPointers';
import { STAMP_FORMS } from '../text/stamps';
import type { Span } from './types';

/** Short forms that are never the end of a sentence, besides the titles (see isShortTitle). */
const NEVER_FINAL = new Set([
  ...PLURAL_SHORT_TITLES,
  ...'mt ft vol vols fig figs approx est dept univ vs v cf e.g i.e al'.split(' '),
]);
/** Month abbreviations and "No.": not final before a number ("Sept. 11", "No. 2"). */
const BEFORE_NUMBERS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec no nos'.split(' '));
/**
 * Company suffixes and the like, final only when a usual sentence opener follows ("… Inc. The company said", not
 * "Inc. shares"); "Del." is Delaware at a sentence's end ("Dover, Del. The mayor …") and a delegate's title before
 * a name ("said Del. Stacey Plaskett").
 */
const SOMETIMES_FINAL = new Set('inc corp co ltd llc plc bros etc a.m p.m del'.split(' '));
/** Words that open sentences: after an initialism ("the U.S. The …") they mark a boundary. */
const OPENERS = new Set(
  (
    'the this that these those it its he she they we i you his her their our but and or so yet in on at as for ' +
    'if when while after before still a an there here however meanwhile mr ms dr one some many most no not ' +
    'what who why how where then now today last since during under with without because although though'
  ).split(' '),
);

const BOUNDARY = /[.!?…]+["”’'»)\]]*(?=\s)/g;
/**
 * Sentences a page's markup once kept apart and a scraper ran together, with no space between them (`according
 * to police.No word yet`, `Walton Street.They heard`, `someone close."I'm tired`): a stop after two lower-case
 * letters, perhaps a quotation mark, then a capitalised word (or "I"). Read as a boundary only where the word
 * before is no short form and the word after ends as words do (not in "@" or ".", as in an e-mail or a web
 * address).
 */
const RUN_ON = /\p{Ll}\p{Ll}([.!?]+["”“]?)(?=(?:\p{Lu}\p{Ll}+|I)(?:[\s,;:!?'’"”)]|$))/gu;
const INITIALISM = /^(?:\p{L}\.)+\p{L}$|^\p{Lu}$/u;
/** What follows a credit or a stamp run into the lead: the lead's first word, capitalised, a digit or a quotation. */
const LEAD_FOLLOWS = String.raw`(?=\s+["“‘'(]?[\p{Lu}\p{N}])`;
/** Agencies a photo credit names with no photographer before them ("Photograph: AP", "Photograph: Getty Images"). */
const CREDIT_AGENCY = String.raw`(?:AP|AFP|PA|EPA|Reuters|Getty(?:\s+[Ii]mages)?|Rex(?:\s+Features)?|Corbis|Alamy|Bloomberg|Xinhua)`;
/** One part of a credit before a slash: a name or an agency of up to six words ("Centers for Disease Control"). */
const CREDIT_PART = String.raw`[^\s/\\]+(?:\s[^\s/\\]+){0,5}?\s*\\?\/\s*`;
/**
 * A photo credit a scraper ran into the lead it stood above: "Photograph: Vahid Salemi/AP The two-month deadlock
 * ended …", "Photograph: Carl de Souza/AFP/Getty Images Two new cases …", "Photograph: PA Two Britons …". The
 * credit ends at the word after its last slash (with "Images", "Features" and the like), or is one agency's name;
 * a capitalised word, a digit or a quotation mark must follow. The credit is a sentence of its own (page
 * furniture, see eventFurniture's photo-credit), so the lead is read as the sentence it is. A credit with no slash
 * and no agency ("Photograph: Martin Argles Robin Cook, who …") cannot be told from the lead; it is left whole.
 */
const CREDIT_BEFORE_LEAD = new RegExp(
  String.raw`\b(?:Photograph|Photo|Picture|Illustration)s?:\s+` +
    String.raw`(?:(?:${CREDIT_PART})+[A-Z][\w.&-]*(?:\s+(?:[Ii]mages|Features|Photos|Pictures))?|${CREDIT_AGENCY})` +
    LEAD_FOLLOWS,
  'gu',
);

function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && !/[\s("“‘'[«]/.test(text[i - 1] ?? ' ')) i--;
  return text.slice(i, end);
}

function nextWord(text: string, from: number): string {
  const match = /^\s*["“‘'([«]?([\p{L}\p{N}]+)/u.exec(text.slice(from, from + 40));
  return match?.[1] ?? '';
}

/** Decides whether the punctuation `mark` at `markStart`, followed by white space at `after`, ends a sentence. */
function isBoundary(text: string, markStart: number, mark: string, after: number): boolean {
  const opensQuote = /^\s*["“‘'([«]/.test(text.slice(after, after + 8));
  const next = nextWord(text, after);
  const first = next.charAt(0);
  const upper = first !== '' && first === first.toUpperCase() && first !== first.toLowerCase();
  const digit = /\p{N}/u.test(first);
  // A lower-case word continues the sentence ("a strike … is coming", "“Is it?” he asked").
  if (!upper && !digit && !opensQuote) return false;
  if (mark.replace(/["”’'»)\]]+$/, '') !== '.') return true;
  const word = wordBefore(text, markStart);
  const bare = word.toLowerCase();
  if (NEVER_FINAL.has(bare) || isShortTitle(word)) return false;
  if (BEFORE_NUMBERS.has(bare)) return !digit;
  if (SOMETIMES_FINAL.has(bare) || INITIALISM.test(word)) return OPENERS.has(next.toLowerCase());
  return true;
}

/**
 * A page's publication stamp a scraper ran into the text around it (see STAMP_FORMS): a wire dateline ("CAIRO | Tue
 * Sep 13, 2011 1:47 pm IST CAIRO (Reuters) - Turkey's prime minister …"), a web page's time line ("… the root of such
 * atrocities Friday 8 July 2005 15.00 BST I have rarely seen …"), a byline with the day ("… thronged the streets of
 * Cairo. By the CNN Wire Staff | September 15, 2010 The U.S. Embassy in Jordan warned …", or the day first), or a
 * broadcast transcript's air time ("Egypt Standoff Continues; Hosni Mubarak's Fortune Aired February 7, 2011 - 18:00
 * ET THIS IS A RUSH TRANSCRIPT."). The stamp is a sentence of its own, page furniture (see eventFurniture), cut off
 * from the headline or standfirst before it and from the lead after it or the paragraph's end, so that the lead is
 * read as the sentence it is and the stamp reports no day.
 */
const PUBLICATION_STAMP = new RegExp(
  STAMP_FORMS.map((f) => String.raw`\b(?:${f.stamp})${f.before ?? ''}(?:${LEAD_FOLLOWS}|(?=\s*$))`).join('|'),
  'gu',
);

/**
 * A story highlight a scraper ran into the text around it: CNN marks the newest highlights "NEW:" and its pages run
 * them together with the byline and each other ("By the CNN Wire Staff Cooper recounts being attacked in Cairo NEW:
 * Vice President Omar Suleiman says the media is partly to blame NEW: …"). The mark opens a sentence, unless a
 * heading's words in capitals make it theirs ("WHAT'S NEW: Apple …", "THE NEW: …").
 */
const HIGHLIGHT_MARK = new RegExp(
  String.raw`(?<=\S\s+)(?<!(?:^|\s)(?:WHAT['’]?S|IS|THE|BRAND|ALL)\s+)NEW:${LEAD_FOLLOWS}`,
  'gu',
);

/**
 * A live blog's pointer to material it embedded ("You can read more detail of the judgment here: Masipa said …"):
 * the document or tweet after the colon is gone and the next sentence ran into the pointer. The pointer is a
 * sentence of its own (page furniture, see eventFurniture's link-pointer), so the next is read as the sentence it is.
 */
const POINTER_BEFORE_LEAD = new RegExp(`(?:${POINTER_TO_HERE}):${LEAD_FOLLOWS}`, 'gu');

/** What a scraper ran into a lead and the splitter cuts off after it: a photo credit, a live blog's pointer. */
const BEFORE_LEAD = [CREDIT_BEFORE_LEAD, POINTER_BEFORE_LEAD];

/** Where the sentences of `slice` end, in order: after white space follows, or where a scraper ran them together. */
function boundaries(slice: string): number[] {
  const cuts: number[] = [];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(slice); m !== null; m = BOUNDARY.exec(slice)) {
    const after = m.index + m[0].length;
    if (isBoundary(slice, m.index, m[0], after)) cuts.push(after);
  }
  RUN_ON.lastIndex = 0;
  for (let m = RUN_ON.exec(slice); m !== null; m = RUN_ON.exec(slice)) {
    const cut = runOnCut(slice, m.index + 2, m[1] ?? '');
    if (cut !== null) cuts.push(cut);
  }
  for (const before of BEFORE_LEAD) {
    before.lastIndex = 0;
    for (let m = before.exec(slice); m !== null; m = before.exec(slice)) cuts.push(m.index + m[0].length);
  }
  HIGHLIGHT_MARK.lastIndex = 0;
  for (let m = HIGHLIGHT_MARK.exec(slice); m !== null; m = HIGHLIGHT_MARK.exec(slice)) cuts.push(m.index);
  PUBLICATION_STAMP.lastIndex = 0;
  for (let m = PUBLICATION_STAMP.exec(slice); m !== null; m = PUBLICATION_STAMP.exec(slice)) {
    // A cut with only white space before it makes an empty piece, which pushTrimmed drops.
    cuts.push(m.index, m.index + m[0].length);
  }
  return cuts.sort((a, b) => a - b);
}

/**
 * Where a run-on boundary (RUN_ON) cuts, or null when it is none: before a quotation mark that opens the next
 * sentence (a left mark, or a straight one when the paragraph's straight marks so far are even), else after.
 */
function runOnCut(slice: string, at: number, mark: string): number | null {
  // "Lt.Gen.Tom Alder": the part after the word's last dot is the one that may be a title.
  const whole = wordBefore(slice, at);
  const word = whole.slice(whole.lastIndexOf('.') + 1);
  const bare = word.toLowerCase();
  if (NEVER_FINAL.has(bare) || isShortTitle(word)) return null;
  if (BEFORE_NUMBERS.has(bare) || SOMETIMES_FINAL.has(bare)) return null;
  if (WEB_ENDINGS.has(nextWord(slice, at + mark.length).toLowerCase())) return null;
  const end = at + mark.length;
  const last = mark.charAt(mark.length - 1);
  if (last === '“') return end - 1;
  if (last === '"' && straightMarksBefore(slice, end - 1) % 2 === 0) return end - 1;
  return end;
}

function straightMarksBefore(slice: string, at: number): number {
  let count = 0;
  for (let i = slice.indexOf('"'); i !== -1 && i < at; i = slice.indexOf('"', i + 1)) count++;
  return count;
}

/**
 * The longest sentence the extraction stages read: a longer run without a sentence end (a timetable, a list, a
 * transcript with no full stops) is cut into pieces of at most this many characters at a space, so that the work
 * on every sentence stays bounded and a whole article stays linear in its length.
 */
export const MAX_SENTENCE_CHARS = 2000;

/**
 * Splits text[start, end) into sentence spans (leading and trailing white space excluded); a run longer than
 * MAX_SENTENCE_CHARS is cut into pieces, and `onCut` told its length.
 */
export function splitSentences(
  text: string,
  start = 0,
  end = text.length,
  onCut?: (length: number) => void,
): Span[] {
  const slice = text.slice(start, end);
  const spans: Span[] = [];
  let from = 0;
  for (const cut of boundaries(slice)) {
    pushTrimmed(slice, from, cut, start, spans);
    from = cut;
  }
  pushTrimmed(slice, from, slice.length, start, spans);
  return spans.flatMap((span) =>
    span.end - span.start > MAX_SENTENCE_CHARS ? cut(text, span, onCut) : [span],
  );
}

/** Cuts an over-long span into pieces of at most MAX_SENTENCE_CHARS, each ending at a space where there is one. */
function cut(text: string, span: Span, onCut?: (length: number) => void): Span[] {
  onCut?.(span.end - span.start);
  const pieces: Span[] = [];
  let from = span.start;
  while (span.end - from > MAX_SENTENCE_CHARS) {
    const limit = from + MAX_SENTENCE_CHARS;
    const space = text.lastIndexOf(' ', limit);
    const to = space > from + MAX_SENTENCE_CHARS / 2 ? space : limit;
    pushTrimmed(text, from, to, 0, pieces);
    from = to;
  }
  pushTrimmed(text, from, span.end, 0, pieces);
  return pieces;
}

function pushTrimmed(slice: string, from: number, to: number, offset: number, spans: Span[]): void {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(slice[a] ?? '')) a++;
  while (b > a && /\s/.test(slice[b - 1] ?? '')) b--;
  if (b > a) spans.push({ start: offset + a, end: offset + b });
}
