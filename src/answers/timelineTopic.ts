/**
 * What a timeline is about: the topic as a phrase or a name, never a stem of a common word ("Wells Fargo" is not
 * "well"), and whether an article is about it (named in the title or the lead, or named again and again).
 * Pure functions over plain text and spans.
 */
import type { Span } from '../corpus/types';
import type { PhraseMode } from '../text/phrase';

export interface TopicMatcher {
  /** The whole topic as a phrase: words in order, spaces and hyphens alike between them. */
  phrase: RegExp;
  /** The same phrase without the global flag: whether a text names the topic at all, without listing where. */
  present: RegExp;
  /** For a name of several words, its last word (a surname), counted only where the whole name also appears. */
  short: RegExp | null;
  /**
   * For a name, where its matches are looked for: the text every match of `phrase` (or of `short`) starts with,
   * and the same pattern sticky, tried only where that text is (a scan for a plain string is far faster than
   * the pattern's own). Null for a lower-case topic, matched in any case.
   */
  find: { phrase: Finder; short: Finder | null } | null;
}

/** A literal every match starts with, and the pattern made sticky. */
interface Finder {
  literal: string;
  sticky: RegExp;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SEPARATOR = '[\\s\\-‐–]+';
/** A lower-case word longer than this may be singular or plural ("cartels" finds "cartel", "tariff" "tariffs"). */
const MIN_INFLECTED = 5;
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/** Words of a phrase (hyphens separate, as "Strauss-Kahn" may be printed "Strauss - Kahn"). */
const wordsOf = (text: string) => text.split(/[\s\-‐–]+/).filter(Boolean);

function wordsPattern(words: string[], inflect: boolean): string {
  const parts = words.map(escapeRegex);
  const last = words.at(-1) ?? '';
  if (inflect && last.length > MIN_INFLECTED && /s$/i.test(last)) {
    parts[parts.length - 1] = `${escapeRegex(last.replace(/e?s$/i, ''))}(?:e?s)?`;
  } else if (inflect && last.length >= MIN_INFLECTED) {
    parts[parts.length - 1] = `${escapeRegex(last)}(?:e?s)?`;
  }
  return `(?<![\\p{L}\\p{N}])${parts.join(SEPARATOR)}(?![\\p{L}\\p{N}])`;
}

/**
 * A topic typed with capitals is a name: matched as written (case of the first letters kept), no inflection.
 * A lower-case topic is matched in any case, its last word singular or plural.
 */
/** A topic typed with capitals (or digits) in every word is a name. */
const isName = (words: string[]) =>
  words.length > 0 && words.every((w) => isCapitalised(w) || /^\p{N}/u.test(w));

/** How the archive matches a topic's passages: a name word for word, a lower-case phrase its last word inflected. */
export const topicPhraseMode = (topic: string): PhraseMode =>
  isName(wordsOf(topic.trim())) ? 'name' : 'words';

export function topicMatcher(topic: string): TopicMatcher {
  const words = wordsOf(topic.trim());
  const name = isName(words);
  const flags = name ? 'gu' : 'giu';
  const phrase = new RegExp(wordsPattern(words, !name), flags);
  const surname = topic.trim().split(/\s+/).at(-1) ?? '';
  const short =
    name && words.length > 1 && surname.length > 2
      ? new RegExp(wordsPattern(wordsOf(surname), false), flags)
      : null;
  const finder = (pattern: RegExp, literal: string | undefined): Finder | null =>
    literal ? { literal, sticky: new RegExp(pattern.source, 'uy') } : null;
  const phraseFinder = name ? finder(phrase, words[0]) : null;
  const find = phraseFinder && {
    phrase: phraseFinder,
    short: short && finder(short, wordsOf(surname)[0]),
  };
  return { phrase, present: new RegExp(phrase.source, flags.replace('g', '')), short, find };
}

function allMatches(pattern: RegExp, text: string, finder: Finder | null): Span[] {
  if (finder) return literalMatches(finder, text);
  const out: Span[] = [];
  for (const m of text.matchAll(pattern)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * What `matchAll` finds, tried only where the literal every match starts with is: left to right, each from the
 * end of the one before, as matchAll goes.
 */
function literalMatches({ literal, sticky }: Finder, text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, from)) {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    from = m ? at + m[0].length : at + 1;
    if (m) out.push({ start: at, end: from });
  }
  return out;
}

/** Whether a text names the topic: what `topicMentions(text, matcher).length > 0` says, without a list. */
export const namesTopicIn = (text: string, matcher: TopicMatcher): boolean =>
  (!matcher.find || text.includes(matcher.find.phrase.literal)) && matcher.present.test(text);

/** Where an article names the topic: the whole phrase, and the short form when the whole phrase is there too. */
export function topicMentions(text: string, matcher: TopicMatcher): Span[] {
  const full = allMatches(matcher.phrase, text, matcher.find?.phrase ?? null);
  if (full.length === 0 || !matcher.short) return full;
  const short = allMatches(matcher.short, text, matcher.find?.short ?? null).filter(
    (s) => !full.some((f) => s.start < f.end && f.start < s.end),
  );
  return [...full, ...short].sort((a, b) => a.start - b.start);
}

/** The lead: the paragraphs a reader sees first, where an article names what it is about. */
export const LEAD_PARAGRAPHS = 2;
/** Named this many times in all, an article is about the topic wherever the names fall. */
export const REPEATED_MENTIONS = 3;

export interface TopicalFacts {
  /** Whether the title names the topic. */
  inTitle: boolean;
  /** The paragraph numbers (1-based) of the mentions in the body. */
  mentionParagraphs: number[];
}

/** An article is about the topic when the topic is central to it: in the title, in the lead, or repeated. */
export function isTopical(facts: TopicalFacts): boolean {
  if (facts.inTitle) return true;
  if (facts.mentionParagraphs.some((n) => n <= LEAD_PARAGRAPHS)) return true;
  return facts.mentionParagraphs.length >= REPEATED_MENTIONS;
}
