/**
 * The time expressions news prose is full of, as rules: a pattern, a TimeML type and how to compute the value.
 * Explicit calendar dates and clock times come from chrono-node (see extractDates); these rules add what it
 * misses or mis-resolves: modifiers ("late last month"), bare years, seasons, quarters, durations ("another
 * 90 days"), "N weeks ago", "a year earlier" anchored to the date just mentioned, sets ("daily"), and the
 * reference words (now, recently, the future).
 */
import {
  addDays,
  type Day,
  easterSunday,
  fmtDay,
  fmtWeek,
  fmtYear,
  pad,
  parseDay,
  weekday,
} from './calendar';
import {
  DAY_PARTS,
  MONTH_NAMES,
  MONTHS,
  NUMBER_WORDS,
  numberValue,
  ORDINAL_QUARTERS,
  SEASONS,
  UNIT_WORDS,
  UNITS,
  WEEKDAY_NAMES,
  WEEKDAYS,
} from './lexicon';
import {
  type Context,
  daysBetween,
  latestQuarterValue,
  monthDayValue,
  monthValue,
  quarterOfYear,
  quarterValue,
  type Relation,
  relativeUnitValue,
  SHIFT,
  seasonValue,
  shiftByYears,
  shiftedValue,
  weekdayValue,
  yearAgoQuarter,
} from './resolve';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** An example of a rule at work: in `sentence`, read with the reference date EXAMPLE_REFERENCE, `text` is `value`. */
export interface RuleExample {
  sentence: string;
  text: string;
  value: string;
}

/** The reference date (a Thursday) every rule example is read against. */
export const EXAMPLE_REFERENCE = '2025-08-14';

export interface Rule {
  id: string;
  /** What the rule reads, shown at work; a test runs every one. */
  examples: RuleExample[];
  /** Sentences in which the rule must NOT read `text`. */
  counterExamples?: { sentence: string; text: string }[];
  type: TimexType;
  pattern: RegExp;
  value: (m: RegExpExecArray, ctx: Context) => string | null;
  /** A type other than the rule's, decided by the match ("this morning" is a TIME). */
  typeOf?: (m: RegExpExecArray) => TimexType;
  /** The value is computed from the date mentioned before it ("a year earlier"). */
  anchored?: boolean;
  /**
   * Whether the match is this rule's at all, from its words alone: a match it refuses leaves its words to the other
   * rules ("a good Friday for the markets" is no holiday, but its Friday is a weekday), where a match whose value
   * comes out null still covers them.
   */
  accepts?: (m: RegExpExecArray) => boolean;
}

const TENS = 'ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';

/** "nineteen ninety-six" → 1996, "two thousand" → 2000 (a bare "nineteen" is not a year). */
function spelledYear(century: string, tens: string | undefined, ones: string | undefined): string | null {
  const base = century.toLowerCase() === 'nineteen' ? 1900 : 2000;
  if (base === 1900 && !tens) return null;
  return String(base + (numberValue(tens ?? '') ?? 0) + (numberValue(ones ?? '') ?? 0));
}

/**
 * The feasts that move with Easter, in days from Easter Sunday. "Mardi Gras" is left out: news names the carnival
 * season by it ("a parade of Mardi Gras proportions") as often as its Tuesday.
 */
const EASTER_FEASTS: Readonly<Record<string, number>> = {
  'shrove tuesday': -47,
  'fat tuesday': -47,
  'ash wednesday': -46,
  'palm sunday': -7,
  'maundy thursday': -3,
  'good friday': -2,
  'holy saturday': -1,
  easter: 0,
  'easter sunday': 0,
  'easter day': 0,
  'easter monday': 1,
  pentecost: 49,
  'whit sunday': 49,
  'whit monday': 50,
  'holy week': -6,
  'easter week': -6,
};

/**
 * The holidays that are a week, valued as the ISO week (Monday to Sunday) that begins on the day EASTER_FEASTS
 * places: Holy Week ends on Easter Sunday, and "Easter week" is that week in news use ("as Easter week began,
 * waving palm fronds", in TimeBank 2000-W16 for Easter 2000).
 */
const HOLIDAY_WEEKS: ReadonlySet<string> = new Set(['holy week', 'easter week']);

/**
 * Super Tuesday, the day most American states hold their presidential primaries, as it fell; a year after the
 * table's last keeps the usual first Tuesday of March.
 */
const SUPER_TUESDAYS: Readonly<Record<number, string>> = {
  1988: '1988-03-08',
  1992: '1992-03-10',
  1996: '1996-03-12',
  2000: '2000-03-07',
  2004: '2004-03-02',
  2008: '2008-02-05',
  2012: '2012-03-06',
  2016: '2016-03-01',
  2020: '2020-03-03',
  2024: '2024-03-05',
};

/** The Super Tuesday of the first presidential election year from `y` on (see SUPER_TUESDAYS). */
function superTuesday(y: number): Day {
  const year = y + ((4 - (y % 4)) % 4);
  const known = SUPER_TUESDAYS[year];
  return (known ? parseDay(known) : null) ?? nthWeekday(year, 3, 2, 1);
}

/** The Thursday a year's Thanksgiving falls on (the fourth of November). */
const thanksgivingOf = (y: number) => nthWeekday(y, 11, 4, 4);
/** Martin Luther King Day, the third Monday of January, and Presidents' Day, the third Monday of February. */
const mlkDayOf = (y: number) => nthWeekday(y, 1, 1, 3);
const presidentsDayOf = (y: number) => nthWeekday(y, 2, 1, 3);

/**
 * Holidays whose names are also everyday words ("a good Friday for the markets", "a black Friday", "may day"), read
 * only when written as names, with a capital: Easter's movable feasts, days a rule places (Memorial Day: the last
 * Monday of May) and fixed days of English-speaking countries.
 */
const PROPER_HOLIDAYS: Readonly<Record<string, (y: number) => Day>> = {
  ...Object.fromEntries(
    Object.entries(EASTER_FEASTS).map(([name, shift]) => [
      name,
      (y: number) => addDays(easterSunday(y), shift),
    ]),
  ),
  'black friday': (y) => addDays(thanksgivingOf(y), 1),
  'cyber monday': (y) => addDays(thanksgivingOf(y), 4),
  'super tuesday': superTuesday,
  'martin luther king day': mlkDayOf,
  'martin luther king jr day': mlkDayOf,
  'martin luther king jr. day': mlkDayOf,
  'martin luther king, jr. day': mlkDayOf,
  'mlk day': mlkDayOf,
  "presidents' day": presidentsDayOf,
  'presidents day': presidentsDayOf,
  "president's day": presidentsDayOf,
  'memorial day': (y) => addDays(nthWeekday(y, 6, 1, 1), -7),
  'columbus day': (y) => nthWeekday(y, 10, 1, 2),
  "father's day": (y) => nthWeekday(y, 6, 0, 3),
  'remembrance sunday': (y) => nthWeekday(y, 11, 0, 2),
  'armistice day': (y) => ({ y, m: 11, d: 11 }),
  'remembrance day': (y) => ({ y, m: 11, d: 11 }),
  'bonfire night': (y) => ({ y, m: 11, d: 5 }),
  'guy fawkes night': (y) => ({ y, m: 11, d: 5 }),
  'burns night': (y) => ({ y, m: 1, d: 25 }),
  hogmanay: (y) => ({ y, m: 12, d: 31 }),
  'may day': (y) => ({ y, m: 5, d: 1 }),
  'bastille day': (y) => ({ y, m: 7, d: 14 }),
  'canada day': (y) => ({ y, m: 7, d: 1 }),
  'australia day': (y) => ({ y, m: 1, d: 26 }),
  'anzac day': (y) => ({ y, m: 4, d: 25 }),
};

/**
 * Holidays by name: fixed dates, the ones a rule places (Thanksgiving: fourth Thursday of November) and
 * PROPER_HOLIDAYS. Only holidays that fall on one day wherever the news is written: Mother's Day is left out (the
 * second Sunday of May in the US, three weeks before Easter in Britain), so is Labour Day (May or September, by
 * country).
 */
const HOLIDAYS: Readonly<Record<string, (y: number) => Day>> = {
  christmas: (y) => ({ y, m: 12, d: 25 }),
  'christmas day': (y) => ({ y, m: 12, d: 25 }),
  'christmas eve': (y) => ({ y, m: 12, d: 24 }),
  "new year's day": (y) => ({ y, m: 1, d: 1 }),
  "new year's eve": (y) => ({ y, m: 12, d: 31 }),
  'independence day': (y) => ({ y, m: 7, d: 4 }),
  'veterans day': (y) => ({ y, m: 11, d: 11 }),
  thanksgiving: thanksgivingOf,
  'thanksgiving day': thanksgivingOf,
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'election day': (y) => addDays(nthWeekday(y, 11, 1, 1), 1),
  ...PROPER_HOLIDAYS,
};

/**
 * Days read only with their year ("Valentine's Day 2013", "Halloween last year"): without it, news names them
 * for the anniversary of an event as often as for this year's ("the shooting on Valentine's Day", a year on).
 */
const DAYS_WITH_YEAR: Readonly<Record<string, (y: number) => Day>> = {
  "valentine's day": (y) => ({ y, m: 2, d: 14 }),
  "st patrick's day": (y) => ({ y, m: 3, d: 17 }),
  halloween: (y) => ({ y, m: 10, d: 31 }),
  'boxing day': (y) => ({ y, m: 12, d: 26 }),
};

const namesPattern = (names: Record<string, unknown>) =>
  Object.keys(names)
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/\./g, '\\.').replace(/'/g, "['’]"))
    .join('|');

function nthWeekday(y: number, m: number, dow: number, n: number): Day {
  const first = weekday({ y, m, d: 1 });
  return { y, m, d: 1 + ((dow - first + 7) % 7) + 7 * (n - 1) };
}

/** A holiday's value on the day it falls: the day, or for a week of holidays (HOLIDAY_WEEKS) its ISO week. */
const holidayOn = (name: string, day: Day) => (HOLIDAY_WEEKS.has(name) ? fmtWeek(day) : fmtDay(day));

/**
 * A yearly holiday at most this many days ahead of the paper is the coming one, even in a sentence in the past tense
 * ("said he was releasing the sailors to mark Easter", four days before it; "supporters went home for Christmas"),
 * unless a past verb governs it ("was attacked on Christmas Day"). Left: "Gunmen attacked the church on Christmas
 * Day, police said" five days before Christmas is read as the coming one.
 */
const HOLIDAY_AHEAD_DAYS = 7;
/** How near, ahead or behind, a holiday that comes every few years (Super Tuesday) is the one meant: its campaign. */
const CAMPAIGN_DAYS = 120;

/** How many years either side of the reference year a holiday is looked for (Super Tuesday comes every four). */
const HOLIDAY_YEARS = 4;

/** A holiday's occurrences around the reference year, in order, each once (Super Tuesday is one for four years). */
function occurrences(place: (y: number) => Day, y: number): string[] {
  const days = new Set<string>();
  for (let year = y - HOLIDAY_YEARS; year <= y + HOLIDAY_YEARS; year++) days.add(fmtDay(place(year)));
  return [...days].sort();
}

/** Without a reference date only a holiday fixed in the calendar keeps its month and day. */
function undatedHoliday(name: string, place: (y: number) => Day): string {
  if (HOLIDAY_WEEKS.has(name)) return 'XXXX-WXX';
  const day = fmtDay(place(2000)).slice(5);
  return day === fmtDay(place(2001)).slice(5) ? `XXXX-${day}` : 'XXXX-XX-XX';
}

/**
 * A holiday of every few years (Super Tuesday): the one within CAMPAIGN_DAYS ahead, else the one as recent
 * behind, else the latest gone, or the first ahead in future-tense prose. The tense of a sentence about a campaign
 * says little ("will serve as Trump's running mate after his state's Super Tuesday primary", three days after it).
 */
function campaignDay(gone: string | undefined, next: string | undefined, ctx: Context): string | undefined {
  const dct = ctx.dct as Day;
  const within = (d: string | undefined) =>
    d !== undefined && Math.abs(daysBetween(dct, parseDay(d) as Day)) <= CAMPAIGN_DAYS;
  if (within(next)) return next;
  if (within(gone)) return gone;
  return ctx.tense === 'future' ? next : gone;
}

/**
 * A holiday without a year: the latest gone with "last" or in past-tense prose, the first ahead with "next" or
 * when it is at most HOLIDAY_AHEAD_DAYS ahead, the first from the reference date on in future-tense prose, else this
 * year's; a holiday of every few years by campaignDay.
 */
function holidayValue(name: string, ctx: Context, relation: Relation | null): string | null {
  const place = HOLIDAYS[name];
  if (!place) return null;
  if (!ctx.dct) return undatedHoliday(name, place);
  const today = fmtDay(ctx.dct);
  const all = occurrences(place, ctx.dct.y);
  // A week of holidays has come once it has begun.
  const gone = all.filter((d) => d <= today).at(-1);
  const next = all.find((d) => d > today);
  const soon =
    next !== undefined && !ctx.pastVerb && daysBetween(ctx.dct, parseDay(next) as Day) <= HOLIDAY_AHEAD_DAYS;
  const thisYear = fmtDay(place(ctx.dct.y));
  let pick: string | undefined = thisYear;
  if (relation === 'last') pick = gone;
  else if (relation === 'next') pick = next;
  else if (all.length <= 2 * HOLIDAY_YEARS) pick = campaignDay(gone, next, ctx);
  else if (soon) pick = next;
  else if (ctx.tense === 'past') pick = gone;
  else if (ctx.tense === 'future') pick = gone === today ? gone : next;
  return holidayOn(name, parseDay(pick ?? thisYear) as Day);
}

const MOD =
  '(?:(?:early|mid|late|earlier|later|the end of|the beginning of|the start of|the middle of)[\\s-]+)?';
const REL = '(this|last|next|coming|past|previous)';
const unitOf = (word: string) => word.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
const relationOf = (word: string | undefined): Relation | null => {
  const w = (word ?? '').toLowerCase();
  if (w === 'last' || w === 'past' || w === 'previous') return 'last';
  if (w === 'next' || w === 'coming') return 'next';
  return w === 'this' ? 'this' : null;
};
const dayPart = (word: string | undefined) => (word ? (DAY_PARTS[word.toLowerCase()] ?? null) : null);

/** A duration value: "P90D", "PT4H", "P2Y6M", or "PXW" when the number is vague. */
export function durationValue(numberText: string | undefined, unitText: string, half = false): string {
  const name = unitOf(unitText);
  const unit = UNITS[name] ?? { letter: 'X' };
  const n = numberText === undefined ? null : numberValue(numberText);
  const t = unit.time ? 'T' : '';
  if (n === null) return `P${t}X${unit.letter}`;
  const amount = (unit.scale ?? 1) * n + (half ? 0.5 : 0);
  const whole = Math.floor(amount);
  const halfOf = HALF_OF[name];
  if (amount !== whole && halfOf) return `P${t}${whole}${unit.letter}${halfOf}`;
  return `P${t}${amount}${unit.letter}`;
}

/** How half a unit is written: "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M, "a minute and a half" → PT1M30S. */
const HALF_OF: Readonly<Record<string, string>> = {
  year: '6M',
  month: '15D',
  day: 'T12H',
  hour: '30M',
  minute: '30S',
};

const re = (source: string, flags = 'gi') => new RegExp(source, flags);
const dctOr = (ctx: Context, f: (d: Day) => string, fallback: string) => (ctx.dct ? f(ctx.dct) : fallback);

/** A month or season of the year "last", "this" or "next" names: "October of next year" → "2026-10". */
const inRelativeYear = (part: string, relation: Relation, ctx: Context) =>
  dctOr(ctx, (d) => `${fmtYear(d.y + SHIFT[relation])}-${part}`, `XXXX-${part}`);

/** The year whose last day "year-end" names: the last one gone in a report of the past, else this year's. */
const yearOfEnd = (d: Day, ctx: Context) =>
  ctx.tense === 'past' && !(d.m === 12 && d.d === 31) ? d.y - 1 : d.y;

/** Noon and midday are 12:00; midnight ends the day, 24:00. */
const clockWordTime = (word: string | undefined) =>
  (word ?? '').toLowerCase() === 'midnight' ? '24:00' : '12:00';

const dayWordShift = (word: string | undefined): number =>
  ({ today: 0, yesterday: -1, tomorrow: 1 })[(word ?? '').toLowerCase() as 'today'] ?? 0;

/** What "today's" can qualify and still be the day itself. */
const DAY_EVENTS =
  'editions?|issue|paper|meeting|session|vote|quiz|announcement|game|match|election|hearing|deadline|trading|talks|decision|ruling|report|deal';

/** The text after a rule's match, to its sentence's end. */
const textAfter = (m: RegExpExecArray): string => m.input.slice(m.index + m[0].length);
/** The text before a rule's match: the `reach` characters before it, or all of it. */
const textBefore = (m: RegExpExecArray, reach = m.index): string =>
  m.input.slice(Math.max(0, m.index - reach), m.index);

/** Prepositions that make what follows them a time: "in 2022", "since the spring", "of next year". */
const TIME_PREPOSITIONS = 'in|by|since|until|till|from|during|before|after|of';

/**
 * Words before "the summer" that make it a time: "in the summer", "over the autumn", "since the spring", "towards
 * the winter", "looking ahead to the summer", "the end of the summer", "spent the summer", "in the autumn and the
 * winter". Elsewhere "the fall" is mostly a thing ("the fall of Enron", "anxiety at the fall in revenues", "want
 * the fall of the regime"), and a season as the subject of a sentence ("The summer donor retreat") dates little.
 */
const SEASON_TIME_BEFORE = new RegExp(
  `\\b(?:${TIME_PREPOSITIONS}|over|for|into|through|throughout|across|towards?|spen[dt]|spending|(?:ahead|up|forward)\\s+to|(?:spring|summer|fall|autumn|winter)\\s+(?:and|or|to))\\s+$`,
  'i',
);
/**
 * After "the fall": a thing, not a season ("the fall of Enron", "the fall-out", "the fall out from the scandal",
 * "the fall from grace"); "the summer of 2008" is rule season-of-year, "the summer of last year" this rule.
 */
const SEASON_THING_AFTER = /^(?:\s*-\s*out\b|\s+out\b|\s+of\b|\s+from\s+grace\b)/i;

/**
 * Whether "the <season>" is a time: after a word that makes it one (see SEASON_TIME_BEFORE), not followed by what
 * makes it a thing (see SEASON_THING_AFTER), and in lower case ("The Winter's Tale", "the Summer of Love", "The
 * Fall" the band are names).
 */
function isSeasonAfterThe(m: RegExpExecArray): boolean {
  if (/^\p{Lu}/u.test(m[3] ?? '')) return false;
  return (
    SEASON_TIME_BEFORE.test(textBefore(m, 40)) &&
    (m[4] !== undefined || !SEASON_THING_AFTER.test(textAfter(m)))
  );
}

/** "the March for Life", "the March of the Combatant Mothers", "the March on Washington": a name, not a month. */
const isEventName = (m: RegExpExecArray): boolean =>
  /^March$/.test(m[2] ?? '') && /^\s+(?:for|of|on)\s+(?:the\s+)?[A-Z]/.test(textAfter(m));

/** A capitalised word after a month that keeps it a date: another month, a weekday ("May Day" is a day). */
const DATE_WORD_AFTER = new RegExp(`^\\s+(?:${MONTH_NAMES}|${WEEKDAY_NAMES}|Day|Week)\\b`, 'i');
/** Months that are also women's first names: "June Steenkamp", "April Holmes". */
const NAME_MONTHS = /^(?:January|April|May|June|August)$/;
/** What may stand before a month that dates something: "in June", "by April", "early May", "last June". */
const BEFORE_DATED_MONTH =
  /(?:\b(?:in|on|at|by|since|until|till|from|to|during|of|through|throughout|before|after|early|mid|late|last|next|this|that|each|every|between|and|or|the|a|an|his|her|its|their|our|my|your)|['’]s)\s*$/i;
/** Capitalised words after a month that name what happens in it ("the June Primary", "May Bank Holiday"). */
const EVENT_AFTER_MONTH =
  /^\s+(?:Primary|Primaries|Democratic|Republican|Senate|House|Bank|Holiday|Recess|Budget|Half|Caucus|Caucuses|First|Election|Elections|Vote|Referendum|Summit|Session|Term|Jobs|Report|Meeting|Quarter|Issue|Edition|Sales|Figures|Poll|Polls|Council|Congress|Parliament|Conference|Games|Cup|Open|Finals?)\b/;
/**
 * A month that may be a name (see NAME_MONTHS), with no "last", "next" or "this" and nothing just before it that
 * would date it: what a first name (isPersonName) and a surname (isSurname) have in common.
 */
const undatedNameMonth = (m: RegExpExecArray): boolean =>
  m[1] === undefined && NAME_MONTHS.test(m[2] ?? '') && !BEFORE_DATED_MONTH.test(textBefore(m, 30));

/**
 * A month that is a person's first name: written with a capital, followed by a capitalised surname (not a day, a
 * year or another month), with nothing before it that would date it ("June Steenkamp, Reeva's mother, told…",
 * "said April Holmes"). "In June Parliament voted" stays a date.
 */
function isPersonName(m: RegExpExecArray): boolean {
  if (!undatedNameMonth(m)) return false;
  const after = textAfter(m);
  return /^\s+\p{Lu}\p{Ll}+/u.test(after) && !DATE_WORD_AFTER.test(after) && !EVENT_AFTER_MONTH.test(after);
}

/**
 * The relation a month shares with the month it is listed after: "next April and May" is next May too, "last June
 * or July" last July. Only a month right after another month and "and", "or" or "to".
 */
const LISTED_AFTER = new RegExp(`\\b(last|next|this)\\s+(?:${MONTH_NAMES})\\s*,?\\s+(?:and|or|to)\\s+$`, 'i');
const listedRelation = (m: RegExpExecArray): string | undefined =>
  m[1] ?? LISTED_AFTER.exec(textBefore(m, 40))?.[1];

/** A capitalised word (a first name, a title: "Theresa", "Mrs.", "Dr") right before a month. */
const CAPITALISED_BEFORE = /(?:^|[\s(“"])\p{Lu}[\p{L}'’-]*\.?\s+$/u;
/**
 * A month that is a person's surname: a name-month after a capitalised word that cannot date it ("Theresa May said
 * on Monday", "Mrs May told MPs", "Brian May played"). "In May the council voted", "By May", "Since May" stay dates.
 */
function isSurname(m: RegExpExecArray): boolean {
  return m[0] === m[2] && undatedNameMonth(m) && CAPITALISED_BEFORE.test(textBefore(m, 30));
}

/**
 * Words that make a weekday part of a newspaper's, a programme's or an accord's name: "the Sunday Times", "Saturday
 * Night Live", "the Good Friday Agreement".
 */
const TITLES_AFTER_WEEKDAY =
  'Times|Telegraph|Mirror|People|Independent|Express|Post|Herald|Correspondent|Mail|Star|Tribune|Sport|Business|Standard|Agreement|Night\\s+(?:Live|Football)';
/**
 * Newspapers named "… on Sunday": "the Mail on Sunday", "the Independent on Sunday". Not "the Post on Sunday
 * reported", where Sunday is the day the Post reported it.
 */
const TITLES_BEFORE_WEEKDAY = 'Mail|Independent|Sun';

const TITLE_AFTER_WEEKDAY = new RegExp(`^\\s+(?:${TITLES_AFTER_WEEKDAY})\\b`);
const TITLE_BEFORE_WEEKDAY = new RegExp(`\\b(?:${TITLES_BEFORE_WEEKDAY})\\s+on\\s+$`);

/**
 * A weekday inside the name of a day of history ("Bloody Sunday", 1972's; "Black Wednesday", 1992's) or of a club
 * ("Sheffield Wednesday"): never the nearest such weekday. A holiday ("Remembrance Sunday", "Easter Monday") is the
 * holiday rule's (see PROPER_HOLIDAYS); a programme ("told Fox News Sunday") is mostly reported on the day, which the
 * nearest weekday is.
 */
const NAMED_DAY_BEFORE_WEEKDAY = /\b(?:Bloody|Black|Sheffield)\s+$/;

/** "the Sunday Times", "the Mail on Sunday", "Bloody Sunday": a weekday in a title or a name is no date. */
const isTitleWithWeekday = (m: RegExpExecArray): boolean =>
  TITLE_AFTER_WEEKDAY.test(textAfter(m)) ||
  TITLE_BEFORE_WEEKDAY.test(textBefore(m)) ||
  NAMED_DAY_BEFORE_WEEKDAY.test(textBefore(m, 20));

/** "CBS This Morning", "Last Night of the Proms": both words capitalised inside a sentence make a title. */
const isTitleCased = (m: RegExpExecArray): boolean =>
  m.index > 0 && /^\p{Lu}\S*\s+\p{Lu}/u.test(m[0]) && !/[.!?:"“]\s*$/.test(textBefore(m));

/** "USA Today", "NBC's Today show", "Radio 4's Today programme": "Today" in a title is no date. */
const TITLE_BEFORE_TODAY = /(?:\b(?:USA|Russia)|\b\p{Lu}{2,}['’]s)\s+$/u;
const TITLE_AFTER_TODAY = /^\s+(?:show|programme|program)\b/i;
const isTitleToday = (m: RegExpExecArray): boolean =>
  m[1] === 'Today' && (TITLE_BEFORE_TODAY.test(textBefore(m, 20)) || TITLE_AFTER_TODAY.test(textAfter(m)));

/**
 * A word written in lower case, or a possessive, just before: the capitalised day word is inside its sentence.
 * An all-capitals word ("WASHINGTON Today the Senate", a dateline) or a digit ("03/30/17 Today, Thursday") is not.
 */
const LOWER_WORD_BEFORE = /(?:\p{Ll}|\p{L}['’]\s?s)\s+$/u;
/** "‘Yesterday’ and ‘Eleanor Rigby’": a day word alone inside quotation marks is a song's or a book's title. */
const OPENING_QUOTE_BEFORE = /['‘"“]\s*$/;
const CLOSING_QUOTE_AFTER = /^\s*['’"”](?!\p{L})/u;
/** A sentence whose words of four letters or more are nearly all capitalised is a headline in title case. */
const TITLE_CASE_SHARE = 0.85;

function isTitleCaseSentence(sentence: string): boolean {
  const words = sentence.match(/\p{L}{4,}/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length > 0 && capitalised >= TITLE_CASE_SHARE * words.length;
}

/**
 * "the Bond film Tomorrow Never Dies", "his show The World Tomorrow", "Radio 4's Today", "Management Today", "the
 * Beatles' ‘Yesterday’": a day word written with a capital inside a sentence (after a word in lower case or a
 * possessive) or alone in quotation marks is a title or a name, not a day. Not in a headline in title case.
 */
const isTitleDayWord = (m: RegExpExecArray): boolean =>
  /^\p{Lu}\p{Ll}/u.test(m[1] ?? '') &&
  ((LOWER_WORD_BEFORE.test(textBefore(m, 20)) && !isTitleCaseSentence(m.input)) ||
    (OPENING_QUOTE_BEFORE.test(textBefore(m, 3)) && CLOSING_QUOTE_AFTER.test(textAfter(m))));

/** "Father Christmas": a holiday's name on a person. */
const HOLIDAY_PERSON_BEFORE = /\bFather\s+$/;
/** "a Christmas tree", "Easter eggs", "the Easter Rising", "the Good Friday peace agreement": a thing or an event. */
const HOLIDAY_THING_AFTER =
  /^\s+(?:trees?|cards?|carols?|jumpers?|crackers?|lights|decorations|songs?|hits?|specials?|eggs?|bunn(?:y|ies)|bonnets?|lil(?:y|ies)|popp(?:y|ies)|Seals|Island|Rising|Uprising|Offensive|(?:peace\s+)?(?:Agreement|Accords?|deal))\b/i;
/**
 * A capitalised word just before, not the sentence's first, nor a possessive or a word that opens a phrase ("Its
 * Good Friday", "On Easter Day"): the holiday's name is part of a longer one ("Holocaust Remembrance Day", "the film
 * The Long Good Friday", "19-Nick Easter").
 */
const CAPITALISED_WORD_BEFORE = /\S[\s-]+(\p{Lu}\p{Ll}+)\s+$/u;
const PHRASE_OPENERS = new Set(
  'A An The This That Its On At In By Over Until Since Before After And But Or So For From Of To'.split(' '),
);
/**
 * After an article, a capitalised word just after also makes a longer name ("the Black Friday Campaign for Rape
 * Awareness", "the Easter Rising"), unless it names a part of the holiday ("the Memorial Day Weekend", "the Easter
 * Sunday Mass"); without one it starts what follows ("On Easter Sunday Pope Francis called for peace").
 */
const ARTICLE_BEFORE = /\b(?:the|a|an)\s+$/i;
const CAPITALISED_WORD_AFTER = /^\s+(\p{Lu}\p{L}*)/u;
const HOLIDAY_PARTS = new Set(
  'Weekend Holiday Holidays Break Recess Morning Afternoon Evening Night Eve Service Mass Parade Celebrations'.split(
    ' ',
  ),
);
/** Whether a holiday's name is part of a longer one, outside a headline in title case ("Trump Sweeps Super Tuesday"). */
const isInLongerName = (m: RegExpExecArray): boolean => {
  if (isTitleCaseSentence(m.input)) return false;
  const before = CAPITALISED_WORD_BEFORE.exec(textBefore(m, 30))?.[1];
  if (before !== undefined && !PHRASE_OPENERS.has(before)) return true;
  const after = CAPITALISED_WORD_AFTER.exec(textAfter(m))?.[1];
  return after !== undefined && !HOLIDAY_PARTS.has(after) && ARTICLE_BEFORE.test(textBefore(m, 10));
};
/** The holiday a match of the holiday rule names, as HOLIDAYS spells it. */
const holidayName = (m: RegExpExecArray) => (m[3] ?? '').toLowerCase().replace(/’/g, "'");

/**
 * "Father Christmas", "an Easter egg", "the Easter Rising", "the Good Friday Agreement": a holiday's name on a
 * person, a thing or an event of history is no date; nor is a PROPER_HOLIDAYS name written in lower case ("a
 * good Friday for the markets") or inside a longer name (see isInLongerName).
 */
const isHolidayThing = (m: RegExpExecArray): boolean =>
  HOLIDAY_PERSON_BEFORE.test(textBefore(m, 10)) ||
  HOLIDAY_THING_AFTER.test(textAfter(m)) ||
  (holidayName(m) in PROPER_HOLIDAYS &&
    (!/^\p{Lu}/u.test(m[3] ?? '') || (!m[1] && !m[2] && isInLongerName(m))));

/** "the 1983 Easter", "their 2016 Super Tuesday": a year before the name only after a determiner, not "1800 Christmas temps". */
const DETERMINER_BEFORE = /\b(?:the|that|this|its|his|her|their|our|my|your)\s+$/i;

const RELATIVE_RULES: Rule[] = [
  {
    id: 'part-before-day-word',
    examples: [
      {
        sentence: 'The ferry sank early morning yesterday off the cape.',
        text: 'early morning yesterday',
        value: '2025-08-13TMO',
      },
    ],
    type: 'TIME',
    pattern: re(
      '\\b(?:early\\s+|late\\s+|mid-?)?(morning|afternoon|evening|night)\\s+(yesterday|today|tomorrow)\\b',
    ),
    value: (m, ctx) => {
      const shift = dayWordShift(m[2]);
      return dctOr(ctx, (d) => `${fmtDay(addDays(d, shift))}T${dayPart(m[1])}`, 'XXXX-XX-XX');
    },
  },
  {
    id: 'day-word',
    examples: [
      {
        sentence: 'The council met yesterday to discuss the budget.',
        text: 'yesterday',
        value: '2025-08-13',
      },
      {
        sentence: 'Voters go to the polls tomorrow afternoon.',
        text: 'tomorrow afternoon',
        value: '2025-08-15TAF',
      },
      { sentence: 'Today the council voted to close the library.', text: 'Today', value: '2025-08-14' },
      { sentence: 'Jury Finds Record Producer Guilty Today', text: 'Today', value: '2025-08-14' },
      {
        sentence: 'WASHINGTON Today the Senate voted to extend the programme.',
        text: 'Today',
        value: '2025-08-14',
      },
      { sentence: "The club said: 'Today is a sad day for all of us.'", text: 'Today', value: '2025-08-14' },
      {
        sentence: 'The minister said: "Today\'s ruling is a victory for families."',
        text: 'Today',
        value: '2025-08-14',
      },
    ],
    counterExamples: [
      { sentence: 'He will confess to doping, USA Today reported, citing a source.', text: 'Today' },
      { sentence: "She told NBC's Today show that she would run again.", text: 'Today' },
      { sentence: "He said on Radio 4's Today programme that talks had failed.", text: 'Today' },
      { sentence: 'Speaking to the Today Programme, he said he would stay.', text: 'Today' },
      { sentence: 'She watched Kiss Tomorrow Goodbye, a James Cagney film, that night.', text: 'Tomorrow' },
      { sentence: 'He directed the Bond film Tomorrow Never Dies in 1997.', text: 'Tomorrow' },
      {
        sentence: 'The talk show, titled The World Tomorrow, was due to begin airing in March.',
        text: 'Tomorrow',
      },
      { sentence: "He told Radio 4's Today that the talks had failed.", text: 'Today' },
      { sentence: 'Critics say the lack of female voices on Today is still a problem.', text: 'Today' },
      { sentence: 'He was named by the magazine Management Today as a leader to watch.', text: 'Today' },
      { sentence: 'He wrote the string parts for ‘Yesterday’ and ‘Eleanor Rigby’.', text: 'Yesterday' },
    ],
    type: 'DATE',
    // "yesterday's vote" is a day; "today's youth" is the present era, unless an event follows ("today's session").
    pattern: re(
      `\\b(today|yesterday|tomorrow)(?:\\s+(morning|afternoon|evening|night))?\\b(?!(?<=today)['’]s\\s+(?!(?:${DAY_EVENTS})\\b))`,
    ),
    value: (m, ctx) => {
      if (isTitleToday(m) || isTitleDayWord(m)) return null;
      const shift = dayWordShift(m[1]);
      const part = dayPart(m[2]);
      const ref = shift < 0 ? 'PAST_REF' : shift > 0 ? 'FUTURE_REF' : 'PRESENT_REF';
      return dctOr(ctx, (d) => `${fmtDay(addDays(d, shift))}${part ? `T${part}` : ''}`, ref);
    },
    typeOf: (m) => (m[2] ? 'TIME' : 'DATE'),
  },
  {
    id: 'tonight',
    examples: [
      { sentence: 'The mayor will speak tonight at the town hall.', text: 'tonight', value: '2025-08-14TNI' },
      {
        sentence: 'Crews worked through last night to clear the road.',
        text: 'last night',
        value: '2025-08-13TNI',
      },
    ],
    counterExamples: [
      {
        sentence: 'The presenter appeared on CBS This Morning to discuss the interview.',
        text: 'This Morning',
      },
    ],
    type: 'TIME',
    pattern: re('\\b(?:tonight|(this|last)\\s+(morning|afternoon|evening|night))\\b'),
    value: (m, ctx) => {
      if (isTitleCased(m)) return null;
      const part = dayPart(m[2]) ?? 'NI';
      const shift = m[1]?.toLowerCase() === 'last' ? -1 : 0;
      return dctOr(ctx, (d) => `${fmtDay(addDays(d, shift))}T${part}`, 'PRESENT_REF');
    },
  },
  {
    id: 'relative-unit',
    examples: [
      { sentence: 'The board approved the merger last week.', text: 'last week', value: '2025-W32' },
      { sentence: 'Profits are expected to recover next year.', text: 'next year', value: '2026' },
    ],
    type: 'DATE',
    pattern: re(`\\b${MOD}${REL}\\s+(year|month|week|quarter|weekend)\\b`),
    value: (m, ctx) => {
      const unit = unitOf(m[2] ?? '');
      const relation = relationOf(m[1]) ?? 'this';
      // In a results report "this quarter's loss" is the quarter being reported, not the calendar's.
      if (unit === 'quarter' && relation === 'this' && ctx.quarter && ctx.tense !== 'future')
        return ctx.quarter;
      return relativeUnitValue(unit, relation, ctx);
    },
  },
  {
    id: 'relative-weekday',
    examples: [
      {
        sentence: 'The Treasury sanctioned four companies on Wednesday.',
        text: 'Wednesday',
        value: '2025-08-13',
      },
      { sentence: 'The union will strike next Monday.', text: 'next Monday', value: '2025-08-18' },
      {
        sentence: 'On Tuesday Mr Reyes told the inquiry he had resigned.',
        text: 'Tuesday',
        value: '2025-08-12',
      },
      {
        sentence: 'The Washington Post on Sunday reported the leak.',
        text: 'Sunday',
        value: '2025-08-10',
      },
      {
        sentence: 'The senator told Fox News Sunday that the bill would pass.',
        text: 'Sunday',
        value: '2025-08-10',
      },
    ],
    counterExamples: [
      { sentence: 'The Sunday Times is suing him over the libel settlement.', text: 'Sunday' },
      { sentence: 'He told the Mail on Sunday that he had no regrets.', text: 'Sunday' },
      { sentence: 'The interview was shown on Saturday Night Live in the US.', text: 'Saturday' },
      { sentence: 'The Good Friday Agreement was signed in Belfast.', text: 'Friday' },
      { sentence: 'Derry marked the 30th anniversary of Bloody Sunday.', text: 'Sunday' },
      { sentence: 'The pound crashed out of the ERM on Black Wednesday.', text: 'Wednesday' },
      { sentence: 'Middlesbrough and Sheffield Wednesday are said to be interested.', text: 'Wednesday' },
    ],
    type: 'DATE',
    pattern: re(
      `\\b(?:(?:this\\s+)?(last|next|this|coming)\\s+)?(${WEEKDAY_NAMES})(?:\\s+(morning|afternoon|evening|night))?\\b`,
      'g',
    ),
    value: (m, ctx) => {
      if (isTitleWithWeekday(m)) return null;
      const day = weekdayValue(WEEKDAYS[(m[2] ?? '').toLowerCase()] ?? 0, ctx, relationOf(m[1]));
      const part = dayPart(m[3]);
      return part && !day.startsWith('X') ? `${day}T${part}` : day;
    },
    typeOf: (m) => (m[3] ? 'TIME' : 'DATE'),
  },
  {
    id: 'relative-month',
    examples: [
      { sentence: 'The mine closed in March after two floods.', text: 'March', value: '2025-03' },
      { sentence: 'The airport will reopen in December.', text: 'December', value: '2025-12' },
      { sentence: 'Turnout fell in the June Primary.', text: 'June', value: '2025-06' },
      { sentence: 'The roads were busy over the May Bank Holiday.', text: 'May', value: '2025-05' },
      { sentence: 'In May the council voted to close it.', text: 'May', value: '2025-05' },
      { sentence: 'Since May, prices have doubled.', text: 'May', value: '2025-05' },
      {
        sentence: 'Polls had long predicted his win in the election next April and May.',
        text: 'May',
        value: '2026-05',
      },
      { sentence: 'The region flooded last June and again in July.', text: 'July', value: '2025-07' },
    ],
    counterExamples: [
      { sentence: 'Thousands joined the March for Life in the capital.', text: 'March' },
      { sentence: 'June Steenkamp, the victim’s mother, told the court she had forgiven him.', text: 'June' },
      { sentence: '“It was a fair race,” said April Holmes, the relay’s anchor.', text: 'April' },
      { sentence: 'Theresa May said on Monday that the talks would go on.', text: 'May' },
      { sentence: 'Mrs May told MPs the deal was done.', text: 'May' },
    ],
    type: 'DATE',
    pattern: re(
      `\\b(?:(?:early|mid|late)[\\s-]+)?(?:(last|next|this)\\s+)?(${MONTH_NAMES})\\b(?!\\s+\\d)`,
      'g',
    ),
    value: (m, ctx) =>
      isEventName(m) || isPersonName(m) || isSurname(m)
        ? null
        : monthValue(MONTHS[(m[2] ?? '').toLowerCase()] ?? 1, ctx, relationOf(listedRelation(m))),
  },
  {
    id: 'season',
    examples: [
      { sentence: 'The school was rebuilt last summer.', text: 'last summer', value: '2024-SU' },
      { sentence: 'Shares in the group fell over the summer.', text: 'the summer', value: '2025-SU' },
      { sentence: 'The hearings will not begin before the autumn.', text: 'the autumn', value: '2025-FA' },
      { sentence: 'The talks stalled at the end of the winter.', text: 'the winter', value: '2024-WI' },
      {
        sentence: 'A second wave may come in the autumn and the winter.',
        text: 'the winter',
        value: '2025-WI',
      },
      {
        sentence: 'He visited Sweden in the summer of last year.',
        text: 'the summer of last year',
        value: '2024-SU',
      },
    ],
    counterExamples: [
      { sentence: 'The fall of Enron changed all that.', text: 'The fall' },
      { sentence: 'Ripples from the fall of the bank were felt on Wall Street.', text: 'the fall' },
      { sentence: 'Their careers were damaged by the fall-out from the scandal.', text: 'the fall' },
      { sentence: 'Some traders expressed anxiety at the fall in revenues.', text: 'the fall' },
      { sentence: 'Critics said the fall was due to profit-taking.', text: 'the fall' },
      { sentence: 'The people want the fall of the regime.', text: 'the fall' },
      { sentence: 'He starred in The Winter’s Tale at the Old Vic.', text: 'The Winter' },
      { sentence: 'Officials had to respond to the fall in crime.', text: 'the fall' },
      { sentence: 'She sang at festivals in the Summer of Love.', text: 'the Summer' },
      { sentence: 'Sochi hoped to win the winter Olympics for 2014.', text: 'the winter' },
    ],
    type: 'DATE',
    pattern: re(
      '\\b(?:(?:early|mid|late)[\\s-]+)?(?:(?:this\\s+)?(past|coming)\\s+|(this|last|next|the)\\s+)(?:(?:early|mid|late)[\\s-]+)?(spring|summer|fall|autumn|winter)\\b(?:\\s+of\\s+(last|this|next)\\s+year\\b)?',
    ),
    accepts: (m) => !/^the$/i.test(m[2] ?? '') || isSeasonAfterThe(m),
    value: (m, ctx) => {
      const code = SEASONS[(m[3] ?? '').toLowerCase()] ?? 'SU';
      const ofYear = relationOf(m[4]);
      return ofYear ? inRelativeYear(code, ofYear, ctx) : seasonValue(code, ctx, relationOf(m[1] ?? m[2]));
    },
  },
  {
    id: 'ago',
    examples: [
      { sentence: 'The plant opened three years ago.', text: 'three years ago', value: '2022' },
      { sentence: 'The talks stalled a week or so ago.', text: 'a week or so ago', value: '2025-W32' },
      {
        sentence: 'The town was founded by British settlers nearly two centuries ago.',
        text: 'nearly two centuries ago',
        value: '18',
      },
      { sentence: 'The mine closed three decades ago.', text: 'three decades ago', value: '199' },
      {
        sentence: 'The bomb went off three hours ago, police said.',
        text: 'three hours ago',
        value: '2025-08-14',
      },
      { sentence: 'The vote was held 48 hours ago.', text: '48 hours ago', value: '2025-08-12' },
      { sentence: 'The ceasefire was agreed a fortnight ago.', text: 'a fortnight ago', value: '2025-W31' },
    ],
    type: 'DATE',
    pattern: re(
      `\\b(?:(?:about|nearly|almost|some|roughly|more than|less than|over|just|only)\\s+)?(${NUMBER_WORDS})[\\s-]+(${UNIT_WORDS})\\s+(?:or\\s+so\\s+)?ago\\b`,
    ),
    value: (m, ctx) => {
      const n = numberValue(m[1] ?? '');
      const unit = unitOf(m[2] ?? '');
      if (n === null) return 'PAST_REF';
      if (unit === 'year') {
        const q = yearAgoQuarter(ctx, n);
        if (q) return q;
      }
      return shiftedValue(ctx.dct, unit, n, -1);
    },
    anchored: true,
  },
  {
    id: 'anchored',
    examples: [
      {
        sentence: 'The strike began on March 3. Two days later the talks collapsed.',
        text: 'Two days later',
        value: '2025-03-05',
      },
      {
        sentence: 'She left the club with him on 3 February. Two hours later, she was dead.',
        text: 'Two hours later',
        value: '2025-02-03',
      },
      {
        sentence: 'In 1994 he built the power station. Four years later he joined the board.',
        text: 'Four years later',
        value: '1998',
      },
    ],
    counterExamples: [
      { sentence: 'He ran the 100 metres in 10.85 seconds earlier this year.', text: 'seconds earlier' },
      { sentence: 'The target is 2030, 20 years later than Britain’s.', text: '20 years later' },
    ],
    type: 'DATE',
    pattern: re(
      `\\b(?:(${NUMBER_WORDS})[\\s-]+(${UNIT_WORDS})\\s+(earlier|later)(?!\\s+(?:this|last|next)\\s|\\s+than\\b)|the\\s+(day|week|month|year)\\s+(before|after)|the\\s+(previous|following|next)\\s+(day|week|month|year)|(year)-(earlier|ago))\\b`,
    ),
    value: (m, ctx) => anchoredValue(m, ctx),
    anchored: true,
  },
  {
    // "the previous Friday" counts back from the day just mentioned, not from the publication day.
    id: 'anchored-weekday',
    examples: [
      {
        sentence: 'The index closed at 2,410 on Friday, down 3% from the previous Friday.',
        text: 'the previous Friday',
        value: '2025-08-01',
      },
      {
        sentence: 'The strike began on Tuesday, July 22, and ended the following Monday.',
        text: 'the following Monday',
        value: '2025-07-28',
      },
    ],
    type: 'DATE',
    pattern: re(`\\bthe\\s+(previous|preceding|following)\\s+(${WEEKDAY_NAMES})\\b`, 'g'),
    value: (m, ctx) => anchoredWeekday(WEEKDAYS[(m[2] ?? '').toLowerCase()] ?? 0, m[1] ?? '', ctx),
    anchored: true,
  },
];

/** That weekday strictly before ("previous") or after ("following") the day just mentioned, else the reference. */
function anchoredWeekday(target: number, word: string, ctx: Context): string | null {
  const base =
    (ctx.anchor && /^\d{4}-\d{2}-\d{2}/.test(ctx.anchor) ? parseDay(ctx.anchor.slice(0, 10)) : null) ??
    ctx.dct;
  if (!base) return `XXXX-WXX-${target === 0 ? 7 : target}`;
  if (/^following$/i.test(word)) return fmtDay(addDays(base, ((target - weekday(base) + 6) % 7) + 1));
  return fmtDay(addDays(base, -(((weekday(base) - target + 6) % 7) + 1)));
}

/** "a year earlier", "the day before", "two days later": from the date just mentioned, else the reference date. */
function anchoredValue(m: RegExpExecArray, ctx: Context): string | null {
  const amount = m[1] !== undefined ? numberValue(m[1]) : 1;
  const unit = unitOf(m[2] ?? m[4] ?? m[7] ?? m[8] ?? 'day');
  const word = (m[3] ?? m[5] ?? m[6] ?? m[9] ?? '').toLowerCase();
  const sign: 1 | -1 = /^(later|after|following|next)$/.test(word) ? 1 : -1;
  const nearQuarter = unit === 'year' && sign < 0 && amount !== null ? yearAgoQuarter(ctx, amount) : null;
  if (nearQuarter) return nearQuarter;
  if (unit === 'year' && sign > 0 && ctx.anchor && /-Q[1-4]$/.test(ctx.anchor) && amount !== null) {
    return shiftByYears(ctx.anchor, sign * amount);
  }
  // From the year just mentioned: "the following year"; "In 1994 he built the plant. Four years later he joined".
  const fromAnchorYear = m[6] !== undefined || (m[1] !== undefined && sign > 0);
  if (unit === 'year' && fromAnchorYear && amount !== null && ctx.anchor && /^\d{4}/.test(ctx.anchor)) {
    return fmtYear(Number(ctx.anchor.slice(0, 4)) + sign * amount);
  }
  const base = unit === 'year' ? ctx.dct : (anchorDay(ctx.anchor, unit) ?? ctx.dct);
  return shiftedValue(base, unit, amount, sign);
}

/** The day an anchor stands for: its own day, or for a shift by months its month ("March … the following month"). */
function anchorDay(anchor: string | null, unit: string): Day | null {
  if (!anchor) return null;
  const month = /^(\d{4})-(\d{2})$/.exec(anchor);
  if (month && unit === 'month') return { y: Number(month[1]), m: Number(month[2]), d: 1 };
  return parseDay(anchor.slice(0, 10));
}

const MONTH_ANY = `(${MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?`;

/** A month after a day: a full name, or a short form with or without its full stop ("3 Sept."). */
const MONTH_AFTER_DAY = `(${MONTH_NAMES}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?)`;

/** The rule of a year that is part of a law's name ("the Extradition Act 2003"): no event of that year. */
export const LAW_NAME_YEAR = 'year-of-law';
/** Nouns that end a law's name before its year. */
const LAW_NOUNS = 'Act|Bill|Law|Code|Regulations|Directive|Ordinance|Statute';

/** Index and product names a number follows without being a year: "the Russell 2000", "Windows 2000". */
const NAMES_BEFORE_NUMBERS =
  'Russell|Windows|Wilshire|FTSE|Stoxx|Nikkei|Vision|Agenda|Office|Model|Series|Boeing|Airbus|Flight|Route|No\\.?';
/** Units a number is a measure of, not a year: "runs at 1810 mm", "a 1500 m race", "2000 metres". */
const MEASURE_UNITS =
  'mm|cm|m|km|kg|g|mg|lb|lbs|ft|mph|km/h|kph|ml|cc|rpm|metres|meters|kilometres|kilometers|miles|feet|yards|tonnes|tons|calories|kilograms|grams|pounds';
const UNIT_AFTER = new RegExp(`^\\s*(?:${MEASURE_UNITS})\\b`);
const PREPOSITION_BEFORE = new RegExp(`\\b(?:${TIME_PREPOSITIONS})\\s+$`, 'i');
/** A number before a unit, with no preposition before it that makes it a year ("in 2022 tonnes …"). */
const isMeasure = (m: RegExpExecArray): boolean =>
  UNIT_AFTER.test(textAfter(m)) && !PREPOSITION_BEFORE.test(textBefore(m, 12));
/** What follows a four-digit clock time: "1750 GMT", "0600 hours". */
const CLOCK_ZONES = 'GMT|UTC|BST|CET|EST|EDT|PST|PDT|Z|hrs|hours|local time';

/** A year written out, as broadcast transcripts do: "nineteen ninety-four", "two thousand". */
const SPELLED_YEAR = `(nineteen|two thousand)(?:[\\s-]+(${TENS})(?:[\\s-]+(${ONES}))?)?`;

/** A year in digits (group 1) or written out (groups 2-4), as a value. */
const yearOf = (m: RegExpExecArray, at: number): string | null =>
  m[at] ?? (m[at + 1] ? spelledYear(m[at + 1] ?? '', m[at + 2], m[at + 3]) : null);

const YEAR_EITHER = `(?:((?:1[6-9]|20)\\d\\d)|${SPELLED_YEAR})`;

/** "14 February last year", "June 3 of next year": a day and month in the year named relative to the reference. */
const OF_RELATIVE_YEAR = '|,?\\s+(?:of\\s+)?(last|this|next)\\s+year\\b';

/** The day of a month-and-day date: in the year written, the year named relative to the reference, or the nearest. */
function dayOfYear(
  year: string | undefined,
  relative: string | undefined,
  month: number,
  day: number,
  ctx: Context,
): string {
  if (year) return fmtDay({ y: Number(year), m: month, d: day });
  const shift = relative ? { last: -1, this: 0, next: 1 }[relative.toLowerCase() as 'last'] : undefined;
  if (shift === undefined || !ctx.dct) return monthDayValue(month, day, ctx);
  return fmtDay({ y: ctx.dct.y + shift, m: month, d: day });
}

const CALENDAR_RULES: Rule[] = [
  {
    // "the winter of 1994", "summer 2003", "the winter of nineteen ninety-four": one expression, the season of that year.
    id: 'season-of-year',
    examples: [
      { sentence: 'Prices peaked in the winter of 1994.', text: 'the winter of 1994', value: '1994-WI' },
      {
        sentence: 'We saw that level in the winter of nineteen ninety-four.',
        text: 'the winter of nineteen ninety-four',
        value: '1994-WI',
      },
    ],
    type: 'DATE',
    pattern: re(
      `\\b(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(spring|summer|fall|autumn|winter)(?:\\s+of)?,?\\s+${YEAR_EITHER}\\b`,
    ),
    value: (m) => {
      const year = yearOf(m, 2);
      return year ? `${year}-${SEASONS[(m[1] ?? '').toLowerCase()] ?? 'SU'}` : null;
    },
  },
  {
    id: 'month-spelled-year',
    examples: [
      {
        sentence: 'January nineteen ninety-seven. A bomb went off at a clinic.',
        text: 'January nineteen ninety-seven',
        value: '1997-01',
      },
    ],
    type: 'DATE',
    pattern: re(`\\b(${MONTH_NAMES})(?:\\s+of)?,?\\s+${SPELLED_YEAR}\\b`),
    value: (m) => {
      const year = spelledYear(m[2] ?? '', m[3], m[4]);
      return year ? `${year}-${pad(MONTHS[(m[1] ?? '').toLowerCase()] ?? 1)}` : null;
    },
  },
  {
    // "the day before last Tuesday's hearing", "the day after June 5": one expression, a day from the day it names
    // (not "the day before" counted from the last date mentioned, and the weekday apart).
    id: 'day-next-to-day',
    examples: [
      {
        sentence: "The day before last Tuesday's planning hearing, the council met the developers.",
        text: 'The day before last Tuesday',
        value: '2025-08-11',
      },
      {
        sentence: 'Shares fell the day after Friday’s profit warning.',
        text: 'the day after Friday',
        value: '2025-08-09',
      },
      {
        sentence: 'The ballots were counted on the day after June 5, a Thursday.',
        text: 'the day after June 5',
        value: '2025-06-06',
      },
    ],
    counterExamples: [{ sentence: 'On the day before, the talks had stalled.', text: 'the day before' }],
    type: 'DATE',
    pattern: re(
      `\\b[Tt]he\\s+day\\s+(before|after)\\s+(?:(?:(last|next|this|coming)\\s+)?(${WEEKDAY_NAMES})|${MONTH_ANY}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+((?:1[6-9]|20)\\d\\d))?)\\b`,
      'g',
    ),
    value: (m, ctx) => {
      const named = m[3]
        ? weekdayValue(WEEKDAYS[m[3].toLowerCase()] ?? 0, ctx, relationOf(m[2]))
        : dayOfYear(m[6], undefined, MONTHS[(m[4] ?? '').toLowerCase()] ?? 1, Number(m[5]), ctx);
      const day = named ? parseDay(named) : null;
      if (!day) return null;
      return fmtDay(addDays(day, m[1]?.toLowerCase() === 'after' ? 1 : -1));
    },
  },
  {
    id: 'month-day',
    examples: [
      { sentence: 'The vote was held on June 12, 2024.', text: 'June 12, 2024', value: '2024-06-12' },
      {
        sentence: 'She was shot dead on February 14 last year at his home.',
        text: 'February 14 last year',
        value: '2024-02-14',
      },
    ],
    type: 'DATE',
    pattern: re(
      `\\b(?:(?:${WEEKDAY_NAMES}),?\\s+)?${MONTH_ANY}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+((?:1[6-9]|20)\\d\\d)\\b${OF_RELATIVE_YEAR})?`,
      'g',
    ),
    value: (m, ctx) => {
      const month = MONTHS[(m[1] ?? '').toLowerCase()] ?? 1;
      const day = Number(m[2]);
      if (day < 1 || day > 31) return null;
      return dayOfYear(m[3], m[4], month, day, ctx);
    },
  },
  {
    // "14 February 2013", "Tuesday 19 February", "the 3rd of March": the day before the month, as British and
    // international news write it.
    id: 'day-month',
    examples: [
      {
        sentence: 'The athlete was arrested on 14 February 2013.',
        text: '14 February 2013',
        value: '2013-02-14',
      },
      { sentence: 'On Tuesday 5 August the court sat again.', text: 'Tuesday 5 August', value: '2025-08-05' },
      {
        sentence: 'He shot her in the early hours of 14 February last year.',
        text: '14 February last year',
        value: '2024-02-14',
      },
    ],
    counterExamples: [{ sentence: 'Officials said 3 may be too few.', text: '3 may' }],
    type: 'DATE',
    pattern: re(
      `\\b(?:(?:${WEEKDAY_NAMES}),?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_AFTER_DAY}(?![\\w-])(?:,?\\s+((?:1[6-9]|20)\\d\\d)\\b${OF_RELATIVE_YEAR})?`,
      'g',
    ),
    value: (m, ctx) => {
      const month = MONTHS[(m[2] ?? '').toLowerCase()] ?? 1;
      const day = Number(m[1]);
      if (day < 1 || day > 31) return null;
      return dayOfYear(m[3], m[4], month, day, ctx);
    },
  },
  {
    id: 'month-year',
    examples: [{ sentence: 'The factory was sold in October 2019.', text: 'October 2019', value: '2019-10' }],
    type: 'DATE',
    pattern: re(
      `\\b(?:(?:early|mid|late)[\\s-]+)?${MONTH_ANY}(?:\\s+of)?,?\\s+((?:1[6-9]|20)\\d\\d)\\b`,
      'g',
    ),
    value: (m) => `${m[2]}-${pad(MONTHS[(m[1] ?? '').toLowerCase()] ?? 1)}`,
  },
  {
    id: 'spelled-year',
    examples: [
      { sentence: 'The treaty dates from nineteen ninety-six.', text: 'nineteen ninety-six', value: '1996' },
    ],
    type: 'DATE',
    pattern: re(
      `\\b(?:the\\s+year\\s+)?(nineteen|two thousand)(?:[\\s-]+(${TENS})(?:[\\s-]+(${ONES}))?)?\\b`,
    ),
    value: (m) => spelledYear(m[1] ?? '', m[2], m[3]),
  },
  {
    id: 'holiday',
    examples: [
      { sentence: 'The shops closed on Christmas Day.', text: 'Christmas Day', value: '2024-12-25' },
      {
        sentence: 'The flood struck on Christmas Day 2004.',
        text: 'Christmas Day 2004',
        value: '2004-12-25',
      },
      { sentence: 'The ferry sank on Good Friday.', text: 'Good Friday', value: '2025-04-18' },
      { sentence: 'The banks reopen after Easter Monday.', text: 'Easter Monday', value: '2025-04-21' },
      { sentence: 'The parades ended on Fat Tuesday.', text: 'Fat Tuesday', value: '2025-03-04' },
      {
        sentence: 'Protesters waved palm fronds as Holy Week began.',
        text: 'Holy Week',
        value: '2025-W16',
      },
      {
        sentence: 'The Queen led the nation’s tributes on Remembrance Sunday.',
        text: 'Remembrance Sunday',
        value: '2024-11-10',
      },
      {
        sentence: 'Queues formed outside the shops on Black Friday.',
        text: 'Black Friday',
        value: '2024-11-29',
      },
      { sentence: 'The parade was held on Memorial Day.', text: 'Memorial Day', value: '2025-05-26' },
      { sentence: 'The parade will be held on Memorial Day.', text: 'Memorial Day', value: '2026-05-25' },
      { sentence: 'She won seven states on Super Tuesday.', text: 'Super Tuesday', value: '2024-03-05' },
      {
        sentence: 'He will campaign in Texas before Super Tuesday.',
        text: 'Super Tuesday',
        value: '2028-03-07',
      },
      {
        sentence: 'Clinton won seven states on Super Tuesday 2016.',
        text: 'Super Tuesday 2016',
        value: '2016-03-01',
      },
      {
        sentence: 'The truck drove into the crowd on Bastille Day 2016.',
        text: 'Bastille Day 2016',
        value: '2016-07-14',
      },
      {
        sentence: 'He was transported back to Bastille Day in 2003.',
        text: 'Bastille Day in 2003',
        value: '2003-07-14',
      },
      {
        sentence: 'They were filmed at the Berlin Wall over the 1983 Easter weekend.',
        text: '1983 Easter',
        value: '1983-04-03',
      },
      {
        sentence: 'The officer was killed on Easter Day last year.',
        text: 'Easter Day last year',
        value: '2024-03-31',
      },
      {
        sentence: 'Millions hit the road for the Memorial Day Weekend.',
        text: 'Memorial Day',
        value: '2025-05-26',
      },
      {
        sentence: 'Updated at 5:32 pm | Its Good Friday, so be nice.',
        text: 'Good Friday',
        value: '2025-04-18',
      },
    ],
    counterExamples: [
      { sentence: 'For his fans he is the Father Christmas of northern California.', text: 'Christmas' },
      { sentence: 'The council put up a Christmas tree in the square.', text: 'Christmas' },
      { sentence: 'The children hunted for Easter eggs in the garden.', text: 'Easter' },
      { sentence: 'The Good Friday Agreement was signed in Belfast.', text: 'Good Friday' },
      { sentence: 'The rebels of the Easter Rising were executed in 1916.', text: 'Easter' },
      { sentence: 'It was a good Friday for the markets.', text: 'good Friday' },
      {
        sentence: 'Today, Holocaust Remembrance Day, campaigners will call on the museum.',
        text: 'Remembrance Day',
      },
      { sentence: 'The replacements were Tom Palmer and Nick Easter.', text: 'Easter' },
      {
        sentence: 'Her death came on the eve of the Black Friday Campaign for Rape Awareness.',
        text: 'Black Friday',
      },
      { sentence: 'The film was The Long Good Friday, with Bob Hoskins.', text: 'Good Friday' },
      { sentence: 'He wore a Remembrance Day poppy in court.', text: 'Remembrance Day' },
      { sentence: 'He said it may day by day get harder.', text: 'may day' },
    ],
    type: 'DATE',
    pattern: re(
      `\\b(?:(last|next|this)\\s+|((?:1[6-9]|20)\\d\\d)\\s+)?(${namesPattern(HOLIDAYS)})\\b(?:(?:,|\\s+in)?\\s+((?:1[6-9]|20)\\d\\d)\\b|\\s+(last|this|next)\\s+year\\b)?`,
    ),
    accepts: (m) => !isHolidayThing(m) && (!m[2] || DETERMINER_BEFORE.test(textBefore(m, 10))),
    value: (m, ctx) => {
      const name = holidayName(m);
      const place = HOLIDAYS[name];
      const year = m[2] ?? m[4] ?? (m[5] && ctx.dct ? ctx.dct.y + SHIFT[relationOf(m[5]) ?? 'this'] : null);
      if (year && place) return holidayOn(name, place(Number(year)));
      return holidayValue(name, ctx, relationOf(m[1]));
    },
  },
  {
    id: 'holiday-of-year',
    examples: [
      {
        sentence: 'He shot his girlfriend on Valentine’s Day 2013.',
        text: 'Valentine’s Day 2013',
        value: '2013-02-14',
      },
      {
        sentence: 'The shop opened on Halloween last year.',
        text: 'Halloween last year',
        value: '2024-10-31',
      },
    ],
    counterExamples: [
      { sentence: 'The trial heard how he shot her on Valentine’s Day.', text: 'Valentine’s Day' },
    ],
    type: 'DATE',
    pattern: re(
      `\\b(${namesPattern(DAYS_WITH_YEAR)})(?:,?\\s+((?:1[6-9]|20)\\d\\d)\\b|\\s+(last|this|next)\\s+year\\b)`,
    ),
    value: (m, ctx) => {
      const place = DAYS_WITH_YEAR[(m[1] ?? '').toLowerCase().replace(/’/g, "'")];
      if (!place) return null;
      if (m[2]) return fmtDay(place(Number(m[2])));
      const shift = SHIFT[relationOf(m[3]) ?? 'this'];
      return ctx.dct ? fmtDay(place(ctx.dct.y + shift)) : null;
    },
  },
  {
    // "the Terrorism Act 2000", "the Foia Improvement Act of 2014": the year of a law's name is a year (TimeML
    // marks it, and "when was it passed?" reads it), but no event of that year: its own id lets the timeline tell.
    id: LAW_NAME_YEAR,
    examples: [
      { sentence: 'He was arrested under the Terrorism Act 2000 on Monday.', text: '2000', value: '2000' },
      {
        sentence: 'Congress passed the Foia Improvement Act of 2014 unanimously.',
        text: '2014',
        value: '2014',
      },
      {
        sentence: 'He was sentenced under the Criminal Procedure Act 51 of 1977.',
        text: '1977',
        value: '1977',
      },
    ],
    counterExamples: [
      { sentence: 'The Affordable Care Act in 2013 changed the market.', text: '2013' },
      { sentence: 'The act of 1998 is still debated.', text: '1998' },
    ],
    type: 'DATE',
    // The year first, then the name behind it: a lookbehind that opens a pattern is tried at every character
    // (7 times the cost over PolNeAR's 3.9 MB), a year only where one stands.
    pattern: re(
      `\\b((?:1[6-9]|20)\\d\\d)(?<=\\b\\p{Lu}[\\p{L}-]+\\s+(?:${LAW_NOUNS})(?:\\s+(?:No\\.?\\s*)?\\d{1,4})?(?:\\s+of)?,?\\s+\\d{4})\\b(?![\\d%-])`,
      'gu',
    ),
    value: (m) => m[1] ?? null,
  },
  {
    id: 'year',
    examples: [
      { sentence: 'The bridge was built in 1932.', text: '1932', value: '1932' },
      { sentence: 'In 2022 tonnes of grain were stuck in the port.', text: '2022', value: '2022' },
    ],
    counterExamples: [
      { sentence: 'The Russell 2000 index fell 2%.', text: '2000' },
      { sentence: 'The alarm was raised at 1750 GMT.', text: '1750' },
      { sentence: 'The index closed 42 points lower at 1678.5.', text: '1678' },
      { sentence: 'With the new blades he now runs at 1810 mm.', text: '1810' },
      { sentence: 'She won the 1500 m final in record time.', text: '1500' },
    ],
    type: 'DATE',
    pattern: re(
      `(?<![$#\\d,.])(?<!\\b(?:${NAMES_BEFORE_NUMBERS})\\s)\\b(?:(?:early|mid|late)[\\s-]+|(?:fiscal|calendar|the end of|the beginning of)\\s+)?((?:1[6-9]|20)\\d\\d)\\b(?!\\s*(?:%|percent|\\d|-\\d|,\\d{3}|\\.\\d|${CLOCK_ZONES})\\b)`,
      'g',
    ),
    // "runs at 1810 mm" is a measure; "In 2022 tonnes of grain were stuck" is still a year.
    value: (m) => (isMeasure(m) ? null : (m[1] ?? null)),
  },
  {
    id: 'decade',
    examples: [{ sentence: 'The port boomed in the 1980s.', text: 'the 1980s', value: '198' }],
    type: 'DATE',
    pattern: re('\\b(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(1[6-9]\\d|20\\d)0s\\b'),
    value: (m) => m[1] ?? null, // TIMEX3 writes a decade as its first three digits: "the 1990s" is 199
  },
  {
    // "the nineties", "the late sixties", "the nineteen-eighties": a decade of the last century (of this one for
    // "the twenties" and on only once that decade is over at the reference date).
    id: 'decade-word',
    examples: [
      { sentence: 'Hate group numbers fell through the nineties.', text: 'the nineties', value: '199' },
      {
        sentence: 'The mill closed in the late nineteen-sixties.',
        text: 'the late nineteen-sixties',
        value: '196',
      },
    ],
    type: 'DATE',
    pattern: re(
      `\\b(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(nineteen[\\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b`,
    ),
    value: (m, ctx) => {
      const tens = numberValue((m[2] ?? '').toLowerCase().replace(/ies$/, 'y')) ?? 0;
      const century = !m[1] && ctx.dct && ctx.dct.y >= 2000 + tens + 10 ? 20 : 19;
      return `${century}${tens / 10}`;
    },
  },
  {
    id: 'century',
    examples: [
      { sentence: 'The church was built in the 18th century.', text: 'the 18th century', value: '17' },
    ],
    type: 'DATE',
    pattern: re(
      '\\b(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?([1-9]|1\\d|2[01])(?:st|nd|rd|th)[\\s-]century\\b',
    ),
    value: (m) => pad(Number(m[1]) - 1), // TIMEX3 writes a century as its first two digits: the 20th is 19
  },
  {
    id: 'quarter',
    examples: [
      {
        sentence: 'Revenue fell in the second quarter of 2024.',
        text: 'the second quarter of 2024',
        value: '2024-Q2',
      },
    ],
    type: 'DATE',
    pattern: re(
      "\\b(?:the\\s+)?(?:(year-ago|year-earlier|next year's|last year's)\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]quarter(?:\\s+of\\s+((?:19|20)\\d\\d)|\\s+(a year (?:ago|earlier)))?\\b",
    ),
    value: (m, ctx) => {
      const q = ORDINAL_QUARTERS[(m[2] ?? '').toLowerCase()] ?? 1;
      if (m[3]) return `${m[3]}-Q${q}`;
      const which = `${m[1] ?? ''} ${m[4] ?? ''}`.toLowerCase();
      const shift = /year-|ago|earlier|last/.test(which) ? -1 : /next/.test(which) ? 1 : 0;
      const named = quarterValue(q, ctx);
      return (shift !== 0 && shiftByYears(named, shift)) || named;
    },
  },
  {
    id: 'year-quarter',
    examples: [
      { sentence: 'Sales in the 2024 third quarter rose.', text: 'the 2024 third quarter', value: '2024-Q3' },
    ],
    type: 'DATE',
    pattern: re('\\bthe\\s+((?:19|20)\\d\\d)\\s+(?:(first|second|third|fourth)\\s+)?(quarter|period)\\b'),
    value: (m, ctx) => {
      const q = ORDINAL_QUARTERS[(m[2] ?? '').toLowerCase()];
      if (q) return `${m[1]}-Q${q}`;
      return (m[3] ?? '').toLowerCase() === 'quarter' || ctx.quarter
        ? quarterOfYear(m[1] ?? '', ctx)
        : (m[1] ?? null);
    },
  },
  {
    // "the same period last year", "the same quarter a year earlier": one expression, a year before the period
    // just named (else the reference date's quarter).
    id: 'same-period-last-year',
    examples: [
      {
        sentence: 'Orders rose 4% from the same period last year.',
        text: 'the same period last year',
        value: '2024',
      },
      {
        sentence:
          'The chain lost $3 million in the second quarter, against a profit in the corresponding period last year.',
        text: 'the corresponding period last year',
        value: '2024-Q2',
      },
    ],
    type: 'DATE',
    pattern: re(
      "\\bthe\\s+(?:same|corresponding|comparable)\\s+(period|quarter|month|week|time)\\s+(?:of\\s+)?(?:last\\s+year|a\\s+year\\s+(?:ago|earlier))\\b|\\blast\\s+year['’]s\\s+(period|quarter)\\b",
    ),
    value: (m, ctx) => {
      const unit = (m[1] ?? m[2] ?? '').toLowerCase();
      // The period just reported (a quarter), or for "the same month" the month just named, a year back.
      if (ctx.quarter && /^(?:period|quarter|time)$/.test(unit)) return shiftByYears(ctx.quarter, -1);
      if (unit === 'month' && ctx.anchor && /^\d{4}-\d{2}/.test(ctx.anchor))
        return shiftByYears(ctx.anchor.slice(0, 7), -1);
      if (!ctx.dct) return 'PAST_REF';
      return unit === 'month' ? `${fmtYear(ctx.dct.y - 1)}-${pad(ctx.dct.m)}` : fmtYear(ctx.dct.y - 1);
    },
    anchored: true,
  },
  {
    id: 'current-quarter',
    examples: [
      {
        sentence: 'The chain expects a loss in the current quarter.',
        text: 'the current quarter',
        value: '2025-Q3',
      },
    ],
    type: 'DATE',
    pattern: re('\\bthe\\s+(?:current|present)\\s+quarter\\b'),
    value: (_m, ctx) => relativeUnitValue('quarter', 'this', ctx),
  },
  {
    id: 'latest-quarter',
    examples: [
      {
        sentence: 'The bank earned $2 billion in the latest quarter.',
        text: 'the latest quarter',
        value: '2025-Q2',
      },
    ],
    type: 'DATE',
    pattern: re(
      '\\bthe\\s+(?:comparable\\s+|corresponding\\s+)?(latest|recent|most recent|year-ago|year-earlier|same)?\\s*(quarter|period)(\\s+a\\s+year\\s+(?:ago|earlier))?\\b',
    ),
    value: (m, ctx) => {
      const which = `${m[1] ?? ''}${m[3] ?? ''}`.toLowerCase();
      if ((m[2] ?? '').toLowerCase() === 'period' && !which) return null;
      if (!/year-(ago|earlier)|a\s+year/.test(which)) return latestQuarterValue(ctx);
      return yearAgoQuarter(ctx, 1) ?? latestQuarterValue(ctx, 1);
    },
  },
  {
    id: 'half',
    examples: [
      {
        sentence: 'Growth slowed in the first half of 2023.',
        text: 'the first half of 2023',
        value: '2023-H1',
      },
      {
        sentence: 'Earnings will be lower for the last half of 1989.',
        text: 'the last half of 1989',
        value: '1989-H2',
      },
      {
        sentence: 'The plant stays shut for the first two quarters of 1990.',
        text: 'the first two quarters of 1990',
        value: '1990-H1',
      },
    ],
    type: 'DATE',
    pattern: re(
      '\\b(?:the\\s+)?(first|second|last|latter|final|back)\\s+(?:half(?:\\s+of\\s+((?:19|20)\\d\\d))?|two\\s+quarters\\s+of\\s+((?:19|20)\\d\\d))\\b',
    ),
    value: (m, ctx) => {
      const year = m[2] ?? m[3] ?? (ctx.dct ? fmtYear(ctx.dct.y) : 'XXXX');
      return `${year}-H${(m[1] ?? '').toLowerCase() === 'first' ? 1 : 2}`;
    },
  },
  {
    // "the year ended March 31": a twelve-month period; a bare "the year" is this year (current-year, below).
    id: 'the-year',
    examples: [{ sentence: 'Profit for the year ended March 31 doubled.', text: 'the year', value: 'P1Y' }],
    type: 'DURATION',
    pattern: re('\\bthe\\s+(?:fiscal\\s+|calendar\\s+)?year(?=\\s+(?:ended|ending|through|to)\\b)'),
    value: () => 'P1Y',
  },
  {
    id: 'current-year',
    examples: [
      {
        sentence: 'The firm expects to hire 200 people in the current year.',
        text: 'the current year',
        value: '2025',
      },
    ],
    type: 'DATE',
    pattern: re(
      '\\bthe\\s+(?:current|present)\\s+(?:fiscal\\s+)?year\\b|\\bthe\\s+(?:fiscal\\s+|full\\s+)?year\\b(?!\\s+(?:before|after|earlier|later|ago|ended|ending|through|to|\\d))|\\b(?:earlier|later)\\s+in\\s+the\\s+year\\b',
    ),
    value: (_m, ctx) => dctOr(ctx, (d) => fmtYear(d.y), 'PRESENT_REF'),
  },
  {
    id: 'year-end',
    examples: [
      { sentence: 'The line should open by year-end.', text: 'year-end', value: '2025-12-31' },
      { sentence: 'The index has fallen 4% since year-end.', text: 'year-end', value: '2024-12-31' },
    ],
    type: 'DATE',
    pattern: re('\\byear-end\\b'),
    // In a report of the past, before December is out, the year-end meant is the last one.
    value: (_m, ctx) => dctOr(ctx, (d) => `${fmtYear(yearOfEnd(d, ctx))}-12-31`, 'XXXX-12-31'),
  },
  {
    // TimeML gives "the end of" a period the period's value (with mod END): "the end of the year" is the year,
    // as "the end of 1990" is 1990 and "the end of November" is that month.
    id: 'end-of-year',
    examples: [
      {
        sentence: 'The plant should be running by the end of the year.',
        text: 'the end of the year',
        value: '2025',
      },
      { sentence: "Sales had doubled by year's end.", text: "year's end", value: '2025' },
    ],
    type: 'DATE',
    pattern: re("\\b(?:the\\s+end\\s+of\\s+the\\s+year|year['’]s\\s+end|year\\s+end)\\b"),
    value: (_m, ctx) => dctOr(ctx, (d) => fmtYear(d.y), 'PRESENT_REF'),
  },
  {
    id: 'month-of-year',
    examples: [
      {
        sentence: 'The work should be completed in October of next year.',
        text: 'October of next year',
        value: '2026-10',
      },
    ],
    type: 'DATE',
    pattern: re(
      `\\b(?:(?:early|mid|late)[\\s-]+)?(${MONTH_NAMES})(?:\\s+of)?\\s+(last|this|next)\\s+year\\b`,
      'g',
    ),
    value: (m, ctx) => {
      const month = pad(MONTHS[(m[1] ?? '').toLowerCase()] ?? 1);
      return inRelativeYear(month, relationOf(m[2]) ?? 'this', ctx);
    },
  },
  {
    id: 'the-week',
    examples: [{ sentence: 'Shares rose 3% over the week.', text: 'the week', value: '2025-W33' }],
    type: 'DATE',
    pattern: re('\\bthe\\s+(week|month)\\b(?!\\s+(?:before|after|earlier|later|of|ago))'),
    value: (m, ctx) => relativeUnitValue((m[1] ?? 'week').toLowerCase(), 'this', ctx),
  },
  {
    id: 'that-day',
    examples: [
      {
        sentence: 'The dam failed on 2 May. Earlier that day, engineers had inspected it.',
        text: 'Earlier that day',
        value: '2025-05-02',
      },
    ],
    type: 'DATE',
    pattern: re(
      '\\b(?:(?:earlier|later)\\s+)?(?:that|the\\s+same)\\s+(day|morning|afternoon|evening|night|week|month|year)\\b',
    ),
    value: (m, ctx) => {
      const anchor = ctx.anchor ?? (ctx.dct ? fmtDay(ctx.dct) : null);
      if (!anchor) return 'PAST_REF';
      const unit = (m[1] ?? 'day').toLowerCase();
      if (unit === 'year') return anchor.slice(0, 4);
      if (unit === 'month') return anchor.length >= 7 ? anchor.slice(0, 7) : anchor;
      return anchor;
    },
    anchored: true,
  },
  {
    id: 'weekend',
    examples: [{ sentence: 'Talks continued over the weekend.', text: 'the weekend', value: '2025-W32-WE' }],
    type: 'DATE',
    pattern: re('\\bthe\\s+weekend\\b'),
    value: (_m, ctx) =>
      dctOr(
        ctx,
        (d) => relativeUnitValue('weekend', weekday(d) >= 5 || weekday(d) === 0 ? 'this' : 'last', ctx),
        'XXXX-WXX-WE',
      ),
  },
];

/** "three-quarters of its food": a share, not three quarters of a year. */
const isFraction = (m: RegExpExecArray): boolean =>
  /\w-quarters$/i.test(m[0]) && /^\s+of\b/i.test(textAfter(m));

/** "CBS's 60 Minutes", "48 Hours": a capitalised unit inside a sentence is a programme's title. */
const isTitledDuration = (m: RegExpExecArray): boolean =>
  /^\p{Lu}/u.test(m[2] ?? '') && m.index > 0 && !/[.!?:"“]\s*$/.test(textBefore(m));

const DURATION_RULES: Rule[] = [
  {
    id: 'duration',
    examples: [
      { sentence: 'The ban runs for another 90 days.', text: 'another 90 days', value: 'P90D' },
      {
        sentence: 'The fire alarm sounded for a minute and a half.',
        text: 'a minute and a half',
        value: 'PT1M30S',
      },
      {
        sentence: 'The boy will stay for at least two more weeks.',
        text: 'at least two more weeks',
        value: 'P2W',
      },
      {
        sentence: 'Rescuers worked through the last twenty four hours without a break.',
        text: 'the last twenty four hours',
        value: 'PT24H',
      },
    ],
    counterExamples: [
      { sentence: 'The island imports about three-quarters of its food.', text: 'three-quarters' },
      { sentence: 'The father spoke to CBS on 60 Minutes about his son.', text: '60 Minutes' },
    ],
    type: 'DURATION',
    pattern: re(
      `\\b(?:(?:the|another|an additional|more than|less than|nearly|almost|about|around|roughly|some|at least|up to|over|under|only|just|past|last|next|first|coming|previous|final|following)\\s+)*(?!a\\s+second\\b)(${NUMBER_WORDS})(?:[\\s-]+and\\s+a\\s+half)?(?:\\s+more)?[\\s-]+(${UNIT_WORDS})(?:\\s+and\\s+a\\s+half)?(?:[\\s-]+long)?\\b(?![\\s-]+old\\b)`,
    ),
    value: (m) =>
      isFraction(m) || isTitledDuration(m)
        ? null
        : durationValue(m[1], m[2] ?? '', /and\s+a\s+half/i.test(m[0])),
  },
  {
    id: 'recent-units',
    examples: [
      { sentence: 'Prices have risen sharply in recent years.', text: 'in recent years', value: 'PXY' },
    ],
    type: 'DURATION',
    pattern: re('\\b(?:in\\s+)?recent\\s+(years|months|weeks|days|decades)\\b'),
    value: (m) => durationValue(undefined, m[1] ?? 'year'),
  },
  {
    id: 'vague-duration',
    examples: [
      {
        sentence: 'The river has flooded several times over the past months.',
        text: 'over the past months',
        value: 'PXM',
      },
    ],
    type: 'DURATION',
    pattern: re(
      '\\b(?:(?:for|in|over|within|after)\\s+(?:the\\s+)?(?:(?:past|last|next|coming)\\s+)?|(?:several|many|a few|the past few|the last few)\\s+)(years|months|weeks|days|decades|hours|minutes)\\b',
    ),
    value: (m) => durationValue(undefined, m[1] ?? 'year'),
  },
];

const SET_RULES: Rule[] = [
  {
    id: 'set-adverb',
    examples: [{ sentence: 'The ferry sails daily to the island.', text: 'daily', value: 'P1D' }],
    type: 'SET',
    pattern: re('\\b(daily|weekly|monthly|annually|yearly|hourly|nightly)\\b'),
    value: (m) =>
      ({
        daily: 'P1D',
        nightly: 'P1D',
        weekly: 'P1W',
        monthly: 'P1M',
        annually: 'P1Y',
        yearly: 'P1Y',
        hourly: 'PT1H',
        quarterly: 'P3M',
      })[(m[1] ?? '').toLowerCase() as 'daily'] ?? null,
  },
  {
    id: 'set-every',
    examples: [{ sentence: 'The market opens every Saturday.', text: 'every Saturday', value: 'XXXX-WXX-6' }],
    type: 'SET',
    pattern: re(
      `\\b(?:every|each)\\s+(day|week|month|year|hour|night|morning|${WEEKDAY_NAMES}|${MONTH_NAMES})\\b`,
    ),
    value: (m) => {
      const w = (m[1] ?? '').toLowerCase();
      if (WEEKDAYS[w] !== undefined) return `XXXX-WXX-${WEEKDAYS[w] === 0 ? 7 : WEEKDAYS[w]}`;
      if (MONTHS[w] !== undefined) return `XXXX-${pad(MONTHS[w])}`;
      return durationValue('1', w === 'night' || w === 'morning' ? 'day' : w);
    },
  },
];

const REFERENCE_RULES: Rule[] = [
  {
    id: 'present',
    examples: [{ sentence: 'The company now employs 300 people.', text: 'now', value: 'PRESENT_REF' }],
    type: 'DATE',
    pattern: re(
      "\\b(now|currently|current|presently|nowadays|these days|at present|at the moment)\\b(?![-'’])",
    ),
    value: () => 'PRESENT_REF',
  },
  {
    id: 'past',
    examples: [{ sentence: 'Tourism has recently recovered.', text: 'recently', value: 'PAST_REF' }],
    type: 'DATE',
    pattern: re(`\\b(recently|lately|the past|in the past)\\b(?!\\s+(?:\\w+\\s+)?(?:${UNIT_WORDS}))`),
    value: () => 'PAST_REF',
  },
  {
    id: 'future',
    examples: [
      {
        sentence: 'The club hopes to expand in the near future.',
        text: 'the near future',
        value: 'FUTURE_REF',
      },
    ],
    type: 'DATE',
    pattern: re('\\b(?:the|in)\\s+(?:near\\s+|distant\\s+)?future\\b'),
    value: () => 'FUTURE_REF',
  },
  {
    // "10:35 a.m. (0735 GMT) Friday", "9 a.m. EST Tuesday": the clock time on that day.
    id: 'clock-time-weekday',
    examples: [
      {
        sentence: 'The polls closed at 9 p.m. (0200 GMT) Tuesday.',
        text: '9 p.m. (0200 GMT) Tuesday',
        value: '2025-08-12T21:00',
      },
    ],
    type: 'TIME',
    pattern: re(
      `\\b(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.)\\s*(?:[A-Z]{2,4}\\s+)?(?:\\([^)]{1,24}\\)\\s*)?(?:on\\s+)?(${WEEKDAY_NAMES})\\b`,
      'g',
    ),
    value: (m, ctx) => {
      const day = weekdayValue(WEEKDAYS[(m[4] ?? '').toLowerCase()] ?? 0, ctx, null);
      const hour = (Number(m[1]) % 12) + (/^p/i.test(m[3] ?? '') ? 12 : 0);
      return `${day}T${pad(hour)}:${m[2] ?? '00'}`;
    },
  },
  {
    // "1750 GMT", "0600 hours": a four-digit clock time; UTC and GMT are written Z.
    id: 'clock-24h',
    examples: [
      { sentence: 'The alarm was raised at 1750 GMT.', text: '1750 GMT', value: '2025-08-14T17:50Z' },
    ],
    counterExamples: [{ sentence: 'The company sold 1750 cars.', text: '1750' }],
    type: 'TIME',
    pattern: re(`\\b([01]\\d|2[0-3])([0-5]\\d)\\s*(${CLOCK_ZONES})\\b`, 'g'),
    value: (m, ctx) => {
      const zone = /^(?:GMT|UTC|Z)$/.test(m[3] ?? '') ? 'Z' : '';
      return `${dctOr(ctx, fmtDay, 'XXXX-XX-XX')}T${m[1]}:${m[2]}${zone}`;
    },
  },
  {
    id: 'clock-word-weekday',
    examples: [
      {
        sentence: 'The deadline passed at midnight Friday.',
        text: 'midnight Friday',
        value: '2025-08-08T24:00',
      },
    ],
    type: 'TIME',
    pattern: re(`\\b(noon|midday|midnight)\\s+(?:(last|next|this)\\s+)?(${WEEKDAY_NAMES})\\b`, 'g'),
    value: (m, ctx) => {
      const day = weekdayValue(WEEKDAYS[(m[3] ?? '').toLowerCase()] ?? 0, ctx, relationOf(m[2]));
      return `${day}T${clockWordTime(m[1])}`;
    },
  },
  {
    id: 'clock-word',
    examples: [{ sentence: 'The statement was released at noon.', text: 'noon', value: '2025-08-14T12:00' }],
    // "High Noon", "it is high noon for the reform": a showdown (the film), not a clock time.
    counterExamples: [{ sentence: 'For the reformers, high noon comes today.', text: 'noon' }],
    type: 'TIME',
    pattern: re('(?<!\\bhigh\\s)\\b(noon|midday|midnight)\\b'),
    value: (m, ctx) => dctOr(ctx, (d) => `${fmtDay(d)}T${clockWordTime(m[1])}`, 'XXXX-XX-XXT12:00'),
  },
];

/** Every rule, most specific first (a longer match wins; on equal length, the earlier rule). */
export const RULES: readonly Rule[] = [
  ...RELATIVE_RULES,
  ...CALENDAR_RULES,
  ...DURATION_RULES,
  ...SET_RULES,
  ...REFERENCE_RULES,
];
