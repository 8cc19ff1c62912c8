/**
 * What a timeline is about: the topic as a phrase or a name, never a stem of a common word ("Wells Fargo" is not
 * "well"), and whether an article is about it (named in the title or the lead, or named again and again).
 * Pure functions over plain text and spans.
 */
import type { Span } from '../corpus/types';
import { escapeRegex } from '../text/escapeRegex';
import type { PhraseMode } from '../text/phrase';

export interface TopicMatcher {
  /** The whole topic as a phrase: words in order, spaces and hyphens alike between them. */
  phrase: RegExp;
  /** The same phrase without the global flag: whether a text names the topic at all, without listing where. */
  present: RegExp;
  /**
   * The phrase's words without the word boundaries around them, same flags as `present`: whatever `present` finds,
   * this finds too, and it is told faster (no lookbehind at every place). See titleNamesTopic.
   */
  words: RegExp;
  /** For a name of several words, its last word (a surname), counted only where the whole name also appears. */
  short: RegExp | null;
}

const SEPARATOR = '[\\s\\-‐–]+';
/** A lower-case word longer than this may be singular or plural ("cartels" finds "cartel", "tariff" "tariffs"). */
const MIN_INFLECTED = 5;
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/** Words of a phrase (hyphens separate, as "Strauss-Kahn" may be printed "Strauss - Kahn"). */
const wordsOf = (text: string) => text.split(/[\s\-‐–]+/).filter(Boolean);

/** The words in order, spaces and hyphens alike between them, the last one inflected where `inflect` says. */
function bareWordsPattern(words: string[], inflect: boolean): string {
  const parts = words.map(escapeRegex);
  const last = words.at(-1) ?? '';
  if (inflect && last.length > MIN_INFLECTED && /s$/i.test(last)) {
    parts[parts.length - 1] = `${escapeRegex(last.replace(/e?s$/i, ''))}(?:e?s)?`;
  } else if (inflect && last.length >= MIN_INFLECTED) {
    parts[parts.length - 1] = `${escapeRegex(last)}(?:e?s)?`;
  }
  return parts.join(SEPARATOR);
}

/** bareWordsPattern as whole words: no letter or digit right before or after. */
const wordsPattern = (words: string[], inflect: boolean): string =>
  `(?<![\\p{L}\\p{N}])${bareWordsPattern(words, inflect)}(?![\\p{L}\\p{N}])`;

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
  const once = flags.replace('g', '');
  const present = new RegExp(phrase.source, once);
  return { phrase, present, words: new RegExp(bareWordsPattern(words, !name), once), short };
}

function allMatches(pattern: RegExp, text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(pattern)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Whether a text names the topic: what `topicMentions(text, matcher).length > 0` says, without a list. */
export const namesTopicIn = (text: string, matcher: TopicMatcher): boolean => matcher.present.test(text);

/**
 * namesTopicIn for a title: most titles of a common name's thousands of matching articles do not hold its words at
 * all, and those are let go by the quicker test alone. (An article's body or a cited sentence nearly always names the
 * topic: there the quicker test would only add a scan.)
 */
export const titleNamesTopic = (title: string, matcher: TopicMatcher): boolean =>
  matcher.words.test(title) && matcher.present.test(title);

/** Where an article names the topic: the whole phrase, and the short form when the whole phrase is there too. */
export function topicMentions(text: string, matcher: TopicMatcher): Span[] {
  const full = allMatches(matcher.phrase, text);
  if (full.length === 0 || !matcher.short) return full;
  const short = allMatches(matcher.short, text).filter(
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
export const isTopical = (facts: TopicalFacts): boolean =>
  isTopicalIn(facts.inTitle, facts.mentionParagraphs);

/** isTopical of the mentions' paragraphs `paragraphs[from..to)` (a run of a column). */
export function isTopicalIn(
  inTitle: boolean,
  paragraphs: ArrayLike<number>,
  from = 0,
  to = paragraphs.length,
): boolean {
  if (inTitle) return true;
  for (let i = from; i < to; i++) if ((paragraphs[i] as number) <= LEAD_PARAGRAPHS) return true;
  return to - from >= REPEATED_MENTIONS;
}
