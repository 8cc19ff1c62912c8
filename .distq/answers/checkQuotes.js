"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MIN_CHECKED_WORDS = void 0;
exports.draftQuotations = draftQuotations;
exports.checkQuotation = checkQuotation;
exports.createCheckQuotes = createCheckQuotes;
/**
 * `checkquotes`: every quotation in a draft, checked against the archive with who-said's matching. For each: the
 * verdict (exact, close with the differing words, differs with the words that change the meaning, or not found),
 * whether the speaker the draft names is the archive's, and the first article that printed the words.
 */
const parseArticle_1 = require("../corpus/parseArticle");
const extractQuotes_1 = require("../quotes/extractQuotes");
/** Quotations shorter than this many words are labels or scare quotes, not quotes to check. */
exports.MIN_CHECKED_WORDS = 3;
const DRAFT_FRONT = '---\ntitle: null\n---\n\n';
const MARKS = /^[\s"“”'‘’«»„‟]+|[\s"“”'‘’«»„‟,.;:]+$/g;
const wordCount = (s) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const surname = (name) => (name.split(/\s+/).pop() ?? name).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
/** The quotations in a draft, each with the speaker the draft names (people only; descriptions are not names). */
function draftQuotations(draft) {
    // Front matter of its own, so that the draft's first line is read as text, not as its headline.
    const { article } = (0, parseArticle_1.parseArticle)({ id: 'draft', file: 'draft.txt', text: `${DRAFT_FRONT}${draft}` });
    const out = [];
    for (const q of (0, extractQuotes_1.extractQuotes)(article)) {
        for (const piece of q.quoted) {
            const text = article.text.slice(piece.start, piece.end).replace(MARKS, '');
            if (wordCount(text) >= exports.MIN_CHECKED_WORDS)
                out.push({ text, speaker: q.named ? q.speaker : null });
        }
    }
    return out;
}
function earliest(citations) {
    const dated = citations.filter((c) => c.published !== null);
    const sorted = [...dated].sort((a, b) => a.published.localeCompare(b.published));
    return sorted[0] ?? citations[0] ?? null;
}
function verdictOf(answer) {
    const match = answer?.match ?? answer?.attributions[0]?.match;
    if (!match)
        return { verdict: 'not-found', differences: [] };
    return { verdict: match.kind, differences: match.differences };
}
/** Checks one quotation with who-said. */
function checkQuotation(whosaid, quotation) {
    const result = whosaid(quotation.text);
    const answer = result.ok ? result.answer : null;
    const { verdict, differences } = verdictOf(answer);
    const citations = verdict === 'not-found' ? [] : (answer?.attributions ?? []).map((a) => a.citation);
    const speaker = verdict === 'not-found' ? null : (answer?.speaker ?? null);
    const both = quotation.speaker !== null && speaker !== null;
    return {
        text: quotation.text,
        verdict,
        differences,
        draftSpeaker: quotation.speaker,
        speaker,
        speakerMatches: both ? surname(quotation.speaker) === surname(speaker) : null,
        firstPrinted: earliest(citations),
        citations,
    };
}
function createCheckQuotes(deps) {
    return (draft) => ({
        quotes: draftQuotations(draft).map((q) => checkQuotation(deps.whosaid, q)),
    });
}
//# sourceMappingURL=checkQuotes.js.map