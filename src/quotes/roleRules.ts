/**
 * What is not a role, as data: a title or a phrase set off by commas after a name is a role ("Geoffrey Corn,
 * director of …,") unless one of these rules rejects it — an honorific, an age, a clause, a run too long to be a
 * noun phrase. Each rule has an id, the reason a reader would give, and phrases it must reject and keep;
 * test/quotes/roleRules.test.ts runs them. Both what a profile lists (peopleOf) and the role a quote's speaker is
 * given (People.roleOf) go through them.
 */
import { IRREGULAR_PAST_FORMS } from '../text/pastForms';
import { ADVERBS, AUXILIARIES, CUE_VERBS, HONORIFICS, TITLE_WORDS } from './lexicon';

export interface RoleRule {
  id: string;
  reason: string;
  /** True when the phrase is NOT a role. */
  rejects: (role: string) => boolean;
  examples: { rejected: readonly string[]; kept: readonly string[] };
}

/**
 * A phrase's words in lower case. isRole runs every rule on one phrase, and most read its words: the last phrase's
 * are kept (never changed: read only).
 */
let wordsRead: { of: string; words: readonly string[] } = { of: '', words: [''] };
const words = (s: string): readonly string[] => {
  if (s !== wordsRead.of) wordsRead = { of: s, words: s.trim().toLowerCase().split(/\s+/) };
  return wordsRead.words;
};
const firstWord = (s: string) => words(s)[0] ?? '';
const isAdverb = (w: string) => ADVERBS.has(w) || /^[a-z]{3,}ly$/.test(w);
/**
 * "today likened the founder to …", "today insisted", "yesterday arrived in Moscow": a day, then a past form with
 * a determiner or a preposition after it, or nothing.
 */
const DAY_THEN_VERB =
  /^(?:today|yesterday|tonight|earlier|later)\s+[a-z]{3,}ed(?:\s+(?:the|a|an|his|her|their|its|in|on|at|to|for|with|that)\b|$)/i;
const dayThenVerb = (r: string) => DAY_THEN_VERB.test(r.trim());
/** Participles that describe what someone is after an adverb: "recently retired Army colonel", "newly elected MP". */
const ROLE_PAST_PARTICIPLES = new Set(
  `retired elected appointed decorated regarded respected acclaimed renowned recognized recognised promoted
  qualified trained licensed certified registered published celebrated established serving`.split(/\s+/),
);
/** "clearly frustrated", "forcefully rejected Clinton's claim", "still excoriated by Democrats": what someone did. */
function adverbThenVerb(r: string): boolean {
  const all = r.trim().split(/\s+/);
  const i = adverbsAtStart(all);
  const rest = all.slice(i);
  return i > 0 && !ROLE_PAST_PARTICIPLES.has(rest[0] ?? '') && isLowerVerbForm(rest.join(' '));
}
/** How many words open `all` as adverbs, always leaving the last one. */
function adverbsAtStart(all: readonly string[]): number {
  let i = 0;
  while (i < all.length - 1 && isAdverb((all[i] as string).toLowerCase())) i++;
  return i;
}
/** The first word after any leading adverbs ("bluntly suggested" -> "suggested"); '' when none follows. */
const afterAdverbs = (s: string) => {
  const all = words(s);
  const i = adverbsAtStart(all);
  return i > 0 ? (all[i] as string) : '';
};
/** Words that open an adverbial or prepositional phrase, never a noun phrase ("who runs X" describes a person). */
const NOT_NOUN_PHRASE_OPENERS = new Set(
  `about respectively however meanwhile instead too also which in on at for from by with without
  during after before since until like unlike despite including amid among under into to`.split(/\s+/),
);
/** Conjunctions and a negation that open a clause or an aside, never a role ("as his wife looked on", "not me"). */
const CLAUSE_OPENERS = new Set(
  'not so as where when while because although though whereas if unless'.split(' '),
);
/** Words in -ing that open a role ("acting director", "the ranking Democrat"), not a clause. */
const ROLE_PARTICIPLES = new Set(
  `acting managing visiting presiding ranking founding leading reigning sitting outgoing incoming governing
  supervising consulting coordinating commanding attending practicing practising teaching winning losing
  fundraising polling marketing engineering banking publishing nursing`.split(/\s+/),
);
/** A verb that makes the phrase a clause of its own ("his leanings are …"), unless a relative pronoun opens it. */
const FINITE = /\b(?:is|are|was|were|has|have|had|says|say|said)\b/i;
const RELATIVE = /\b(?:who|whom|whose|that|which|where|when)\b/i;
const isClauseParticiple = (w: string) => /^[a-z]{3,}ing$/.test(w) && !ROLE_PARTICIPLES.has(w);
/** What follows a verb as its object or complement: a determiner, a preposition, "that", a name. */
const VERB_OBJECT =
  /^(?:the|a|an|his|her|their|its|our|my|this|that|these|those|by|to|in|on|at|for|with|from|as|him|them|it|me|us)$|^[A-Z]/;
/**
 * A past form in -ed with a determiner after it, five words or more into a phrase that opens with a determiner:
 * "a security camera on the outside of her home captured the entire incident" ("physicist awarded the Nobel
 * Prize", "a nurse awarded an OBE" are roles).
 */
const PAST_WITH_OBJECT = /^(?:a|an|the)\s+(?:\S+\s+){3,}[a-z]{3,}ed\s+(?:the|a|an|his|her|their|its)\s/i;

/**
 * A first word written in lower case in -ed or -ing followed by an object or by nothing ("captured Virginia",
 * "angered that …", "speaking to CNN"); "seasoned operative", "plumbing contractor" and "United States …" are not
 * clauses.
 */
const isLowerVerbForm = (r: string) => {
  const [first = '', next] = r.trim().split(/\s+/);
  if (!/^[a-z]+$/.test(first) || !(/ed$/.test(first) || isClauseParticiple(first))) return false;
  return next === undefined || VERB_OBJECT.test(next);
};

/** Words that only modify a title: alone, they say nothing of what someone does. */
const BARE_MODIFIERS = /^(?:former|then|acting|late|current|incoming|outgoing|interim|ex)\.?$/i;

const MAX_ROLE_WORDS = 16;

/** A subject pronoun, contracted or not ("he", "it's", "you'll"): what opens a clause, never a noun phrase. */
const SUBJECT_PRONOUN = /^(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I|[Yy]ou|[Tt]here)(?:['’][a-z]+)?$/;
/** Past forms not in -ed that open a clause about what someone did ("gave evidence today", "took leave"). */
const IRREGULAR_PASTS = new Set([...IRREGULAR_PAST_FORMS, 'led', 'thought', 'kept', 'felt']);

/** Nouns for kin: after a possessive they make a role ("her cousin twice removed"), not an absolute phrase. */
const KIN = new Set(
  'cousin uncle aunt nephew niece brother sister son daughter father mother wife husband grandson granddaughter'.split(
    ' ',
  ),
);
/** Possessive pronouns that open an absolute phrase: "her arm outstretched", "his voice breaking". */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
/** Words after a participle that end its phrase rather than name what it describes ("peeping out", "shaking with"). */
const AFTER_ABSOLUTE =
  /^(?:and|out|up|down|off|away|back|beneath|under|over|in|on|at|with|from|behind|above)$/;

/** "her boots peeping out beneath a dress", "his voice breaking": a possessive, a noun, a participle, then no noun. */
function absolutePhrase(r: string): boolean {
  const all = words(r);
  // "her cousin twice removed" is kin, a role.
  if (!POSSESSIVE_PRONOUNS.has(all[0] ?? '') || KIN.has(all[1] ?? '')) return false;
  for (let i = 2; i < all.length; i++) {
    const w = all[i] as string;
    const participle = isClauseParticiple(w) || (/^[a-z]{4,}ed$/.test(w) && !ROLE_PAST_PARTICIPLES.has(w));
    const next = all[i + 1];
    if (participle && (next === undefined || AFTER_ABSOLUTE.test(next))) return true;
  }
  return false;
}

export const ROLE_RULES: readonly RoleRule[] = [
  {
    id: 'honorific',
    reason:
      'an honorific says how to address someone, not what they do (nor does a word before "Mr." or "Dr.": "Yet Mr." is a sentence\'s opening)',
    rejects: (r) =>
      HONORIFICS.has(r.trim().toLowerCase().replace(/\.$/, '')) || /\s(?:Mr|Mrs|Ms|Mx|Dr)\.?$/.test(r.trim()),
    examples: {
      rejected: ['Mr.', 'Mrs', 'Dr.', 'Dame', 'Yet Mr.'],
      kept: ['Senator', 'Defense Secretary', 'former Dr. Phil producer', 'professor at Notre Dame'],
    },
  },
  {
    id: 'age',
    reason: 'an age set off by commas ("Jane Roe, 56,"), or a phrase that opens with one, is not a role',
    rejects: (r) => /^\d+(?:\s*years?\s+old)?$/i.test(r.trim()) || /^\d+\s*years?\s+old\b/i.test(r.trim()),
    examples: {
      rejected: ['56', '34 years old', '52 years old and a 27-year Reuters veteran'],
      kept: ['56th mayor of the city', '27-year Reuters veteran'],
    },
  },
  {
    id: 'clause',
    reason: 'a phrase that opens with a verb is a clause about what someone did, not what they are',
    rejects: (r) => {
      const w = firstWord(r);
      return (
        (CUE_VERBS.has(w) || AUXILIARIES.has(w) || isLowerVerbForm(r)) &&
        !TITLE_WORDS.has(w.replace(/\.$/, ''))
      );
    },
    examples: {
      rejected: [
        'told The Washington Post earlier this week',
        'said on Monday',
        'was elected in 2010',
        'captured Ohio',
        'referring to the bankruptcy chapter used by cities',
        'recalling the weekly breakfasts with the mayor',
      ],
      kept: [
        'top aide to the governor',
        "the party's national finance chairman",
        'retired judge',
        'acting director',
        'managing editor of the paper',
        'United States Customs and Border Protection commissioner',
        'seasoned operative who worked the convention floor',
        'plumbing contractor who came to the rally',
        'red - haired singer',
        'decorated — and outspoken — Marine general',
      ],
    },
  },
  {
    id: 'own-verb',
    reason:
      'a phrase with a verb of its own ("his leanings are in plain view") is a clause, unless "who" or "that" opens the part that has it',
    rejects: (r) => {
      const verb = FINITE.exec(r) ?? PAST_WITH_OBJECT.exec(r);
      const relative = RELATIVE.exec(r);
      return verb !== null && (relative === null || relative.index > verb.index);
    },
    examples: {
      rejected: [
        'his leanings are in plainer view than his brother’s',
        'union members and leaders say',
        'a security camera on the outside of her home captured the entire incident',
      ],
      kept: [
        'Orlando Democrat who was first elected to Congress in 2008',
        'councilman who has represented the east side',
        'spokesman for a group based in Ohio',
        'head of a charity funded by the state',
        'physicist awarded the Nobel Prize in 2013',
        'a nurse awarded an OBE in the New Year honours',
        'lawyer elected the first black mayor of the city',
      ],
    },
  },
  {
    id: 'adverb-clause',
    reason:
      'an adverb or a day and then a verb ("bluntly suggested that …", "today likened the founder to …") is a clause about what someone did',
    rejects: (r) => {
      const w = afterAdverbs(r);
      return CUE_VERBS.has(w) || AUXILIARIES.has(w) || dayThenVerb(r) || adverbThenVerb(r);
    },
    examples: {
      rejected: [
        'bluntly suggested that the plan would fail',
        'also said on Monday',
        'previously told reporters',
        'today likened the WikiLeaks founder to a terrorist',
        'today insisted',
        'yesterday arrived in Moscow on his latest arms-buying spree',
        'yesterday accused the Swedish authorities of callousness',
        'clearly frustrated',
        'forcefully rejected Clinton’s claim',
        'still excoriated by Democrats for tipping the 2000 election',
      ],
      kept: [
        'widely respected county engineer',
        'recently retired fire chief',
        'spokeswoman',
        'recently retired Army colonel',
        'newly elected Labour MP for Bristol West',
        'highly decorated Marine veteran',
        'widely acclaimed Hollywood director',
      ],
    },
  },
  {
    id: 'not-a-noun-phrase',
    reason:
      'a phrase set off by commas that opens with "about", "respectively" or "however" is not a noun phrase',
    rejects: (r) => NOT_NOUN_PHRASE_OPENERS.has(firstWord(r)) || NOT_NOUN_PHRASE_OPENERS.has(afterAdverbs(r)),
    examples: {
      rejected: [
        'respectively',
        "about the paper's new owners",
        'however',
        'which is airing this week',
        'particularly in the general election',
      ],
      kept: [
        'about-face specialist at the agency',
        'treasurer',
        'in-house counsel',
        'who runs CartelInsider.com, a website on the cartels',
      ],
    },
  },
  {
    id: 'conjunction-clause',
    reason:
      'a phrase set off by commas that opens with a conjunction or "not" ("as his wife", "so there might be light …", "where the New Yorkers are", "not Rubio alone") or is "of course" is a clause or an aside, not a role',
    rejects: (r) => CLAUSE_OPENERS.has(firstWord(r)) || /^of course\b/i.test(r.trim()),
    examples: {
      rejected: [
        'as his wife',
        'as he placed drinks on a waitress’s tray',
        'so there might be light at the end of the tunnel',
        'where the New Yorkers are',
        'not Rubio alone',
        'not content with one headline',
        'while her husband waited outside',
        'of course',
      ],
      kept: [
        'so-called godfather of the movement',
        'assistant secretary of state',
        'of Northumbria police',
        'notary public in the county',
        'once press secretary to Vice President Dan Quayle',
      ],
    },
  },
  {
    id: 'pronoun-clause',
    reason:
      'a phrase that opens with "he", "she", "it", "there" or "that" is a clause (what the person said or did), not what they are',
    rejects: (r) => {
      const [first = ''] = r.trim().split(/\s+/);
      return SUBJECT_PRONOUN.test(first) || /^[Tt]hat$/.test(first);
    },
    examples: {
      rejected: [
        'he did not murder her',
        'she wrote',
        "it's not about the money",
        'you’ll love this',
        "that a woman's screams woke him up",
        'that was a mere bagatelle',
        "there's not much chance of that happening",
      ],
      kept: ['its chief executive', 'IT professional from Seattle', 'head of the inquiry that cleared him'],
    },
  },
  {
    id: 'irregular-past-clause',
    reason:
      'a phrase that opens with a past form such as "gave" or "took" tells what someone did, not what they are',
    rejects: (r) => {
      const [first = '', second = ''] = words(r);
      return IRREGULAR_PASTS.has(first) && !second.startsWith('-');
    },
    examples: {
      rejected: [
        'gave evidence today',
        "took six months' medical leave",
        'sent out for dinner',
        'saw',
        'made clear its intention',
      ],
      kept: [
        'left - leaning newspaper',
        'left-wing activist',
        'lead prosecutor',
        'made-for-TV film producer',
      ],
    },
  },
  {
    id: 'absolute-phrase',
    reason:
      'a possessive and a noun, then a participle with nothing after it that it describes ("her boots peeping out beneath a dress", "his voice breaking"), say how someone looked, not what they are',
    rejects: absolutePhrase,
    examples: {
      rejected: [
        'her Hunter wellington boots peeping out beneath a vibrant summer dress',
        'her arm outstretched and fist clenched',
        'his voice breaking',
      ],
      kept: [
        'his former running mate',
        'her estranged husband',
        'his newly appointed chief of staff',
        'its founding director',
        'her long - suffering agent',
        'her cousin twice removed',
      ],
    },
  },
  {
    id: 'adverbs-only',
    reason:
      'adverbs alone ("again", "reportedly", "recklessly and counterfactually") set off by commas are not a role',
    rejects: (r) => words(r).every((w) => isAdverb(w) || w === 'and' || w === 'or') && isAdverb(firstWord(r)),
    examples: {
      rejected: ['again', 'once again', 'reportedly', 'recklessly and counterfactually'],
      kept: ['friendly rival', 'deputy', 'and'],
    },
  },
  {
    id: 'bare-modifier',
    reason: 'a word that only modifies a title ("Former", "Acting") says nothing alone',
    rejects: (r) => BARE_MODIFIERS.test(r.trim()),
    examples: {
      rejected: ['Former', 'acting', 'Interim'],
      kept: ['Former Gov.', 'acting director', 'Deputy'],
    },
  },
  {
    id: 'too-long',
    reason: 'a role is a noun phrase; a run of more than 16 words has swallowed a clause',
    rejects: (r) => words(r).length > MAX_ROLE_WORDS,
    examples: { rejected: [Array.from({ length: 17 }, () => 'word').join(' ')], kept: ['county engineer'] },
  },
];

export const isRole = (role: string): boolean => !ROLE_RULES.some((rule) => rule.rejects(role));

/**
 * A role too long to keep, cut before the relative clause that made it so ("Boca Raton lawyer who represents
 * resort developers and … " -> "Boca Raton lawyer"); other roles as they are.
 */
export function shortenedRole(role: string): string {
  if (words(role).length <= MAX_ROLE_WORDS) return role;
  const relative = /\s(?:who|whom|whose|that|which)\s/.exec(role);
  return relative ? role.slice(0, relative.index) : role;
}
