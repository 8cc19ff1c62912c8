/**
 * Whom "he" or "she" means: the most salient person of a compatible gender. The current sentence's subject
 * before the pronoun comes first, then each earlier sentence's subject (its first person, or the person someone
 * "asked"), nearest sentence first; a pronoun already resolved counts as a mention of its person. Places,
 * organisations and time phrases are never people here, so they are never candidates.
 */
import type { Article, Span } from '../corpus/types';
import { firstAtOrAfter } from '../text/sorted';
import type { Gender } from './nameKinds';
import type { People, Person, PersonMention } from './people';

/** How many sentences back a pronoun may reach for its person. */
const SENTENCE_REACH = 6;

/** Verbs whose object is the one who answers next: "X asked Sanders whether …" — "…," he said. */
const ASKING =
  /\b(?:[Aa]sked|[Pp]ressed|[Qq]uestioned|[Ii]nterviewed|[Qq]uizzed)\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;

/** Nouns for a post someone holds: only these link a named person to "the official" (not "the woman"). */
const OFFICE_NOUNS = new Set([
  'official',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'aide',
  'adviser',
  'advisor',
  'agent',
  'officer',
  'diplomat',
  'lawmaker',
  'executive',
  'strategist',
]);

/** A name right after one of these (titles and "the" aside) is the object of a preposition, not a subject. */
const OBLIQUE =
  /\b(?:of|in|at|on|from|with|for|to|about|against|into|over|under|near|outside|inside|than|like|among|between)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.]*\s+){0,3}$/u;

/** "official" or "officials" as a word, per office noun (compiled once each). */
const OFFICE_NOUN_PATTERNS = new Map(
  [...OFFICE_NOUNS].map((noun) => [noun, new RegExp(`\\b${noun}s?\\b`, 'i')]),
);
const officeNoun = (head: string) => OFFICE_NOUN_PATTERNS.get(head) as RegExp;

interface Sentence extends Span {
  paragraph: number;
}

export interface SalienceRule {
  id: string;
  reason: string;
}

/** The order in which candidates are tried, each with the reason it is tried at that point. */
export const PRONOUN_RULES: readonly SalienceRule[] = [
  { id: 'same-sentence-subject', reason: 'the person the sentence is about, before the pronoun' },
  { id: 'asked-person', reason: 'the person someone asked answers next ("X asked Sanders …" — he said)' },
  { id: 'previous-speaker', reason: 'the person an earlier sentence quotes is who it is about' },
  { id: 'previous-subject', reason: 'the first person of the nearest earlier sentence that names one' },
];

export const genderOfPronoun = (word: string): Gender | null => {
  const w = word.toLowerCase();
  if (w === 'he' || w === 'him' || w === 'his') return 'male';
  if (w === 'she' || w === 'her' || w === 'hers') return 'female';
  return null;
};

export class Salience {
  private readonly sentences: Sentence[] = [];
  private readonly resolved: PersonMention[] = [];
  private readonly speakers: PersonMention[] = [];

  constructor(
    private readonly text: string,
    article: Pick<Article, 'paragraphs'>,
    private readonly people: People,
  ) {
    for (const p of article.paragraphs) {
      for (const s of p.sentences) this.sentences.push({ start: s.start, end: s.end, paragraph: p.n });
    }
  }

  /** Records that a pronoun at `span` means `person`, for the pronouns after it; learns the gender it shows. */
  note(span: Span, person: Person, pronoun: string): void {
    this.people.learnGender(person, genderOfPronoun(pronoun));
    this.resolved.push({ at: span.start, end: span.end, person });
  }

  /** Records the speaker a cue in a sentence gives: who that sentence is about, for the pronouns after it. */
  noteSpeaker(span: Span, person: Person): void {
    this.people.learnQuoted(person);
    this.speakers.push({ at: span.start, end: span.end, person });
  }

  /** The person a singular personal pronoun at `at` means, with the rule that chose it. */
  resolve(pronoun: string, at: number): { person: Person; rule: string } | null {
    return this.salient(genderOfPronoun(pronoun), at);
  }

  /** The most salient person of a gender (or of either) before `at`, with the rule that chose them. */
  salient(
    gender: Gender | null,
    at: number,
    fits: (person: Person) => boolean = () => true,
  ): { person: Person; rule: string } | null {
    const index = this.sentenceAt(at);
    if (index < 0) return null;
    const here = this.sentences[index] as Sentence;
    const ok = (person: Person) => compatible(person, gender) && fits(person);
    const same = this.firstCompatible(here.start, at, ok);
    if (same) return { person: same.person, rule: 'same-sentence-subject' };
    for (let i = index - 1; i >= 0 && index - i <= SENTENCE_REACH; i--) {
      const s = this.sentences[i] as Sentence;
      if (here.paragraph - s.paragraph > 3) break;
      const asked = this.askedPerson(s, ok);
      if (asked) return { person: asked, rule: 'asked-person' };
      const speaker = this.speakers.find((m) => m.at >= s.start && m.at < s.end && ok(m.person));
      if (speaker) return { person: speaker.person, rule: 'previous-speaker' };
      const first = this.firstCompatible(s.start, s.end, ok);
      if (first) return { person: first.person, rule: 'previous-subject' };
    }
    return null;
  }

  /**
   * "Trump officials …, with Defense Secretary Pete Hegseth claiming …" then "the official claimed": the nearest
   * earlier sentence that names a person next to the noun ("official", "officials") links that person to it.
   * Sentences before `notBefore` (an unnamed source introduced with that noun) are not searched.
   */
  linked(head: string, at: number, notBefore: number): Person | undefined {
    if (!OFFICE_NOUNS.has(head)) return undefined;
    const index = this.sentenceAt(at);
    const noun = officeNoun(head);
    for (let i = index - 1; i >= 0 && index - i <= SENTENCE_REACH; i--) {
      const s = this.sentences[i] as Sentence;
      if (s.end <= notBefore) break;
      if (!noun.test(this.text.slice(s.start, s.end))) continue;
      const person = this.mentionsIn(s.start, s.end).find((m) => compatible(m.person, null));
      if (person) return person.person;
    }
    return undefined;
  }

  /** The sentence holding `at` and up to `back` sentences before it, nearest first. */
  sentencesBack(at: number, back: number): Span[] {
    const index = this.sentenceAt(at);
    const out: Span[] = [];
    for (let i = index; i >= 0 && index - i <= back; i--) out.push(this.sentences[i] as Sentence);
    return out;
  }

  private sentenceAt(at: number): number {
    return this.sentences.findIndex((s) => s.start <= at && at < s.end);
  }

  /** The mentions (named, then resolved pronouns) in [from, to), by offset; the named are sorted already. */
  private mentionsIn(from: number, to: number): PersonMention[] {
    const named = this.people.mentions;
    const lo = firstAtOrAfter(named, (m) => m.at, from);
    const all: PersonMention[] = [];
    for (let i = lo; i < named.length && (named[i] as PersonMention).at < to; i++) {
      const m = named[i] as PersonMention;
      if (!m.modifier) all.push(m);
    }
    for (const m of this.resolved) if (m.at >= from && m.at < to && !m.modifier) all.push(m);
    return all.sort((a, b) => a.at - b.at);
  }

  /**
   * The first compatible mention that can be the clause's subject: a name after a preposition ("the rise of
   * Bannon", "in the suburb of Santa Catarina") or a possessive ("Carson's mangling") comes after the others.
   */
  private firstCompatible(from: number, to: number, ok: (p: Person) => boolean): PersonMention | undefined {
    const fitting = this.mentionsIn(from, to).filter((m) => ok(m.person));
    return fitting.find((m) => !this.oblique(m)) ?? fitting[0];
  }

  private oblique(m: PersonMention): boolean {
    if (/^['’]s?\b/.test(this.text.slice(m.end, m.end + 2))) return true;
    const before = this.text.slice(Math.max(0, m.at - 40), m.at);
    return OBLIQUE.test(before);
  }

  private askedPerson(s: Span, ok: (p: Person) => boolean): Person | undefined {
    const hit = this.mentionsIn(s.start, s.end).find(
      (m) => ASKING.test(this.text.slice(Math.max(s.start, m.at - 40), m.at)) && ok(m.person),
    );
    return hit?.person;
  }
}

/** A candidate must look like a person ("Sandy Hook" does not) and not be of the other gender. */
const compatible = (person: Person, gender: Gender | null) =>
  (person.evidence === true || person.gender !== null) &&
  (gender === null || person.gender === null || person.gender === gender);
