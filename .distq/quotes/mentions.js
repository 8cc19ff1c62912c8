"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.capitalRuns = capitalRuns;
exports.findName = findName;
exports.describeMention = describeMention;
const lexicon_1 = require("./lexicon");
const tokens_1 = require("./tokens");
const PARTICLES = new Set([
    'de',
    'del',
    'la',
    'van',
    'von',
    'bin',
    'al',
    'da',
    'dos',
    'le',
    'di',
    'der',
    'den',
]);
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
const PLURAL_PRONOUNS = new Set(['they', 'we']);
const bare = (t) => (0, tokens_1.lower)(t).replace(/\.$/, '').replace(/'s$/, '');
const isAcronym = (t) => /^(?:\p{Lu}\.?){2,}$|^(?:\p{Lu}\.)+$/u.test(t.text) && t.text.length <= 6;
const isInitial = (t) => /^\p{Lu}\.$/u.test(t.text);
function isTitle(t) {
    return lexicon_1.TITLE_WORDS.has(bare(t)) || (isAcronym(t) && !isInitial(t));
}
/** The runs of capitalised words (with name particles and initials) in a token list, as index ranges. */
function capitalRuns(tokens) {
    const runs = [];
    let start = -1;
    tokens.forEach((t, i) => {
        const joins = start >= 0 && t.kind === 'word' && PARTICLES.has(t.text) && (0, tokens_1.isCapitalized)(tokens[i + 1]);
        if ((0, tokens_1.isCapitalized)(t) || joins) {
            if (start < 0)
                start = i;
        }
        else if (start >= 0) {
            runs.push([start, i]);
            start = -1;
        }
    });
    if (start >= 0)
        runs.push([start, tokens.length]);
    return runs;
}
const NAME_PREPOSITIONS = new Set(['of', 'at', 'from', 'for', 'with']);
/**
 * The name in a noun phrase: the last capitalised run without leading titles, but a person's name before
 * "of …" wins over the institution after it ("Jeffrey Lewis of the James Martin Center").
 */
function findName(text, tokens) {
    const cut = tokens.findIndex((t, i) => i > 0 && NAME_PREPOSITIONS.has((0, tokens_1.lower)(t)) && (0, tokens_1.isCapitalized)(tokens[i - 1]));
    if (cut > 0) {
        const before = lastName(text, tokens.slice(0, cut));
        if (before && before.to - before.from >= 2)
            return before;
    }
    return lastName(text, tokens);
}
function lastName(text, tokens) {
    const runs = capitalRuns(tokens).filter(([a, b]) => !(b - a === 1 && /^[RDI]-\p{Lu}/u.test(tokens[a]?.text ?? '')));
    for (let r = runs.length - 1; r >= 0; r--) {
        const [runStart, runEnd] = runs[r];
        let from = runStart;
        while (from < runEnd && isNotName(tokens[from]))
            from++;
        let to = runEnd;
        while (to > from && tokens[to - 1]?.kind !== 'word')
            to--;
        if (to <= from)
            continue;
        const first = tokens[from];
        const last = tokens[to - 1];
        let name = text.slice(first.start, last.end).replace(/[’']s$/, '');
        if (SUFFIXES.has((0, tokens_1.lower)(last)) && to - from === 1)
            continue;
        name = name.replace(/\s+/g, ' ');
        return { from, to, name };
    }
    return null;
}
/** Capitalised words that open a name run without being part of the name: titles, "The", "But", "Mexico’s". */
function isNotName(t) {
    const w = bare(t);
    return isTitle(t) || lexicon_1.DETERMINERS.has(w) || lexicon_1.NP_BREAKERS.has(w) || lexicon_1.CUE_VERBS.has(w) || /['’]s$/.test(t.text);
}
const RELATIVES = /^(?:who|whom|whose|which|that)(?:['’]\w+)?$/;
const PLURAL_DETERMINERS = new Set([
    'those',
    'these',
    'many',
    'several',
    'some',
    'both',
    'two',
    'three',
    'four',
    'all',
]);
function headOf(tokens) {
    let head = null;
    for (const t of tokens) {
        if (t.kind !== 'word')
            break;
        const w = (0, tokens_1.lower)(t);
        if (lexicon_1.NP_BREAKERS.has(w) || RELATIVES.test(w))
            break;
        head = w;
    }
    return head;
}
function isPlural(tokens, head) {
    if (PLURAL_DETERMINERS.has((0, tokens_1.lower)(tokens[0])))
        return true;
    return head !== null && /s$/.test(head) && !/ss$/.test(head);
}
function cleanRole(raw) {
    const role = raw
        .replace(/^[\s,]+|[\s,]+$/g, '')
        .replace(/^(?:now|then|currently|also)\s+/i, '')
        .replace(/^(?:the|a|an)\s+/i, '')
        .trim();
    return role.length >= 3 ? role : null;
}
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself']);
/** "the Ohio governor", "a senior Cruz adviser", "Sanders aides": the name only modifies the noun after it. */
function modifiesNoun(words, nameEnd) {
    const next = words[nameEnd];
    if (next === undefined || next.kind !== 'word' || (0, tokens_1.isCapitalized)(next))
        return false;
    const w = (0, tokens_1.lower)(next);
    return !REFLEXIVES.has(w) && !lexicon_1.AUXILIARIES.has(w) && !lexicon_1.CUE_VERBS.has(w) && !/(?:ed|ly)$/.test(w);
}
const OF_PHRASE = new Set(['of', 'for', 'with', 'to', 'at', 'inside', 'in', 'from', 'near', 'by', 'owned']);
/**
 * "a spokesman for Hillary Clinton", "one operative inside Trump Tower", "supporters of Sanders": a name inside a
 * phrase that hangs off a common noun is not the speaker; the description is. ("Secretary of State John Kerry"
 * keeps its name: the noun before "of" is a capitalised title.)
 */
function objectOfDescription(words, nameFrom) {
    for (let i = 1; i < nameFrom; i++) {
        const t = words[i];
        const before = words[i - 1];
        if (!OF_PHRASE.has((0, tokens_1.lower)(t)))
            continue;
        if (before.kind === 'word' && !(0, tokens_1.isCapitalized)(before) && !lexicon_1.DETERMINERS.has((0, tokens_1.lower)(before)))
            return true;
    }
    return false;
}
/** Describes the noun phrase tokens[from, to) as a mention; `appositive` is a role span set off by commas. */
function describeMention(text, tokens, appositive) {
    const words = tokens.filter((t) => t.kind !== 'quote');
    const first = words[0];
    const last = words[words.length - 1];
    if (!first || !last)
        return null;
    const span = { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
    const role = appositive ? cleanRole(text.slice(appositive.start, appositive.end)) : null;
    if (words.length === 1 && lexicon_1.PRONOUNS.has((0, tokens_1.lower)(first))) {
        return {
            ...span,
            kind: 'pronoun',
            name: null,
            role: null,
            head: null,
            plural: PLURAL_PRONOUNS.has((0, tokens_1.lower)(first)),
        };
    }
    const name = findName(text, words);
    if (name && !modifiesNoun(words, name.to) && !objectOfDescription(words, name.from)) {
        const before = words.slice(0, name.from).filter((t) => !lexicon_1.DETERMINERS.has((0, tokens_1.lower)(t)));
        const preRole = before.length
            ? cleanRole(text.slice(before[0]?.start, before[before.length - 1]?.end))
            : null;
        return { ...span, kind: 'named', name: name.name, role: role ?? preRole, head: null, plural: false };
    }
    const head = headOf(words);
    const plural = isPlural(words, head);
    return { ...span, kind: 'nominal', name: null, role, head, plural };
}
//# sourceMappingURL=mentions.js.map