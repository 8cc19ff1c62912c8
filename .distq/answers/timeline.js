"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createTimeline = createTimeline;
const calendar_1 = require("../dates/calendar");
const terms_1 = require("../search/terms");
const citation_1 = require("./citation");
const query_1 = require("./query");
const SEARCH_LIMIT = 300;
/** An article with at least this many matching paragraphs is about the topic: its neighbouring paragraphs count. */
const ABOUT_THE_TOPIC = 3;
/** Two reports of one event share at least this share of their words. */
const SAME_EVENT_OVERLAP = 0.3;
const MAX_UNDATED = 5;
/** The paragraphs a timeline reads: those matching the topic, and their neighbours in articles about it. */
function relevantParagraphs(archive, topic) {
    const byArticle = new Map();
    for (const hit of archive.passages.search(topic, { limit: SEARCH_LIMIT })) {
        const set = byArticle.get(hit.article.id) ?? new Set();
        set.add(hit.passage.paragraph);
        byArticle.set(hit.article.id, set);
    }
    const places = [];
    for (const [id, paragraphs] of byArticle) {
        const article = archive.article(id);
        const wanted = new Set(paragraphs);
        if (paragraphs.size >= ABOUT_THE_TOPIC)
            for (const n of paragraphs)
                wanted.add(n - 1).add(n + 1);
        for (const n of [...wanted].sort((a, b) => a - b)) {
            if (article.paragraphs.some((p) => p.n === n))
                places.push({ article, paragraph: n, direct: paragraphs.has(n) });
        }
    }
    return places;
}
/** The first expression in a sentence that names a day, week, month, quarter or year. */
function dateIn(sentence, dates) {
    return dates.find((d) => d.start >= sentence.start &&
        d.end <= sentence.end &&
        d.type !== 'DURATION' &&
        d.type !== 'SET' &&
        (0, calendar_1.rangeOf)(d.value) !== null);
}
function eventFor(article, paragraph, sentence, date) {
    const range = (0, calendar_1.rangeOf)(date.value);
    const granularity = (0, calendar_1.granularityOf)(date.value) ?? 'year';
    const prefix = /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$/.exec(date.value.slice(0, 10))?.[0] ?? date.value.slice(0, 4);
    return {
        date: /Q|SP|SU|FA|WI|H/.test(date.value) ? date.value.slice(0, 4) : prefix,
        start: range.start,
        end: range.end,
        granularity,
        text: article.text.slice(sentence.start, sentence.end),
        citations: [(0, citation_1.citationFor)(article, paragraph, sentence)],
    };
}
/** Merges reports of one happening: overlapping dates and mostly the same words. */
function merge(events) {
    const merged = [];
    for (const event of events) {
        const terms = (0, terms_1.termSet)(event.text);
        const same = merged.find((m) => m.event.start <= event.end &&
            event.start <= m.event.end &&
            (0, terms_1.termOverlap)(m.terms, terms) >= SAME_EVENT_OVERLAP);
        if (!same)
            merged.push({ event, terms });
        else if (!same.event.citations.some((c) => c.articleId === event.citations[0]?.articleId)) {
            same.event.citations.push(...event.citations);
        }
    }
    return merged.map((m) => m.event);
}
function createTimeline(deps) {
    return (rawTopic) => {
        const topic = (0, query_1.normaliseQuery)(rawTopic);
        if (!topic.ok)
            return topic;
        const events = [];
        const undated = [];
        for (const { article, paragraph, direct } of relevantParagraphs(deps.archive, topic.text)) {
            const p = article.paragraphs.find((x) => x.n === paragraph);
            const dates = deps.archive.dates(article.id);
            for (const sentence of p?.sentences ?? []) {
                const date = dateIn(sentence, dates);
                if (date)
                    events.push(eventFor(article, paragraph, sentence, date));
                else if (direct && undated.length < MAX_UNDATED) {
                    undated.push({
                        text: article.text.slice(sentence.start, sentence.end),
                        citations: [(0, citation_1.citationFor)(article, paragraph, sentence)],
                    });
                }
            }
        }
        const sorted = merge(events).sort((a, b) => a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : 1);
        return { ok: true, answer: { topic: topic.text, events: sorted, undated } };
    };
}
//# sourceMappingURL=timeline.js.map