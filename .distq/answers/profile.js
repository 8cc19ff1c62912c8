"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.answerProfile = answerProfile;
const extractQuotes_1 = require("../quotes/extractQuotes");
const peopleOf_1 = require("../quotes/peopleOf");
const citation_1 = require("./citation");
const MAX_ARTICLES = 20;
/** Roles are read from the best-matching articles only: reading who is who costs a pass over the article. */
const MAX_ROLE_ARTICLES = 5;
const fold = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const surname = (name) => fold(name.split(/\s+/).pop() ?? name);
function paragraphAt(article, offset) {
    return article.paragraphs.find((p) => offset >= p.start && offset < p.end);
}
/** The roles an article gives the person (titles and appositive noun phrases), each cited where it is given. */
function rolesIn(article, name) {
    const wanted = surname(name);
    const people = (0, peopleOf_1.peopleOf)(article, (0, extractQuotes_1.extractQuotes)(article));
    const person = people.find((p) => p.variants.some((v) => fold(v) === fold(name))) ??
        people.find((p) => surname(p.name) === wanted);
    if (!person)
        return [];
    return person.roles.flatMap((r) => {
        const paragraph = paragraphAt(article, r.start);
        return paragraph ? [{ role: r.text, citation: (0, citation_1.citationFor)(article, paragraph.n, paragraph) }] : [];
    });
}
function answerProfile(archive, name) {
    const wanted = surname(name);
    const profile = { name, found: false, roles: [], articles: [], quotes: [] };
    const seen = new Set();
    for (const hit of archive.passages.search(name, { limit: 100 })) {
        const article = hit.article;
        if (seen.has(article.id) || seen.size >= MAX_ARTICLES)
            continue;
        if (!new RegExp(`\\b${wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u').test(fold(article.text.slice(hit.passage.start, hit.passage.end))))
            continue;
        seen.add(article.id);
        profile.articles.push((0, citation_1.citationFor)(article, hit.passage.paragraph, hit.passage));
        const roles = seen.size <= MAX_ROLE_ARTICLES ? rolesIn(article, name) : [];
        for (const r of roles)
            if (!profile.roles.some((x) => fold(x.role) === fold(r.role)))
                profile.roles.push(r);
        for (const q of archive.quotes.forArticle(article.id)) {
            if (q.speaker && surname(q.speaker) === wanted) {
                profile.quotes.push({ quote: q.text, citation: (0, citation_1.citationFor)(article, q.paragraph, q) });
            }
        }
    }
    profile.found = profile.articles.length > 0;
    return profile;
}
//# sourceMappingURL=profile.js.map