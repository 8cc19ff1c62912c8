/**
 * Titles written short before a name ("Gen.", "Sen.", "Brig.", "Supt."; police and army ranks below): their dot
 * never ends a sentence and stays part of the word. The sentence splitter and the quote tokenizer read the same
 * list, so "said Maj. Gen. Carl Ostrander" is one sentence and one name to both.
 */
export const SHORT_TITLES: ReadonlySet<string> = new Set(
  (
    'mr mrs ms dr prof gen sen rep gov lt col sgt capt cmdr cmdt maj adm brig pres rev hon supt det insp atty amb ' +
    'fr sr jr st'
  ).split(' '),
);

/**
 * Ranks written short that are also agencies' and diseases' initials in capitals ("the state DEP.", "the SPC.",
 * "diagnosed with ALD."): titles only as written before a name, a capital then lower case ("Dep.", "Spc.").
 */
export const RANK_SHORT_TITLES: ReadonlySet<string> = new Set(
  'cpl pvt pfc spc ofc tpr dep msgr ald'.split(' '),
);

/** Whether a word (its final dot aside) is a title written short: see SHORT_TITLES and RANK_SHORT_TITLES. */
export function isShortTitle(word: string): boolean {
  const w = word.toLowerCase();
  return SHORT_TITLES.has(w) || (RANK_SHORT_TITLES.has(w) && word !== word.toUpperCase());
}

/**
 * Titles of several people ("Messrs. Smith and Jones", "Reps. Tom Alder and Jo Park"): never the end of a
 * sentence either, and stripped from names like the others, but no one person's role.
 */
export const PLURAL_SHORT_TITLES: ReadonlySet<string> = new Set(['messrs', 'reps', 'sens']);
