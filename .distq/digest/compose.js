"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.composeDigest = composeDigest;
/**
 * The digest of a window: the articles published in it (an undated article counts from when it was first
 * indexed), grouped into stories — rewrites, syndicated copies and coverage of the same event fall together when
 * they print the same quoted words or mostly the same words — each with a headline, its verbatim lead sentence,
 * the articles that carried it and up to three key quotes; and who was quoted most.
 */
const citation_1 = require("../answers/citation");
const quoteMatch_1 = require("../answers/quoteMatch");
const terms_1 = require("../search/terms");
const SHINGLE = 5;
const SAME_STORY_OVERLAP = 0.3;
const KEY_QUOTES = 3;
const MIN_KEY_QUOTE_WORDS = 6;
const MOST_QUOTED = 5;
const dayOf = (a, window) => a.published ?? window.firstIndexed.get(a.id) ?? null;
/** Five-word runs of an article's quoted words: two articles sharing one print the same quote. */
function quoteShingles(quotes) {
    const out = new Set();
    for (const q of quotes) {
        const words = (0, quoteMatch_1.matchWords)(q.text);
        for (let i = 0; i + SHINGLE <= words.length; i++)
            out.add(words.slice(i, i + SHINGLE).join(' '));
    }
    return out;
}
/** Groups article indexes into stories with a union-find over "same story" links. */
function groupStories(articles, archive) {
    const parent = articles.map((_, i) => i);
    const find = (i) => {
        const p = parent[i];
        if (p === i)
            return i;
        const root = find(p);
        parent[i] = root;
        return root;
    };
    const shingles = articles.map((a) => quoteShingles(archive.quotes.forArticle(a.id)));
    const terms = articles.map((a) => (0, terms_1.termSet)(a.paragraphs.map((p) => a.text.slice(p.start, p.end)).join(' ')));
    for (let i = 0; i < articles.length; i++) {
        for (let j = i + 1; j < articles.length; j++) {
            const sharesQuote = [...shingles[i]].some((s) => shingles[j]?.has(s));
            if (sharesQuote || (0, terms_1.termOverlap)(terms[i], terms[j]) >= SAME_STORY_OVERLAP)
                parent[find(j)] = find(i);
        }
    }
    const groups = new Map();
    for (let i = 0; i < articles.length; i++)
        groups.set(find(i), [...(groups.get(find(i)) ?? []), i]);
    return [...groups.values()];
}
function leadOf(article) {
    const first = article.paragraphs[0];
    const sentence = first?.sentences[0];
    if (!first || !sentence)
        return null;
    return {
        citation: (0, citation_1.citationFor)(article, first.n, sentence),
        sentence: article.text.slice(sentence.start, sentence.end),
    };
}
/** Direct quotes ("“…”") from the story's most-quoted named people first, one per speaker. */
function keyQuotes(articles, archive) {
    const candidates = articles.flatMap((a) => archive.quotes.forArticle(a.id).map((q) => ({ a, q })));
    const outlets = new Set(articles.map((a) => a.outlet?.toLowerCase()));
    const frequency = new Map();
    for (const { q } of candidates)
        if (q.speaker)
            frequency.set(q.speaker, (frequency.get(q.speaker) ?? 0) + 1);
    const direct = (q) => /^["“«'']/.test(q.text);
    const score = (q) => (direct(q) ? 4 : 0) + (q.named ? 2 : 0) + (frequency.get(q.speaker ?? '') ?? 0);
    candidates.sort((x, y) => score(y.q) - score(x.q) || y.q.text.length - x.q.text.length);
    const quotes = [];
    const speakers = new Set();
    for (const { a, q } of candidates) {
        if (!q.speaker || speakers.has(q.speaker) || outlets.has(q.speaker.toLowerCase()))
            continue;
        if (q.text.split(/\s+/).length < MIN_KEY_QUOTE_WORDS)
            continue;
        speakers.add(q.speaker);
        quotes.push({ speaker: q.speaker, quote: q.text, citation: (0, citation_1.citationFor)(a, q.paragraph, q) });
        if (quotes.length === KEY_QUOTES)
            break;
    }
    return quotes;
}
function storyOf(articles, archive) {
    const ordered = [...articles].sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999'));
    const main = ordered.find((a) => a.title) ?? ordered[0];
    const lead = leadOf(main);
    return {
        headline: main.title ?? lead?.sentence ?? main.id,
        summary: lead?.sentence ?? '',
        articles: ordered.map((a) => leadOf(a)?.citation).filter((c) => c !== undefined),
        quotes: keyQuotes(ordered, archive),
    };
}
function mostQuoted(articles, archive) {
    const counts = new Map();
    for (const a of articles) {
        for (const q of archive.quotes.forArticle(a.id))
            if (q.speaker && q.named)
                counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
    }
    return [...counts.entries()]
        .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
        .slice(0, MOST_QUOTED)
        .map(([speaker, count]) => ({ speaker, count }));
}
function composeDigest(archive, window) {
    const articles = archive
        .articleMetas()
        .filter((meta) => {
        const day = dayOf(meta, window);
        return day !== null && day >= window.since && day <= window.until;
    })
        .map((meta) => archive.article(meta.id))
        .filter((a) => a !== undefined);
    const stories = groupStories(articles, archive)
        .map((group) => storyOf(group.map((i) => articles[i]), archive))
        .sort((a, b) => b.articles.length - a.articles.length || a.headline.localeCompare(b.headline));
    return { since: window.since, until: window.until, stories, mostQuoted: mostQuoted(articles, archive) };
}
//# sourceMappingURL=compose.js.map