"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_SEARCH_LIMIT = void 0;
exports.createSearch = createSearch;
const citation_1 = require("./citation");
const query_1 = require("./query");
exports.DEFAULT_SEARCH_LIMIT = 5;
function createSearch(deps) {
    return (rawQuery, limit = exports.DEFAULT_SEARCH_LIMIT) => {
        const query = (0, query_1.normaliseQuery)(rawQuery);
        if (!query.ok)
            return query;
        const hits = deps.archive.passages.search(query.text, { limit }).map((hit) => ({
            score: Math.round(hit.score * 1000) / 1000,
            citation: (0, citation_1.citationFor)(hit.article, hit.passage.paragraph, hit.passage),
        }));
        return { ok: true, answer: { query: query.text, hits } };
    };
}
//# sourceMappingURL=search.js.map