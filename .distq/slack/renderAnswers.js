"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.citationLine = citationLine;
exports.whoSaidMessage = whoSaidMessage;
exports.searchMessage = searchMessage;
exports.timelineMessage = timelineMessage;
exports.askMessage = askMessage;
exports.plainMessage = plainMessage;
exports.digestMessage = digestMessage;
const messages_1 = require("../messages");
const blocks_1 = require("./blocks");
const mrkdwn_1 = require("./mrkdwn");
/** "Rolling Stone · 2025-08-14 · paragraph 13", the outlet linked to the article when it has a URL. */
function citationLine(c, extra) {
    const outlet = (0, mrkdwn_1.link)(c.url, c.outlet ?? c.title ?? c.articleId);
    const parts = [outlet, c.published ?? 'undated', `paragraph ${c.paragraph}`];
    if (c.title && c.outlet)
        parts.push(`_${(0, mrkdwn_1.escapeMrkdwn)(c.title)}_`);
    if (extra)
        parts.push((0, mrkdwn_1.escapeMrkdwn)(extra));
    return parts.join(' · ');
}
const cited = (passage, c, extra) => [
    (0, blocks_1.section)((0, mrkdwn_1.quoteLines)(passage)),
    (0, blocks_1.context)(citationLine(c, extra)),
];
const hitItems = (hits) => hits.map((h) => cited(h.citation.passage, h.citation));
const plain = (text) => (0, mrkdwn_1.truncate)((0, mrkdwn_1.escapeMrkdwn)(text.replace(/\s+/g, ' ').trim()), blocks_1.MAX_FALLBACK_CHARS);
function whoSaidMessage(a, tail = []) {
    if (!a.found) {
        const head = [(0, blocks_1.section)((0, mrkdwn_1.escapeMrkdwn)(messages_1.SLACK.notFoundQuote(a.query)))];
        const items = hitItems(a.suggestions);
        if (items.length)
            head.push((0, blocks_1.context)(messages_1.SLACK.closest));
        return { text: plain(messages_1.SLACK.notFoundQuote(a.query)), blocks: (0, blocks_1.fitBlocks)(head, items, tail) };
    }
    const speaker = (0, mrkdwn_1.escapeMrkdwn)(a.speaker ?? '');
    const role = a.role ? (0, mrkdwn_1.escapeMrkdwn)(a.role) : null;
    const words = (a.match?.differences ?? []).map((w) => `‘${(0, mrkdwn_1.escapeMrkdwn)(w)}’`).join(', ');
    const head = [];
    if (a.match?.kind === 'differs')
        head.push((0, blocks_1.section)(messages_1.SLACK.wordsDiffer(words)));
    if (a.match?.kind === 'close')
        head.push((0, blocks_1.context)(messages_1.SLACK.wordsClose(words)));
    head.push((0, blocks_1.section)(messages_1.SLACK.said(speaker, role)), (0, blocks_1.section)((0, mrkdwn_1.quoteLines)(a.attributions[0]?.quote ?? '')));
    if (a.alsoUnnamed.length)
        head.push((0, blocks_1.context)(messages_1.SLACK.alsoUnnamed(a.alsoUnnamed.map(mrkdwn_1.escapeMrkdwn).join('; '))));
    if (a.conflict) {
        const parts = a.attributions
            .filter((x) => x.speaker)
            .map((x) => `${(0, mrkdwn_1.escapeMrkdwn)(x.citation.outlet ?? x.citation.articleId)} gives it to *${(0, mrkdwn_1.escapeMrkdwn)(x.speaker ?? '')}*`);
        head.push((0, blocks_1.section)(messages_1.SLACK.conflict(parts.join('; '))));
    }
    const items = a.attributions.map((x) => cited(x.citation.passage, x.citation, x.mention && x.mention !== x.speaker ? messages_1.SLACK.as(x.mention) : undefined));
    const differ = a.match?.kind === 'differs' ? `${messages_1.SLACK.wordsDiffer(words)} ` : '';
    const text = `${differ}${a.speaker}${a.role ? `, ${a.role},` : ''} said: ${a.attributions[0]?.quote ?? ''}`;
    return { text: plain(text), blocks: (0, blocks_1.fitBlocks)(head, items, tail) };
}
function searchMessage(a, tail = []) {
    if (a.hits.length === 0)
        return {
            text: plain(messages_1.SLACK.noHits(a.query)),
            blocks: [(0, blocks_1.section)((0, mrkdwn_1.escapeMrkdwn)(messages_1.SLACK.noHits(a.query))), ...tail],
        };
    const heading = messages_1.SLACK.hitsHeading(a.hits.length, a.query);
    return {
        text: plain(heading),
        blocks: (0, blocks_1.fitBlocks)([(0, blocks_1.section)((0, mrkdwn_1.escapeMrkdwn)(heading))], hitItems(a.hits), tail),
    };
}
function timelineMessage(a, tail = []) {
    if (a.events.length === 0) {
        return {
            text: plain(messages_1.SLACK.noEvents(a.topic)),
            blocks: [(0, blocks_1.section)((0, mrkdwn_1.escapeMrkdwn)(messages_1.SLACK.noEvents(a.topic))), ...tail],
        };
    }
    const heading = messages_1.SLACK.timelineHeading(a.events.length, (0, mrkdwn_1.escapeMrkdwn)(a.topic));
    const items = a.events.map((e) => [
        (0, blocks_1.section)(`*${(0, mrkdwn_1.escapeMrkdwn)(e.date)}*  ${(0, mrkdwn_1.escapeMrkdwn)(e.text)}`),
        (0, blocks_1.context)(e.citations.map((c) => citationLine(c)).join('   ')),
    ]);
    const undated = a.undated.map((u) => cited(u.text, u.citations[0]));
    if (undated.length)
        items.push([(0, blocks_1.section)(messages_1.SLACK.undated)], ...undated);
    const first = a.events[0];
    return {
        text: plain(`${a.events.length} events for ${a.topic}, from ${first?.date}`),
        blocks: (0, blocks_1.fitBlocks)([(0, blocks_1.section)(heading)], items, tail),
    };
}
/** A factoid sentence with its answering words in bold. */
function boldAnswer(s) {
    let out = '';
    let at = 0;
    for (const h of [...s.highlights].sort((x, y) => x.start - y.start)) {
        out += `${(0, mrkdwn_1.escapeMrkdwn)(s.sentence.slice(at, h.start))}*${(0, mrkdwn_1.escapeMrkdwn)(h.text)}*`;
        at = h.end;
    }
    return out + (0, mrkdwn_1.escapeMrkdwn)(s.sentence.slice(at));
}
function profileMessage(p, tail) {
    const head = [(0, blocks_1.section)(messages_1.SLACK.profileHeading((0, mrkdwn_1.escapeMrkdwn)(p.name)))];
    const items = [
        ...p.roles.map((r) => [(0, blocks_1.section)(`• ${(0, mrkdwn_1.escapeMrkdwn)(r.role)}`), (0, blocks_1.context)(citationLine(r.citation))]),
        ...p.quotes.map((q) => cited(q.quote, q.citation)),
    ];
    const roles = p.roles.map((r) => r.role).join('; ');
    return { text: plain(`${p.name}: ${roles}`), blocks: (0, blocks_1.fitBlocks)(head, items, tail) };
}
function askMessage(a, tail = []) {
    if (a.intent === 'whosaid')
        return whoSaidMessage(a.answer, tail);
    if (!a.found) {
        const blocks = (0, blocks_1.fitBlocks)([(0, blocks_1.section)(messages_1.SLACK.cannotAnswer)], hitItems(a.suggestions), tail);
        return { text: messages_1.SLACK.cannotAnswer, blocks };
    }
    if (a.intent === 'timeline')
        return timelineMessage(a.answer, tail);
    if (a.intent === 'search')
        return searchMessage(a.answer, tail);
    if (a.intent === 'profile')
        return profileMessage(a.answer, tail);
    const { answer, supporting } = a.answer;
    if (!answer)
        return { text: messages_1.SLACK.cannotAnswer, blocks: [(0, blocks_1.section)(messages_1.SLACK.cannotAnswer), ...tail] };
    const head = [(0, blocks_1.section)(boldAnswer(answer)), (0, blocks_1.context)(citationLine(answer.citation))];
    const items = supporting.map((s) => [
        (0, blocks_1.section)(`${messages_1.SLACK.alsoPrinted} ${boldAnswer(s)}`),
        (0, blocks_1.context)(citationLine(s.citation)),
    ]);
    return { text: plain(answer.sentence), blocks: (0, blocks_1.fitBlocks)(head, items, tail) };
}
function plainMessage(text, tail = []) {
    return { text: plain(text), blocks: [(0, blocks_1.section)((0, mrkdwn_1.escapeMrkdwn)(text)), ...tail] };
}
/** The digest: one item per story (headline, lead, key quotes, the outlets that carried it), who was quoted most. */
function digestMessage(d, marker, tail = []) {
    const window = d.since === d.until ? d.since : `${d.since} to ${d.until}`;
    const head = [(0, blocks_1.section)(messages_1.SLACK.digestHeading(d.stories.length, (0, mrkdwn_1.escapeMrkdwn)(window)))];
    if (d.stories.length === 0)
        return {
            text: plain(`${marker}: ${messages_1.SLACK.digestEmpty(window)}`),
            blocks: [(0, blocks_1.section)((0, mrkdwn_1.escapeMrkdwn)(messages_1.SLACK.digestEmpty(window))), (0, blocks_1.context)((0, mrkdwn_1.escapeMrkdwn)(marker)), ...tail],
        };
    const items = d.stories.map((story) => [
        (0, blocks_1.section)(`*${(0, mrkdwn_1.escapeMrkdwn)(story.headline)}*\n${(0, mrkdwn_1.escapeMrkdwn)(story.summary)}`),
        ...story.quotes.map((q) => (0, blocks_1.section)(`*${(0, mrkdwn_1.escapeMrkdwn)(q.speaker)}:* ${(0, mrkdwn_1.escapeMrkdwn)(q.quote)}`)),
        (0, blocks_1.context)(story.articles.map((c) => citationLine(c)).join('   ')),
    ]);
    const quoted = d.mostQuoted.map((m) => `${(0, mrkdwn_1.escapeMrkdwn)(m.speaker)} (${m.count})`).join(', ');
    const closing = [
        (0, blocks_1.context)(`${quoted ? `${messages_1.SLACK.mostQuoted} ${quoted} · ` : ''}${(0, mrkdwn_1.escapeMrkdwn)(marker)}`),
        ...tail,
    ];
    return {
        text: plain(`${marker}: ${d.stories.map((s) => s.headline).join('; ')}`),
        blocks: (0, blocks_1.fitBlocks)(head, items, closing),
    };
}
//# sourceMappingURL=renderAnswers.js.map