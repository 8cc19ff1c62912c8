"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.extractDates = extractDates;
exports.referenceDay = referenceDay;
/**
 * Every time expression in an article, with its TimeML type and TIMEX3 value resolved against the reference
 * date. Explicit calendar dates and clock times are read with chrono-node; the news-prose rules in rules.ts do
 * the rest. Overlapping matches keep the longest. Values are resolved in reading order so that "a week earlier"
 * can anchor on the date mentioned just before it.
 */
const chrono = __importStar(require("chrono-node"));
const calendar_1 = require("./calendar");
const resolve_1 = require("./resolve");
const rules_1 = require("./rules");
const tense_1 = require("./tense");
/** chrono reads "10.5 a share" as a time: only real clock times and full numeric dates are taken from it. */
const CLOCK = /\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)/i;
const FULL_NUMERIC_DATE = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/;
/** A stand-in reference for chrono when the article has none: its guesses are never used as values. */
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1));
/** How far (in characters) a named quarter still frames "a year ago": about two sentences of a results report. */
const QUARTER_REACH = 400;
function chronoValue(result, ctx) {
    const c = result.start;
    const known = (k) => c.isCertain(k);
    const hour = known('hour') ? `T${(0, calendar_1.pad)(c.get('hour') ?? 0)}:${(0, calendar_1.pad)(c.get('minute') ?? 0)}` : '';
    let date = null;
    if (known('year') && known('month') && known('day')) {
        date = (0, calendar_1.fmtDay)({ y: c.get('year') ?? 0, m: c.get('month') ?? 1, d: c.get('day') ?? 1 });
    }
    else if (known('month') && known('day')) {
        date = (0, resolve_1.monthDayValue)(c.get('month') ?? 1, c.get('day') ?? 1, ctx);
    }
    else if (known('year') && known('month')) {
        return { type: 'DATE', value: (0, calendar_1.fmtMonth)(c.get('year') ?? 0, c.get('month') ?? 1) };
    }
    else if (known('weekday')) {
        date = (0, resolve_1.weekdayValue)(c.get('weekday') ?? 0, ctx, null);
    }
    else if (hour) {
        date = ctx.dct ? (0, calendar_1.fmtDay)(ctx.dct) : 'XXXX-XX-XX';
    }
    if (date === null)
        return { type: 'DATE', value: null };
    return { type: hour ? 'TIME' : 'DATE', value: `${date}${hour}` };
}
/** chrono's reading of explicit dates and times: a month with a day or a year, or a clock time. */
function chronoCandidates(text, span, ref) {
    const sentence = text.slice(span.start, span.end);
    // chrono is slow, and only its clock times and numeric dates are used: most sentences have neither.
    if (!CLOCK.test(sentence) && !FULL_NUMERIC_DATE.test(sentence))
        return [];
    const instant = ref ? new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)) : NO_REFERENCE;
    return chrono
        .parse(sentence, { instant, timezone: 0 })
        .filter((r) => CLOCK.test(r.text) || FULL_NUMERIC_DATE.test(r.text))
        .map((r) => {
        const start = span.start + r.index + (r.text.length - r.text.replace(/^(?:on|at|in|by|since)\s+/i, '').length);
        const end = span.start + r.index + r.text.replace(/[\s,.;:]+$/, '').length;
        return {
            start,
            end,
            priority: -1,
            sentence: span,
            anchored: false,
            resolve: (ctx) => chronoValue(r, ctx),
        };
    });
}
function ruleCandidates(text, span) {
    const slice = text.slice(span.start, span.end);
    const out = [];
    rules_1.RULES.forEach((rule, priority) => {
        rule.pattern.lastIndex = 0;
        for (let m = rule.pattern.exec(slice); m !== null; m = rule.pattern.exec(slice)) {
            const match = m;
            if (match[0] === '') {
                rule.pattern.lastIndex++;
                continue;
            }
            out.push({
                start: span.start + match.index,
                end: span.start + match.index + match[0].length,
                priority,
                sentence: span,
                anchored: rule.anchored === true,
                resolve: (ctx) => ({ type: rule.typeOf?.(match) ?? rule.type, value: rule.value(match, ctx) }),
            });
        }
    });
    return out;
}
/** Keeps the longest of overlapping candidates (on a tie, chrono's, then the earlier rule's). */
function withoutOverlaps(candidates) {
    const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority);
    const kept = [];
    for (const c of sorted) {
        if (!kept.some((k) => c.start < k.end && k.start < c.end))
            kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
}
/** "four flights a week", "$5 a day": a rate, not a time expression. */
function isRate(text, c) {
    if (!/^an?\s+(?:day|week|month|year|hour)$/i.test(text.slice(c.start, c.end)))
        return false;
    return /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million)\b)[^.;]{0,30}$/i.test(text.slice(Math.max(0, c.start - 40), c.start));
}
/** A quarter of the past year: the one a results report is about (not the year-ago one it compares with). */
function isReportedQuarter(value, reference) {
    const m = /^(\d{4})-Q([1-4])$/.exec(value);
    if (!m || !reference)
        return false;
    const back = reference.y * 4 + (0, calendar_1.quarterOf)(reference.m) - (Number(m[1]) * 4 + Number(m[2]));
    return back >= 0 && back < 4;
}
/** The spans to read: paragraphs and headings (page furniture stays out), split into sentences. */
function sentencesOf(article) {
    const spans = [...article.headings];
    for (const p of article.paragraphs)
        spans.push(...p.sentences);
    return spans.sort((a, b) => a.start - b.start);
}
function extractDates(article, reference) {
    const { text } = article;
    const candidates = [];
    for (const sentence of sentencesOf(article)) {
        candidates.push(...chronoCandidates(text, sentence, reference), ...ruleCandidates(text, sentence));
    }
    const out = [];
    let anchor = null;
    let quarter = null;
    for (const c of withoutOverlaps(candidates).filter((c) => !isRate(text, c))) {
        const sentence = text.slice(c.sentence.start, c.sentence.end);
        const tense = (0, tense_1.tenseNear)(sentence, c.start - c.sentence.start, c.end - c.sentence.start);
        const nearQuarter = quarter && c.start - quarter.end <= QUARTER_REACH ? quarter.value : null;
        const { type, value } = c.resolve({ dct: reference, tense, anchor, quarter: nearQuarter });
        if (value === null)
            continue;
        const found = { start: c.start, end: c.end, text: text.slice(c.start, c.end), type, value };
        out.push(found);
        if (type === 'DATE' && /^\d{4}/.test(value) && !c.anchored)
            anchor = value;
        if (isReportedQuarter(value, reference) && !c.anchored)
            quarter = found;
    }
    return out;
}
/** The reference date for an article: --published, else its own publication date, else none. */
function referenceDay(published) {
    const m = published ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(published) : null;
    return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}
//# sourceMappingURL=extractDates.js.map