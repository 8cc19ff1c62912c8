"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.openIndex = openIndex;
exports.refreshIndex = refreshIndex;
exports.print = print;
const openCorpusIndex_1 = require("../search/openCorpusIndex");
const indexOptions = (ctx) => ({
    corpusDir: ctx.config.corpusDir,
    dataDir: ctx.config.dataDir,
    logger: ctx.logger,
});
function openIndex(ctx) {
    return (0, openCorpusIndex_1.openCorpusIndex)(indexOptions(ctx));
}
/** Applies the corpus folder's changes to an index a running app has open. */
function refreshIndex(ctx, opened) {
    return (0, openCorpusIndex_1.refreshCorpusIndex)(opened, indexOptions(ctx));
}
/** Prints exactly one JSON document (with --json) or the text for a person. */
function print(ctx, json, text) {
    ctx.io.stdout.write(ctx.args.json ? `${JSON.stringify(json, null, 2)}\n` : `${text()}\n`);
}
//# sourceMappingURL=context.js.map