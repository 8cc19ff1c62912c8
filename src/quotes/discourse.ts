/**
 * Resolves a speaker mention to the speaker an answer should name: a name to the full name the article gives
 * ("Corn" → "Geoffrey Corn"), a pronoun to the most recent fitting speaker, "the president" to the person the
 * article calls president, "the official" to the nearest earlier source it can mean.
 */
import {
  BODY_NOUNS,
  DOCUMENT_NOUNS,
  EPITHET_NOUNS,
  HONORIFICS,
  ORGANISATION_NOUNS,
  PARTY_LABELS,
  SOURCE_NOUNS,
  SUIT_NOUNS,
  TIME_WORDS,
  TITLE_WORDS,
} from './lexicon';
import type { Mention } from './mentions';
import { type Gender, nameKind } from './nameKinds';
import {
  type Description,
  introducesUnnamed,
  KIN_NOUNS,
  namesFormerPost,
  type People,
  type Person,
  secondUnasked,
  titleHead,
  titleHolds,
} from './people';
import { isRole } from './roleRules';
import { genderOfHead, genderOfPronoun, type Salience } from './salience';

/** Titles that are no office: they never rule out an epithet. */

/** How far back (characters) "it" looks for the organisation it stands for. */
const IT_WINDOW = 600;

export interface Speaker {
  /** The name, or the unnamed source as written; null when the text does not say. */
  name: string | null;
  named: boolean;
  plural: boolean;
  role: string | null;
  /** Offset of the speaker's latest mention, for recency. */
  at: number;
  /** How the mention was resolved: "name", a pronoun rule ("previous-subject"), "epithet", "as-written", … */
  resolution?: string;
}

/**
 * `s` mentioned `at` and resolved by `resolution`. Fields written out rather than spread: see mentionWith in
 * mentions.ts.
 */
const speakerAt = (s: Speaker, at: number, resolution: string | undefined): Speaker => ({
  name: s.name,
  named: s.named,
  plural: s.plural,
  role: s.role,
  at,
  resolution,
});

/** An age used as a name: "says the 35-year-old", "the twenty-year-old added". */
const AGE_EPITHET = /^(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old$/;
const NAME = `\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)*`;
/** A person the text gives this age: "Maria Lopez, 35,", "Maria Lopez, aged 35", "35-year-old Maria Lopez", "Maria Lopez, the 35-year-old owner". */
const nameWithAge = (age: string) =>
  new RegExp(
    `(${NAME}),\\s+(?:aged\\s+)?${age}\\b|${age}-year-old\\s+(${NAME})|(${NAME}),\\s+(?:the|an?)\\s+${age}-year-old`,
    'gu',
  );
/**
 * Someone unnamed brought in by this age: "a 17-year-old was hit", "A girl aged 17", "The boy, 12,", "The
 * 17-year-old victim" (not "the 17-year-old said", the epithet itself, nor ages set off after a name).
 */
const unnamedWithAge = (age: string) =>
  new RegExp(
    `(?<!\\p{L})(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:[\\p{L}-]+\\s+)?${age}-year-old|(?<!,\\s)\\b[Aa]ged\\s+${age}\\b|(?<!\\p{L})\\p{Ll}+,\\s+${age},|\\bThe\\s+${age}-year-old\\s+(?!(?:said|says|told|added|adds|explained|recalled)\\b)\\p{Ll}`,
    'u',
  );
/** Any age given after a name: "John Kerr, 42,". */
const AGE_GIVEN = /\p{Lu}[\p{L}'’-]+,\s+\d{1,3},/u;
const UNITS = 'one two three four five six seven eight nine'.split(' ');
const TEENS = 'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
/** An age in digits: "35" as it is, "thirty-five" as 35; null when it is neither. */
function ageDigits(age: string): string | null {
  if (/^\d{1,3}$/.test(age)) return age;
  const [tens = '', unit] = age.toLowerCase().split('-');
  if (unit === undefined && UNITS.includes(tens)) return String(UNITS.indexOf(tens) + 1);
  if (unit === undefined && TEENS.includes(tens)) return String(TEENS.indexOf(tens) + 10);
  const t = TENS.indexOf(tens);
  if (t < 0 || (unit !== undefined && !UNITS.includes(unit))) return null;
  return String((t + 2) * 10 + (unit === undefined ? 0 : UNITS.indexOf(unit) + 1));
}

/**
 * Nouns for an office many hold at once ("the minister", "the prime minister", "the founder"), epithets beside
 * EPITHET_NOUNS (kept out of that list, which also shapes how names are read): the person must be given the office
 * in the article, as a title ("Foreign Minister Javad Zarif") or a role ("Gordon Brown, the prime minister,");
 * being the most salient person is not enough, as it is for "the president" or "the senator".
 */
const GIVEN_OFFICE_NOUNS = new Set(['minister', 'founder']);

/**
 * "the foreign minister", "the WikiLeaks founder": whether the article gives the person that office, as a title
 * ("WikiLeaks founder Julian Assange") or a role ("Omar Zakhilwal, the country's finance minister,") ending in the
 * description's words; a former office only for "the former …", and the reverse.
 */
function givenOffice(person: Person, description: string): boolean {
  const wanted = description
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '');
  const former = namesFormerPost(wanted);
  return [...person.titles, ...person.roles.filter(isRole)].some((given) => {
    const office = given.trim().toLowerCase();
    const at = office.length - wanted.length;
    return (
      office.endsWith(wanted) && (at === 0 || office[at - 1] === ' ') && namesFormerPost(office) === former
    );
  });
}

/** Nouns for what a person is, used as a name: "the candidate", "the developer", "the businessman", an age. */
const isEpithetHead = (head: string) =>
  (EPITHET_NOUNS.has(head) && !SOURCE_NOUNS.has(head)) ||
  GIVEN_OFFICE_NOUNS.has(head) ||
  AGE_EPITHET.test(head);
const genderOfNoun = (head: string) =>
  /woman$|ess$/.test(head) ? 'female' : /man$/.test(head) ? 'male' : null;

/** The capitalised words of a description before its noun: "the New Jersey governor" → "New Jersey". */
function capitalisedModifiers(description: string): string {
  const words = description.trim().split(/\s+/).slice(1, -1);
  return words.filter((w) => /^\p{Lu}/u.test(w)).join(' ');
}

/** A party label as one word: "Democrat" and "Democratic" are one party. */
const partyOf = (word: string) => word.toLowerCase().replace(/^democrat(?:ic)?$/, 'democratic');

/**
 * Whether a person can be an epithet ("the billionaire businessman", "the Ohio senator", "the Republican nominee"):
 * an office the article gives them fits its noun and place (titleHolds); a party is no office, so a person known
 * only by a party ("Republican Donald Trump") fits a noun for what one is ("the billionaire businessman"), or an
 * office noun only with that same party named ("the Republican nominee"), never "the president" or "the Vermont
 * senator"; a description naming another party is never them.
 */
function epithetFits(person: Person, noun: string, modifiers: string, description = ''): boolean {
  // "Kasich's wife, Karen," is no "governor": one known only as kin fits a noun for kin or for a man or woman.
  if (person.kin && !KIN_NOUNS.has(noun) && !/^(?:wo)?man$/.test(noun)) return false;
  const titles = person.titles
    .map((t) => t.trim().toLowerCase().replace(/\.$/, ''))
    .filter((t) => !HONORIFICS.has(t));
  const parties = titles.filter((t) => PARTY_LABELS.has(t)).map(partyOf);
  const described = modifiers
    .split(/\s+/)
    .filter((w) => PARTY_LABELS.has(w.toLowerCase()))
    .map(partyOf);
  if (described.length && parties.length && !described.some((p) => parties.includes(p))) return false;
  const offices = titles.filter((t) => !PARTY_LABELS.has(t));
  if (GIVEN_OFFICE_NOUNS.has(noun)) return givenOffice(person, description);
  if (offices.length === 0) return parties.length === 0 || !TITLE_WORDS.has(noun) || described.length > 0;
  return offices.some(
    (t) =>
      (t.endsWith(noun) || titleHead(t) === noun) &&
      !secondUnasked(t, description) &&
      titleHolds(t, modifiers, true),
  );
}

/** How the description of someone the article never names opens: "a woman", "the cashier", "one witness". */
const UNNAMED_OPENING = /^(?:a|an|the|one|another)\s/i;

/** Nouns for a business: "the company" stands for the firm the story is about, often named a few sentences up. */
const COMPANY_NOUNS = new Set(['company', 'firm', 'corporation']);
/** "Anheuser" and "Anheuser-Busch Cos.": a short name is the company whose name it opens. */
function sameCompany(short: string, full: string): boolean {
  const first = short.toLowerCase().split(/\s+/)[0] ?? '';
  return first.length > 0 && full.toLowerCase().startsWith(first);
}

/** A named body or document as the speaker: no person, so no role ("the company said" → Delta, "it said"). */
const namedSource = (name: string, at: number, resolution: string): Speaker => ({
  name,
  named: true,
  plural: false,
  role: null,
  at,
  resolution,
});

/** A quoting verb right after a subject: what follows is someone else's words ("it quoted him as saying"). */
const QUOTING_AFTER = /^\s+(?:quoted|cited)\b/;

/** Nouns for what "it" can stand for when quoted: documents, organisations and public bodies. */
const THING_NOUNS = new Set([...DOCUMENT_NOUNS, ...ORGANISATION_NOUNS, ...BODY_NOUNS, ...SUIT_NOUNS]);

/**
 * Whether a speaker is a thing "it" can stand for: a name of an organisation or a place ("Le Monde", "China"), or a
 * description whose last word is a noun for one ("the report", "a damning United Nations report", "the White
 * House", by its name).
 */
function speaksAsThing(name: string, named: boolean): boolean {
  if (named) {
    const kind = nameKind(name);
    return kind === 'organisation' || kind === 'place';
  }
  const last = name.split(/\s+/).at(-1) ?? '';
  if (THING_NOUNS.has(last.toLowerCase())) return true;
  const capitalised = /^[Tt]he\s+((?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’.-]*)$/u.exec(name)?.[1];
  return capitalised !== undefined && nameKind(capitalised) === 'organisation';
}

/** "said in a", "announced on Monday in an", "issued a", "released a": a document its sentence's subject put out. */
const ISSUED_IN =
  /\b(?:(?:said|says|announced|added|stated|declared|warned|insisted|confirmed|denied)\s+(?:[\p{L}\d,]+\s+){0,4}?in|issued|released|published|sent|posted)\s+$/u;
const INDEFINITE_ARTICLES = new Set(['a', 'an']);

/** Nouns for a publication: "the paper says" means the newspaper the article named last (see Discourse.publication). */
const PUBLICATION_NOUNS = new Set(['paper', 'newspaper']);
/** The last words of publications' names: "Los Angeles Times", "Daily News", "Sunday Telegraph". */
const PUBLICATION_WORDS = new Set(
  `times post journal tribune herald gazette news daily telegraph mail express observer guardian independent
  standard mirror chronicle examiner inquirer weekly globe bulletin courier dispatch register sentinel star sun
  record recorder monitor`.split(/\s+/),
);
/** A publication's word capitalised, as a paper's name: "the Guardian", "The Star", "the Mail on Sunday". */
const ANOTHER_PAPER = new RegExp(
  String.raw`\b(?:${[...PUBLICATION_WORDS].map((w) => (w[0] ?? '').toUpperCase() + w.slice(1)).join('|')})(?![\w-])`,
);
/** How far back (in characters) "the paper" looks for the publication it means. */
const PUBLICATION_WINDOW = 3000;

/** How many sentences back "the company" looks for a company opening a sentence. */
const COMPANY_REACH = 6;

/** How many sentences back "the lawsuit" looks for who sued: the suit is the article's, often told far above. */
const SUIT_REACH = 400;

/** A sentence saying who brought a suit: "X sued …", "X will sue …", "X filed a complaint …" (not "X was sued"). */
const SUING =
  /(?<!\b(?:be|been|being|is|was|are|were)\s)\b(?:sue[sd]?|suing)\b|\b(?:file[sd]?|filing|brought|brings?|bringing)\b.{0,40}\b(?:lawsuit|suit|complaint|petition)\b/i;

/** How far back (in paragraphs) a pronoun or a description may reach for its speaker. */
const REACH = 3;

export class Discourse {
  private speakers: (Speaker & { paragraph: number })[] = [];

  constructor(
    private readonly people: People,
    private readonly salience: Salience,
  ) {}

  /** Records who is speaking in a sentence, for the pronouns and descriptions that follow. */
  note(
    speaker: Speaker,
    paragraph: number,
    mention?: Mention,
    cue: string | null = null,
    quoted = false,
  ): void {
    if (speaker.name !== null) {
      const { name, named, plural, role, at, resolution } = speaker;
      this.speakers.push({ name, named, plural, role, at, resolution, paragraph });
    }
    const person = speaker.named && speaker.name ? this.people.person(speaker.name) : undefined;
    if (person && mention) this.salience.noteSpeaker(mention, person, cue, quoted);
    // "“…,” the woman screams": an unnamed speaker whose sex the noun (or the pronoun) shows; not one described by
    // whose they are ("his brother added"), who is often named elsewhere.
    const { name } = speaker;
    const unnamed = !speaker.named && !speaker.plural && name !== null && UNNAMED_OPENING.test(name);
    // Only one the passage is about: referred back to ("the woman" linked to "a pregnant woman", "she"), not one
    // brought in by the quote itself ("“Where were you?” one woman shouted at her"), nor a definite description
    // kept as written, who may be a person named before it was not linked to ("Her mother, Rosa Lopez, said …
    // “…,” the mother said").
    const referredBack = mention?.kind === 'pronoun' || speaker.resolution === 'earlier-description';
    if (unnamed && mention && referredBack) {
      const gender = mention.kind === 'pronoun' ? genderOfPronoun(mention.text) : genderOfHead(mention.head);
      this.salience.noteDescribedSpeaker(mention, name, gender);
    }
  }

  /** A named person as the speaker, with the role the article gives them and how the mention was resolved. */
  private namedPerson(name: string, at: number, resolution: string): Speaker {
    return { name, named: true, plural: false, role: this.people.roleOf(name), at, resolution };
  }

  private recent(paragraph: number, plural: boolean | null): (Speaker & { paragraph: number }) | undefined {
    for (let i = this.speakers.length - 1; i >= 0; i--) {
      const s = this.speakers[i] as Speaker & { paragraph: number };
      if (paragraph - s.paragraph > REACH) return undefined;
      if (plural === null || s.plural === plural) return s;
    }
    return undefined;
  }

  resolve(mention: Mention, paragraph: number): Speaker {
    if (mention.kind === 'named' && mention.name) return this.named(mention.name, mention);
    if (mention.kind === 'pronoun') return this.pronoun(mention, paragraph);
    return this.description(mention);
  }

  private named(name: string, mention: Mention): Speaker {
    // "Ana Ruiz and Ben Ortiz" (joint authors) stays both names, never one resolved by a last word.
    // The person read at the mention first: a title there tells which of a family it is ("said Mrs Lay").
    const offset = mention.text.indexOf(name);
    const read = mention.plural || offset < 0 ? undefined : this.people.personAt(mention.start + offset);
    // Read before the full name appeared ("Mr. Lay" before "Kenneth Lay"), a surname alone is resolved now, with
    // the gender its title gave.
    const found = mention.plural
      ? { name, byFirstName: false }
      : read?.name.includes(' ')
        ? { name: read.name, byFirstName: false }
        : this.resolvedName(name, read?.gender ?? null);
    // "the Association of Flight Attendants" is not the "Flight Attendants" read after its "of" ("Actress Ana Ruiz"
    // is Ana Ruiz: a title before a name is no part of it).
    const full = found.name !== name && name.includes(` of ${found.name}`) ? name : found.name;
    return {
      name: full,
      named: true,
      plural: false,
      role: this.people.roleOf(full) ?? (mention.role && isRole(mention.role) ? mention.role : null),
      at: mention.start,
      resolution: full === name ? 'name' : found.byFirstName ? 'first-name' : 'name-variant',
    };
  }

  /** The full name for a name as written (see People.resolve), and whether only its first name told it. */
  private resolvedName(name: string, gender: Gender | null): { name: string; byFirstName: boolean } {
    const found = this.people.resolve(name, gender) ?? name;
    return { name: found, byFirstName: found !== name && this.people.resolve(name, gender, false) !== found };
  }

  private pronoun(mention: Mention, paragraph: number): Speaker {
    const unresolved = {
      name: null,
      named: false,
      plural: mention.plural,
      role: null,
      at: mention.start,
      resolution: 'unresolved',
    };
    if (/^it$/i.test(mention.text)) {
      // "it" speaks for the organisation named just before, else for the source quoted just before when that is no
      // person (see lastSource); never for a person.
      const org = this.people.lastOrganisationBefore(mention.start, IT_WINDOW);
      if (org) return namedSource(org.name, mention.start, 'nearest-organisation');
      // "it quoted him as saying": the words are whom it quoted.
      const quoting = QUOTING_AFTER.test(this.people.slice({ start: mention.end, end: mention.end + 12 }));
      return (!quoting && this.lastSource(paragraph, mention.start)) || unresolved;
    }
    if (/^(?:i|we|you)$/i.test(mention.text)) return unresolved;
    // "she" is never a man the article names, nor "he" a woman: every way below keeps to the pronoun's gender; nor
    // is it whom its own cue addresses ("he said to Cruz").
    const gender = genderOfPronoun(mention.text);
    const addressee = this.salience.addressee(mention);
    const fits = (person: Person) =>
      person !== addressee && (gender === null || person.gender === null || person.gender === gender);
    const fitsName = (name: string | null) => {
      const person = name ? this.people.person(name) : undefined;
      return person === undefined || fits(person);
    };
    if (/^(?:he|she)$/i.test(mention.text)) {
      const salient = this.salience.resolve(mention.text, mention.start, fits);
      if (salient && 'description' in salient) {
        const name = salient.description;
        return { name, named: false, plural: false, role: null, at: mention.start, resolution: salient.rule };
      }
      if (salient) {
        this.salience.note(mention, salient.person, mention.text);
        return this.namedPerson(salient.person.name, mention.start, salient.rule);
      }
      const recent = this.recent(paragraph, false);
      const person = recent?.name ? this.people.person(recent.name) : undefined;
      if (recent && person && fits(person)) return speakerAt(recent, mention.start, 'last-speaker');
    }
    const recent = this.recent(paragraph, mention.plural);
    const thing = recent?.name && !mention.plural && nameKind(recent.name) !== 'person';
    if (recent && !thing && fitsName(recent.name)) return speakerAt(recent, mention.start, 'last-speaker');
    if (mention.plural) return unresolved;
    const last = this.people.lastPersonBefore(mention.start, fits);
    if (!last) return unresolved;
    return {
      name: last.person.name,
      named: true,
      plural: false,
      role: this.people.roleOf(last.person.name),
      at: last.at,
      resolution: 'last-person',
    };
  }

  /**
   * "“…,” the report said. It added: “…”": the source quoted last, when it is no person (a document, a body, an
   * organisation or a country: see speaksAsThing), quoted in the same sentence or the one before (rule
   * last-source). Never one further back past a person quoted since.
   */
  private lastSource(paragraph: number, at: number): Speaker | null {
    const last = this.speakers.at(-1);
    if (!last?.name || last.plural || paragraph - last.paragraph > 1 || at - last.at > IT_WINDOW) return null;
    // Quoted in this sentence or the one before: a sentence about something else between leaves "it" to that.
    const [own, before] = this.salience.sentencesBack(at, 1);
    const from = (before ?? own)?.start ?? at;
    return last.at >= from && speaksAsThing(last.name, last.named)
      ? speakerAt(last, at, 'last-source')
      : null;
  }

  private description(mention: Mention): Speaker {
    const asWritten: Speaker = {
      name: mention.text,
      named: false,
      plural: mention.plural,
      role: mention.role,
      at: mention.start,
      resolution: 'as-written',
    };
    const definite = /^the\s/i.test(mention.text);
    if (!definite || !mention.head) return asWritten;
    const organisation = this.organisation(mention);
    if (organisation) return organisation;
    const epithet = this.epithet(mention);
    if (epithet) return epithet;
    const described = this.people.descriptionBefore(mention.head, mention.start);
    const titled =
      this.people.withTitle(mention.head, capitalisedModifiers(mention.text), true, mention.text) ??
      this.people.withPost(mention.head, mention.start, described?.at ?? -1);
    if (titled)
      return {
        name: titled.name,
        named: true,
        plural: false,
        role: this.people.roleOf(titled.name),
        at: mention.start,
        resolution: 'title',
      };
    const introduced = described !== undefined && introducesUnnamed(described);
    const linked = this.salience.linked(mention.head, mention.start, described?.at ?? -1, introduced);
    if (linked && !mention.plural) {
      const { name } = linked;
      const role = this.people.roleOf(name);
      return { name, named: true, plural: false, role, at: mention.start, resolution: 'linked-description' };
    }
    if (described?.author) return namedSource(described.author, mention.start, 'document-author');
    if (!described) return asWritten;
    const issuer = this.issuer(described, mention);
    if (issuer) return namedSource(issuer, mention.start, 'document-issuer');
    const { named, plural, role, at } = asWritten;
    return { name: described.text, named, plural, role, at, resolution: 'earlier-description' };
  }

  /**
   * "The Taliban … said in a statement …" then "the statement said": a document brought in as what the sentence's
   * subject said it in, issued or released (or "In a statement, the Taliban said") is that subject's, when the
   * sentence opens with their name (rule document-issuer). Not a statement someone else "obtained" or "read".
   */
  private issuer(described: Description, mention: Mention): string | null {
    const at = described.introAt;
    const head = mention.head ?? '';
    if (at === undefined || !DOCUMENT_NOUNS.has(head) || !INDEFINITE_ARTICLES.has(described.determiner))
      return null;
    const sentence = this.salience.sentencesBack(at, 0)[0];
    if (!sentence) return null;
    const lead = this.people.slice({ start: sentence.start, end: at });
    let name: string | undefined;
    if (/^\s*In\s+$/.test(lead)) {
      const comma = this.people.slice({ start: at, end: sentence.end }).indexOf(',');
      if (comma >= 0)
        name = this.people.subjectOf({ start: at + comma + 1, end: sentence.end }, sentence.end, true);
    } else if (ISSUED_IN.test(lead)) name = this.people.subjectOf(sentence, at, true);
    // Named in the sentence as written, and none other than whom the mention's own capitals name ("The White
    // House statement" is the White House's, whoever issued the last one).
    const last = name?.split(/\s+/).at(-1);
    const own = capitalisedModifiers(mention.text);
    if (!name || !last || !this.people.slice(sentence).includes(last)) return null;
    return own === '' || name.includes(own) ? name : null;
  }

  /**
   * "the company said": the organisation the sentence before opens with as its subject (rule
   * organisation-subject). "the lawsuit says": the named subject of the nearest earlier sentence
   * saying who sued (rule plaintiff). Never the nearest organisation merely named nearby.
   */
  private organisation(mention: Mention): Speaker | null {
    const head = mention.head ?? '';
    const suit = SUIT_NOUNS.has(head);
    if (mention.plural || (!suit && !ORGANISATION_NOUNS.has(head))) return null;
    // The mention's own sentence is left out: its subject is what is said ("X has been …, the group says").
    for (const sentence of this.salience.sentencesBack(mention.start, suit ? SUIT_REACH : 1).slice(1)) {
      // "Elias is bringing the suit on behalf of …": a lawyer acting for others is not the one suing.
      const words = this.people.slice(sentence);
      if (suit && (!SUING.test(words) || /\bon behalf of\b/i.test(words))) continue;
      const name = this.people.subjectOf(sentence, Math.min(sentence.end, mention.start), suit);
      const resolution = suit ? 'plaintiff' : 'organisation-subject';
      if (name) return namedSource(name, mention.start, resolution);
    }
    if (PUBLICATION_NOUNS.has(head)) return this.publication(mention);
    return suit || !COMPANY_NOUNS.has(head) ? null : this.companyLead(mention);
  }

  /**
   * "The paper says …" a few paragraphs after "Zimbabwe's Daily News reported …": the publication named last before,
   * within PUBLICATION_WINDOW characters, by a name ending in a publication's word (PUBLICATION_WORDS: "Daily News",
   * "Los Angeles Times"; "Der Spiegel" is missed), when the mention names no paper itself (rule publication).
   */
  private publication(mention: Mention): Speaker | null {
    // "the state-run Keyhan newspaper", "the New Age newspaper": the mention names its paper itself.
    if (capitalisedModifiers(mention.text) !== '') return null;
    const paper = this.people.lastThingBefore(mention.start, PUBLICATION_WINDOW, (t) => {
      const words = t.name.split(/\s+/);
      const last = words.at(-1)?.toLowerCase() ?? '';
      // "BBC News", "NBC News": a broadcaster's newsroom, no paper.
      const broadcaster = last === 'news' && /^\p{Lu}{2,}$/u.test(words[0] ?? '');
      return t.kind === 'organisation' && words.length > 1 && PUBLICATION_WORDS.has(last) && !broadcaster;
    });
    if (!paper) return null;
    // "the Financial Times … the Guardian's editorial. The paper said": another paper named since, by a name this
    // reading does not keep ("the Guardian", "the Mail", "The Star"), may be the one meant.
    const since = this.people.slice({ start: paper.at + paper.name.length, end: mention.start });
    if (ANOTHER_PAPER.test(since)) return null;
    return namedSource(paper.name, mention.start, 'publication');
  }

  /**
   * "the company said" a few sentences after "Consolidated Freightways Inc. said …": the company a recent
   * sentence opens with, when its name shows it is one and every subject named since is that company too
   * ("Anheuser, the world's largest brewer, has …"; not "Delta said …") (rule company-lead).
   */
  private companyLead(mention: Mention): Speaker | null {
    const since: string[] = [];
    for (const sentence of this.salience.sentencesBack(mention.start, COMPANY_REACH).slice(2)) {
      const subject = this.people.openingSubject(sentence, Math.min(sentence.end, mention.start));
      if (!subject) continue;
      if (!subject.company) {
        since.push(subject.name);
        continue;
      }
      const { name } = subject;
      if (!since.every((other) => sameCompany(other, name))) return null;
      return namedSource(name, mention.start, 'company-lead');
    }
    return null;
  }

  /**
   * "says the 35-year-old": the person the article gives that age ("Maria Lopez, 35,", "35-year-old Maria
   * Lopez"); no one when it brought in someone unnamed by it ("a 17-year-old was hit", "the boy, 12,", "a girl
   * aged 17") or gives ages but not this one; else the most salient person (rule epithet).
   */
  private byAge(mention: Mention, head: string): Speaker | null {
    const age = ageDigits(head.slice(0, -'-year-old'.length));
    const before = this.people.slice({ start: 0, end: mention.start });
    if (age === null) return AGE_GIVEN.test(before) ? null : this.mostSalient(mention);
    const named = [...before.matchAll(nameWithAge(age))];
    const last = named[named.length - 1];
    const name = last?.[1] ?? last?.[2] ?? last?.[3];
    if (name && !TIME_WORDS.has(name.split(/\s+/)[0]?.toLowerCase() ?? '')) {
      return this.namedPerson(this.people.resolve(name) ?? name, mention.start, 'epithet');
    }
    if (unnamedWithAge(age).test(before) || AGE_GIVEN.test(before)) return null;
    return this.mostSalient(mention);
  }

  private mostSalient(mention: Mention): Speaker | null {
    const salient = this.salience.salient(null, mention.start, () => true);
    return salient ? this.namedPerson(salient.person.name, mention.start, 'epithet') : null;
  }

  /**
   * "the billionaire businessman said", "The Vermont senator": a definite description of a person by what they
   * are (not an unnamed-source noun such as "the official") means the most salient person it fits; when the
   * article gives someone that title, it must be that person.
   */
  private epithet(mention: Mention): Speaker | null {
    const head = mention.head ?? '';
    if (mention.plural || !isEpithetHead(head)) return null;
    if (AGE_EPITHET.test(head)) return this.byAge(mention, head);
    const modifiers = capitalisedModifiers(mention.text);
    // "the Republican presidential candidate" is not the one the article calls "Mayor": another office. The
    // most salient person who fits is taken, past a more recent mayor.
    const fits = (person: Person) => epithetFits(person, head.toLowerCase(), modifiers, mention.text);
    const salient = this.salience.salient(genderOfNoun(head), mention.start, fits);
    if (!salient) return null;
    const titled = this.people.withTitle(head, modifiers, false, mention.text);
    if (titled && titled !== salient.person) return null;
    return this.namedPerson(salient.person.name, mention.start, 'epithet');
  }
}
