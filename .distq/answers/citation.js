"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.citationFor = citationFor;
function citationFor(article, paragraph, span) {
    return {
        articleId: article.id,
        title: article.title,
        outlet: article.outlet,
        published: article.published,
        url: article.url,
        paragraph,
        passage: article.text.slice(span.start, span.end),
    };
}
//# sourceMappingURL=citation.js.map