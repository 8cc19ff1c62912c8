"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseFrontMatter = parseFrontMatter;
/**
 * Optional YAML front matter (`---` … `---`) at the top of an article. Known fields are validated one by one: a bad
 * field is dropped with a warning that names it, and the article still loads.
 */
const yaml_1 = require("yaml");
const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
function isRealDay(value) {
    if (!ISO_DAY.test(value))
        return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
function optionalString(value, field, problems) {
    if (value === null)
        return null;
    if (typeof value === 'string')
        return value.trim() || null;
    if (typeof value === 'number')
        return String(value);
    problems.push(`front matter field "${field}" must be text, got ${typeof value}; ignored`);
    return undefined;
}
function authorsOf(value, problems) {
    if (value === null)
        return [];
    if (typeof value === 'string')
        return value.trim() ? [value.trim()] : [];
    if (Array.isArray(value) && value.every((a) => typeof a === 'string'))
        return value.map((a) => a.trim());
    problems.push('front matter field "authors" must be a name or a list of names; ignored');
    return undefined;
}
function publishedOf(value, problems) {
    if (value === null)
        return null;
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
    if (isRealDay(text))
        return text;
    problems.push(`front matter field "published" must be a date as YYYY-MM-DD, got "${text}"; ignored`);
    return undefined;
}
function fieldsOf(data, problems) {
    const fields = {};
    for (const key of ['title', 'outlet', 'url']) {
        if (!(key in data))
            continue;
        const value = optionalString(data[key], key, problems);
        if (value !== undefined)
            fields[key] = value;
    }
    if ('authors' in data) {
        const authors = authorsOf(data.authors, problems);
        if (authors !== undefined)
            fields.authors = authors;
    }
    if ('published' in data) {
        const published = publishedOf(data.published, problems);
        if (published !== undefined)
            fields.published = published;
    }
    return fields;
}
function parseFrontMatter(text) {
    const opening = OPENING.exec(text);
    if (!opening)
        return { fields: {}, bodyStart: 0, present: false, problems: [] };
    const rest = text.slice(opening[0].length);
    const closing = CLOSING.exec(rest);
    if (!closing) {
        return {
            fields: {},
            bodyStart: 0,
            present: false,
            problems: ['front matter has no closing "---"; read as text'],
        };
    }
    const bodyStart = opening[0].length + closing.index + closing[0].length;
    const problems = [];
    let data;
    try {
        data = (0, yaml_1.parse)(rest.slice(0, closing.index));
    }
    catch (err) {
        problems.push(`front matter is not valid YAML (${err.message.split('\n')[0]}); ignored`);
        return { fields: {}, bodyStart, present: true, problems };
    }
    if (data === null || data === undefined)
        return { fields: {}, bodyStart, present: true, problems };
    if (typeof data !== 'object' || Array.isArray(data)) {
        problems.push('front matter must be a set of "field: value" lines; ignored');
        return { fields: {}, bodyStart, present: true, problems };
    }
    return { fields: fieldsOf(data, problems), bodyStart, present: true, problems };
}
//# sourceMappingURL=frontMatter.js.map