"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NO_BODY_REASON = void 0;
exports.loadArticle = loadArticle;
const parseArticle_1 = require("./parseArticle");
const readArticleFile_1 = require("./readArticleFile");
exports.NO_BODY_REASON = 'no article text left after removing page furniture';
async function loadArticle(file, options) {
    const read = await (0, readArticleFile_1.readArticleFile)(file.path, file.size, options.maxBytes ?? readArticleFile_1.DEFAULT_MAX_ARTICLE_BYTES);
    if (!read.ok)
        return { ok: false, skipped: { file: file.file, reason: read.reason } };
    const { article, problems } = (0, parseArticle_1.parseArticle)({ id: file.id, file: file.file, text: read.text });
    for (const problem of problems)
        options.logger.warn(`${file.file}: ${problem}`);
    if (article.paragraphs.length === 0)
        return { ok: false, skipped: { file: file.file, reason: exports.NO_BODY_REASON } };
    return { ok: true, loaded: { file, article, hash: options.hash(read.bytes) } };
}
//# sourceMappingURL=loadArticles.js.map