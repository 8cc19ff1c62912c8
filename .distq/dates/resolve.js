"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.weekdayValue = weekdayValue;
exports.monthValue = monthValue;
exports.monthDayValue = monthDayValue;
exports.relativeUnitValue = relativeUnitValue;
exports.shiftedValue = shiftedValue;
exports.shiftByYears = shiftByYears;
exports.quarterValue = quarterValue;
exports.yearAgoQuarter = yearAgoQuarter;
exports.quarterOfYear = quarterOfYear;
exports.latestQuarterValue = latestQuarterValue;
exports.seasonValue = seasonValue;
/**
 * Turning a recognised expression into a TIMEX3 value against the reference date (the publication date) and the
 * sentence's tense. Without a reference date nothing is invented: relative values stay underspecified
 * ("XXXX-WXX-5", "XXXX-12") or become PAST_REF / PRESENT_REF / FUTURE_REF.
 */
const calendar_1 = require("./calendar");
/** Which occurrence a bare month or weekday means: the last one, this one, or the next one. */
function direction(ctx) {
    if (ctx.tense === 'future')
        return 'forward';
    if (ctx.tense === 'past')
        return 'back';
    return 'nearest';
}
function weekdayValue(target, ctx, relation) {
    if (!ctx.dct)
        return `XXXX-WXX-${target === 0 ? 7 : target}`;
    const today = (0, calendar_1.weekday)(ctx.dct);
    const back = (today - target + 7) % 7;
    const forward = (target - today + 7) % 7;
    let shift;
    if (relation === 'last')
        shift = -(back === 0 ? 7 : back);
    else if (relation === 'next')
        shift = forward === 0 ? 7 : forward;
    else if (relation === 'this')
        shift = forward;
    else
        shift = direction(ctx) === 'forward' ? forward : -back;
    return (0, calendar_1.fmtDay)((0, calendar_1.addDays)(ctx.dct, shift));
}
/** A month without a year: its year follows from "last"/"next" or from the tense (past: the last such month). */
function monthValue(month, ctx, relation) {
    if (!ctx.dct)
        return `XXXX-${(0, calendar_1.pad)(month)}`;
    const { y, m } = ctx.dct;
    if (relation === 'last')
        return (0, calendar_1.fmtMonth)(month < m ? y : y - 1, month); // "last April": the latest April gone
    if (relation === 'next')
        return (0, calendar_1.fmtMonth)(month > m ? y : y + 1, month);
    if (relation === 'this' || month === m)
        return (0, calendar_1.fmtMonth)(y, month);
    const dir = direction(ctx);
    if (dir === 'back')
        return (0, calendar_1.fmtMonth)(month < m ? y : y - 1, month);
    if (dir === 'forward')
        return (0, calendar_1.fmtMonth)(month > m ? y : y + 1, month);
    const ahead = (month - m + 12) % 12;
    return (0, calendar_1.fmtMonth)(ahead <= 6 ? (month > m ? y : y + 1) : month < m ? y : y - 1, month);
}
/** A month and day without a year: the occurrence nearest the reference date, leaning with the tense. */
function monthDayValue(month, day, ctx) {
    const md = `${(0, calendar_1.pad)(month)}-${(0, calendar_1.pad)(day)}`;
    if (!ctx.dct)
        return `XXXX-${md}`;
    const { y } = ctx.dct;
    const candidates = [y - 1, y, y + 1].map((year) => ({
        year,
        days: daysBetween(ctx.dct, { y: year, m: month, d: day }),
    }));
    const dir = direction(ctx);
    // Nearest wins; the tense decides only between occurrences both far from the reference date.
    const near = candidates.filter((c) => Math.abs(c.days) <= FAR_DAYS);
    const leaning = candidates.filter((c) => dir === 'back' ? c.days <= 0 : dir === 'forward' ? c.days >= 0 : true);
    const pool = near.length ? near : leaning.length ? leaning : candidates;
    const best = pool.sort((a, b) => Math.abs(a.days) - Math.abs(b.days))[0];
    return `${(0, calendar_1.fmtYear)(best?.year ?? y)}-${md}`;
}
/** A month and day within this many days of the reference date is that occurrence, whatever the tense. */
const FAR_DAYS = 120;
function daysBetween(from, to) {
    return (Date.UTC(to.y, to.m - 1, to.d) - Date.UTC(from.y, from.m - 1, from.d)) / 86400000;
}
const SHIFT = { last: -1, this: 0, next: 1 };
/** "last year", "this month", "next week", "last quarter". */
function relativeUnitValue(unit, relation, ctx) {
    if (!ctx.dct)
        return relation === 'last' ? 'PAST_REF' : relation === 'next' ? 'FUTURE_REF' : 'PRESENT_REF';
    const n = SHIFT[relation];
    const { y, m } = ctx.dct;
    if (unit === 'year')
        return (0, calendar_1.fmtYear)(y + n);
    if (unit === 'month') {
        const t = (0, calendar_1.addMonths)(y, m, n);
        return (0, calendar_1.fmtMonth)(t.y, t.m);
    }
    // On a Sunday, American weeks have already turned: "last week" is the week that ended yesterday.
    if (unit === 'week')
        return (0, calendar_1.fmtWeek)((0, calendar_1.addDays)(ctx.dct, 7 * n + ((0, calendar_1.weekday)(ctx.dct) === 0 ? 1 : 0)));
    if (unit === 'weekend')
        return `${(0, calendar_1.fmtWeek)((0, calendar_1.addDays)(ctx.dct, relation === 'this' ? 0 : 7 * n))}-WE`;
    if (unit === 'quarter') {
        const t = (0, calendar_1.addMonths)(y, m, 3 * n);
        return (0, calendar_1.fmtQuarter)(t.y, (0, calendar_1.quarterOf)(t.m));
    }
    return (0, calendar_1.fmtYear)(y + n);
}
/** "three weeks ago" from the reference date, at the precision of the unit. */
function shiftedValue(base, unit, amount, sign) {
    if (!base)
        return sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
    if (amount === null)
        return sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
    const n = sign * amount;
    if (unit === 'day')
        return (0, calendar_1.fmtDay)((0, calendar_1.addDays)(base, Math.round(n)));
    if (unit === 'week')
        return (0, calendar_1.fmtWeek)((0, calendar_1.addDays)(base, Math.round(7 * n)));
    if (unit === 'month') {
        const t = (0, calendar_1.addMonths)(base.y, base.m, Math.round(n));
        return (0, calendar_1.fmtMonth)(t.y, t.m);
    }
    if (unit === 'quarter') {
        const t = (0, calendar_1.addMonths)(base.y, base.m, Math.round(3 * n));
        return (0, calendar_1.fmtQuarter)(t.y, (0, calendar_1.quarterOf)(t.m));
    }
    if (unit === 'decade')
        return (0, calendar_1.fmtYear)(base.y + Math.round(10 * n));
    if (unit === 'century')
        return (0, calendar_1.fmtYear)(base.y + Math.round(100 * n));
    return (0, calendar_1.fmtYear)(base.y + Math.round(n));
}
/** Shifts an already resolved value ("1989-Q3", "1998", "1998-08-07") by whole years, keeping its precision. */
function shiftByYears(value, years) {
    const m = /^(\d{4})(.*)$/.exec(value);
    if (!m?.[1])
        return null;
    const rest = m[2] ?? '';
    if (/^-W\d{2}/.test(rest))
        return null;
    return `${(0, calendar_1.fmtYear)(Number(m[1]) + years)}${rest}`;
}
/** The quarter a report most likely means by "the third quarter": the latest one that has begun. */
function quarterValue(q, ctx) {
    if (!ctx.dct)
        return `XXXX-Q${q}`;
    const current = (0, calendar_1.quarterOf)(ctx.dct.m);
    return (0, calendar_1.fmtQuarter)(q <= current ? ctx.dct.y : ctx.dct.y - 1, q);
}
/** In a results report, "a year ago" is the same quarter a year before: the quarter just named, shifted. */
function yearAgoQuarter(ctx, years) {
    return ctx.quarter ? shiftByYears(ctx.quarter, -years) : null;
}
/** "the 1988 quarter": that year's quarter of the one the report is about. */
function quarterOfYear(year, ctx) {
    const q = ctx.quarter?.slice(-1) ?? latestQuarterValue(ctx).slice(-1);
    return `${year}-Q${q}`;
}
/** "the quarter", "the latest quarter": the last quarter that has ended. */
function latestQuarterValue(ctx, yearsBack = 0) {
    if (!ctx.dct)
        return 'XXXX-QX';
    const t = (0, calendar_1.addMonths)(ctx.dct.y, ctx.dct.m, -3);
    return (0, calendar_1.fmtQuarter)(t.y - yearsBack, (0, calendar_1.quarterOf)(t.m));
}
/** The month each season ends in (winter: February of the next year). */
const SEASON_END = { SP: 5, SU: 8, FA: 11, WI: 14 };
/** "last fall" is the latest fall that has ended; "next spring" the next that has not begun. */
function seasonValue(code, ctx, relation) {
    if (!ctx.dct)
        return `XXXX-${code}`;
    const { y, m } = ctx.dct;
    const end = SEASON_END[code] ?? 12;
    const endedThisYear = end < m;
    if (relation === 'last')
        return `${(0, calendar_1.fmtYear)(endedThisYear ? y : y - 1)}-${code}`;
    if (relation === 'next')
        return `${(0, calendar_1.fmtYear)(end - 2 > m ? y : y + 1)}-${code}`;
    if (relation === null && ctx.tense === 'past' && !endedThisYear && end - 2 > m)
        return `${(0, calendar_1.fmtYear)(y - 1)}-${code}`;
    return `${(0, calendar_1.fmtYear)(y)}-${code}`;
}
//# sourceMappingURL=resolve.js.map