/** Words of time: months, weekdays, seasons, parts of the day, units and number words, as data. */

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Full month names only: the abbreviations ("may", "mar") are too often ordinary words on their own. */
export const MONTH_NAMES =
  'January|February|March|April|May|June|July|August|September|October|November|December';

export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
export const WEEKDAY_NAMES = 'Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday';

export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI',
};

/** Parts of the day and their TIMEX3 codes. */
export const DAY_PARTS: Readonly<Record<string, string>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  tonight: 'NI',
  overnight: 'NI',
};

/** Units and their TIMEX3 duration letters (T for the time units). */
export const UNITS: Readonly<Record<string, { letter: string; time?: boolean; scale?: number }>> = {
  second: { letter: 'S', time: true },
  minute: { letter: 'M', time: true },
  hour: { letter: 'H', time: true },
  day: { letter: 'D' },
  week: { letter: 'W' },
  fortnight: { letter: 'W', scale: 2 },
  month: { letter: 'M' },
  quarter: { letter: 'Q' },
  year: { letter: 'Y' },
  decade: { letter: 'Y', scale: 10 },
  century: { letter: 'Y', scale: 100 },
};

export const UNIT_WORDS =
  'seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies)';

const SMALL: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  couple: 2,
  'a couple of': 2,
  'couple of': 2,
  dozen: 12,
  'a dozen': 12,
  half: 0.5,
};

/** Number words a duration may use; "a few", "several", "some" are left unspecified (X). */
export const NUMBER_WORDS =
  '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine)\\b|\\d+\\s+1/2|\\d+(?:\\.\\d+)?|a couple of|couple of|a dozen|a few|few|a half|several|some|many|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|couple|dozen';

/** The value of a number word or phrase ("twenty four" → 24), null for vague ones ("several"). */
export function numberValue(raw: string): number | null {
  const text = raw.toLowerCase().replace(/-/g, ' ').trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  const half = /^(\d+)\s+1\/2$/.exec(text);
  if (half) return Number(half[1]) + 0.5;
  if (/^(?:a few|several|some|many|few)$/.test(text)) return null;
  const known = SMALL[text];
  if (known !== undefined) return known;
  const parts = text.split(/\s+/).map((w) => SMALL[w]);
  if (parts.length > 1 && parts.every((p) => p !== undefined)) {
    return (parts as number[]).reduce((sum, p) => (p === 100 ? (sum || 1) * 100 : sum + p), 0);
  }
  return null;
}

export const ORDINAL_QUARTERS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
  last: 4,
};
