/**
 * Titles written short before a name ("Gen.", "Sen.", "Brig.", "Supt."; police and army ranks below): their dot
 * never ends a sentence and stays part of the word. The sentence splitter and the quote tokenizer read the same
 * list, so "said Maj. Gen. Carl Ostrander" is one sentence and one name to both.
 */
export const SHORT_TITLES: ReadonlySet<string> = new Set(
  (
    'mr mrs ms dr prof gen sen rep gov lt col sgt capt cmdr cmdt maj adm brig pres rev hon supt det insp atty amb ' +
    'fr sr jr st mme mlle cllr'
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

/** The ends of web addresses written with a capital ("Amazon.Com", "Politico.Eu", "Last.Fm"): no new sentence. */
export const WEB_ENDINGS: ReadonlySet<string> = new Set(
  'com net org gov edu eu fm io tv uk co inc'.split(' '),
);

const RUN_ON_DOT = /\p{Ll}\p{Ll}\.(?=(\p{Lu}\p{Ll}*))/gu;

/**
 * Where two sentences a scraper ran together meet inside what reads as one word ("Clayton.Clayton", "police.No"):
 * the index of a dot after two lower-case letters and before a capital, unless the part before it is a title
 * written short ("Lt.Gen.Tom", "Mrs.Smith") or the part after it a web address's end ("Amazon.Com"); else -1.
 */
export function runOnDot(word: string): number {
  RUN_ON_DOT.lastIndex = 0;
  for (let m = RUN_ON_DOT.exec(word); m !== null; m = RUN_ON_DOT.exec(word)) {
    const dot = m.index + 2;
    const part = word.slice(word.lastIndexOf('.', dot - 1) + 1, dot);
    const next = (m[1] ?? '').toLowerCase();
    if (!isShortTitle(part) && !PLURAL_SHORT_TITLES.has(part.toLowerCase()) && !WEB_ENDINGS.has(next))
      return dot;
  }
  return -1;
}

/**
 * The abbreviations of US states that papers print after a town ("Palo Alto, Calif.", "Newark, N.J."), in lower
 * case with their dots: a place to the quote rules, and before a comma a dot that ends no sentence.
 */
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  `ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. kans. ky. la. md.
  mass. mich. minn. miss. mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d. tenn. tex.
  vt. va. wash. w.va. wis. wyo. d.c.`.split(/\s+/),
);
