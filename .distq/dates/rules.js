"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RULES = void 0;
exports.durationValue = durationValue;
/**
 * The time expressions news prose is full of, as rules: a pattern, a TimeML type and how to compute the value.
 * Explicit calendar dates and clock times come from chrono-node (see extractDates); these rules add what it
 * misses or mis-resolves: modifiers ("late last month"), bare years, seasons, quarters, durations ("another
 * 90 days"), "N weeks ago", "a year earlier" anchored to the date just mentioned, sets ("daily"), and the
 * reference words (now, recently, the future).
 */
const calendar_1 = require("./calendar");
const lexicon_1 = require("./lexicon");
const resolve_1 = require("./resolve");
const TENS = 'ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
/** "nineteen ninety-six" → 1996, "two thousand" → 2000 (a bare "nineteen" is not a year). */
function spelledYear(century, tens, ones) {
    const base = century.toLowerCase() === 'nineteen' ? 1900 : 2000;
    if (base === 1900 && !tens)
        return null;
    return String(base + ((0, lexicon_1.numberValue)(tens ?? '') ?? 0) + ((0, lexicon_1.numberValue)(ones ?? '') ?? 0));
}
/** Fixed-date holidays (month, day), and the ones a rule places (Thanksgiving: fourth Thursday of November). */
const HOLIDAYS = {
    christmas: (y) => ({ y, m: 12, d: 25 }),
    'christmas day': (y) => ({ y, m: 12, d: 25 }),
    'christmas eve': (y) => ({ y, m: 12, d: 24 }),
    "new year's day": (y) => ({ y, m: 1, d: 1 }),
    "new year's eve": (y) => ({ y, m: 12, d: 31 }),
    'independence day': (y) => ({ y, m: 7, d: 4 }),
    'veterans day': (y) => ({ y, m: 11, d: 11 }),
    thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
    'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
    'labor day': (y) => nthWeekday(y, 9, 1, 1),
    'election day': (y) => (0, calendar_1.addDays)(nthWeekday(y, 11, 1, 1), 1),
};
function nthWeekday(y, m, dow, n) {
    const first = (0, calendar_1.weekday)({ y, m, d: 1 });
    return { y, m, d: 1 + ((dow - first + 7) % 7) + 7 * (n - 1) };
}
function holidayValue(name, ctx, relation) {
    const place = HOLIDAYS[name];
    if (!place)
        return null;
    if (!ctx.dct)
        return `XXXX-${(0, calendar_1.fmtDay)(place(2000)).slice(5)}`;
    const y = ctx.dct.y;
    const thisYear = (0, calendar_1.fmtDay)(place(y));
    const passed = thisYear <= (0, calendar_1.fmtDay)(ctx.dct);
    if (relation === 'last')
        return (0, calendar_1.fmtDay)(place(passed ? y : y - 1));
    if (relation === 'next')
        return (0, calendar_1.fmtDay)(place(passed ? y + 1 : y));
    return ctx.tense === 'past' && !passed ? (0, calendar_1.fmtDay)(place(y - 1)) : thisYear;
}
const MOD = '(?:(?:early|mid|late|earlier|later|the end of|the beginning of|the start of|the middle of)[\\s-]+)?';
const REL = '(this|last|next|coming|past|previous)';
const unitOf = (word) => word.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
const relationOf = (word) => {
    const w = (word ?? '').toLowerCase();
    if (w === 'last' || w === 'past' || w === 'previous')
        return 'last';
    if (w === 'next' || w === 'coming')
        return 'next';
    return w === 'this' ? 'this' : null;
};
const dayPart = (word) => (word ? (lexicon_1.DAY_PARTS[word.toLowerCase()] ?? null) : null);
/** A duration value: "P90D", "PT4H", "P2Y6M", or "PXW" when the number is vague. */
function durationValue(numberText, unitText, half = false) {
    const unit = lexicon_1.UNITS[unitOf(unitText)] ?? { letter: 'X' };
    const n = numberText === undefined ? null : (0, lexicon_1.numberValue)(numberText);
    const t = unit.time ? 'T' : '';
    if (n === null)
        return `P${t}X${unit.letter}`;
    const amount = (unit.scale ?? 1) * n + (half ? 0.5 : 0);
    const whole = Math.floor(amount);
    if (amount !== whole && HALF_OF[unit.letter])
        return `P${t}${whole}${unit.letter}${HALF_OF[unit.letter]}`;
    return `P${t}${amount}${unit.letter}`;
}
/** How half a unit is written: "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M. */
const HALF_OF = { Y: '6M', H: '30M', D: 'T12H', M: '15D' };
const re = (source, flags = 'gi') => new RegExp(source, flags);
const dctOr = (ctx, f, fallback) => (ctx.dct ? f(ctx.dct) : fallback);
/** Noon and midday are 12:00; midnight ends the day, 24:00. */
const clockWordTime = (word) => (word ?? '').toLowerCase() === 'midnight' ? '24:00' : '12:00';
const dayWordShift = (word) => ({ today: 0, yesterday: -1, tomorrow: 1 })[(word ?? '').toLowerCase()] ?? 0;
/** What "today's" can qualify and still be the day itself. */
const DAY_EVENTS = 'editions?|issue|paper|meeting|session|vote|quiz|announcement|game|match|election|hearing|deadline|trading|talks|decision|ruling|report|deal';
/** "the March for Life", "the March of the Combatant Mothers", "the March on Washington": a name, not a month. */
const isEventName = (m) => /^March$/.test(m[2] ?? '') &&
    /^\s+(?:for|of|on)\s+(?:the\s+)?[A-Z]/.test(m.input.slice(m.index + m[0].length));
const RELATIVE_RULES = [
    {
        id: 'part-before-day-word',
        type: 'TIME',
        pattern: re('\\b(?:early\\s+|late\\s+|mid-?)?(morning|afternoon|evening|night)\\s+(yesterday|today|tomorrow)\\b'),
        value: (m, ctx) => {
            const shift = dayWordShift(m[2]);
            return dctOr(ctx, (d) => `${(0, calendar_1.fmtDay)((0, calendar_1.addDays)(d, shift))}T${dayPart(m[1])}`, 'XXXX-XX-XX');
        },
    },
    {
        id: 'day-word',
        type: 'DATE',
        // "yesterday's vote" is a day; "today's youth" is the present era, unless an event follows ("today's session").
        pattern: re(`\\b(today|yesterday|tomorrow)(?:\\s+(morning|afternoon|evening|night))?\\b(?!(?<=today)['’]s\\s+(?!(?:${DAY_EVENTS})\\b))`),
        value: (m, ctx) => {
            const shift = dayWordShift(m[1]);
            const part = dayPart(m[2]);
            const ref = shift < 0 ? 'PAST_REF' : shift > 0 ? 'FUTURE_REF' : 'PRESENT_REF';
            return dctOr(ctx, (d) => `${(0, calendar_1.fmtDay)((0, calendar_1.addDays)(d, shift))}${part ? `T${part}` : ''}`, ref);
        },
        typeOf: (m) => (m[2] ? 'TIME' : 'DATE'),
    },
    {
        id: 'tonight',
        type: 'TIME',
        pattern: re('\\b(?:tonight|(this|last)\\s+(morning|afternoon|evening|night))\\b'),
        value: (m, ctx) => {
            const part = dayPart(m[2]) ?? 'NI';
            const shift = m[1]?.toLowerCase() === 'last' ? -1 : 0;
            return dctOr(ctx, (d) => `${(0, calendar_1.fmtDay)((0, calendar_1.addDays)(d, shift))}T${part}`, 'PRESENT_REF');
        },
    },
    {
        id: 'relative-unit',
        type: 'DATE',
        pattern: re(`\\b${MOD}${REL}\\s+(year|month|week|quarter|weekend)\\b`),
        value: (m, ctx) => (0, resolve_1.relativeUnitValue)(unitOf(m[2] ?? ''), relationOf(m[1]) ?? 'this', ctx),
    },
    {
        id: 'relative-weekday',
        type: 'DATE',
        pattern: re(`\\b(?:(?:this\\s+)?(last|next|this|coming)\\s+)?(${lexicon_1.WEEKDAY_NAMES})(?:\\s+(morning|afternoon|evening|night))?\\b`, 'g'),
        value: (m, ctx) => {
            const day = (0, resolve_1.weekdayValue)(lexicon_1.WEEKDAYS[(m[2] ?? '').toLowerCase()] ?? 0, ctx, relationOf(m[1]));
            const part = dayPart(m[3]);
            return part && !day.startsWith('X') ? `${day}T${part}` : day;
        },
    },
    {
        id: 'relative-month',
        type: 'DATE',
        pattern: re(`\\b(?:(?:early|mid|late)[\\s-]+)?(?:(last|next|this)\\s+)?(${lexicon_1.MONTH_NAMES})\\b(?!\\s+\\d)`, 'g'),
        value: (m, ctx) => isEventName(m) ? null : (0, resolve_1.monthValue)(lexicon_1.MONTHS[(m[2] ?? '').toLowerCase()] ?? 1, ctx, relationOf(m[1])),
    },
    {
        id: 'season',
        type: 'DATE',
        pattern: re('\\b(?:(?:early|mid|late)[\\s-]+)?(?:(?:this\\s+)?(past|coming)\\s+|(this|last|next|the)\\s+)(?:(?:early|mid|late)[\\s-]+)?(spring|summer|fall|autumn|winter)\\b'),
        value: (m, ctx) => (0, resolve_1.seasonValue)(lexicon_1.SEASONS[(m[3] ?? '').toLowerCase()] ?? 'SU', ctx, relationOf(m[1] ?? m[2])),
    },
    {
        id: 'ago',
        type: 'DATE',
        pattern: re(`\\b(?:(?:about|nearly|almost|some|roughly|more than|less than|over|just|only)\\s+)?(${lexicon_1.NUMBER_WORDS})[\\s-]+(${lexicon_1.UNIT_WORDS})\\s+ago\\b`),
        value: (m, ctx) => {
            const n = (0, lexicon_1.numberValue)(m[1] ?? '');
            const unit = unitOf(m[2] ?? '');
            if (n === null)
                return 'PAST_REF';
            if (unit === 'year') {
                const q = (0, resolve_1.yearAgoQuarter)(ctx, n);
                if (q)
                    return q;
            }
            return (0, resolve_1.shiftedValue)(ctx.dct, unit, n, -1);
        },
        anchored: true,
    },
    {
        id: 'anchored',
        type: 'DATE',
        pattern: re(`\\b(?:(${lexicon_1.NUMBER_WORDS})[\\s-]+(${lexicon_1.UNIT_WORDS})\\s+(earlier|later)|the\\s+(day|week|month|year)\\s+(before|after)|the\\s+(previous|following|next)\\s+(day|week|month|year)|(year)-(earlier|ago))\\b`),
        value: (m, ctx) => anchoredValue(m, ctx),
        anchored: true,
    },
];
/** "a year earlier", "the day before", "two days later": from the date just mentioned, else the reference date. */
function anchoredValue(m, ctx) {
    const amount = m[1] !== undefined ? (0, lexicon_1.numberValue)(m[1]) : 1;
    const unit = unitOf(m[2] ?? m[4] ?? m[7] ?? m[8] ?? 'day');
    const word = (m[3] ?? m[5] ?? m[6] ?? m[9] ?? '').toLowerCase();
    const sign = /^(later|after|following|next)$/.test(word) ? 1 : -1;
    const nearQuarter = unit === 'year' && sign < 0 && amount !== null ? (0, resolve_1.yearAgoQuarter)(ctx, amount) : null;
    if (nearQuarter)
        return nearQuarter;
    if (unit === 'year' && sign > 0 && ctx.anchor && /-Q[1-4]$/.test(ctx.anchor) && amount !== null) {
        return (0, resolve_1.shiftByYears)(ctx.anchor, sign * amount);
    }
    if (unit === 'year' && m[6] && ctx.anchor && /^\d{4}/.test(ctx.anchor)) {
        return (0, calendar_1.fmtYear)(Number(ctx.anchor.slice(0, 4)) + sign); // "the following year"
    }
    const base = unit === 'year' ? ctx.dct : (anchorDay(ctx.anchor, unit) ?? ctx.dct);
    return (0, resolve_1.shiftedValue)(base, unit, amount, sign);
}
/** The day an anchor stands for: its own day, or for a shift by months its month ("March … the following month"). */
function anchorDay(anchor, unit) {
    if (!anchor)
        return null;
    const month = /^(\d{4})-(\d{2})$/.exec(anchor);
    if (month && unit === 'month')
        return { y: Number(month[1]), m: Number(month[2]), d: 1 };
    return (0, calendar_1.parseDay)(anchor.slice(0, 10));
}
const MONTH_ANY = `(${lexicon_1.MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?`;
const CALENDAR_RULES = [
    {
        id: 'month-day',
        type: 'DATE',
        pattern: re(`\\b(?:(?:${lexicon_1.WEEKDAY_NAMES}),?\\s+)?${MONTH_ANY}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+((?:1[6-9]|20)\\d\\d)\\b)?`, 'g'),
        value: (m, ctx) => {
            const month = lexicon_1.MONTHS[(m[1] ?? '').toLowerCase()] ?? 1;
            const day = Number(m[2]);
            if (day < 1 || day > 31)
                return null;
            return m[3] ? (0, calendar_1.fmtDay)({ y: Number(m[3]), m: month, d: day }) : (0, resolve_1.monthDayValue)(month, day, ctx);
        },
    },
    {
        id: 'month-year',
        type: 'DATE',
        pattern: re(`\\b(?:(?:early|mid|late)[\\s-]+)?${MONTH_ANY}(?:\\s+of)?,?\\s+((?:1[6-9]|20)\\d\\d)\\b`, 'g'),
        value: (m) => `${m[2]}-${(0, calendar_1.pad)(lexicon_1.MONTHS[(m[1] ?? '').toLowerCase()] ?? 1)}`,
    },
    {
        id: 'spelled-year',
        type: 'DATE',
        pattern: re(`\\b(?:the\\s+year\\s+)?(nineteen|two thousand)(?:[\\s-]+(${TENS})(?:[\\s-]+(${ONES}))?)?\\b`),
        value: (m) => spelledYear(m[1] ?? '', m[2], m[3]),
    },
    {
        id: 'holiday',
        type: 'DATE',
        pattern: re(`\\b(?:(last|next|this)\\s+)?(${Object.keys(HOLIDAYS).join('|')})\\b`),
        value: (m, ctx) => holidayValue((m[2] ?? '').toLowerCase(), ctx, relationOf(m[1])),
    },
    {
        id: 'year',
        type: 'DATE',
        pattern: re('(?<![$#\\d,.])\\b(?:(?:early|mid|late)[\\s-]+|(?:fiscal|calendar|the end of|the beginning of)\\s+)?((?:1[6-9]|20)\\d\\d)\\b(?!\\s*(?:%|percent|\\d|-\\d|,\\d{3}))', 'g'),
        value: (m) => m[1] ?? null,
    },
    {
        id: 'decade',
        type: 'DATE',
        pattern: re('\\b(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(1[6-9]\\d|20\\d)0s\\b'),
        value: (m) => m[1] ?? null, // TIMEX3 writes a decade as its first three digits: "the 1990s" is 199
    },
    {
        id: 'century',
        type: 'DATE',
        pattern: re('\\b(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?([1-9]|1\\d|2[01])(?:st|nd|rd|th)[\\s-]century\\b'),
        value: (m) => (0, calendar_1.pad)(Number(m[1]) - 1), // TIMEX3 writes a century as its first two digits: the 20th is 19
    },
    {
        id: 'quarter',
        type: 'DATE',
        pattern: re("\\b(?:the\\s+)?(?:(year-ago|year-earlier|next year's|last year's)\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]quarter(?:\\s+of\\s+((?:19|20)\\d\\d)|\\s+(a year (?:ago|earlier)))?\\b"),
        value: (m, ctx) => {
            const q = lexicon_1.ORDINAL_QUARTERS[(m[2] ?? '').toLowerCase()] ?? 1;
            if (m[3])
                return `${m[3]}-Q${q}`;
            const which = `${m[1] ?? ''} ${m[4] ?? ''}`.toLowerCase();
            const shift = /year-|ago|earlier|last/.test(which) ? -1 : /next/.test(which) ? 1 : 0;
            const named = (0, resolve_1.quarterValue)(q, ctx);
            return (shift !== 0 && (0, resolve_1.shiftByYears)(named, shift)) || named;
        },
    },
    {
        id: 'year-quarter',
        type: 'DATE',
        pattern: re('\\bthe\\s+((?:19|20)\\d\\d)\\s+(?:(first|second|third|fourth)\\s+)?(quarter|period)\\b'),
        value: (m, ctx) => {
            const q = lexicon_1.ORDINAL_QUARTERS[(m[2] ?? '').toLowerCase()];
            if (q)
                return `${m[1]}-Q${q}`;
            return (m[3] ?? '').toLowerCase() === 'quarter' || ctx.quarter
                ? (0, resolve_1.quarterOfYear)(m[1] ?? '', ctx)
                : (m[1] ?? null);
        },
    },
    {
        id: 'current-quarter',
        type: 'DATE',
        pattern: re('\\bthe\\s+(?:current|present)\\s+quarter\\b'),
        value: (_m, ctx) => (0, resolve_1.relativeUnitValue)('quarter', 'this', ctx),
    },
    {
        id: 'latest-quarter',
        type: 'DATE',
        pattern: re('\\bthe\\s+(?:comparable\\s+|corresponding\\s+)?(latest|recent|most recent|year-ago|year-earlier|same)?\\s*(quarter|period)(\\s+a\\s+year\\s+(?:ago|earlier))?\\b'),
        value: (m, ctx) => {
            const which = `${m[1] ?? ''}${m[3] ?? ''}`.toLowerCase();
            if ((m[2] ?? '').toLowerCase() === 'period' && !which)
                return null;
            if (!/year-(ago|earlier)|a\s+year/.test(which))
                return (0, resolve_1.latestQuarterValue)(ctx);
            return (0, resolve_1.yearAgoQuarter)(ctx, 1) ?? (0, resolve_1.latestQuarterValue)(ctx, 1);
        },
    },
    {
        id: 'half',
        type: 'DATE',
        pattern: re('\\b(?:the\\s+)?(first|second)\\s+half(?:\\s+of\\s+((?:19|20)\\d\\d))?\\b'),
        value: (m, ctx) => {
            const year = m[2] ?? (ctx.dct ? (0, calendar_1.fmtYear)(ctx.dct.y) : 'XXXX');
            return `${year}-H${(m[1] ?? '').toLowerCase() === 'first' ? 1 : 2}`;
        },
    },
    {
        // "the year ended March 31": a twelve-month period; a bare "the year" is this year (current-year, below).
        id: 'the-year',
        type: 'DURATION',
        pattern: re('\\bthe\\s+(?:fiscal\\s+|calendar\\s+)?year(?=\\s+(?:ended|ending|through|to)\\b)'),
        value: () => 'P1Y',
    },
    {
        id: 'current-year',
        type: 'DATE',
        pattern: re('\\bthe\\s+(?:current|present)\\s+(?:fiscal\\s+)?year\\b|\\bthe\\s+(?:fiscal\\s+|full\\s+)?year\\b(?!\\s+(?:before|after|earlier|later|ago|ended|ending|through|to|\\d))|\\b(?:earlier|later)\\s+in\\s+the\\s+year\\b'),
        value: (_m, ctx) => dctOr(ctx, (d) => (0, calendar_1.fmtYear)(d.y), 'PRESENT_REF'),
    },
    {
        id: 'year-end',
        type: 'DATE',
        pattern: re('\\b(?:year-end|the\\s+end\\s+of\\s+the\\s+year)\\b'),
        value: (_m, ctx) => dctOr(ctx, (d) => `${(0, calendar_1.fmtYear)(d.y)}-12-31`, 'XXXX-12-31'),
    },
    {
        id: 'month-of-year',
        type: 'DATE',
        pattern: re(`\\b(?:(?:early|mid|late)[\\s-]+)?(${lexicon_1.MONTH_NAMES})\\s+(last|this|next)\\s+year\\b`, 'g'),
        value: (m, ctx) => {
            const shift = { last: -1, this: 0, next: 1 }[(m[2] ?? 'this')] ?? 0;
            const month = (0, calendar_1.pad)(lexicon_1.MONTHS[(m[1] ?? '').toLowerCase()] ?? 1);
            return ctx.dct ? `${(0, calendar_1.fmtYear)(ctx.dct.y + shift)}-${month}` : `XXXX-${month}`;
        },
    },
    {
        id: 'the-week',
        type: 'DATE',
        pattern: re('\\bthe\\s+(week|month)\\b(?!\\s+(?:before|after|earlier|later|of|ago))'),
        value: (m, ctx) => (0, resolve_1.relativeUnitValue)((m[1] ?? 'week').toLowerCase(), 'this', ctx),
    },
    {
        id: 'that-day',
        type: 'DATE',
        pattern: re('\\b(?:(?:earlier|later)\\s+)?(?:that|the\\s+same)\\s+(day|morning|afternoon|evening|night|week|month|year)\\b'),
        value: (m, ctx) => {
            const anchor = ctx.anchor ?? (ctx.dct ? (0, calendar_1.fmtDay)(ctx.dct) : null);
            if (!anchor)
                return 'PAST_REF';
            const unit = (m[1] ?? 'day').toLowerCase();
            if (unit === 'year')
                return anchor.slice(0, 4);
            if (unit === 'month')
                return anchor.length >= 7 ? anchor.slice(0, 7) : anchor;
            return anchor;
        },
        anchored: true,
    },
    {
        id: 'weekend',
        type: 'DATE',
        pattern: re('\\bthe\\s+weekend\\b'),
        value: (_m, ctx) => dctOr(ctx, (d) => (0, resolve_1.relativeUnitValue)('weekend', (0, calendar_1.weekday)(d) >= 5 || (0, calendar_1.weekday)(d) === 0 ? 'this' : 'last', ctx), 'XXXX-WXX-WE'),
    },
];
const DURATION_RULES = [
    {
        id: 'duration',
        type: 'DURATION',
        pattern: re(`\\b(?:(?:the|another|an additional|more than|less than|nearly|almost|about|around|roughly|some|at least|up to|over|under|only|just|past|last|next|first|coming|previous|final|following)\\s+)*(?!a\\s+second\\b)(${lexicon_1.NUMBER_WORDS})(?:[\\s-]+and\\s+a\\s+half)?[\\s-]+(${lexicon_1.UNIT_WORDS})(?:[\\s-]+long)?\\b(?![\\s-]+old\\b)`),
        value: (m) => durationValue(m[1], m[2] ?? '', /and\s+a\s+half/i.test(m[0])),
    },
    {
        id: 'recent-units',
        type: 'DURATION',
        pattern: re('\\b(?:in\\s+)?recent\\s+(years|months|weeks|days|decades)\\b'),
        value: (m) => durationValue(undefined, m[1] ?? 'year'),
    },
    {
        id: 'vague-duration',
        type: 'DURATION',
        pattern: re('\\b(?:(?:for|in|over|within|after)\\s+(?:the\\s+)?(?:(?:past|last|next|coming)\\s+)?|(?:several|many|a few|the past few|the last few)\\s+)(years|months|weeks|days|decades|hours|minutes)\\b'),
        value: (m) => durationValue(undefined, m[1] ?? 'year'),
    },
];
const SET_RULES = [
    {
        id: 'set-adverb',
        type: 'SET',
        pattern: re('\\b(daily|weekly|monthly|annually|yearly|hourly|nightly)\\b'),
        value: (m) => ({
            daily: 'P1D',
            nightly: 'P1D',
            weekly: 'P1W',
            monthly: 'P1M',
            annually: 'P1Y',
            yearly: 'P1Y',
            hourly: 'PT1H',
            quarterly: 'P3M',
        })[(m[1] ?? '').toLowerCase()] ?? null,
    },
    {
        id: 'set-every',
        type: 'SET',
        pattern: re(`\\b(?:every|each)\\s+(day|week|month|year|hour|night|morning|${lexicon_1.WEEKDAY_NAMES}|${lexicon_1.MONTH_NAMES})\\b`),
        value: (m) => {
            const w = (m[1] ?? '').toLowerCase();
            if (lexicon_1.WEEKDAYS[w] !== undefined)
                return `XXXX-WXX-${lexicon_1.WEEKDAYS[w] === 0 ? 7 : lexicon_1.WEEKDAYS[w]}`;
            if (lexicon_1.MONTHS[w] !== undefined)
                return `XXXX-${(0, calendar_1.pad)(lexicon_1.MONTHS[w])}`;
            return durationValue('1', w === 'night' || w === 'morning' ? 'day' : w);
        },
    },
];
const REFERENCE_RULES = [
    {
        id: 'present',
        type: 'DATE',
        pattern: re("\\b(now|currently|current|presently|nowadays|these days|at present|at the moment)\\b(?![-'’])"),
        value: () => 'PRESENT_REF',
    },
    {
        id: 'past',
        type: 'DATE',
        pattern: re(`\\b(recently|lately|the past|in the past)\\b(?!\\s+(?:\\w+\\s+)?(?:${lexicon_1.UNIT_WORDS}))`),
        value: () => 'PAST_REF',
    },
    {
        id: 'future',
        type: 'DATE',
        pattern: re('\\b(?:the|in)\\s+(?:near\\s+|distant\\s+)?future\\b'),
        value: () => 'FUTURE_REF',
    },
    {
        // "10:35 a.m. (0735 GMT) Friday", "9 a.m. EST Tuesday": the clock time on that day.
        id: 'clock-time-weekday',
        type: 'TIME',
        pattern: re(`\\b(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.)\\s*(?:[A-Z]{2,4}\\s+)?(?:\\([^)]{1,24}\\)\\s*)?(?:on\\s+)?(${lexicon_1.WEEKDAY_NAMES})\\b`, 'g'),
        value: (m, ctx) => {
            const day = (0, resolve_1.weekdayValue)(lexicon_1.WEEKDAYS[(m[4] ?? '').toLowerCase()] ?? 0, ctx, null);
            const hour = (Number(m[1]) % 12) + (/^p/i.test(m[3] ?? '') ? 12 : 0);
            return `${day}T${(0, calendar_1.pad)(hour)}:${m[2] ?? '00'}`;
        },
    },
    {
        id: 'clock-word-weekday',
        type: 'TIME',
        pattern: re(`\\b(noon|midday|midnight)\\s+(?:(last|next|this)\\s+)?(${lexicon_1.WEEKDAY_NAMES})\\b`, 'g'),
        value: (m, ctx) => {
            const day = (0, resolve_1.weekdayValue)(lexicon_1.WEEKDAYS[(m[3] ?? '').toLowerCase()] ?? 0, ctx, relationOf(m[2]));
            return `${day}T${clockWordTime(m[1])}`;
        },
    },
    {
        id: 'clock-word',
        type: 'TIME',
        pattern: re('\\b(noon|midday|midnight)\\b'),
        value: (m, ctx) => dctOr(ctx, (d) => `${(0, calendar_1.fmtDay)(d)}T${clockWordTime(m[1])}`, 'XXXX-XX-XXT12:00'),
    },
];
/** Every rule, most specific first (a longer match wins; on equal length, the earlier rule). */
exports.RULES = [
    ...RELATIVE_RULES,
    ...CALENDAR_RULES,
    ...DURATION_RULES,
    ...SET_RULES,
    ...REFERENCE_RULES,
];
//# sourceMappingURL=rules.js.map