/**
 * Whether two full names with the same last word can be one person's. An article names a family with one surname
 * ("Kenneth Lay" and his wife "Linda Lay"; "Reeva Steenkamp" and her mother "June Steenkamp"): those are different
 * people, and a quote of one must never go to the other. The same person is named again with a shorter or fuller
 * first name ("Chuck Schumer", "Charles E. Schumer") or a common nickname ("Bill Clinton", "William Jefferson
 * Clinton"). First names that share their first two letters, or that a nickname joins, agree; first names that give
 * different genders never do.
 */
import { foldName } from '../text/terms';
import { SUFFIXES } from './mentions';
import { genderOfName, nameProper } from './nameKinds';
import { withoutFinalDot } from './tokens';

/**
 * Nicknames whose first letter differs from the name they stand for (those that share it, "Jim" and "James",
 * agree by their first letter already).
 */
export const NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  william: ['bill', 'billy', 'will', 'willie', 'liam'],
  robert: ['bob', 'bobby', 'rob', 'robbie', 'bert'],
  richard: ['dick', 'rick', 'rich', 'ricky'],
  edward: ['ted', 'teddy', 'ned', 'ed', 'eddie'],
  john: ['jack', 'johnny', 'jeb'],
  thomas: ['tom', 'tommy'],
  rebecca: ['becky', 'becca'],
  margaret: ['peggy', 'peg', 'maggie', 'meg', 'molly'],
  henry: ['hank', 'harry'],
  anthony: ['tony'],
  elizabeth: ['betty', 'beth', 'liz', 'lizzie', 'bess', 'betsy', 'libby', 'eliza'],
  sarah: ['sally'],
  mary: ['polly', 'molly', 'mollie'],
  alexander: ['sandy', 'alex', 'xander'],
  katherine: ['kate', 'kathy', 'katie', 'cathy'],
  catherine: ['kate', 'kathy', 'katie', 'cathy'],
  charles: ['chuck', 'chip'],
  james: ['jim', 'jimmy', 'jamie'],
  patricia: ['pat', 'patty', 'trish', 'tricia'],
  susan: ['sue', 'suzy'],
  eleanor: ['nell', 'ellie'],
  lawrence: ['larry'],
  theodore: ['ted', 'teddy'],
};

const FORMAL_OF = new Map<string, string[]>();
for (const [formal, nicks] of Object.entries(NICKNAMES)) {
  for (const nick of nicks) FORMAL_OF.set(nick, [...(FORMAL_OF.get(nick) ?? []), formal]);
}

const fold = (w: string) => withoutFinalDot(foldName(w));

/** The given names of a full name, folded, without its surname and initials ("L. Paul Bremer" → ["paul"]). */
const givenNames = (name: string) =>
  nameProper(name)
    .slice(0, -1)
    .filter((w) => !/^\p{L}\.?$/u.test(w))
    .map(fold);

/** The formal names a first name may stand for, itself included. */
const formsOf = (first: string) => [first, ...(FORMAL_OF.get(first) ?? [])];

/**
 * Whether two first names (folded) can be the same person's: the same two letters first ("Mike" and "Michael",
 * "Chris" and "Christopher"; not "Josefa" and "Juan"), or a nickname of it.
 */
function firstNamesAgree(a: string, b: string): boolean {
  if (a === b || a.slice(0, 2) === b.slice(0, 2)) return true;
  const formsA = formsOf(a);
  return formsOf(b).some((f) => formsA.includes(f));
}

/** The generation written after a name ("jr", "iii"), or '' (see SUFFIXES). */
function generationOf(name: string): string {
  const last = fold(name.trim().split(/\s+/).pop() ?? '');
  return SUFFIXES.has(last) ? last : '';
}

/** Whether two full names (two words or more, the same last word) can name one person. */
export function samePersonName(a: string, b: string): boolean {
  // "Donald Trump Jr" is not Donald Trump, nor "Willie Young Jr." Willie Young III.
  if (generationOf(a) !== generationOf(b)) return false;
  const ga = genderOfName(a, null);
  const gb = genderOfName(b, null);
  if (ga !== null && gb !== null && ga !== gb) return false;
  const givenA = givenNames(a);
  const givenB = givenNames(b);
  // "Willard Mitt Romney" and "Mitt Romney": a given name both share; else the first given names must agree.
  if (givenA.some((g) => givenB.includes(g))) return true;
  return firstNamesAgree(givenA[0] ?? '', givenB[0] ?? '');
}
