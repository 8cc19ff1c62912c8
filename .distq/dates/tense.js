"use strict";
/**
 * Past or future, from the words of the sentence around a time expression: a year-less "December" or a bare
 * "Friday" is the last one in a report of what happened, the next one in a report of what will.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.tenseNear = tenseNear;
const FUTURE = /(?:\b(?:will|won['’]t|shall|going to|scheduled|expected to|expects? to|plans? to|planning to|planned|set to|due to|is to|are to|as soon as|as early as|until|this coming)\b|['’]ll\b)/i;
const PAST = /\b(?:was|were|had|did|didn['’]t|ago|last|earlier|previously|recently|since|said|told|took|met|came|went|began|made|gave|saw|held|won|lost|left|rose|fell|paid|sent|brought|found|became|spoke|wrote|ran|\w{3,}ed)\b/i;
/** What was planned in the past for a time now gone: "had been scheduled to expire Friday". */
const PLANNED_BEFORE = /\b(?:had\s+been|previously|originally)\s+(?:scheduled|due|set|expected|planned)\b/i;
function tenseOfText(text) {
    if (PLANNED_BEFORE.test(text))
        return 'past';
    if (FUTURE.test(text))
        return 'future';
    if (PAST.test(text))
        return 'past';
    return null;
}
const WORDS_BEFORE = 6;
const WORDS_AFTER = 3;
/**
 * The tense around an expression: the few words before it and just after it ("Rolling Stone reported in
 * November", "a December event held at Harvard", "the sale will close in January"). With no verb nearby it is
 * 'present', and the nearest occurrence is meant.
 */
function tenseNear(sentence, start, end) {
    const words = (text) => text.split(/[\s,;:()“”"]+/).filter(Boolean);
    const preceding = words(sentence.slice(0, start));
    if (/^since$/i.test(preceding.at(-1) ?? ''))
        return 'past';
    const before = preceding.slice(-WORDS_BEFORE).join(' ');
    const after = words(sentence.slice(end)).slice(0, WORDS_AFTER).join(' ');
    return tenseOfText(`${before} … ${after}`) ?? 'present';
}
//# sourceMappingURL=tense.js.map