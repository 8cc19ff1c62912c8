"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createAnswers = createAnswers;
const ask_1 = require("./ask");
const checkQuotes_1 = require("./checkQuotes");
const search_1 = require("./search");
const timeline_1 = require("./timeline");
const whosaid_1 = require("./whosaid");
function createAnswers(archive) {
    const search = (0, search_1.createSearch)({ archive });
    const suggest = (query, limit) => {
        const result = search(query, limit);
        return result.ok ? result.answer.hits : [];
    };
    const whosaid = (0, whosaid_1.createWhoSaid)({ archive, suggest });
    const timeline = (0, timeline_1.createTimeline)({ archive });
    const checkquotes = (0, checkQuotes_1.createCheckQuotes)({ whosaid });
    return { search, whosaid, timeline, checkquotes, ask: (0, ask_1.createAsk)({ archive, search, whosaid, timeline }) };
}
//# sourceMappingURL=answers.js.map