"use strict";
/** Calendar arithmetic on plain UTC dates, and TIMEX3 value formats. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.fmtQuarter = exports.quarterOf = exports.fmtWeek = exports.weekday = exports.fmtDay = exports.fmtMonth = exports.fmtYear = exports.pad = void 0;
exports.parseDay = parseDay;
exports.addDays = addDays;
exports.addMonths = addMonths;
exports.isoWeek = isoWeek;
exports.rangeOf = rangeOf;
exports.granularityOf = granularityOf;
/** A number zero-padded to `w` digits: 7 → "07". */
const pad = (n, w = 2) => String(Math.abs(n)).padStart(w, '0');
exports.pad = pad;
const fmtYear = (y) => (0, exports.pad)(y, 4);
exports.fmtYear = fmtYear;
const fmtMonth = (y, m) => `${(0, exports.fmtYear)(y)}-${(0, exports.pad)(m)}`;
exports.fmtMonth = fmtMonth;
const fmtDay = (day) => `${(0, exports.fmtMonth)(day.y, day.m)}-${(0, exports.pad)(day.d)}`;
exports.fmtDay = fmtDay;
function parseDay(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}
const toDate = (day) => new Date(Date.UTC(day.y, day.m - 1, day.d));
const fromDate = (date) => ({
    y: date.getUTCFullYear(),
    m: date.getUTCMonth() + 1,
    d: date.getUTCDate(),
});
function addDays(day, n) {
    const date = toDate(day);
    date.setUTCDate(date.getUTCDate() + n);
    return fromDate(date);
}
/** Month arithmetic: the year and month `n` months away. */
function addMonths(y, m, n) {
    const index = y * 12 + (m - 1) + n;
    return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}
/** 0 = Sunday … 6 = Saturday. */
const weekday = (day) => toDate(day).getUTCDay();
exports.weekday = weekday;
/** ISO 8601 week: { year, week } (weeks start on Monday; week 1 holds the year's first Thursday). */
function isoWeek(day) {
    const date = toDate(day);
    const dow = (date.getUTCDay() + 6) % 7;
    date.setUTCDate(date.getUTCDate() - dow + 3);
    const y = date.getUTCFullYear();
    const jan4 = new Date(Date.UTC(y, 0, 4));
    const w = 1 + Math.round(((date.getTime() - jan4.getTime()) / 86400000 - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7);
    return { y, w };
}
const fmtWeek = (day) => {
    const { y, w } = isoWeek(day);
    return `${(0, exports.fmtYear)(y)}-W${(0, exports.pad)(w)}`;
};
exports.fmtWeek = fmtWeek;
const quarterOf = (m) => Math.floor((m - 1) / 3) + 1;
exports.quarterOf = quarterOf;
const fmtQuarter = (y, q) => `${(0, exports.fmtYear)(y)}-Q${q}`;
exports.fmtQuarter = fmtQuarter;
/** The inclusive day range an ISO value prefix covers: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn, seasons. */
function rangeOf(value) {
    const day = /^(\d{4}-\d{2}-\d{2})/.exec(value);
    if (day?.[1])
        return { start: day[1], end: day[1] };
    const month = /^(\d{4})-(\d{2})$/.exec(value);
    if (month) {
        const y = Number(month[1]);
        const m = Number(month[2]);
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        return { start: `${(0, exports.fmtMonth)(y, m)}-01`, end: `${(0, exports.fmtMonth)(y, m)}-${(0, exports.pad)(last)}` };
    }
    const week = /^(\d{4})-W(\d{2})$/.exec(value);
    if (week)
        return weekRange(Number(week[1]), Number(week[2]));
    const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
    if (quarter) {
        const y = Number(quarter[1]);
        const q = Number(quarter[2]);
        const end = new Date(Date.UTC(y, q * 3, 0)).getUTCDate();
        return { start: `${(0, exports.fmtMonth)(y, q * 3 - 2)}-01`, end: `${(0, exports.fmtMonth)(y, q * 3)}-${(0, exports.pad)(end)}` };
    }
    const year = /^(\d{4})(?:-(?:SP|SU|FA|WI|H[12]))?$/.exec(value);
    if (year)
        return { start: `${year[1]}-01-01`, end: `${year[1]}-12-31` };
    return null;
}
function weekRange(y, w) {
    const jan4 = toDate({ y, m: 1, d: 4 });
    const monday = addDays(fromDate(jan4), -((jan4.getUTCDay() + 6) % 7) + 7 * (w - 1));
    return { start: (0, exports.fmtDay)(monday), end: (0, exports.fmtDay)(addDays(monday, 6)) };
}
/** The granularity of a value: year, month, week or day (null for durations, sets and references). */
function granularityOf(value) {
    if (/^\d{4}-\d{2}-\d{2}/.test(value))
        return 'day';
    if (/^\d{4}-W\d{2}$/.test(value))
        return 'week';
    if (/^\d{4}-\d{2}$/.test(value))
        return 'month';
    if (/^\d{4}(?:-(?:Q[1-4]|SP|SU|FA|WI|H[12]))?$/.test(value))
        return /Q/.test(value) ? 'month' : 'year';
    return null;
}
//# sourceMappingURL=calendar.js.map