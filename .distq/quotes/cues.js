"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SUBORDINATORS = void 0;
exports.findCues = findCues;
exports.quotingSource = quotingSource;
exports.transcriptLabel = transcriptLabel;
exports.colonSource = colonSource;
exports.sentenceSubject = sentenceSubject;
exports.cueByShape = cueByShape;
const lexicon_1 = require("./lexicon");
const mentions_1 = require("./mentions");
const tokens_1 = require("./tokens");
const MAX_NP = 12;
const MAX_APPOSITIVE = 40;
/** Verbs that are cues only with their particle: "points out", "went on", "goes on". */
const PHRASAL_CUES = new Map([
    ['point', 'out'],
    ['points', 'out'],
    ['pointed', 'out'],
    ['went', 'on'],
    ['goes', 'on'],
    ['go', 'on'],
    ['chimed', 'in'],
    ['shot', 'back'],
    ['fired', 'back'],
    ['hit', 'back'],
]);
/** "R-Wis.", "D-N.Y.": a party tag after a lawmaker's name. */
const PARTY_TAG = /^[RDI]-[A-Z]/;
const PREPOSITIONS = new Set(['of', 'to', 'for', 'in', 'on', 'with', 'by', 'at', 'from', 'about']);
const isWord = (t, w) => t !== undefined && t.kind === 'word' && (0, tokens_1.lower)(t) === w;
const isPunct = (t, p) => t !== undefined && t.kind === 'punct' && t.text === p;
/** Forms that are as often nouns ("his remarks"): cues only right after a name, pronoun, source or quote. */
const NOUN_LIKE_CUES = new Set([
    'notes',
    'remarks',
    'claims',
    'calls',
    'charges',
    'reports',
    'tweets',
    'posts',
]);
function isCueWord(tokens, i) {
    const t = tokens[i];
    const word = i === 0 ? (0, tokens_1.lower)(t) : t.text.replace(/’/g, "'");
    const prev = tokens[i - 1];
    if (NOUN_LIKE_CUES.has(word)) {
        return prev !== undefined && (prev.kind !== 'word' || isHeadWord(prev) || lexicon_1.PRONOUNS.has((0, tokens_1.lower)(prev)));
    }
    if (t.kind !== 'word' || !lexicon_1.CUE_VERBS.has(word))
        return false;
    if (prev && lexicon_1.DETERMINERS.has((0, tokens_1.lower)(prev)) && !lexicon_1.PRONOUNS.has((0, tokens_1.lower)(prev)))
        return false; // "the report", "a call"
    if (prev?.kind === 'word' && (PREPOSITIONS.has((0, tokens_1.lower)(prev)) || /['’]s?$/.test(prev.text)))
        return false; // "of state"
    return !/^so-/.test(prev?.text ?? '');
}
/** Index just past a phrase that starts at `i` and is set off by commas ("…, a professor at …,"). */
function appositiveEnd(tokens, i) {
    for (let j = i; j < tokens.length && j < i + MAX_APPOSITIVE; j++) {
        const t = tokens[j];
        if (t.kind === 'quote' || isPunct(t, '.') || isPunct(t, ';') || isPunct(t, ':'))
            return null;
        if (isPunct(t, ','))
            return j;
    }
    return null;
}
function looksLikeAppositive(tokens, i) {
    const t = tokens[i];
    if (t?.kind !== 'word')
        return false;
    const w = (0, tokens_1.lower)(t);
    return !(0, tokens_1.isCapitalized)(t) || lexicon_1.DETERMINERS.has(w) || w === 'now' || /^\d/.test(w) || PARTY_TAG.test(t.text);
}
/** The first index of the noun phrase whose head is token `head`, scanning left to a determiner. */
function expandLeft(tokens, head) {
    let j = head;
    while (j > 0 && head - j < MAX_NP) {
        const prev = tokens[j - 1];
        const w = (0, tokens_1.lower)(prev);
        if (prev.kind !== 'word' || lexicon_1.NP_BREAKERS.has(w) || lexicon_1.CUE_VERBS.has(w) || lexicon_1.PRONOUNS.has(w))
            break;
        j--;
        if (lexicon_1.DETERMINERS.has(w))
            break;
    }
    return j;
}
const SENTENCE_OPENERS = new Set([
    ...lexicon_1.DETERMINERS,
    ...lexicon_1.NP_BREAKERS,
    ...lexicon_1.TIME_WORDS,
    'however',
    'meanwhile',
    'still',
    'now',
    'then',
    'hours',
    'days',
    'asked',
    'speaking',
]);
const CLAUSE_BREAKERS = new Set([
    'that',
    'and',
    'but',
    'which',
    'because',
    'while',
    'if',
    'when',
    'although',
]);
const isHeadWord = (t) => (0, tokens_1.isCapitalized)(t) || lexicon_1.SOURCE_NOUNS.has((0, tokens_1.lower)(t)) || lexicon_1.TITLE_WORDS.has((0, tokens_1.lower)(t).replace(/\.$/, ''));
/**
 * The head of the subject ending at `end` (inclusive): a pronoun, a name, a source noun, or failing those the
 * word after a determiner ("a friend", "the two").
 */
function headBefore(tokens, end) {
    if (lexicon_1.PRONOUNS.has((0, tokens_1.lower)(tokens[end])))
        return end;
    for (let k = end; k >= 0 && end - k < MAX_NP; k--) {
        k = skipParenthesis(tokens, k);
        const t = tokens[k];
        if (t?.kind !== 'word' || CLAUSE_BREAKERS.has((0, tokens_1.lower)(t)) || lexicon_1.PRONOUNS.has((0, tokens_1.lower)(t)))
            return null;
        if (lexicon_1.TIME_WORDS.has((0, tokens_1.lower)(t)))
            continue;
        if (isHeadWord(t))
            return k;
        if (lexicon_1.DETERMINERS.has((0, tokens_1.lower)(t)) && PREPOSITIONS.has((0, tokens_1.lower)(tokens[k - 1]))) {
            k--; // a prepositional phrase between subject and verb: "Trump at the time said"
            continue;
        }
        if (lexicon_1.DETERMINERS.has((0, tokens_1.lower)(t)) && k < end)
            return k + 1;
    }
    return null;
}
/** Skips a parenthesis ending at `i` ("Harry M. Reid (D-Nev.)"); returns the index before it. */
function skipParenthesis(tokens, i) {
    if (!isPunct(tokens[i], ')'))
        return i;
    let j = i - 1;
    while (j >= 0 && !isPunct(tokens[j], '(') && i - j < 12)
        j--;
    return isPunct(tokens[j], '(') ? j - 1 : i;
}
/** The comma that opens the appositive closed by the comma at `i`: "Corn, director of …, says". */
function appositiveOpening(tokens, i) {
    let fallback = null;
    for (let j = i - 1; j >= 0 && i - j < MAX_APPOSITIVE; j--) {
        const t = tokens[j];
        if (t.kind === 'quote' || isPunct(t, '.') || isPunct(t, ':'))
            return null;
        if (!isPunct(t, ','))
            continue;
        const before = tokens[j - 1];
        const nameOrSource = before !== undefined && ((0, tokens_1.isCapitalized)(before) || lexicon_1.SOURCE_NOUNS.has((0, tokens_1.lower)(before)));
        const apposed = looksLikeAppositive(tokens, j + 1) || hasLowercaseWord(tokens, j + 1, i);
        if (nameOrSource && apposed && !insidePrepositionalPhrase(tokens, j - 1))
            return j;
        if (nameOrSource && apposed)
            fallback ??= j;
    }
    return fallback;
}
/** True when the name ending at `i` is the object of a preposition ("chairman of Freedom Partners"). */
function insidePrepositionalPhrase(tokens, i) {
    let k = i;
    while (k >= 0 && ((0, tokens_1.isCapitalized)(tokens[k]) || isWord(tokens[k], 'the')))
        k--;
    return k >= 0 && PREPOSITIONS.has((0, tokens_1.lower)(tokens[k]));
}
function hasLowercaseWord(tokens, from, to) {
    return tokens
        .slice(from, to)
        .some((t) => t.kind === 'word' && !(0, tokens_1.isCapitalized)(t) && !lexicon_1.DETERMINERS.has((0, tokens_1.lower)(t)));
}
/** The subject before a cue at `cue`: "Corn says", "Geoffrey Corn, director of …, says", "one official told". */
function subjectBefore(tokens, cue) {
    let i = cue - 1;
    while (i >= 0 && tokens[i]?.kind === 'word' && lexicon_1.ADVERBS.has((0, tokens_1.lower)(tokens[i])))
        i--;
    let appositive = null;
    let end = skipParenthesis(tokens, i);
    if (isPunct(tokens[end], ',')) {
        const comma = end;
        end = skipParenthesis(tokens, end - 1);
        if (!isPunct(tokens[end], ',') && end !== comma - 1)
            return subjectEndingAt(tokens, end, null);
        const j = appositiveOpening(tokens, comma);
        if (j === null)
            return namedInCommas(tokens, comma);
        appositive = { start: tokens[j + 1].start, end: tokens[comma - 1].end };
        end = skipParenthesis(tokens, j - 1);
        if (insidePrepositionalPhrase(tokens, end))
            return withOwner(tokens, end, appositive);
    }
    return subjectEndingAt(tokens, end, appositive);
}
/** "Rep. Tom Cole of Oklahoma, an ally …, said": the name before "of …" is the subject. */
function withOwner(tokens, end, appositive) {
    let from = expandLeft(tokens, end);
    while (PREPOSITIONS.has((0, tokens_1.lower)(tokens[from - 1])) && (0, tokens_1.isCapitalized)(tokens[from - 2]))
        from = expandLeft(tokens, from - 2);
    return (0, tokens_1.isCapitalized)(tokens[from]) || lexicon_1.DETERMINERS.has((0, tokens_1.lower)(tokens[from]))
        ? { from, to: end + 1, appositive }
        : null;
}
/** "the assailant, John McGraw, told": a description with the name set off by commas. */
function namedInCommas(tokens, comma) {
    let j = comma - 1;
    while (j >= 0 && (0, tokens_1.isCapitalized)(tokens[j]) && comma - j < 6)
        j--;
    if (!isPunct(tokens[j], ',') || j === comma - 1 || tokens[j - 1]?.kind !== 'word')
        return null;
    const head = headBefore(tokens, j - 1);
    return head === null ? null : { from: expandLeft(tokens, head), to: comma, appositive: null };
}
/** Drops what trails a subject before its verb: "Sanders (I-Vt.) on Saturday criticized". */
function trimTrailing(tokens, head, end) {
    let to = end;
    for (;;) {
        const t = tokens[to];
        if (to > head && t && (lexicon_1.TIME_WORDS.has((0, tokens_1.lower)(t)) || PREPOSITIONS.has((0, tokens_1.lower)(t)) || t.kind === 'punct')) {
            to = isPunct(t, ')') ? skipParenthesis(tokens, to) : to - 1;
        }
        else
            return to;
    }
}
function subjectEndingAt(tokens, end, appositive) {
    if (end < 0 || tokens[end]?.kind !== 'word')
        return null;
    const head = headBefore(tokens, end);
    if (head === null)
        return null;
    if (lexicon_1.PRONOUNS.has((0, tokens_1.lower)(tokens[head])))
        return { from: head, to: head + 1, appositive };
    const opened = appositive || !insidePrepositionalPhrase(tokens, head) ? null : unclosedAppositive(tokens, head);
    if (opened)
        return opened;
    return { from: expandLeft(tokens, head), to: trimTrailing(tokens, head, end) + 1, appositive };
}
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'who', 'now', 'former', 'then']);
/** "Katie Packer, who is chairman of Our Principles Pac said": an appositive whose closing comma is missing. */
function unclosedAppositive(tokens, head) {
    for (let j = head; j > 0 && head - j < MAX_APPOSITIVE; j--) {
        const t = tokens[j];
        if (t.kind === 'quote' || isPunct(t, '.') || CLAUSE_BREAKERS.has((0, tokens_1.lower)(t)))
            return null;
        if (!isPunct(t, ','))
            continue;
        const next = tokens[j + 1];
        const opener = next && (APPOSITIVE_OPENERS.has((0, tokens_1.lower)(next)) || lexicon_1.TITLE_WORDS.has((0, tokens_1.lower)(next)));
        const name = tokens[j - 1];
        if (!opener ||
            !(0, tokens_1.isCapitalized)(name) ||
            lexicon_1.TIME_WORDS.has((0, tokens_1.lower)(name)) ||
            insidePrepositionalPhrase(tokens, j - 1)) {
            return null;
        }
        const appositive = { start: next.start, end: tokens[head].end };
        return { from: expandLeft(tokens, j - 1), to: j, appositive };
    }
    return null;
}
/** The subject after a cue: "said former Army intelligence officer Stefano Ritondale, who …". */
function subjectAfter(tokens, from) {
    let i = from;
    while (i < tokens.length && i - from < MAX_NP) {
        const t = tokens[i];
        if (t.kind !== 'word')
            break;
        const w = (0, tokens_1.lower)(t);
        if (i > from && (lexicon_1.NP_BREAKERS.has(w) || w === 'who' || lexicon_1.CUE_VERBS.has(w) || lexicon_1.AUXILIARIES.has(w)))
            break;
        i++;
        if (i - from === 1 && lexicon_1.PRONOUNS.has(w))
            break;
    }
    if (i === from || lexicon_1.AUXILIARIES.has((0, tokens_1.lower)(tokens[i])))
        return null;
    let appositive = null;
    if (isPunct(tokens[i], ',') && (looksLikeAppositive(tokens, i + 1) || isWord(tokens[i + 1], 'who'))) {
        const end = appositiveEnd(tokens, i + 1) ?? sentenceEnd(tokens, i + 1);
        if (end > i + 1)
            appositive = { start: tokens[i + 1].start, end: tokens[end - 1].end };
    }
    else if (isWord(tokens[i], 'who')) {
        const end = appositiveEnd(tokens, i) ?? sentenceEnd(tokens, i);
        if (end > i)
            appositive = { start: tokens[i].start, end: tokens[end - 1].end };
    }
    return { from, to: i, appositive };
}
function sentenceEnd(tokens, from) {
    let j = from;
    while (j < tokens.length && tokens[j]?.kind !== 'quote' && !isPunct(tokens[j], '.'))
        j++;
    return j;
}
/** True when the cue directly follows a quote ("“…,” said X"), so its subject comes after it. */
function followsQuote(tokens, cue) {
    let i = cue - 1;
    while (i >= 0 && tokens[i]?.kind === 'punct' && /^[,—–-]$/.test(tokens[i]?.text ?? ''))
        i--;
    return tokens[i]?.kind === 'quote';
}
function mentionOf(text, tokens, phrase) {
    if (!phrase)
        return null;
    return (0, mentions_1.describeMention)(text, tokens.slice(phrase.from, phrase.to), phrase.appositive);
}
function cueAt(text, tokens, i, previous) {
    const word = (0, tokens_1.lower)(tokens[i]);
    const make = (to, phrase, side, rule) => ({
        from: i,
        to,
        text: text.slice(tokens[i].start, tokens[to - 1].end),
        source: mentionOf(text, tokens, phrase),
        side,
        sourceFrom: phrase?.from ?? -1,
        sourceTo: phrase?.to ?? -1,
        rule,
    });
    if (word === 'according' && isWord(tokens[i + 1], 'to'))
        return make(i + 2, subjectAfter(tokens, i + 2), 'after', 'according-to');
    if (isWord(tokens[i + 1], PHRASAL_CUES.get(word) ?? '')) {
        const inverted = followsQuote(tokens, i);
        return make(i + 2, inverted ? subjectAfter(tokens, i + 2) : subjectBefore(tokens, i), inverted ? 'after' : 'before', 'phrasal-verb');
    }
    if (word === 'put' && isWord(tokens[i + 1], 'it'))
        return make(i + 2, subjectBefore(tokens, i), 'before', 'as-x-put-it');
    if (!isCueWord(tokens, i))
        return null;
    if (isWord(tokens[i + 1], 'by'))
        return make(i + 2, subjectAfter(tokens, i + 2), 'after', 'passive-by');
    if (lexicon_1.PARTICIPLE_CUES.has(word)) {
        if (previous?.source)
            return { ...make(i + 1, null, 'inherited', 'participle'), source: previous.source };
        const subject = clauseSubject(tokens, i);
        return subject
            ? { ...make(i + 1, subject, 'inherited', 'participle'), sourceFrom: -1, sourceTo: -1 }
            : null;
    }
    if (followsQuote(tokens, i) || (i === 0 && (0, tokens_1.isCapitalized)(tokens[1]))) {
        return make(i + 1, subjectAfter(tokens, i + 1), 'after', 'said-x');
    }
    if (isWord(tokens[i - 1], 'and') || isWord(tokens[i - 1], 'but')) {
        const subject = clauseSubject(tokens, i);
        return subject ? make(i + 1, subject, 'before', 'coordinated-verb') : null;
    }
    const before = subjectBefore(tokens, i);
    const subordinate = before !== null && exports.SUBORDINATORS.has((0, tokens_1.lower)(tokens[before.from - 1]));
    if (before)
        return make(i + 1, before, 'before', subordinate ? 'subordinate-cue' : 'x-said');
    if (isPunct(tokens[i - 1], ',') || i === 0)
        return make(i + 1, subjectAfter(tokens, i + 1), 'after', 'said-x');
    return null;
}
/** The subject of the sentence a later verb shares ("Clinton celebrated …, and said …"): its first name or pronoun. */
function clauseSubject(tokens, before) {
    const near = nearestSubject(tokens, before);
    if (near)
        return near;
    const opensWithPhrase = PREPOSITIONS.has((0, tokens_1.lower)(tokens[0])) || /ing$/.test(tokens[0]?.text ?? '');
    const firstComma = tokens.findIndex((t) => isPunct(t, ','));
    const start = opensWithPhrase && firstComma >= 0 && firstComma < before ? firstComma + 1 : 0;
    for (let k = start; k < before; k++) {
        const t = tokens[k];
        if (t.kind === 'quote')
            return null;
        if (t.kind !== 'word' || SENTENCE_OPENERS.has((0, tokens_1.lower)(t)) || PREPOSITIONS.has((0, tokens_1.lower)(tokens[k - 1])))
            continue;
        if (/^\p{Lu}{3,}$/u.test(t.text))
            continue; // a dateline ("WASHINGTON —")
        if (lexicon_1.PRONOUNS.has((0, tokens_1.lower)(t)) && (0, tokens_1.lower)(t) !== 'it')
            return { from: k, to: k + 1, appositive: null };
        if ((0, tokens_1.isCapitalized)(t) && !(k === 0 && /ing$/.test(t.text))) {
            let to = k + 1;
            while ((0, tokens_1.isCapitalized)(tokens[to]))
                to++;
            return { from: expandLeft(tokens, k), to, appositive: null };
        }
    }
    return null;
}
/** "he laughed and said": a pronoun just before the coordinated verb. */
function nearestSubject(tokens, before) {
    for (let k = before - 1; k >= 0 && before - k <= 4; k--) {
        const t = tokens[k];
        if (t.kind !== 'word')
            return null;
        if (lexicon_1.PRONOUNS.has((0, tokens_1.lower)(t)) && (0, tokens_1.lower)(t) !== 'it')
            return { from: k, to: k + 1, appositive: null };
    }
    return null;
}
/** Words that open a clause of its own: a cue after one keeps its own speaker ("… when he said “…”"). */
exports.SUBORDINATORS = new Set([
    'when',
    'as',
    'after',
    'while',
    'because',
    'before',
    'since',
    'where',
    'until',
]);
/** Every cue in a sentence's tokens, in order. */
function findCues(text, tokens) {
    const cues = [];
    for (let i = 0; i < tokens.length; i++) {
        if (tokens[i]?.kind !== 'word')
            continue;
        const cue = cueAt(text, tokens, i, cues[cues.length - 1]);
        if (cue?.source) {
            cues.push(cue);
            i = Math.max(i, cue.to - 1);
        }
    }
    return cues;
}
/** "Quoting a senior official, Rolling Stone reported …": the source is the one quoted, not the outlet. */
function quotingSource(text, tokens) {
    if (!isWord(tokens[0], 'quoting'))
        return null;
    const end = tokens.findIndex((t, i) => i > 0 && isPunct(t, ','));
    if (end < 2)
        return null;
    return (0, mentions_1.describeMention)(text, tokens.slice(1, end), null);
}
/** "KELLER: “…”", "JAKE TAPPER: “…”": a transcript's speaker label in capitals opening the sentence. */
function transcriptLabel(text, tokens, quoteIndex) {
    if (!isPunct(tokens[quoteIndex - 1], ':') || quoteIndex < 2 || quoteIndex > 5)
        return null;
    const label = tokens.slice(0, quoteIndex - 1);
    if (!label.every((t) => t.kind === 'word' && /^[\p{Lu}][\p{Lu}.'’-]+$/u.test(t.text)))
        return null;
    const first = label[0];
    const last = label[label.length - 1];
    const name = text.slice(first.start, last.end);
    return {
        start: first.start,
        end: last.end,
        text: name,
        kind: 'named',
        name,
        role: null,
        head: null,
        plural: false,
    };
}
/**
 * "Michael P. McDonald: “…”", "Trump leaned in and boomed: “…”": a colon before a quote gives it to the name
 * before the colon, or else to the subject of the clause the colon ends.
 */
function colonSource(text, tokens, quoteIndex) {
    if (!isPunct(tokens[quoteIndex - 1], ':'))
        return null;
    const end = quoteIndex - 2;
    if (end < 0 || tokens[end]?.kind !== 'word')
        return null;
    const mention = (0, mentions_1.describeMention)(text, tokens.slice(expandLeft(tokens, end), end + 1), null);
    if (mention && mention.kind !== 'nominal')
        return mention;
    const subject = clauseSubject(tokens, end);
    const clause = subject ? (0, mentions_1.describeMention)(text, tokens.slice(subject.from, subject.to), null) : null;
    return clause && clause.kind !== 'nominal' ? clause : null;
}
/**
 * "Bolton thought some of the “Neocons For Hillary” buzz …": a partial quote with no cue at all belongs to the
 * person the sentence is about, when the sentence opens with a name or a personal pronoun.
 */
function sentenceSubject(text, tokens, quoteIndex) {
    const subject = clauseSubject(tokens, quoteIndex);
    if (!subject || subject.from > 3)
        return null;
    const mention = (0, mentions_1.describeMention)(text, tokens.slice(subject.from, subject.to), null);
    return mention && mention.kind !== 'nominal' && !mention.plural ? mention : null;
}
const PAST_OR_PRESENT = /^\p{Ll}[\p{L}-]*(?:ed|s)$/u;
const NOT_CUES = new Set([
    'was',
    'is',
    'has',
    'does',
    'as',
    'this',
    'its',
    'his',
    'hers',
    'us',
    'yes',
    'less',
    'plus',
]);
/**
 * "“…,” Kelly charged.": a quote, a comma, a name or pronoun and a verb — a cue by its shape even when the
 * verb is not a verb of saying we know.
 */
function cueByShape(text, tokens, quoteIndex) {
    let i = quoteIndex + 1;
    if (tokens[i]?.kind === 'punct' && /^[,—–-]$/.test(tokens[i]?.text ?? ''))
        i++;
    const first = tokens[i];
    if (first?.kind !== 'word')
        return null;
    let end = i;
    if (lexicon_1.PRONOUNS.has((0, tokens_1.lower)(first)) && (0, tokens_1.lower)(first) !== 'it')
        end = i + 1;
    else
        while ((0, tokens_1.isCapitalized)(tokens[end]) && end - i < 4)
            end++;
    const verb = tokens[end];
    if (end === i || !verb || !PAST_OR_PRESENT.test(verb.text) || NOT_CUES.has((0, tokens_1.lower)(verb)))
        return null;
    const after = tokens[end + 1];
    if (after && after.kind === 'word' && !PREPOSITIONS.has((0, tokens_1.lower)(after)) && !lexicon_1.ADVERBS.has((0, tokens_1.lower)(after)))
        return null;
    return (0, mentions_1.describeMention)(text, tokens.slice(i, end), null);
}
//# sourceMappingURL=cues.js.map