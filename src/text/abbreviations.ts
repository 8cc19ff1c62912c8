/**
 * Titles written short before a name ("Gen.", "Sen.", "Brig.", "Supt."; police and army ranks such as "Cpl.",
 * "Pfc.", "Ofc.", "Tpr.", "Dep."; "Msgr.", "Ald."): their dot never ends a sentence and
 * stays part of the word. The sentence splitter and the quote tokenizer read the same list, so "said Maj. Gen.
 * Carl Ostrander" is one sentence and one name to both.
 */
export const SHORT_TITLES: ReadonlySet<string> = new Set(
  (
    'mr mrs ms dr prof gen sen rep gov lt col sgt capt cmdr cmdt maj adm brig pres rev hon supt det insp atty amb ' +
    'fr sr jr st cpl pvt pfc spc ofc tpr dep msgr ald'
  ).split(' '),
);

/**
 * Titles of several people ("Messrs. Smith and Jones", "Reps. Tom Alder and Jo Park"): never the end of a
 * sentence either, and stripped from names like the others, but no one person's role.
 */
export const PLURAL_SHORT_TITLES: ReadonlySet<string> = new Set(['messrs', 'reps', 'sens']);
