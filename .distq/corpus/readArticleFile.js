"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REASONS = exports.DEFAULT_MAX_ARTICLE_BYTES = void 0;
exports.decodeArticleBytes = decodeArticleBytes;
exports.readArticleFile = readArticleFile;
/**
 * Reads one corpus file safely: refuses what cannot be an article (binary, not UTF-8, empty, too large) with a
 * reason a person can act on, instead of throwing.
 */
const promises_1 = require("node:fs/promises");
exports.DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
exports.REASONS = {
    empty: 'empty file',
    blank: 'no text (only white space)',
    binary: 'binary file (contains NUL bytes), not an article',
    notUtf8: 'not valid UTF-8 (a Latin-1 or Windows-1252 file? convert it: iconv -f latin1 -t utf-8)',
    tooLarge: (bytes, max) => `too large (${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${(max / 1024 / 1024).toFixed(1)} MB)`,
    unreadable: (message) => `cannot be read (${message})`,
};
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/** Decodes UTF-8 strictly; a leading BOM is dropped and nothing else changes. */
function decodeArticleBytes(bytes) {
    if (bytes.length === 0)
        return { ok: false, reason: exports.REASONS.empty };
    if (bytes.includes(0))
        return { ok: false, reason: exports.REASONS.binary };
    let text;
    try {
        text = utf8.decode(bytes);
    }
    catch {
        return { ok: false, reason: exports.REASONS.notUtf8 };
    }
    if (text.trim() === '')
        return { ok: false, reason: exports.REASONS.blank };
    return { ok: true, text, bytes };
}
async function readArticleFile(path, size, maxBytes = exports.DEFAULT_MAX_ARTICLE_BYTES) {
    if (size > maxBytes)
        return { ok: false, reason: exports.REASONS.tooLarge(size, maxBytes) };
    try {
        return decodeArticleBytes(await (0, promises_1.readFile)(path));
    }
    catch (err) {
        return { ok: false, reason: exports.REASONS.unreadable(err.code ?? String(err)) };
    }
}
//# sourceMappingURL=readArticleFile.js.map