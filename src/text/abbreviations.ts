/**
 * Titles written short before a name ("Gen.", "Sen.", "Brig.", "Supt."): their dot never ends a sentence and
 * stays part of the word. The sentence splitter and the quote tokenizer read the same list, so "said Maj. Gen.
 * Carl Ostrander" is one sentence and one name to both.
 */
export const SHORT_TITLES: ReadonlySet<string> = new Set(
  (
    'mr mrs ms messrs dr prof gen sen rep reps gov lt col sgt capt cmdr cmdt maj adm brig pres rev hon supt det ' +
    'insp atty amb fr sr jr st'
  ).split(' '),
);
