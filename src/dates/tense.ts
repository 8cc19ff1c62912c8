/**
 * Past or future, from the words of the sentence around a time expression: a year-less "December" or a bare
 * "Friday" is the last one in a report of what happened, the next one in a report of what will.
 */

import { IRREGULAR_PAST_FORMS } from '../text/pastForms';

export type Tense = 'past' | 'future' | 'present';

/** The words that look ahead but "until" (see untilTense), before it and after it in FUTURE's order. */
const AHEAD_WORDS = String.raw`will|won['’]t|shall|should|ought to|going to|(?:has|needs)\s+to|(?:is|are)\s+due|(?:is|are|was|were)\s+supposed to|scheduled|expected to|expects? to|plans? to|planning|planned|(?:is|are|be)\s+expected|set to|due to|is to|are to|as soon as|as early as`;
const AHEAD_PHRASES = String.raw`this coming|(?:agreed|agrees|agreement|decided|decides|decision|promised|pledged|vowed|program|programme|plan|offered|offers?|threatened|intends?|intended|hopes?|hoped|aims?|aimed|seeks?|sought|wants?|wanted|proposed|proposal|moved|voted|approved|ordered|asked|urged|called on \w+)\s+to\s+(?!the\b|a\b|an\b|\$|\d)\w+`;
/** A pattern of look-ahead words, or a contraction of "will". */
const aheadPattern = (words: string) => String.raw`(?:\b(?:` + words + String.raw`)\b|['’]ll\b)`;
const FUTURE = new RegExp(aheadPattern(`${AHEAD_WORDS}|until|${AHEAD_PHRASES}`), 'i');
/**
 * "would be" looks ahead from the verb it governs ("her father would be travelling to the United States Thursday"),
 * never from a clause after the date ("strikes on Thursday, which would be an escalation").
 */
const WOULD_BE = String.raw`\bwould\s+be\b`;
/**
 * Verbs of a schedule: in the simple present they look ahead (see SCHEDULED_PRESENT). A hearing "continues on
 * Wednesday", a consultation "closes on Friday", a trial "ends on Monday", an exhibition "runs from March": news
 * writes past ones as "continued", "closed", "ended", "ran". A state "holds its primary on Tuesday", a city "hosts the
 * summit", a minister "has talks in Tunis on Wednesday" (past: "held", "hosted", "had talks").
 */
const SCHEDULE_VERBS =
  'meets?|convenes?|leaves?|departs?|arrives?|visits?|travels?|heads?|resumes?|reopens?|opens?|begins?|starts?|returns?|continues?|closes?|ends?|concludes?|runs|holds|hosts|has talks';
/**
 * A schedule verb that is no verb of a schedule: a noun after a determiner or a possessive ("followed a visit on
 * Thursday", "the prince's visit", "Her return to the stage on Monday"), or a bare form after "not", "never" or
 * "did" ("did not return to work on Monday"; after a past verb and "to", see pastBeforeTo). After "would" it still
 * looks ahead ("would reopen on 20 March"). Spelled in both cases: SCHEDULED_AHEAD keeps its case.
 */
const NOT_SCHEDULE_AFTER =
  'a an the his her its their our my your this whose first last next official state not never did';
const eitherCase = (w: string) => `[${w.charAt(0)}${w.charAt(0).toUpperCase()}]${w.slice(1)}`;
const NOT_A_SCHEDULE = `(?<!\\b(?:${NOT_SCHEDULE_AFTER.split(' ').map(eitherCase).join('|')}|\\w+['’]s|\\w+n['’]t)\\s+)`;
/**
 * The schedule verbs SCHEDULED_AHEAD reads a few words before the day: "opens" but not "open" (an adjective as
 * often: "an open letter on Friday"); "heads" only going somewhere ("heads to London on Sunday", not "heads of government in
 * Brussels on Monday") and "visits" only with an object ("visits Anglesey on Thursday", not "visits to the ward").
 */
const AHEAD_SCHEDULE_VERBS = `${SCHEDULE_VERBS.replace(/\|(?:opens|heads|visits)\?/g, '')}|opens|heads?(?=\\s+(?:to|for|back|home|off|out)\\b)|visits?(?!\\s+(?:to|from|by|of|and|were|was|are|is)\\b)`;
/**
 * A schedule in the simple present looks ahead: "the two leaders meet separately Monday", "the court convenes on
 * Tuesday" (news writes a past meeting as "met").
 */
const SCHEDULED_PRESENT = `${NOT_A_SCHEDULE}\\b(?:${SCHEDULE_VERBS})(?:\\s+(?:separately|again|here|there))?(?:\\s+(?:on|next|this|from))?$`;
/**
 * The same verb a few words before "on" and the day, in the same clause (no comma), with no tense marker between
 * (see scheduledAhead): "returns to the witness box on Monday", "the mountain stages start in the Alps on Saturday"
 * (but "heads of state met on Monday" is past). Some verbs are left out (see AHEAD_SCHEDULE_VERBS). A capitalised
 * word right after the verb starts another sentence or a heading ("Talks begin The ministers …"), so the pattern
 * keeps its case.
 */
const SCHEDULED_AHEAD = new RegExp(
  `${NOT_A_SCHEDULE}\\b(?:${AHEAD_SCHEDULE_VERBS})((?:\\s+(?!(?:The|A|An|He|She|It|They|We|I)\\b)[^\\s,;:]+)(?:\\s+[^\\s,;:]+){0,3})\\s+(?:on|next|this)\\s*$`,
);
/**
 * A day set for something ("set his sentencing for Tuesday", "the service was chosen for Friday"), or awaited right
 * before it ("awaits sentencing on Tuesday"; not "is awaiting trial over the attack on Tuesday").
 */
const SCHEDULED_FOR =
  /\b(?:set|fixed|scheduled|chosen|booked|adjourned|postponed|delayed|pencill?ed)\b(?:\s+\S+){0,3}\s+for$|\bawait(?:s|ing)?(?:\s+\S+){1,3}(?:\s+(?:on|next|this))?$/i;
const FUTURE_BEFORE = new RegExp(`${FUTURE.source}|${WOULD_BE}`, 'i');
const SCHEDULED_BEFORE = new RegExp(SCHEDULED_PRESENT, 'i');

/** A past marker: an auxiliary, a word of the past, an irregular past form (see IRREGULAR_PAST_FORMS) or "-ed". */
const PAST = new RegExp(
  String.raw`\b(?:was|were|had|did|didn['’]t|ago|last|earlier|previously|recently|since|said|held|paid|died|` +
    'broke|fled|fought|caught|threw|chose|struck|shot|sought|taught|(?<!-)led|' +
    `${IRREGULAR_PAST_FORMS.join('|')}|` +
    String.raw`\w{3,}ed)\b`,
  'i',
);

/**
 * "may" and "might" before a verb look ahead ("police may come back on Monday", "the strike might not start until
 * Tuesday"); before "have" or "been" they look back ("he may have left on Monday"). Lower case only, so no month or
 * name is a modal ("in May", "Theresa May said on Monday").
 */
const MODAL_AHEAD =
  /\b(?:may|might)\s+(?:(?:not|also|well|still|even|yet)\s+)?(?!have\b|had\b|been\b)[a-z]+\b/;

/** What was planned in the past for a time now gone: "had been scheduled to expire Friday". */
const PLANNED_BEFORE =
  /\b(?:had\s+been|previously|originally)\s+(?:scheduled|due|set|expected|planned|fixed|booked|chosen|pencill?ed)\b/i;

function tenseOfText(text: string): Tense | null {
  if (PLANNED_BEFORE.test(text)) return 'past';
  if (FUTURE.test(text)) return 'future';
  if (PAST.test(text)) return 'past';
  return null;
}

/** A schedule verb a few words before the day (see SCHEDULED_AHEAD), when no past or future marker comes between. */
function scheduledAhead(before: string): boolean {
  const found = SCHEDULED_AHEAD.exec(before);
  const between = found?.[1];
  if (!found || between === undefined || PAST.test(between) || FUTURE.test(between)) return false;
  return !pastBeforeTo(before.slice(0, found.index));
}

/**
 * Whether the text ends with a past verb and "to": "refused to meet the envoy on Tuesday", "failed to return to
 * training on Monday" are pasts, where "is scheduled to meet exiles on Friday" looks ahead.
 */
function pastBeforeTo(text: string): boolean {
  const verb = /(\S+)\s+to\s*$/i.exec(text)?.[1] ?? '';
  return PAST.test(verb) && !LOOKS_AHEAD.test(verb);
}

const WORDS_BEFORE = 6;
const WORDS_AFTER = 3;

/**
 * A past participle: regular ("completed", "cross-examined", or as some archives print it "cross - examined"), or
 * one of the irregular ones news writes most.
 */
const PARTICIPLE =
  '(?:(?:\\w+\\s?-\\s?)*\\w{3,}ed|paid|made|held|sent|found|brought|told|given|taken|sold|built|shown|seen|won|lost|kept|set|put|cut|shot|struck|spent|bought|led|fought|caught|taught|sought|got)';
/** "be completed", "be paid": a participle after "be" takes its tense from the modal before it. */
const PASSIVE_AFTER_BE = new RegExp(`\\bbe\\s+${PARTICIPLE}\\b`, 'gi');
/**
 * "the charges are dropped on Tuesday": a participle after a present "is" or "are", right before the date, is what
 * is to happen, as a schedule in the simple present is (see SCHEDULED_PRESENT); "is expected to", "are scheduled
 * for" keep their own words. Further off it is a state ("is divided, with the UCI rejecting … in September").
 */
const PRESENT_PASSIVE = new RegExp(
  `\\b(?:is|are)\\s+(?!(?:expected|scheduled|planned|slated|supposed|set|due)\\b)${PARTICIPLE}(?:\\s+(?:on|in))?$`,
  'i',
);
/** "as expected", "as planned": an aside, no verb of the clause. */
const AS_PLANNED = /\bas\s+(?:expected|planned|scheduled|predicted|forecast)\b/gi;
const withoutPassives = (text: string) => text.replace(PASSIVE_AFTER_BE, 'be').replace(AS_PLANNED, 'as');

/**
 * Words ending in -ed that are no verbs: names ("United States", "Ted") and un- adjectives ("an unspecified
 * date", "unidentified sources"). Replaced by a neutral word of the same length, so offsets stay put.
 */
const FALSE_PARTICIPLE = /\b(?:\p{Lu}\p{Ll}*ed|un\w{3,}ed)\b/gu;
const withoutFalseParticiples = (text: string): string =>
  text.replace(FALSE_PARTICIPLE, (w, at: number) => (at === 0 && !/^un/i.test(w) ? w : 'x'.repeat(w.length)));

/**
 * The global forms of the tense markers, with their own flags (most ignore case; MODAL_AHEAD does not), compiled
 * once (a sentence's every date asks for them).
 */
const GLOBAL = new Map<RegExp, RegExp>();
const globalOf = (pattern: RegExp): RegExp => {
  let global = GLOBAL.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, `${pattern.flags}g`);
    GLOBAL.set(pattern, global);
  }
  return global;
};

/** Where the last match of a tense marker ends ("is expected to" ends after the "expected" that looks past). */
const lastIndex = (pattern: RegExp, text: string): number => {
  let at = -1;
  for (const m of text.matchAll(globalOf(pattern))) at = m.index + m[0].length;
  return at;
};

/** Where the last word that looks ahead ends (see FUTURE_BEFORE and MODAL_AHEAD), or -1. */
const lastAhead = (text: string): number =>
  Math.max(lastIndex(FUTURE_BEFORE, text), lastIndex(MODAL_AHEAD, text));

/** Tenses already read, by expression and sentence: a timeline asks again for the dates it read before. */
const READ = new Map<string, Tense>();
const MAX_READ = 20_000;

/**
 * The tense around an expression, from the governing verb or modal: the nearest tense marker before it
 * ("said on Tuesday it will", "is expected to close in January"), else the nearest just after it ("a December
 * event held at Harvard"). With no verb nearby it is 'present', and the nearest occurrence is meant.
 */
export function tenseNear(text: string, start: number, end: number): Tense {
  const key = `${start} ${end} ${text}`;
  let tense = READ.get(key);
  if (tense === undefined) {
    tense = readTense(text, start, end);
    if (READ.size >= MAX_READ) READ.clear();
    READ.set(key, tense);
  }
  return tense;
}

function readTense(text: string, start: number, end: number): Tense {
  const sentence = withoutFalseParticiples(text);
  const words = (text: string) => text.split(/[\s,;:()“”"]+/).filter(Boolean);
  const preceding = words(withoutPassives(sentence.slice(0, start)));
  if (/^since$/i.test(preceding.at(-1) ?? '')) return 'past';
  // "Until Thursday, they had not ...": a clause that opens with "until" takes the tense of the verb after it.
  if (preceding.length === 1 && /^until$/i.test(preceding[0] ?? ''))
    return tenseOfText(words(sentence.slice(end)).slice(0, WORDS_AFTER).join(' ')) ?? 'future';
  if (preceding.length > 1 && /^(?:until|till)$/i.test(preceding.at(-1) ?? ''))
    return untilTense(preceding.slice(0, -1));
  // "should be completed": a participle after "be" takes its tense from the modal before it.
  const before = preceding.slice(-WORDS_BEFORE).join(' ');
  const after = words(sentence.slice(end)).slice(0, WORDS_AFTER).join(' ');
  if (PLANNED_BEFORE.test(before)) return 'past';
  const scheduled = SCHEDULED_BEFORE.exec(before);
  if (scheduled && !pastBeforeTo(before.slice(0, scheduled.index))) return 'future';
  if (PRESENT_PASSIVE.test(before) || SCHEDULED_FOR.test(before)) return 'future';
  if (scheduledAhead(sentence.slice(0, start))) return 'future';
  const future = lastAhead(before);
  const past = lastIndex(PAST, before);
  if (future >= 0 || past >= 0) return future >= 0 && future >= past ? 'future' : 'past';
  return tenseOfText(after) ?? clauseTense(sentence, start, end) ?? 'present';
}

/**
 * Participles that put what follows "until" ahead of them: "adjourned until Monday", "postponed any action until
 * June".
 */
const AHEAD_UNTIL =
  /\b\w*(?:scheduled|planned|expected|postponed|delayed|extended|adjourned|deferred|remanded)\b/i;
/** A participle after a verb of state in the present is no past: "stays closed", "remains suspended". */
const PRESENT_STATE = /\b(?:is|are|be|stays?|remains?|keeps?)\s+\w{3,}ed\b/gi;
const FUTURE_NOT_UNTIL = new RegExp(`${aheadPattern(`${AHEAD_WORDS}|${AHEAD_PHRASES}`)}|${WOULD_BE}`, 'i');

/**
 * "until" looks ahead from a present or future verb ("stays closed until Tuesday", "will remain until
 * February", "was adjourned until Monday") and back from a past one ("the ban stayed in force until February",
 * "lasted until Tuesday").
 */
function untilTense(governing: string[]): Tense {
  const words = governing.slice(-WORDS_BEFORE).join(' ');
  if (AHEAD_UNTIL.test(words)) return 'future';
  const text = words.replace(PRESENT_STATE, (w) => w.replace(/\S+$/, (p) => 'x'.repeat(p.length)));
  return lastIndex(PAST, text) > lastIndex(FUTURE_NOT_UNTIL, text) ? 'past' : 'future';
}

/**
 * With no verb or modal next to the expression, the governing verb further off in the same window: the nearest
 * marker before it ("will be named commander of the shuttle for a mission in December"), else after it ("In
 * January, a week after the anniversary, the FBI joined ...").
 */
function clauseTense(sentence: string, start: number, end: number): Tense | null {
  const before = withoutPassives(sentence.slice(0, start));
  const future = lastAhead(before);
  const past = lastIndex(PAST, before);
  if (future >= 0 || past >= 0) return future >= past ? 'future' : 'past';
  const after = sentence.slice(end);
  const nextFuture = after.search(FUTURE);
  const nextPast = after.search(PAST);
  if (nextFuture < 0 && nextPast < 0) return null;
  if (nextPast < 0) return 'future';
  return nextFuture >= 0 && nextFuture < nextPast ? 'future' : 'past';
}

/** Participles that point ahead although they end in -ed: "scheduled Dec. 5", "postponed Jan. 9". */
const LOOKS_AHEAD =
  /^(?:\w*(?:scheduled|planned|expected|slated|postponed|delayed|extended|proposed|intended|needed|required))$/i;
const PAST_VERB =
  /^(?:\w{3,}ed|died|began|took|met|came|went|held|won|lost|left|rose|fell|paid|sent|made|saw|struck|shot)$/i;

/**
 * Whether a past-tense verb right before the expression governs it ("the fiscal year ended Jan. 31", "died on
 * Aug. 6"): what it dates has happened, however close the next such day is.
 */
export function pastVerbJustBefore(text: string, start: number): boolean {
  const words = withoutFalseParticiples(text.slice(0, start))
    .split(/[\s,;:()“”"]+/)
    .filter(Boolean);
  if (/^on$/i.test(words.at(-1) ?? '')) words.pop();
  const verb = words.at(-1);
  // "will be paid Dec. 14", "to be held", "are dropped on Tuesday": a passive takes its tense from its auxiliary.
  const passive = /^(?:be|being|to|is|are)$/i.test(words.at(-2) ?? '');
  return verb !== undefined && PAST_VERB.test(verb) && !LOOKS_AHEAD.test(verb) && !passive;
}
