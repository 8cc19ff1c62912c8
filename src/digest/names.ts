/**
 * People by name, for the digest's key quotes and its "most quoted": whether a speaker's name is a person's
 * (rules, as data), and which names are one person ("Chuck Schumer", "Charles E. Schumer": one family name,
 * given names that agree by initial or as a known short form).
 */
import type { TextRule } from './headline';

/** Words that make a name an organisation's, a place's or a unit's, not a person's. */
const ORGANISATION_WORDS =
  'Department|Dept|Police|Office|Court|Circuit|County|Agency|Association|Committee|University|College|School|Company|Inc|Corp|Corporation|LLC|News|Party|Campaign|Administration|Council|Board|Service|Services|Bureau|Ministry|Senate|House|Congress|Commission|Institute|Center|Centre|Foundation|Hospital|Church|Union|Group|Network|Patrol|Force|Army|Navy|Government|Republicans|Democrats|Coalition|Alliance|Authority|Federation|Club|Team|Project|Fund|Trust|Airlines|Guard|Prison|Jail|City|State|States|Nations|Organization|Organisation|Lab|Laboratory|Democrat|Republican';

export const NOT_PERSON_RULES: readonly TextRule[] = [
  {
    id: 'not-a-name',
    reason: 'not a proper name: a pronoun, a common word, a lower-case phrase',
    pattern: /^(?:\P{Lu}|(?:The|A|An|That|This|These|Those|It|He|She|They|We|I|You|Who)(?:\s|$))/u,
    examples: ['that', 'The spokesman', 'he', 'officials'],
    counterExamples: ['Jane Roe', 'Theodore Poe', 'A.J. Okafor'],
  },
  {
    id: 'organisation',
    reason: "an organisation or one of its units (a department, a court's circuit), not a person",
    pattern: new RegExp(`\\b(?:${ORGANISATION_WORDS})\\b|^[\\p{Lu}\\d&.]+$`, 'u'),
    examples: ['Department', 'Ninth Circuit', 'Springfield Police Department', 'FBI', "Sheriff's Office"],
    counterExamples: ['Jane Roe', 'Charles E. Schumer'],
  },
  {
    id: 'place',
    reason: 'a place: a street, a district, a compass-named town',
    pattern:
      /^(?:North|South|East|West|New|Fort|Port|Lake|Mount|Saint|St\.)\s|\b(?:Avenue|Ave|Street|Road|Boulevard|Blvd|Highway|Valley|Heights|Township)\b/,
    examples: ['South Kenneth Avenue', 'West Valley', 'New York', 'Fort Worth'],
    counterExamples: ['Kanye West', 'Newton Minow', 'Jane Roe'],
  },
  {
    id: 'role-noun',
    reason: 'a role or a group named by its job ("Special Agents", "Police Spokesman"), not a person',
    pattern:
      /\b(?:Agents?|Officers?|Officials?|Deputies|Investigators?|Authorities|Spokes(?:man|woman|person)|Detectives?|Troopers?|Residents|Neighbors|Witnesses|Members|Staff|Sources?|Prosecutors?|Lawmakers|Leaders|Family|Families)\b/,
    examples: ['Special Agents', 'Police Spokesman', 'Family Members'],
    counterExamples: ['Jane Roe', 'Stafford Agnew'],
  },
  {
    id: 'one-word',
    reason: 'a single word: a surname alone cannot be told from a place or a unit',
    pattern: /^\S+$/,
    examples: ['Circuit', 'Fisher'],
    counterExamples: ['Valerie Fisher'],
  },
];

/** Why a speaker is not a named person (a rule's id), or null when the name is a person's. */
export function notPersonRule(name: string): string | null {
  const text = name.replace(/\s+/g, ' ').trim();
  return NOT_PERSON_RULES.find((r) => r.pattern.test(text))?.id ?? null;
}

const SUFFIXES = /^(?:jr|sr|ii|iii|iv|phd|md)\.?$/i;

/** Short forms of given names whose initials differ from the full form's. */
export const SHORT_FORMS: Readonly<Record<string, string>> = {
  bill: 'william',
  billy: 'william',
  bob: 'robert',
  bobby: 'robert',
  rob: 'robert',
  dick: 'richard',
  rick: 'richard',
  ted: 'edward',
  ned: 'edward',
  jack: 'john',
  peggy: 'margaret',
  meg: 'margaret',
  hank: 'henry',
  chuck: 'charles',
  betty: 'elizabeth',
  liz: 'elizabeth',
  beth: 'elizabeth',
  sally: 'sarah',
  polly: 'mary',
  molly: 'mary',
  jim: 'james',
  jimmy: 'james',
  mike: 'michael',
  tom: 'thomas',
  joe: 'joseph',
  dave: 'david',
  kate: 'katherine',
  pat: 'patricia',
  sandy: 'alexander',
};

interface NameParts {
  given: string;
  family: string;
}

function parts(name: string): NameParts | null {
  const words = name
    .replace(/[’]/g, "'")
    .split(/\s+/)
    .filter((w) => w.length > 0 && !SUFFIXES.test(w));
  const family = words[words.length - 1];
  if (!family || words.length < 2) return null;
  return { given: (words[0] as string).toLowerCase().replace(/\.$/, ''), family: family.toLowerCase() };
}

const fullForm = (given: string) => SHORT_FORMS[given] ?? given;

/** A given name's shortest prefix that counts as its short form ("Chris" for "Christopher"). */
const MIN_PREFIX = 3;

/** Whether two given names can be one person's: equal, one an initial of the other, or a short form of it. */
function sameGiven(a: string, b: string): boolean {
  const x = fullForm(a);
  const y = fullForm(b);
  if (x === y) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= MIN_PREFIX && long.startsWith(short);
}

/** Whether two names are one person's: the same family name and given names that agree. */
export function sameName(a: string, b: string): boolean {
  const x = parts(a);
  const y = parts(b);
  return x !== null && y !== null && x.family === y.family && sameGiven(x.given, y.given);
}

/**
 * Groups names into people: each name's person number, first seen first. Each name is read once, and compared
 * only with the people of its family name, so a digest of hundreds of articles groups its names in linear time.
 */
export function groupNames(names: readonly string[]): number[] {
  const givens: string[][] = [];
  const byFamily = new Map<string, number[]>();
  return names.map((name) => {
    const p = parts(name);
    if (p === null) return givens.push([]) - 1;
    const family = byFamily.get(p.family) ?? [];
    const found = family.find((person) => (givens[person] as string[]).some((g) => sameGiven(g, p.given)));
    if (found !== undefined) {
      (givens[found] as string[]).push(p.given);
      return found;
    }
    const person = givens.push([p.given]) - 1;
    byFamily.set(p.family, [...family, person]);
    return person;
  });
}

/** The name to print for a person: the variant used most, then the fullest. */
export function displayName(variants: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of variants) counts.set(v, (counts.get(v) ?? 0) + 1);
  return (
    [...counts.entries()].sort(
      (x, y) => y[1] - x[1] || y[0].length - x[0].length || x[0].localeCompare(y[0]),
    )[0]?.[0] ?? ''
  );
}

/** A role as the quote's extraction gives it, printed only when it reads as one. */
export const NOT_ROLE_RULES: readonly TextRule[] = [
  {
    id: 'role-clause',
    reason: 'a clause, not a role: it tells what someone said or did',
    pattern:
      /^(?:[Ww]ho|[Tt]hat|[Ww]hich)\b|\b(?:said|says|told|tells|state|states|stated|wrote|tried|lost)\b/,
    examples: [
      'told NBC News',
      'who lives across the street',
      'Court documents state',
      'said she tried to help',
    ],
    counterExamples: [
      'neighbor',
      'White House press secretary',
      'spokeswoman for the county',
      'State Representative',
    ],
  },
  {
    id: 'role-number',
    reason: 'an age or an ordinal, not a role',
    pattern: /^\d+(?:st|nd|rd|th)?$/,
    examples: ['22', '15th'],
    counterExamples: ['District 5 council member'],
  },
];

/** Roles longer than this many words are descriptions, not roles. */
export const MAX_ROLE_WORDS = 20;

/** The role to print, or null when the extracted one does not read as a role. */
export function shownRole(role: string | null): string | null {
  const text = role?.replace(/\s+/g, ' ').trim() ?? '';
  if (text === '' || text.split(' ').length > MAX_ROLE_WORDS) return null;
  return NOT_ROLE_RULES.some((r) => r.pattern.test(text)) ? null : text;
}
