"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.answerFactoid = answerFactoid;
const terms_1 = require("../search/terms");
const citation_1 = require("./citation");
const QUESTION_WORDS = new Set(['much', 'mani', 'long', 'old', 'big', 'larg', 'whose', 'kind', 'sort']);
const NUMBER_WORD = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundred|hundreds|thousand|thousands';
const FIGURES = {
    amount: /\$\s?\d[\d,.]*(?:\s+(?:million|billion|trillion|thousand))?|\b\d[\d,.]*\s+(?:million|billion|dollars|euros|pesos|percent)\b|\b\d+(?:\.\d+)?%/gi,
    number: new RegExp(`(?<![\\d,.$])\\b(?:\\d[\\d,]*(?:\\.\\d+)?|${NUMBER_WORD})\\b(?!%)`, 'gi'),
    place: /\b(?:in|at|from|to|near)\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)/gu,
};
const SUPPORTING = 2;
function figures(text, span, wants) {
    if (wants === 'thing')
        return [];
    const re = FIGURES[wants];
    re.lastIndex = 0;
    const slice = text.slice(span.start, span.end);
    const out = [];
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
        const value = m[1] ?? m[0];
        const start = span.start + m.index + m[0].indexOf(value);
        if (wants === 'number' && /^(?:19|20)\d\d$/.test(value))
            continue;
        out.push({ start, end: start + value.length, text: value });
    }
    return out;
}
/**
 * For "what"/"which": the words between the question's words, next to the thing asked about ("What industries
 * does CJNG extort?" → "extorting *the tortilla, avocado, lime, and chicken* industries").
 */
function between(text, span, keywords, focus) {
    const words = [...text.slice(span.start, span.end).matchAll(/[\p{L}\p{N}'’-]+/gu)];
    const hits = words.map((w, i) => (keywords.has((0, terms_1.processTerm)(w[0]) ?? '') ? i : -1)).filter((i) => i >= 0);
    const pairs = hits.slice(1).map((b, k) => [hits[k], b]);
    const touchesFocus = ([a, b]) => [a, b].some((i) => (0, terms_1.processTerm)(words[i]?.[0] ?? '') === focus);
    pairs.sort((x, y) => Number(touchesFocus(y)) - Number(touchesFocus(x)));
    for (const [a, b] of pairs) {
        if (b - a > 2 && b - a <= 12) {
            const first = words[a + 1];
            const last = words[b - 1];
            const start = span.start + (first.index ?? 0);
            const end = span.start + (last.index ?? 0) + last[0].length;
            return [{ start, end, text: text.slice(start, end) }];
        }
    }
    return [];
}
/** The paragraph must carry every word of a short question, and three in four of a longer one. */
const enoughOf = (found, wanted) => found >= (wanted <= 3 ? wanted : Math.ceil(wanted * 0.75));
function scoreSentence(article, paragraph, span, asked) {
    const { keywords, wants } = asked;
    const sentence = article.text.slice(span.start, span.end);
    const inSentence = [...(0, terms_1.termSet)(sentence)].filter((t) => keywords.has(t)).length;
    const p = article.paragraphs.find((x) => x.n === paragraph);
    const inParagraph = p
        ? [...(0, terms_1.termSet)(article.text.slice(p.start, p.end))].filter((t) => keywords.has(t)).length
        : 0;
    const highlights = wants === 'thing'
        ? between(article.text, span, keywords, asked.focus)
        : figures(article.text, span, wants);
    if (inSentence === 0 || (wants !== 'thing' && highlights.length === 0))
        return null;
    if (!enoughOf(inParagraph, keywords.size))
        return null;
    const score = inSentence + 0.5 * inParagraph + (highlights.length ? 1 : 0);
    const citation = (0, citation_1.citationFor)(article, paragraph, span);
    return {
        sentence,
        highlights: highlights.map((h) => ({ ...h, start: h.start - span.start, end: h.end - span.start })),
        citation,
        score,
        articleId: article.id,
    };
}
function answerFactoid(archive, question, wants) {
    const keywords = new Set((0, terms_1.queryTerms)(question).filter((t) => !QUESTION_WORDS.has(t)));
    const focusWord = /^\s*(?:what|which)\s+([\p{L}'’-]+)/iu.exec(question)?.[1];
    const asked = { keywords, wants, focus: focusWord ? (0, terms_1.processTerm)(focusWord) : null };
    const scored = [];
    for (const hit of archive.passages.search([...keywords].join(' '), { limit: 20 })) {
        const p = hit.article.paragraphs.find((x) => x.n === hit.passage.paragraph);
        for (const s of p?.sentences ?? []) {
            if (s.start < hit.passage.start || s.end > hit.passage.end)
                continue;
            const candidate = scoreSentence(hit.article, hit.passage.paragraph, s, asked);
            if (candidate)
                scored.push(candidate);
        }
    }
    scored.sort((a, b) => b.score - a.score);
    const [best, ...rest] = scored;
    if (!best)
        return { question, found: false, answer: null, supporting: [] };
    const strip = ({ sentence, highlights, citation }) => ({
        sentence,
        highlights,
        citation,
    });
    const others = rest.filter((s, i, all) => s.articleId !== best.articleId && all.findIndex((x) => x.articleId === s.articleId) === i);
    return { question, found: true, answer: strip(best), supporting: others.slice(0, SUPPORTING).map(strip) };
}
//# sourceMappingURL=factoid.js.map