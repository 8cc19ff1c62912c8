"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isRole = exports.ROLE_RULES = void 0;
exports.peopleOf = peopleOf;
const lexicon_1 = require("./lexicon");
const people_1 = require("./people");
const salience_1 = require("./salience");
const HONORIFICS = /^(?:mr|mrs|ms|miss|dr|sir|madam|mx)\.?$/i;
const firstWord = (s) => (s.trim().split(/\s+/)[0] ?? '').toLowerCase();
exports.ROLE_RULES = [
    {
        id: 'honorific',
        reason: 'an honorific says how to address someone, not what they do',
        rejects: (r) => HONORIFICS.test(r.trim()),
        examples: { rejected: ['Mr.', 'Mrs', 'Dr.'], kept: ['Senator', 'Defense Secretary'] },
    },
    {
        id: 'age',
        reason: 'an age set off by commas ("Jane Roe, 56,") is not a role',
        rejects: (r) => /^\d+(?:\s*years?\s+old)?$/i.test(r.trim()),
        examples: { rejected: ['56', '34 years old'], kept: ['56th mayor of the city'] },
    },
    {
        id: 'clause',
        reason: 'a phrase that opens with a verb is a clause about what someone did, not what they are',
        rejects: (r) => {
            const w = firstWord(r);
            return ((lexicon_1.CUE_VERBS.has(w) || lexicon_1.AUXILIARIES.has(w) || /^[a-z]+ed$/.test(w)) &&
                !lexicon_1.TITLE_WORDS.has(w.replace(/\.$/, '')));
        },
        examples: {
            rejected: ['told The Washington Post earlier this week', 'said on Monday', 'was elected in 2010'],
            kept: ['top aide to the governor', "the party's national finance chairman", 'retired judge'],
        },
    },
    {
        id: 'too-long',
        reason: 'a role is a noun phrase; a run of more than 16 words has swallowed a clause',
        rejects: (r) => r.trim().split(/\s+/).length > 16,
        examples: { rejected: [Array.from({ length: 17 }, () => 'word').join(' ')], kept: ['county engineer'] },
    },
];
const isRole = (role) => !exports.ROLE_RULES.some((rule) => rule.rejects(role));
exports.isRole = isRole;
/** The gender the article's own pronouns give a person: "“…,” she said" resolved to them. */
function genderFromQuotes(name, quotes) {
    for (const q of quotes) {
        if (q.speaker === name && q.mention) {
            const g = (0, salience_1.genderOfPronoun)(q.mention);
            if (g)
                return g;
        }
    }
    return null;
}
/** The people an article names, in order of first mention. */
function peopleOf(article, quotes) {
    const people = people_1.People.of(article, quotes.flatMap((q) => q.quoted).sort((a, b) => a.start - b.start));
    return people
        .all()
        .filter((p) => p.name.includes(' ') || p.titles.length > 0 || p.roles.length > 0 || p.evidence)
        .map((p) => ({
        name: p.name,
        variants: p.variants,
        gender: p.gender ?? genderFromQuotes(p.name, quotes),
        roles: p.roleSpans.filter((r) => (0, exports.isRole)(r.text)).map((r) => ({ ...r })),
        firstMention: p.at,
    }));
}
//# sourceMappingURL=peopleOf.js.map