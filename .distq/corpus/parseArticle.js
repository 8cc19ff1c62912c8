"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_HEADING_WORDS = void 0;
exports.titleFromFirstLine = titleFromFirstLine;
exports.isHeading = isHeading;
exports.parseArticle = parseArticle;
/**
 * Turns one file's text into an Article: metadata from front matter (or the title line), the body cleaned of page
 * furniture, split into paragraphs and sentences. Nothing is rewritten; everything is a span of the text as read.
 */
const blocks_1 = require("./blocks");
const frontMatter_1 = require("./frontMatter");
const furnitureRules_1 = require("./furnitureRules");
const sentences_1 = require("./sentences");
/** A line with no sentence-final punctuation and at most this many words is a heading or dek, not a paragraph. */
exports.MAX_HEADING_WORDS = 40;
const MAX_TITLE_CHARS = 200;
const wordCount = (s) => s.split(/\s+/).filter(Boolean).length;
function looksLikeTitle(line, followedByBlank) {
    if (line === '' || line.length > MAX_TITLE_CHARS || wordCount(line) > 30)
        return false;
    return !(0, furnitureRules_1.endsLikeSentence)(line) || followedByBlank;
}
/** The title when no front matter gives one: the body's first line, when it looks like a title. */
function titleFromFirstLine(text, bodyStart) {
    const lines = text.slice(bodyStart).split('\n', 2);
    const first = (lines[0] ?? '').trim();
    return looksLikeTitle(first, (lines[1] ?? '').trim() === '') ? first : null;
}
function isHeading(line) {
    if (/^#{1,6}\s/.test(line))
        return true;
    return !(0, furnitureRules_1.endsLikeSentence)(line) && wordCount(line) <= exports.MAX_HEADING_WORDS;
}
function classifyBlocks(text, blocks, meta) {
    const body = { paragraphs: [], headings: [], removed: [] };
    blocks.forEach((block, i) => {
        const line = text.slice(block.start, block.end);
        const nextBlock = blocks[i + 1];
        const next = nextBlock ? text.slice(nextBlock.start, nextBlock.end) : null;
        const rule = (0, furnitureRules_1.furnitureRuleFor)({
            line,
            next,
            title: meta.title,
            outlet: meta.outlet,
            authors: meta.authors,
        });
        if (rule) {
            body.removed.push({ ...block, rule: rule.id });
        }
        else if (isHeading(line)) {
            body.headings.push(block);
        }
        else {
            const n = body.paragraphs.length + 1;
            body.paragraphs.push({ ...block, n, sentences: (0, sentences_1.splitSentences)(text, block.start, block.end) });
        }
    });
    return body;
}
function parseArticle(source) {
    const { text } = source;
    const frontMatter = (0, frontMatter_1.parseFrontMatter)(text);
    const { fields, bodyStart } = frontMatter;
    const meta = {
        id: source.id,
        title: fields.title !== undefined ? fields.title : titleFromFirstLine(text, bodyStart),
        outlet: fields.outlet ?? null,
        authors: fields.authors ?? [],
        url: fields.url ?? null,
        published: fields.published ?? null,
    };
    const body = classifyBlocks(text, (0, blocks_1.splitBlocks)(text, bodyStart), meta);
    return {
        article: { ...meta, file: source.file, text, bodyStart, ...body },
        problems: frontMatter.problems,
    };
}
//# sourceMappingURL=parseArticle.js.map