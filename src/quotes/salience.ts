/**
 * Whom "he" or "she" means: the most salient person of a compatible gender. The current sentence's subject
 * before the pronoun comes first, then each earlier sentence's subject (its first person, or the person someone
 * "asked"), nearest sentence first; a pronoun already resolved counts as a mention of its person. An unnamed
 * person of the pronoun's sex that the sentence just before opens with ("A police spokeswoman …") comes before
 * the names further back (see openingDescription); it is not remembered for the pronouns after. Places,
 * organisations and time phrases are never people here, so they are never candidates.
 */
import type { Article, Span } from '../corpus/types';
import { firstAtOrAfter } from '../text/sorted';
import {
  ADJUNCT_PARTICIPLES,
  ADJUNCT_PREPOSITIONS,
  AUXILIARIES,
  CUE_VERBS,
  DESCRIPTOR_NOUNS,
  DETERMINERS,
  NP_BREAKERS,
  TIME_WORDS,
  WIRE_CREDITS,
} from './lexicon';
import type { Gender } from './nameKinds';
import type { People, Person, PersonMention } from './people';

/** How many sentences back a pronoun may reach for its person. */
const SENTENCE_REACH = 6;

/** Verbs whose object is the one who answers next: "X asked Sanders whether …" — "…," he said. */
const ASKING =
  /\b(?:[Aa]sked|[Pp]ressed|[Qq]uestioned|[Ii]nterviewed|[Qq]uizzed)\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;

/** A "he" or "she" (its sentence's subject when no name comes first). */
const PRONOUN_SUBJECT = /\b(?:[Hh]e|[Ss]he)\b/g;

/**
 * What may stand between the comma and the main clause's subject: titles and "the" ("…, Ohio Gov. Kasich"), after a
 * description set off by commas ("…, a former president, Akbar Hashemi Rafsanjani"); not "unlike" or "with".
 */
const MAIN_SUBJECT_LEAD = /^\s*(?:(?:a|an|the)\s+[\p{L}\s-]+?,\s*)?(?:(?:the|\p{Lu}[\p{L}.]*)\s+)*$/u;

/**
 * What a sentence says before its pronoun subject when it opens with an adjunct (ADJUNCT_PARTICIPLES,
 * ADJUNCT_PREPOSITIONS) and the pronoun follows the adjunct's comma: "Asked about Bush, ", "Turning to Langdale, ",
 * "In a warning to Ahmadinejad, ". Not a subordinate clause ("When Mr. Trump spoke, he said": he may be Trump) nor
 * "As for Trump, ".
 */
const FRONTED_ADJUNCT = new RegExp(
  String.raw`^\s*(?:${[...ADJUNCT_PARTICIPLES, ...ADJUNCT_PREPOSITIONS].join('|')})\s[^.;:!?“”"]*,\s*$`,
  'i',
);

/** A sentence that opens with a subordinate clause: its subject is after the clause's comma. */
const SUBORDINATE_OPENING =
  /^(?:When|While|As|After|Before|Although|Though|Because|If|Since|Once|Until|Unless|Whereas)\s/;

/** "Christie's been making the case", "Trump's not done": a name's "'s" for "has" or "is", no possessive. */
const CONTRACTED_HAS_IS =
  /^['’]s\s+(?:been|got|gotten|had|not|never|done|gone|going|always|still|already|also|now|just|made|said|told)\b(?!-)/;

/** Cue verbs of a question: who asked is not who answers in the next sentence. */
const QUESTION_CUES = new Set(['asked', 'asks', 'ask', 'asking', 'questioned', 'inquired']);
/** Cue verbs that plainly report speech: "said", "told", "added". */
const REPORTING_CUES = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'explained', 'recalled']);
/** What follows a source that closes its sentence: a verb of saying and a few words, no quote ("…, Stovall said."). */
const CLOSING_SOURCE =
  /^\s*(?:(?:said|says|told|tells|added|adds|wrote|writes)\b(?:[\s,]+[\p{L}\p{N}'’-]+){0,4})?\s*[.!?]["”’']?\s*$/u;

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
  /\b(?:of|in|at|on|from|with|for|to|about|against|into|over|under|near|outside|inside|than|like|among|between|behind|beside|across|along|around|beyond|toward|towards|through|past|alongside|within|without)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.]*\s+){0,3}$/u;

/**
 * A cue after a pronoun and whom it addresses, up to their name: "said to", "told", "asked" (an honorific or "the"
 * between).
 */
const ADDRESSEE_AFTER =
  /^\s+(?:(?:said|says|replied|replies|added|adds|explained|explains|shouted|whispered|wrote|writes|complained)\s+to|told|tells|asked|asks|reminded|reminds|assured|assures|warned|warns|urged|urges)\s+(?:(?:the|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)?(?=\p{Lu})/u;

/** The word after a name of up to three capitalised words, when it is written in lower case. */
const MODIFIED_NOUN = /^(?:\p{Lu}[\p{L}'’-]* +){1,3}(?<noun>\p{Ll}+)/u;

/** "In an interview with Manchin on Tuesday, he said": whom the interview is with is who speaks. */
const INTERVIEWED = /\binterviews?\s+with\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;

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
  {
    id: 'previous-description',
    reason:
      'the sentence just before (past sentences that open with the same pronoun and name no one) opens with an unnamed person of the pronoun\'s sex ("A police spokeswoman could not …") or an unnamed source who speaks ("A western diplomat said …"): it is about them, not the names after',
  },
  {
    id: 'previous-described-speaker',
    reason:
      'the sentence just before quotes someone it never names, described by a noun or pronoun of that sex ("“…,” the woman screams"): she is the next "she says"',
  },
  { id: 'previous-speaker', reason: 'the person an earlier sentence quotes is who it is about' },
  { id: 'previous-subject', reason: 'the first person of the nearest earlier sentence that names one' },
];

/** Nouns for an unnamed person that tell their sex: what "he" or "she" can stand for when no name does. */
export const GENDERED_PERSON_NOUNS: Readonly<Record<Gender, readonly string[]>> = {
  female: [
    'spokeswoman',
    'woman',
    'mother',
    'wife',
    'daughter',
    'sister',
    'girlfriend',
    'widow',
    'grandmother',
    'aunt',
    'niece',
    'chairwoman',
    'businesswoman',
    'policewoman',
    'congresswoman',
  ],
  male: [
    'spokesman',
    'man',
    'father',
    'husband',
    'son',
    'brother',
    'boyfriend',
    'widower',
    'grandfather',
    'uncle',
    'nephew',
    'businessman',
    'policeman',
    'congressman',
  ],
};

/**
 * A sentence that opens with an unnamed person: a determiner or a possessive, up to three modifiers, then a noun of
 * GENDERED_PERSON_NOUNS ("A police spokeswoman", "A Downing Street spokesman", "Her husband of 20 years"). Not a
 * possessive itself ("A man's body"), not named in apposition ("A spokeswoman, Sam Castro,", "Steenkamp's mother
 * June": the name is who speaks). The names after it in the sentence are who it speaks about.
 */
const OPENING_DESCRIPTION = new RegExp(
  String.raw`^\s*(?<description>(?<determiner>[Aa]n?|[Tt]he|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|(?<owner>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})['’]\s?s)\s+(?<modifiers>(?:[\p{L}\d-]+\s+){0,3}?)(?<noun>${[
    ...GENDERED_PERSON_NOUNS.female,
    ...GENDERED_PERSON_NOUNS.male,
  ].join('|')}))\b(?!['’]\s?s\b|\s*,?\s*\p{Lu})`,
  'u',
);

/**
 * A sentence that opens with an unnamed person, brought in by "a" or "one", whose noun does not tell their sex and
 * is no post (DESCRIPTOR_NOUNS: "A resident who lives …"; not "The manager", who may be named before, nor "A
 * spokesperson for the mayor said he …", where "he" is the mayor).
 */
const OPENING_PERSON = new RegExp(
  String.raw`^\s*(?<description>(?:[Aa]n?|[Oo]ne)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:${[...DESCRIPTOR_NOUNS].join('|')}))\b(?!['’]\s?s\b|\s*,?\s*\p{Lu})`,
  'u',
);

/**
 * Nouns for an unnamed source whose sex they do not tell ("A western diplomat", "One senior official", "An aide to
 * the governor"): the persons among SOURCE_NOUNS, and DESCRIPTOR_NOUNS.
 */
const SOURCE_PERSON_NOUNS = [
  ...`official agent source spokesperson aide adviser advisor officer analyst expert lawmaker staffer executive
  attorney insider person supporter protester voter observer strategist member leader organizer scientist owner
  worker employee veteran teacher student doctor operative`.split(/\s+/),
  ...DESCRIPTOR_NOUNS,
];

/** The verbs of saying a source's own sentence uses ("A western diplomat … said", "He told …"). */
const SAYING = 'said|says|told|tells|added|adds';

/**
 * A sentence that opens with an unnamed source brought in by "a", "an", "one" or "another", whose noun does not
 * tell their sex, as the subject of a verb of saying, after at most a phrase about them ("A western diplomat
 * involved in organising the vote said …", "An aide to the governor told reporters …"): a "he" or "she" in the
 * next sentence that names no one is them (see Salience.described). Not "One person was killed …, police said",
 * nor "A spokesperson for the mayor said he …" (the pronoun there is someone else).
 */
const OPENING_SOURCE = new RegExp(
  String.raw`^\s*(?<description>(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:${SOURCE_PERSON_NOUNS.join('|')}))\b(?!['’]\s?s\b|\s*,?\s*\p{Lu})(?:\s+(?:who|involved|familiar|close|with|from|at|in|for|of|on|to|based|working|travelling|traveling)\b[^.;:!?"“”]{0,80}?)?,?\s+(?:${SAYING})\b(?!\s+(?:he|she)\b)`,
  'u',
);

function openingSource(sentence: string): { text: string; gender: null; end: number } | null {
  const m = OPENING_SOURCE.exec(sentence);
  const text = m?.groups?.description;
  return m && text ? { text, gender: null, end: m.index + m[0].indexOf(text) + text.length } : null;
}

/** What comes before a name set off by commas: the comma, and any title ("…, Officer "). */
const APPOSED_LEAD = /,\s*(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;

/**
 * A sentence whose subject is "he" or "she" and that reports what they said ("He said it had shattered morale."):
 * it goes on with whom the one before quotes. Not "He had been treated for cancer", which may be about anyone.
 */
const PRONOUN_OPENING = new RegExp(String.raw`^\s*(?<pronoun>He|She)\s+(?:also\s+)?(?:${SAYING})\b`);

/** "… said she was not aware …": the pronoun a sentence's own verb of saying gives its subject. */
const SUBJECT_PRONOUN_AFTER_VERB = /\b(?:said|says|told|added|explained|recalled)\s+(?<pronoun>she|he)\b/i;

/**
 * The unnamed person a sentence opens with whose sex the sentence shows by "said she" ("A resident who lives on
 * Bridge Street said she was not aware of it"), or null.
 */
function openingPerson(sentence: string): { text: string; gender: Gender; end: number } | null {
  const m = OPENING_PERSON.exec(sentence);
  const text = m?.groups?.description;
  const pronoun = SUBJECT_PRONOUN_AFTER_VERB.exec(sentence)?.groups?.pronoun;
  if (!m || !text || !pronoun) return null;
  const gender = genderOfPronoun(pronoun);
  return gender && { text, gender, end: m.index + m[0].length };
}

/** What opens a contraction, not a possessive: "That's what his wife said", "It's the mother who …". */
const CONTRACTED = /^(?:That|It|Here|There|What|Who|Where|How|Why|He|She|Let)$/;
/** Words that cannot modify the noun: a verb or a determiner means the phrase ran past the subject. */
const NOT_MODIFIERS = new Set([...DETERMINERS, ...CUE_VERBS, ...AUXILIARIES, 'heard', 'told', 'found']);

/**
 * The unnamed person a sentence opens with and their sex (see OPENING_DESCRIPTION), or null. "His father" is not
 * who a later "he" means, nor "Her mother" a later "she": the pronoun may be the one the possessive names.
 */
export function openingDescription(sentence: string): { text: string; gender: Gender; end: number } | null {
  const m = OPENING_DESCRIPTION.exec(sentence);
  const { description: text, determiner = '', owner, modifiers = '', noun } = m?.groups ?? {};
  if (!m || !text || !noun) return null;
  if (owner && CONTRACTED.test(owner)) return null;
  if (modifiers.split(/\s+/).some((w) => NOT_MODIFIERS.has(w.toLowerCase()))) return null;
  const gender: Gender = genderOfHead(noun) ?? 'male';
  const possessor = /^his$/i.test(determiner) ? 'male' : /^her$/i.test(determiner) ? 'female' : null;
  if (possessor === gender) return null;
  return { text, gender, end: m.index + m[0].length };
}

/** The sex a person noun shows ("woman", "father", "spokeswoman"), or null. */
export const genderOfHead = (head: string | null): Gender | null =>
  head === null
    ? null
    : GENDERED_PERSON_NOUNS.female.includes(head)
      ? 'female'
      : GENDERED_PERSON_NOUNS.male.includes(head)
        ? 'male'
        : null;

export const genderOfPronoun = (word: string): Gender | null => {
  const w = word.toLowerCase();
  if (w === 'he' || w === 'him' || w === 'his') return 'male';
  if (w === 'she' || w === 'her' || w === 'hers') return 'female';
  return null;
};

export class Salience {
  private readonly sentences: Sentence[] = [];
  private readonly resolved: PersonMention[] = [];
  private readonly speakers: (PersonMention & { cue: string | null; quoted: boolean })[] = [];
  /** Speakers the article never names, as written ("the woman"), with the sex their noun or pronoun shows. */
  private readonly describedSpeakers: { at: number; description: string; gender: Gender }[] = [];

  constructor(
    private readonly text: string,
    article: Pick<Article, 'paragraphs'>,
    private readonly people: People,
    /** The article's quotations: a sentence inside one is what someone said, never who a pronoun means. */
    private readonly quoted: readonly Span[] = [],
  ) {
    for (const p of article.paragraphs) {
      for (const s of p.sentences) this.sentences.push({ start: s.start, end: s.end, paragraph: p.n });
    }
  }

  /**
   * Whom the cue right after a pronoun addresses ("“…,” he said to Cruz", "he told Mr. Langdale"), when the article
   * names them there: never whom the pronoun means.
   */
  addressee(pronoun: Span): Person | undefined {
    const after = ADDRESSEE_AFTER.exec(this.text.slice(pronoun.end, pronoun.end + 60));
    if (!after) return undefined;
    const at = pronoun.end + after[0].length;
    // "he told Bloomberg": a wire or a broadcaster, not the person of that name.
    const word = /^[\p{L}]+/u.exec(this.text.slice(at, at + 20))?.[0];
    if (word !== undefined && WIRE_CREDITS.has(word)) return undefined;
    // "he told Dell employees", "he told Trump supporters": a name before a noun only says whose they are.
    const modifier = MODIFIED_NOUN.exec(this.text.slice(at, at + 60))?.groups?.noun;
    return modifier && !NP_BREAKERS.has(modifier) && !TIME_WORDS.has(modifier)
      ? undefined
      : this.people.personAt(at);
  }

  /** Records that a pronoun at `span` means `person`, for the pronouns after it; learns the gender it shows. */
  note(span: Span, person: Person, pronoun: string): void {
    this.people.learnGender(person, genderOfPronoun(pronoun));
    this.resolved.push({ at: span.start, end: span.end, person });
  }

  /**
   * Records the speaker a cue in a sentence gives (with the cue's verb, and whether a quotation of the sentence is
   * theirs): who that sentence is about, for the pronouns after it.
   */
  noteSpeaker(span: Span, person: Person, cue: string | null = null, quoted = false): void {
    this.people.learnQuoted(person);
    this.speakers.push({ at: span.start, end: span.end, person, cue: cue?.toLowerCase() ?? null, quoted });
  }

  /**
   * Whom a singular personal pronoun at `at` means, with the rule that chose it: a person the article names, or
   * the unnamed person the sentence just before opens with (see openingDescription), as written; that one wins
   * over a name found in the same sentence or further back.
   */
  resolve(
    pronoun: string,
    at: number,
    fits: (person: Person) => boolean = () => true,
  ): { person: Person; rule: string } | { description: string; rule: string } | null {
    const gender = genderOfPronoun(pronoun);
    const named = this.salient(gender, at, fits);
    const described = gender && this.described(gender, at);
    if (described && (!named || described.back <= named.back))
      return { description: described.description, rule: described.rule };
    return named && { person: named.person, rule: named.rule };
  }

  /**
   * Records a speaker the article does not name ("“…,” the woman screams"), whose sex its noun or pronoun shows:
   * a "she says" in the next sentence is her (see described).
   */
  noteDescribedSpeaker(span: Span, description: string, gender: Gender | null): void {
    if (gender) this.describedSpeakers.push({ at: span.start, description, gender });
  }

  /**
   * The unnamed person of this sex the sentence just before opens with or is the speaker of (in the same or the
   * previous paragraph), when it names no one else who may be of that sex; `back` counts sentences back, as
   * `salient` does.
   */
  private described(gender: Gender, at: number): { description: string; rule: string; back: number } | null {
    const index = this.sentenceAt(at);
    if (index < 0) return null;
    const here = this.sentences[index] as Sentence;
    let back = 1;
    while (back < 3 && this.continuesSubject(this.sentences[index - back], gender)) back++;
    const s = this.sentences[index - back];
    if (!s || here.paragraph - s.paragraph > back) return null;
    // Not one who asked the question the next sentence answers ("“How will you pay for it?” the man asked").
    const asked = /\?\s*["”’']|\basked\b/.test(this.text.slice(s.start, s.end));
    const spoke = asked
      ? undefined
      : [...this.describedSpeakers].reverse().find((d) => d.at >= s.start && d.at < s.end);
    // A person the sentence names who may be of that sex may be them ("The woman … was her friend Ada Vélez").
    const others = (m: PersonMention) => m.person.gender !== null && m.person.gender !== gender;
    if (spoke?.gender === gender && this.mentionsIn(s.start, s.end).every(others))
      return { description: spoke.description, rule: 'previous-described-speaker', back };
    if (this.quoted.some((q) => q.start <= s.start && s.start < q.end)) return null;
    const sentence = this.text.slice(s.start, s.end);
    const opening = openingDescription(sentence) ?? openingPerson(sentence) ?? openingSource(sentence);
    if (!opening || (opening.gender !== null && opening.gender !== gender)) return null;
    // After an opening description, one named inside it is whose they are ("Gordon Brown's spokesman"), never them.
    if (!this.mentionsIn(s.start + opening.end, s.end).every(others)) return null;
    return { description: opening.text, rule: 'previous-description', back };
  }

  /**
   * Whether a sentence opens with "he" or "she" of this sex saying something and names no one: it goes on about
   * whom the sentence before was about ("A western diplomat … said … He said it had shattered morale. “…,” he
   * said").
   */
  private continuesSubject(s: Sentence | undefined, gender: Gender): boolean {
    if (!s) return false;
    const pronoun = PRONOUN_OPENING.exec(this.text.slice(s.start, s.end))?.groups?.pronoun;
    if (!pronoun || genderOfPronoun(pronoun) !== gender) return false;
    const named = this.people.mentions;
    const first = named[firstAtOrAfter(named, (m) => m.at, s.start)];
    return first === undefined || first.at >= s.end;
  }

  /** The most salient person of a gender (or of either) before `at`, with the rule that chose them. */
  salient(
    gender: Gender | null,
    at: number,
    fits: (person: Person) => boolean = () => true,
  ): { person: Person; rule: string; back: number } | null {
    const index = this.sentenceAt(at);
    if (index < 0) return null;
    const here = this.sentences[index] as Sentence;
    const ok = (person: Person) => compatible(person, gender) && fits(person);
    // "Turning to Langdale, he said", "Asked about President Bush, he said": after an opening adjunct, a name in it
    // behind a preposition is whom the subject deals with, never the subject (a possessive may be: "In Trump's
    // view, he said").
    const adjunct = FRONTED_ADJUNCT.test(this.text.slice(here.start, at));
    const last = (m: PersonMention) =>
      !adjunct ||
      this.possessive(m) ||
      !this.afterPreposition(m, here.start) ||
      this.interviewed(m, here.start);
    const same = this.firstCompatible(here.start, at, ok, last);
    if (same) return { person: same.person, rule: 'same-sentence-subject', back: 0 };
    for (let i = index - 1; i >= 0 && index - i <= SENTENCE_REACH; i--) {
      const s = this.sentences[i] as Sentence;
      if (here.paragraph - s.paragraph > 3) break;
      const back = index - i;
      const asked = this.askedPerson(s, ok);
      if (asked) return { person: asked, rule: 'asked-person', back };
      const speaker = this.previousSpeaker(s, ok);
      if (speaker) return { person: speaker.person, rule: 'previous-speaker', back };
      const first = this.firstCompatible(s.start, s.end, ok);
      // "In the video, he sends a message to Trump's lawyer": names there only as possessives or objects, after a
      // "he" or "she" that is the subject, leave the person to the sentence before.
      if (first && this.oblique(first, s.start) && this.pronounSubject(s.start, first.at, gender)) continue;
      if (first) return { person: first.person, rule: 'previous-subject', back };
    }
    return null;
  }

  /**
   * "Trump officials …, with Defense Secretary Pete Hegseth claiming …" then "the official claimed": the nearest
   * earlier sentence that names a person next to the noun ("official", "officials") links that person to it.
   * Sentences before `notBefore` (an unnamed source described with that noun) are not searched, nor, when
   * `introduced`, the sentence holding it, but for a name set off right after the noun there (see apposedTo): "A
   * Downing Street spokesman said Gordon Brown had telephoned Karzai" brings in someone unnamed, and "the spokesman"
   * later is them, not Brown.
   */
  linked(head: string, at: number, notBefore: number, introduced = false): Person | undefined {
    if (!OFFICE_NOUNS.has(head)) return undefined;
    const index = this.sentenceAt(at);
    const noun = officeNoun(head);
    for (let i = index - 1; i >= 0 && index - i <= SENTENCE_REACH; i--) {
      const s = this.sentences[i] as Sentence;
      if (s.end <= notBefore) break;
      if (introduced && s.start <= notBefore) return this.apposedTo(noun, s);
      if (!noun.test(this.text.slice(s.start, s.end))) continue;
      const person = this.mentionsIn(s.start, s.end).find((m) => compatible(m.person, null));
      if (person) return person.person;
    }
    return undefined;
  }

  /**
   * The person a sentence sets off by commas right after the noun, after any title ("A spokesman for Acme Foods,
   * Derek Holt, said", "The spokesman, Derek Holt, said", "A police spokesman, Officer Jose Ruiz, said"): the one
   * the noun names there.
   */
  private apposedTo(noun: RegExp, s: Sentence): Person | undefined {
    const apposed = (m: PersonMention) => {
      const lead = this.text.slice(Math.max(s.start, m.at - 80), m.at);
      return noun.test(lead) && APPOSED_LEAD.test(lead) && /^\s*,/.test(this.text.slice(m.end, m.end + 3));
    };
    return this.mentionsIn(s.start, s.end).find((m) => compatible(m.person, null) && apposed(m))?.person;
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
  private firstCompatible(
    from: number,
    to: number,
    ok: (p: Person) => boolean,
    last: (m: PersonMention) => boolean = () => true,
  ): PersonMention | undefined {
    const fitting = this.mentionsIn(from, to).filter((m) => ok(m.person));
    // "When Mr. Trump tried to defend his remarks, Mr. Kasich differed": the main clause's subject comes first.
    const comma = SUBORDINATE_OPENING.test(this.text.slice(from, from + 12))
      ? this.text.indexOf(',', from)
      : -1;
    // Only a name that opens the main clause ("…, he offered his thoughts on Donald Trump" is no such name).
    const opensMain = (m: PersonMention) =>
      m.at > comma && m.at - comma <= 25 && MAIN_SUBJECT_LEAD.test(this.text.slice(comma + 1, m.at));
    const main = comma > 0 && comma < to ? fitting.filter(opensMain) : [];
    const free = (m: PersonMention) => !this.oblique(m, from);
    return main.find(free) ?? fitting.find(free) ?? fitting.find(last);
  }

  /** Whether a mention is a possessive or a preposition's object within its sentence (which starts at `from`). */
  private oblique(m: PersonMention, from: number): boolean {
    return this.possessive(m) || this.afterPreposition(m, from);
  }

  private possessive(m: PersonMention): boolean {
    const after = this.afterName(m);
    return /^['’]s?\b/.test(after) && !CONTRACTED_HAS_IS.test(after);
  }

  /** Whether a mention is whom an interview is with, within its sentence (which starts at `from`). */
  private interviewed(m: PersonMention, from: number): boolean {
    return INTERVIEWED.test(this.leadOf(m, from));
  }

  /** Whether a mention is a preposition's object within its sentence (which starts at `from`). */
  private afterPreposition(m: PersonMention, from: number): boolean {
    return OBLIQUE.test(this.leadOf(m, from));
  }

  /** The words right before a mention (at most 40 characters), within its sentence (which starts at `from`). */
  private leadOf(m: PersonMention, from: number): string {
    return this.text.slice(Math.max(from, m.at - 40), m.at);
  }

  /**
   * The speaker a sentence's cues give, when it gives several: the first when it prints their words ("“…,” Trump
   * insisted, and Pence said …"), else the source that closes it ("Cruz electrified crowds with speeches and
   * promises …, Stovall said."), else one who plainly reports ("Bowcott reports: Mukasey said that …", "He said
   * Ahmadinejad had told him …"), else one whose words it prints ("When Trump suggested …, Rubio fired back:
   * “…”"), else the first; never one who asked ("when Tapper asked whether …"), since what follows a question
   * answers it.
   */
  private previousSpeaker(s: Span, ok: (p: Person) => boolean): PersonMention | undefined {
    const here = this.speakers.filter(
      (m) => m.at >= s.start && m.at < s.end && ok(m.person) && !QUESTION_CUES.has(m.cue ?? ''),
    );
    const first = here[0];
    if (here.length < 2 || !first) return first;
    return (
      (first.quoted ? first : undefined) ??
      here.find((m) => CLOSING_SOURCE.test(this.text.slice(m.end, s.end))) ??
      here.find((m) => REPORTING_CUES.has(m.cue ?? '')) ??
      here.find((m) => m.quoted) ??
      first
    );
  }

  /** Whether a "he" or "she" of the sex sought (either, for a description) comes in [from, to): the subject. */
  private pronounSubject(from: number, to: number, gender: Gender | null): boolean {
    const found = this.text.slice(from, to).match(PRONOUN_SUBJECT) ?? [];
    return found.some((p) => gender === null || genderOfPronoun(p) === gender);
  }

  private askedPerson(s: Span, ok: (p: Person) => boolean): Person | undefined {
    // "also questioned Trump's logic" asks Trump nothing: a possessive is not the one asked.
    const hit = this.mentionsIn(s.start, s.end).find(
      (m) =>
        ASKING.test(this.text.slice(Math.max(s.start, m.at - 40), m.at)) &&
        !/^['’]s?\b/.test(this.afterName(m)) &&
        ok(m.person),
    );
    return hit?.person;
  }

  /**
   * The text right after a name, from its "'s" when the mention holds one ("Donald Trump's made-for-TV persona"):
   * where a possessive or a contraction shows.
   */
  private afterName(m: PersonMention): string {
    const own = /['’]s$/.test(this.text.slice(m.at, m.end)) ? 2 : 0;
    return this.text.slice(m.end - own, m.end + 12);
  }
}

/** A candidate must look like a person ("Sandy Hook" does not) and not be of the other gender. */
const compatible = (person: Person, gender: Gender | null) =>
  (person.evidence === true || person.gender !== null) &&
  (gender === null || (person.gender ?? person.likelySex ?? gender) === gender);
