"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.People = void 0;
const lexicon_1 = require("./lexicon");
const mentions_1 = require("./mentions");
const nameKinds_1 = require("./nameKinds");
const tokens_1 = require("./tokens");
const LOCATIVES = new Set([
    'in',
    'at',
    'from',
    'near',
    'outside',
    'inside',
    'around',
    'across',
    'into',
    'throughout',
]);
const TIME_NAME = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|september|october|november|december|earlier|later|today|tonight|yesterday)\b/i;
/** "Earlier Wednesday", "Asked Tuesday", "Saturday": a time phrase, never a person. */
const isTimePhrase = (name) => TIME_NAME.test(name) && (0, nameKinds_1.genderOfName)(name, null) === null;
/** "real estate developer Victor Lund", "the pollster Ann Reed": a lowercase noun for a person before the name. */
const isPersonNoun = (t) => t !== undefined &&
    t.kind === 'word' &&
    !(0, tokens_1.isCapitalized)(t) &&
    (lexicon_1.TITLE_WORDS.has((0, tokens_1.lower)(t)) || lexicon_1.SOURCE_NOUNS.has((0, tokens_1.lower)(t)) || /(?:er|or|ist|ian|man|woman)$/.test((0, tokens_1.lower)(t)));
/** A name directly followed by a title or source noun modifies it ("the Ohio governor", "Sanders aides"). */
const isModifiedNoun = (next) => next !== undefined &&
    next.kind === 'word' &&
    !(0, tokens_1.isCapitalized)(next) &&
    (lexicon_1.TITLE_WORDS.has((0, tokens_1.lower)(next)) || lexicon_1.SOURCE_NOUNS.has((0, tokens_1.lower)(next)));
/** Abbreviated titles written before names, by the noun a later description uses ("Gov." → "the governor"). */
const TITLE_ABBREVIATIONS = {
    'gov.': 'governor',
    gov: 'governor',
    'sen.': 'senator',
    sen: 'senator',
    'rep.': 'congressman',
    rep: 'congressman',
    'gen.': 'general',
    'lt.': 'lieutenant',
    'sgt.': 'sergeant',
    'adm.': 'admiral',
    'col.': 'colonel',
    'capt.': 'captain',
    'dr.': 'doctor',
};
/** The last word of a title, spelled out: "Ohio Gov." → "governor". */
function titleHead(title) {
    const last = key(title).split(/\s+/).pop() ?? '';
    return TITLE_ABBREVIATIONS[last] ?? last;
}
const key = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const lastWord = (name) => key(name.split(/\s+/).pop() ?? name);
/** Phrases set off by commas that are not roles: "despite campaigning as …", "adding that …", "and …". */
const NOT_A_ROLE = /^(?:who|which|and|but|or|despite|after|before|while|though|although|like|unlike|as|including|with|without|in|on|at|for|from|by|if|when|because|\w+ing)\b/i;
function appositiveAfter(text, tokens, i) {
    if (tokens[i]?.text !== ',')
        return null;
    const first = tokens[i + 1];
    if (first?.kind !== 'word')
        return null;
    const w = (0, tokens_1.lower)(first);
    if ((0, tokens_1.isCapitalized)(first) && !lexicon_1.DETERMINERS.has(w) && w !== 'now')
        return null;
    for (let j = i + 1; j < tokens.length && j < i + 40; j++) {
        const t = tokens[j];
        if (t.kind === 'quote' || t.text === ';' || t.text === ':')
            return null;
        if (t.text === ',' || t.text === '.') {
            const role = text.slice(first.start, tokens[j - 1].end).replace(/^(?:now|then)\s+/i, '');
            return j > i + 1 && !NOT_A_ROLE.test(role) ? role.replace(/^(?:the|a|an)\s+/i, '') : null;
        }
    }
    return null;
}
class People {
    text;
    people = new Map();
    descriptions = [];
    things = [];
    /** Every mention of a person outside quotation marks, in text order. */
    mentions = [];
    constructor(text) {
        this.text = text;
    }
    static of(article, quotes) {
        const people = new People(article.text);
        for (const p of article.paragraphs) {
            const tokens = (0, tokens_1.tokenize)(article.text, p, quotes);
            people.scanNames(tokens);
            people.scanDescriptions(tokens);
        }
        people.mentions.sort((a, b) => a.at - b.at);
        return people;
    }
    scanNames(tokens) {
        for (const [from, to] of (0, mentions_1.capitalRuns)(tokens)) {
            const run = tokens.slice(from, to);
            const found = (0, mentions_1.findName)(this.text, run);
            this.possessives(found ? run.slice(0, found.from) : run);
            if (!found || isTimePhrase(found.name))
                continue;
            const multiWord = found.to - found.from >= 2;
            const titled = run.slice(0, found.from).some((t) => lexicon_1.TITLE_WORDS.has((0, tokens_1.lower)(t).replace(/\.$/, '')));
            const start = run[found.from].start;
            const kind = titled ? 'person' : this.kindAt(found.name, tokens[from - 1]);
            if (kind !== 'person') {
                this.things.push({ name: found.name, kind, at: start });
                continue;
            }
            if (!multiWord && !titled && !this.byLastWord(found.name))
                continue;
            const end = run[found.to - 1].end;
            const title = titled ? this.titleOf(run.slice(0, found.from)) : null;
            const role = found.to === run.length ? appositiveAfter(this.text, tokens, to) : null;
            const modifier = found.to === run.length && isModifiedNoun(tokens[to]);
            this.add(found.name, { start, end }, title, role, modifier);
            const person = found.from === 0 && isPersonNoun(tokens[from - 1]) ? this.person(found.name) : undefined;
            if (person)
                person.evidence = true;
        }
    }
    /** A place after "in", "at", "from" ("At Boca West, …"), unless it opens with a first name or is known. */
    kindAt(name, before) {
        const kind = (0, nameKinds_1.nameKind)(name);
        if (kind !== 'person' || this.byLastWord(name))
            return this.byLastWord(name) ? 'person' : kind;
        const locative = before !== undefined && LOCATIVES.has((0, tokens_1.lower)(before));
        return locative && (0, nameKinds_1.genderOfName)(name, null) === null ? 'place' : 'person';
    }
    /** "Clinton’s website", "Christie’s been": a known person's possessive is a mention of them too. */
    possessives(tokens) {
        for (const t of tokens) {
            const base = t.text.replace(/['’]s$/, '');
            if (base === t.text)
                continue;
            const person = this.byLastWord(base) ?? this.people.get(key(base));
            if (person)
                this.mentions.push({ at: t.start, end: t.start + base.length, person });
        }
    }
    /** The title words before a name, without a sentence-opening "But", "The" or "Mexico’s". */
    titleOf(tokens) {
        const words = tokens.filter((t) => !lexicon_1.DETERMINERS.has((0, tokens_1.lower)(t)) && !lexicon_1.NP_BREAKERS.has((0, tokens_1.lower)(t)) && !/['’]s$/.test(t.text));
        const first = words[0];
        const last = words[words.length - 1];
        return first && last ? this.text.slice(first.start, last.end) : null;
    }
    add(name, span, title, role, modifier = false) {
        const at = span.start;
        const full = this.resolve(name) ?? name;
        let person = this.people.get(key(full));
        if (!person) {
            person = {
                name: full,
                at,
                mentions: [],
                titles: [],
                roles: [],
                gender: null,
                variants: [],
                roleSpans: [],
            };
            this.people.set(key(full), person);
        }
        person.gender ??= (0, nameKinds_1.genderOfName)(full, title);
        person.mentions.push(at);
        this.mentions.push({ at, end: span.end, person, modifier });
        if (title && !person.titles.includes(title))
            person.titles.push(title);
        if (title || role)
            person.evidence = true;
        if (!person.variants.includes(name))
            person.variants.push(name);
        this.noteRole(person, title, 'title', span.start - 80);
        this.noteRole(person, role, 'appositive', span.end);
        if (role && !person.roles.includes(role))
            person.roles.push(role);
    }
    noteRole(person, role, kind, from) {
        if (!role)
            return;
        const start = this.text.indexOf(role, Math.max(0, from));
        if (start < 0 || person.roleSpans.some((r) => r.start === start))
            return;
        person.roleSpans.push({ text: role, kind, start, end: start + role.length });
    }
    /** Everyone the article names, in order of first mention. */
    all() {
        return [...this.people.values()].sort((a, b) => a.at - b.at);
    }
    scanDescriptions(tokens) {
        tokens.forEach((t, i) => {
            if (t.kind !== 'word' || !lexicon_1.SOURCE_NOUNS.has((0, tokens_1.lower)(t)))
                return;
            let j = i;
            while (j > 0 && i - j < 6 && tokens[j - 1]?.kind === 'word' && !lexicon_1.NP_BREAKERS.has((0, tokens_1.lower)(tokens[j - 1]))) {
                j--;
                if (lexicon_1.DETERMINERS.has((0, tokens_1.lower)(tokens[j])))
                    break;
            }
            const first = tokens[j];
            if (!lexicon_1.DETERMINERS.has((0, tokens_1.lower)(first)))
                return;
            const end = this.extendDescription(tokens, i);
            this.descriptions.push({
                text: this.text.slice(first.start, end),
                head: (0, tokens_1.lower)(t),
                at: first.start,
                definite: (0, tokens_1.lower)(first) === 'the',
            });
        });
    }
    /** "a federal agent working on the southern border": a participle phrase belongs to the description. */
    extendDescription(tokens, head) {
        const next = tokens[head + 1];
        let end = tokens[head].end;
        if (next?.kind !== 'word' || !/ing$/.test(next.text))
            return end;
        for (let k = head + 1; k < tokens.length && k < head + 8; k++) {
            const t = tokens[k];
            if (t.kind !== 'word' || lexicon_1.CUE_VERBS.has((0, tokens_1.lower)(t)) || lexicon_1.AUXILIARIES.has((0, tokens_1.lower)(t)))
                break;
            end = t.end;
        }
        return end;
    }
    byLastWord(name) {
        const last = lastWord(name);
        let best;
        for (const person of this.people.values()) {
            if (lastWord(person.name) === last && person.name.includes(' '))
                best ??= person;
        }
        return best;
    }
    /** The full name for a mention's name ("Corn" → "Geoffrey Corn"), or null when the article never names one. */
    resolve(name) {
        const exact = this.people.get(key(name));
        if (exact?.name.includes(' '))
            return exact.name;
        return this.byLastWord(name)?.name ?? exact?.name ?? null;
    }
    person(name) {
        return this.people.get(key(this.resolve(name) ?? name));
    }
    /** The person the article gives a title ending in `head` ("the president" → "President Donald Trump"). */
    withTitle(head) {
        const matching = [...this.people.values()].filter((p) => p.titles.some((t) => titleHead(t) === key(head)));
        const unmodified = matching.find((p) => p.titles.some((t) => !/\s/.test(t.trim()) && titleHead(t) === key(head)));
        return unmodified ?? matching.sort((a, b) => b.mentions.length - a.mentions.length)[0];
    }
    /** The best-known role of a person: the first appositive, else the first title. */
    roleOf(name) {
        const person = this.person(name);
        return person?.roles[0] ?? person?.titles[0] ?? null;
    }
    /**
     * The source an earlier description with this head introduced ("a federal agent working on …"), with the
     * offset of its latest mention before `at`.
     */
    descriptionBefore(head, at) {
        const earlier = this.descriptions.filter((d) => d.head === head && d.at < at);
        const latest = earlier[earlier.length - 1];
        if (!latest)
            return undefined;
        const intro = earlier.find((d) => !d.definite) ?? latest;
        return { ...intro, at: latest.at };
    }
    /** The most recent mention of any named person before an offset. */
    lastPersonBefore(at) {
        let best;
        for (const person of this.people.values()) {
            for (const m of person.mentions) {
                if (m < at && (!best || m > best.at))
                    best = { person, at: m };
            }
        }
        return best;
    }
}
exports.People = People;
//# sourceMappingURL=people.js.map