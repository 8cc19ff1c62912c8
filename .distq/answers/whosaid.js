"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createWhoSaid = createWhoSaid;
const citation_1 = require("./citation");
const matchKind_1 = require("./matchKind");
const query_1 = require("./query");
const quoteMatch_1 = require("./quoteMatch");
const CANDIDATES = 200;
const SUGGESTIONS = 3;
/**
 * The quote's sentences, verbatim, from the one naming the speaker when it is in the same paragraph: what a
 * citation shows.
 */
function passageFor(article, quote) {
    const paragraph = article.paragraphs.find((p) => p.n === quote.paragraph);
    if (!paragraph)
        return quote;
    const mention = quote.mentionStart ?? quote.start;
    const from = mention >= paragraph.start && mention < quote.start ? mention : quote.start;
    const sentences = paragraph.sentences.filter((s) => s.end > from && s.start < quote.end);
    const first = sentences[0];
    const last = sentences[sentences.length - 1];
    return first && last ? { start: first.start, end: Math.max(last.end, quote.end) } : quote;
}
function attributionFor(article, m, query) {
    const { quote, score } = m;
    return {
        speaker: quote.speaker,
        mention: quote.mention,
        role: quote.role,
        quote: quote.text,
        score,
        match: (0, matchKind_1.matchKind)(query, m.text),
        named: quote.named,
        citation: (0, citation_1.citationFor)(article, quote.paragraph, passageFor(article, quote)),
    };
}
/** How well the query matches a quote: the whole reported clause, or any one quoted piece of it. */
function scoreQuote(archive, words, quote) {
    const text = archive.article(quote.articleId)?.text ?? '';
    const texts = [
        quote.text,
        ...(quote.quoted.length > 1 || quote.quoted[0]?.start !== quote.start
            ? quote.quoted.map((q) => text.slice(q.start, q.end))
            : []),
    ];
    let best = null;
    for (const candidate of texts) {
        const m = (0, quoteMatch_1.matchQuote)(words, (0, quoteMatch_1.matchWords)(candidate));
        if ((0, quoteMatch_1.isMatch)(m, words.length) && (0, quoteMatch_1.matchScore)(m) > (best?.score ?? -1))
            best = { score: (0, quoteMatch_1.matchScore)(m), text: candidate };
    }
    return best;
}
/** The best-matching quote in each article that carries the query. */
function bestPerArticle(archive, query) {
    const words = (0, quoteMatch_1.matchWords)(query);
    const best = new Map();
    for (const quote of archive.quotes.candidates(query, CANDIDATES)) {
        const scored = scoreQuote(archive, words, quote);
        if (scored === null)
            continue;
        const { score } = scored;
        const current = best.get(quote.articleId);
        const better = !current || score > current.score || (score === current.score && quote.named && !current.quote.named);
        if (better)
            best.set(quote.articleId, { quote, ...scored });
    }
    return [...best.values()].sort((a, b) => b.score - a.score);
}
/** Who a named speaker is, for telling whether two articles agree: a person by surname. */
const identity = (speaker) => (speaker.split(/\s+/).pop() ?? speaker).toLowerCase();
/** The same words: an exact or close match, not one whose words differ. */
const sameWords = (a) => a.match.kind !== 'differs';
/**
 * The answer's speaker: the named person most articles with the same words give it to (else the first unnamed
 * source); `conflict` only when two of those articles name two different people; unnamed sources beside a
 * named answer are listed apart, never a disagreement.
 */
function conclude(attributions) {
    const trusted = attributions.filter(sameWords);
    const pool = trusted.length > 0 ? trusted : attributions;
    const named = pool.filter((a) => a.named && a.speaker !== null);
    const counts = new Map();
    for (const a of named)
        counts.set(identity(a.speaker), (counts.get(identity(a.speaker)) ?? 0) + 1);
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const chosen = top
        ? named.filter((a) => identity(a.speaker) === top)
        : pool.filter((a) => a.speaker !== null).slice(0, 1);
    const speaker = chosen.map((a) => a.speaker).sort((a, b) => (b?.length ?? 0) - (a?.length ?? 0))[0] ?? null;
    const role = chosen.map((a) => a.role).find((r) => r !== null) ?? null;
    const conflict = new Set(trusted.filter((a) => a.named && a.speaker).map((a) => identity(a.speaker))).size > 1;
    const alsoUnnamed = top
        ? [...new Set(trusted.filter((a) => !a.named && a.speaker !== null).map((a) => a.speaker))]
        : [];
    return { speaker, role, conflict, match: chosen[0]?.match ?? pool[0]?.match ?? null, alsoUnnamed };
}
function createWhoSaid(deps) {
    return (rawQuery) => {
        const query = (0, query_1.normaliseQuery)(rawQuery.replace(/^["“”'‘’«»\s]+|["“”'‘’«»\s]+$/g, ''));
        if (!query.ok)
            return query;
        const matches = bestPerArticle(deps.archive, query.text);
        const attributions = matches.map((m) => attributionFor(deps.archive.article(m.quote.articleId), m, query.text));
        const found = attributions.some((a) => a.speaker !== null);
        const conclusion = found
            ? conclude(attributions)
            : { speaker: null, role: null, conflict: false, match: null, alsoUnnamed: [] };
        // The answer's own speaker first, then the others, each group best match first.
        attributions.sort((a, b) => Number(b.speaker === conclusion.speaker) - Number(a.speaker === conclusion.speaker));
        const suggestions = found ? [] : deps.suggest(query.text, SUGGESTIONS);
        return { ok: true, answer: { query: query.text, found, ...conclusion, attributions, suggestions } };
    };
}
//# sourceMappingURL=whosaid.js.map