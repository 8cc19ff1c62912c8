"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createAsk = createAsk;
const factoid_1 = require("./factoid");
const intent_1 = require("./intent");
const profile_1 = require("./profile");
const query_1 = require("./query");
const SUGGESTIONS = 3;
function answerIntent(deps, question, intent) {
    const base = { question, suggestions: [] };
    switch (intent.kind) {
        case 'whosaid': {
            const r = deps.whosaid(intent.quote);
            return r.ok ? { ...base, intent: 'whosaid', found: r.answer.found, answer: r.answer } : r;
        }
        case 'timeline': {
            const r = deps.timeline(intent.topic);
            return r.ok ? { ...base, intent: 'timeline', found: r.answer.events.length > 0, answer: r.answer } : r;
        }
        case 'profile': {
            const answer = (0, profile_1.answerProfile)(deps.archive, intent.name);
            return { ...base, intent: 'profile', found: answer.found, answer };
        }
        case 'factoid': {
            const answer = (0, factoid_1.answerFactoid)(deps.archive, question, intent.wants);
            return { ...base, intent: 'factoid', found: answer.found, answer };
        }
        case 'search': {
            const r = deps.search(intent.query);
            return r.ok ? { ...base, intent: 'search', found: r.answer.hits.length > 0, answer: r.answer } : r;
        }
    }
}
function createAsk(deps) {
    return (rawQuestion) => {
        const question = (0, query_1.normaliseQuery)(rawQuestion);
        if (!question.ok)
            return question;
        const answered = answerIntent(deps, question.text, (0, intent_1.routeQuestion)(question.text));
        if ('ok' in answered)
            return answered;
        if (!answered.found && answered.intent !== 'search') {
            const r = deps.search(question.text, SUGGESTIONS);
            answered.suggestions = r.ok ? r.answer.hits : [];
        }
        return { ok: true, answer: answered };
    };
}
//# sourceMappingURL=ask.js.map