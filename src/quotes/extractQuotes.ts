/**
 * Every quote in an article with its speaker: quoted spans are found, sentences are read in order, each quote is
 * tied to the cue that introduces or closes it ("…,” Corn says" / "Corn says, “…”" / "according to …"), a quote
 * with no cue of its own that opens a sentence continues the previous speaker, and the speaker mention is
 * resolved to a name where the article gives one. A partial quote inside reported speech ("replied that
 * candidate Trump “never” proposed …") is reported with the reported clause that carries it.
 */
import { splitSentences } from '../corpus/sentences';
import type { Article, Paragraph, Span } from '../corpus/types';
import { firstAtOrAfter } from '../text/sorted';
import type { CueRuleId } from './cueRules';
import {
  type Cue,
  claimOwner,
  claimOwnerPhrase,
  colonSource,
  cueByShape,
  dashedAfterName,
  findCues,
  isLabel,
  OWN_CLAUSE_OPENERS,
  quotingFor,
  quotingSource,
  SUBORDINATORS,
  sentenceSubject,
  signOff,
  tellsReaderWhereToLook,
  trailingSignOff,
  transcriptLabel,
} from './cues';
import { Discourse, type Speaker } from './discourse';
import { ADVERBS, AUXILIARIES, CUE_VERBS as CUE_VERB_WORDS, PRONOUNS, SOURCE_NOUNS } from './lexicon';
import { describeMention, type Mention, nicknameAt } from './mentions';
import { People } from './people';
import { findQuotedSpans, type QuotedSpan } from './quoteMarks';
import { Salience } from './salience';
import { lower, StretchTokens, type Token, tokenize } from './tokens';
import { transcriptTurns } from './transcriptTurns';

export interface ExtractedQuote extends Span {
  text: string;
  /** The quoted pieces (with their marks) inside [start, end). */
  quoted: Span[];
  paragraph: number;
  speaker: string | null;
  /** Whether the speaker is a person or organisation named in the article (not "a senior official"). */
  named: boolean;
  mention: string | null;
  mentionStart: number | null;
  mentionEnd: number | null;
  role: string | null;
  cue: string | null;
  /** The cue rule (cueRules.ts) that tied the quote to its speaker, or null when none did. */
  rule: CueRuleId | null;
  /** How the speaker mention was resolved to the speaker: "name", a pronoun rule, "epithet", "as-written", … */
  speakerRule: string | null;
  /** "respaced" when the article's straight marks were paired as a machine's re-spacing (respacedQuotes.ts). */
  marks?: 'respaced';
}

/** Quotes of fewer words than this with no speaker are scare quotes or titles, not quotes. */
export const MIN_UNATTRIBUTED_WORDS = 4;

/** A cue-less partial quote goes to the sentence's subject only when it is this long: shorter ones are labels. */
const MIN_SUBJECT_QUOTE_WORDS = 3;

const SPEECH_VERBS =
  'said|says|asked|asks|added|adds|told|tells|tweeted|wrote|writes|replied|explained|continued';

interface Unit extends Span {
  paragraph: number;
}

interface Attribution {
  speaker: Speaker;
  mention: Mention;
  cue: string | null;
  rule: CueRuleId;
  /** Set when the attribution comes from a sentence of reported speech with no quote. */
  reported?: boolean;
}

/** An attribution as the sentences after it may go on with it, with the paragraph it was made in. */
type HeldAttribution = Attribution & { paragraph: number };

/**
 * `a` held over from its paragraph (reported speech when `reported`). Fields written out rather than spread: see
 * mentionWith in mentions.ts.
 */
const heldOver = (a: Attribution, paragraph: number, reported = a.reported): HeldAttribution => ({
  speaker: a.speaker,
  mention: a.mention,
  cue: a.cue,
  rule: a.rule,
  reported,
  paragraph,
});

/** A quote that goes on with `a`'s speaker, by `rule`, with no cue of its own. */
const goesOn = (a: Attribution, rule: CueRuleId): Attribution => ({
  speaker: a.speaker,
  mention: a.mention,
  cue: null,
  rule,
  reported: false,
});

/** "“Too forced?” He tweeted": a sentence that opens with a short speaker-and-cue clause closes the quote before. */
const CUE_OPENING = new RegExp(
  `^(?:(?:he|she|they|it|[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){0,3}|the\\s+\\p{L}+)\\s+(?:${SPEECH_VERBS})\\b|^(?:${SPEECH_VERBS})\\s+\\p{Lu})`,
  'iu',
);

/**
 * "“Is it negotiable?” Hannity pressed.", "“…?” Trump went on, as if …": a question or exclamation closes its
 * sentence, and a short name-and-verb clause after it is its cue by shape (whatever the verb), as in `verb-by-shape`.
 */
const CUE_OPENING_BY_SHAPE =
  /^(?:he|she|they|[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})\s+(?:went\s+on|shot\s+back|fired\s+back|chimed\s+in|(?!(?:was|is|has|does|as)\b)\p{Ll}+(?:ed|s))(?:\s*[.,;—–]|\s+(?:in|on|at|to|for|with|as|and|after|before|from|during|about|back|again|later|then)\b)/u;
/** A name (not a pronoun) and a verb of saying opening a sentence: "Clinton asks", "Mayor Ana Lee says". */
const NAME_CUE_OPENING = new RegExp(
  `^[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){0,3}\\s+(?:${SPEECH_VERBS})\\b`,
  'u',
);
/**
 * The length of a sentence's opening "Name verb …" clause, up to its first comma; 0 when there is none or a
 * quotation mark comes first (the clause itself quotes something).
 */
function openingCueClause(sentence: string): number {
  if (!NAME_CUE_OPENING.test(sentence)) return 0;
  const end = sentence.search(/[,;“"«„]|''/);
  return end > 0 && /[,;]/.test(sentence.charAt(end)) ? end : 0;
}

/** A quote that ends its own sentence: a question or an exclamation. */
const CLOSES_SENTENCE = /[?!][’”"'»]*\s*$/;

/** Sentences in reading order, merged where a quote runs across a sentence (or paragraph) boundary. */
function sentenceUnits(article: Pick<Article, 'text' | 'paragraphs'>, quotes: QuotedSpan[]): Unit[] {
  const units: Unit[] = [];
  for (const p of article.paragraphs) {
    for (const s of p.sentences) {
      const prev = units[units.length - 1];
      const open = prev && quotes.some((q) => q.start < prev.end && q.end > prev.end);
      const onlyQuote =
        prev && prev.paragraph === p.n && quotes.some((q) => q.start === prev.start && q.end === prev.end);
      const nextText = article.text.slice(s.start, s.end);
      const byShape =
        prev !== undefined &&
        onlyQuote &&
        CLOSES_SENTENCE.test(article.text.slice(prev.start, prev.end)) &&
        CUE_OPENING_BY_SHAPE.test(nextText);
      const quoted = quotes.some((q) => q.start >= s.start && q.start < s.end);
      const cueNext = onlyQuote && (CUE_OPENING.test(nextText) || byShape) && !quoted;
      // "“…?” Ana asks as a waiter walks in, saying he is “here to fix the sink.”": the opening clause is the
      // question's cue even when the sentence goes on to quote someone; the rest is read on its own.
      const clause =
        prev && onlyQuote && quoted && !open && CLOSES_SENTENCE.test(article.text.slice(prev.start, prev.end))
          ? openingCueClause(nextText)
          : 0;
      if (prev && (open || cueNext)) prev.end = s.end;
      else if (prev && clause > 0) {
        prev.end = s.start + clause;
        units.push({ start: s.start + clause, end: s.end, paragraph: p.n });
      } else units.push({ start: s.start, end: s.end, paragraph: p.n });
    }
  }
  return units;
}

const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

function clauseStart(cue: Cue): number {
  return cue.side === 'before' && cue.sourceFrom >= 0 ? cue.sourceFrom : cue.from;
}

function clauseEnd(cue: Cue): number {
  return cue.side === 'after' && cue.sourceTo >= 0 ? cue.sourceTo : cue.to;
}

const isPunctAt = (tokens: Token[], i: number, p: string) =>
  tokens[i]?.kind === 'punct' && tokens[i]?.text === p;

const onlyPunct = (tokens: Token[], from: number, to: number) =>
  tokens.slice(from, to).every((t) => t.kind === 'punct');

/**
 * The cue a quote token belongs to: one right after it ("…,” she said), unless the quote sits inside reported
 * speech introduced earlier ("admitted that he had “…”"); else the nearest before it, preferring the main
 * clause's speaker over a pronoun in a nested clause; else any after it.
 */
function cueFor(tokens: Token[], q: number, cues: Cue[]): Cue | null {
  const after = cues.find((c) => c.from > q);
  const befores = cues.filter((c) => c.to <= q);
  const nearest = befores[befores.length - 1];
  const embedded =
    nearest !== undefined && !onlyPunct(tokens, clauseEnd(nearest), q) && tokens[q - 1]?.kind === 'word';
  // The words between the quote and the cue after it: up to its subject, or up to its verb when the subject
  // stands before the quote ("Sanders … saying “of course” Clinton … but said" is not "“…” said").
  const next = after && (clauseStart(after) > q ? clauseStart(after) : after.from);
  if (after && onlyPunct(tokens, q + 1, next ?? q + 1) && !embedded) return after;
  if (nearest?.source?.kind === 'pronoun' && !subordinate(tokens, nearest)) {
    const main = befores.find((c) => c.source?.kind !== 'pronoun');
    if (main) return main;
  }
  // "Stevens said the way the campaign disparaged women who complained about … ''would be …''": a cue in a
  // relative clause describes someone; the quote is the main clause's speaker's.
  if (nearest && RELATIVES.has(lower(tokens[nearest.from - 1])) && befores.length > 1) {
    return befores.find((c) => !RELATIVES.has(lower(tokens[c.from - 1]))) ?? nearest;
  }
  return nearest ?? after ?? null;
}

/** Relative pronouns: a verb right after one is in a clause that describes a noun. */
const RELATIVES = new Set(['who', 'whom', 'that', 'which']);

/** "… was right when he said “…”": a cue in a clause of its own ("when", "as", "after" …) keeps its speaker. */
function subordinate(tokens: Token[], cue: Cue): boolean {
  if (cue.side !== 'before' || cue.sourceFrom <= 0) return false;
  const before = lower(tokens[cue.sourceFrom - 1]);
  return SUBORDINATORS.has(before) || OWN_CLAUSE_OPENERS.has(before);
}

/**
 * A colon between the cue and the quote introduces the quote itself when the words between are only its frame:
 * where, how or to whom it was said ("told reporters: “…”", "said in a statement: “…”", "said flatly: “…”", "told
 * Fox News: “…”"). Words with a verb or a clause of their own are reported speech the quote belongs to ("said the
 * plan failed: “…”", "said that the harbor faced two choices: “…”", "said he wants one thing: “…”").
 */
function introducesByColon(tokens: Token[], from: number, quote: number): boolean {
  if (!isPunctAt(tokens, quote - 1, ':')) return false;
  const words = tokens.slice(from, quote - 1).filter((t) => t.kind === 'word');
  const first = lower(words[0]);
  if (words.some((t) => CLAUSE_WORDS.has(lower(t)))) return false;
  if (FRAME_OPENERS.has(first) || ADVERBS.has(first) || /^[a-z]{3,}ly$/.test(first)) return true;
  // An addressee, then perhaps where or when: "the crowd", "reporters at the White House on Monday".
  const at = words.findIndex((t) => FRAME_OPENERS.has(lower(t)));
  const addressee = at < 0 ? words : words.slice(0, at);
  const verbLike = (t: Token) => AUXILIARIES.has(lower(t)) || /^[a-z]{2,}ed$/.test(t.text);
  return addressee.length <= MAX_FRAME_WORDS && !PRONOUNS.has(first) && !words.some(verbLike);
}

/** Words that open where or how a quote was said: "in a statement", "on Facebook", "to reporters". */
const FRAME_OPENERS = new Set('in on to at of with about via for from during after before back'.split(' '));
/** Words that make the words before a colon a clause of their own: "that …", "how he …", "why she quit". */
const CLAUSE_WORDS = new Set(
  'that how why what when where who whom whose which because if whether'.split(' '),
);
/** An addressee or a medium without a preposition: "the crowd", "Breitbart London", "The Huffington Post". */
const MAX_FRAME_WORDS = 3;

interface Piece {
  token: number;
  quote: QuotedSpan;
}

function contentSpan(tokens: Token[], unit: Unit, pieces: Piece[], cue: Cue | null): Span {
  const first = pieces[0] as Piece;
  const last = pieces[pieces.length - 1] as Piece;
  const span = { start: first.quote.start, end: last.quote.end };
  if (!cue) return span;
  if (cue.from > last.token) {
    const wordsBefore = tokens.slice(0, first.token).some((t) => t.kind !== 'punct');
    if (wordsBefore && pieces.length === 1) span.start = unit.start;
    return span;
  }
  const end = clauseEnd(cue);
  if (!onlyPunct(tokens, end, first.token) && !introducesByColon(tokens, end, first.token)) {
    span.start = (tokens[end] as Token).start;
  }
  const rest = tokens.slice(last.token + 1);
  if (!rest.some((t) => t.kind === 'quote')) span.end = Math.max(span.end, trimmedEnd(tokens, last.token));
  return span;
}

function trimmedEnd(tokens: Token[], from: number): number {
  let end = (tokens[from] as Token).end;
  for (let i = from + 1; i < tokens.length; i++) end = (tokens[i] as Token).end;
  return end;
}

/** A line the article took for a heading that still carries speech: it introduces a quote or holds one. */
const INTRO_HEADING = /:\s*$/;
const MIN_QUOTING_HEADING_WORDS = 8;

/**
 * The paragraphs to read for quotes: the article's, plus the lines taken for headings that end with a colon
 * ("Cruz continued:") or hold a quote in a sentence of some length (a paragraph that lacks its full stop). Such
 * a line keeps the number of the paragraph before it, so the numbers of real paragraphs do not change.
 */
function quoteParagraphs(article: Pick<Article, 'text' | 'paragraphs'> & Partial<Pick<Article, 'headings'>>) {
  const { text, paragraphs } = article;
  const extra = (article.headings ?? []).filter((h) => {
    const line = text.slice(h.start, h.end);
    const quoting = /["“”]/.test(line) && wordCount(line) >= MIN_QUOTING_HEADING_WORDS;
    return (
      h.start > (paragraphs[0]?.start ?? Number.POSITIVE_INFINITY) && (INTRO_HEADING.test(line) || quoting)
    );
  });
  if (extra.length === 0) return paragraphs;
  const added = extra.map((h) => ({
    ...h,
    n: [...paragraphs].reverse().find((p) => p.start < h.start)?.n ?? 0,
    sentences: splitSentences(text, h.start, h.end),
  }));
  return [...paragraphs, ...added].sort((a, b) => a.start - b.start);
}

/**
 * The people quote extraction read, and from what: the paragraphs and the quoted spans left out of the names.
 * `peopleOf` reuses them when it would read the same (see there).
 */
export interface PeopleRead {
  paragraphs: readonly Paragraph[];
  quoted: readonly Span[];
  people: People;
  /** Each paragraph's tokens, with `quoted` left out (see tokenize). */
  tokens: readonly Token[][];
}

type QuoteInput = Pick<Article, 'text' | 'paragraphs'> & Partial<Pick<Article, 'headings'>>;

export function extractQuotes(input: QuoteInput): ExtractedQuote[] {
  return readQuotes(input).quotes;
}

/** The quotes, and the people as read from the text (what attribution learned into them taken out again). */
export function readQuotes(input: QuoteInput): { quotes: ExtractedQuote[]; read: PeopleRead } {
  const article = { text: input.text, paragraphs: quoteParagraphs(input) };
  // A markup attribute's value (`id="…"`) is not speech.
  const quotes = findQuotedSpans(article).filter((q) => input.text[q.start - 1] !== '=');
  // Each paragraph is tokenized once: for the names in it, and for its sentences' cues (see StretchTokens).
  const tokens = article.paragraphs.map((p) => tokenize(input.text, p, quotes));
  const people = People.read(input.text, tokens);
  const out = attribute(
    article,
    quotes,
    people,
    new StretchTokens(input.text, article.paragraphs, tokens, quotes),
  );
  const read = { paragraphs: article.paragraphs, quoted: quotes, people: people.asRead(), tokens };
  return { quotes: out, read };
}

function attribute(
  article: Pick<Article, 'text' | 'paragraphs'>,
  quotes: QuotedSpan[],
  people: People,
  stretches: StretchTokens,
): ExtractedQuote[] {
  const { text } = article;
  const discourse = new Discourse(people, new Salience(text, article, people, quotes));
  const out: ExtractedQuote[] = [];
  let last: HeldAttribution | null = null;
  for (const unit of sentenceUnits(article, quotes)) {
    const tokens = stretches.of(unit);
    const cues = findCues(text, tokens);
    const quoting = quotingSource(text, tokens);
    const attributions = new Map<Cue, Attribution>();
    for (const cue of cues) {
      const quoted = quotingFor(quoting, cue.source);
      const mention = quoted ?? cue.source;
      if (!mention) continue;
      const rule = quoted ? 'quoting' : cue.rule;
      attributions.set(cue, {
        speaker: discourse.resolve(mention, unit.paragraph),
        mention,
        cue: cue.text,
        rule,
      });
    }
    const pieces: Piece[] = [];
    tokens.forEach((t, i) => {
      const quote = t.quote !== undefined ? quotes[t.quote] : undefined;
      // "Armando “Mando” Martinez": a nickname inside a name is part of the name, not a quotation.
      if (quote && quote.start >= unit.start && !nicknameAt(tokens, i)) pieces.push({ token: i, quote });
    });
    const groups = groupPieces(tokens, pieces, cues);
    let earlier: Attribution | null = null; // the speaker of this sentence's quotes so far
    for (const group of groups) {
      const label = group.pieces.length === 1 && isLabel(tokens, (group.pieces[0] as Piece).token);
      const attribution: Attribution | null = label
        ? null
        : group.cue
          ? (attributions.get(group.cue) ?? null)
          : (givenTo(dashedAside(text, tokens, group.pieces), 'dashed-after-name', unit, discourse) ??
            givenTo(signedOff(text, tokens, group.pieces), 'trailing-sign-off', unit, discourse) ??
            inherit(text, tokens, group.pieces, last, unit, discourse) ??
            sameSentence(earlier, text, group));
      if (attribution) earlier = attribution;
      // A speaker found without a cue verb by its own mention ("“…,” the woman screams") is who the sentence is
      // about for the pronouns after it, as a cue's speaker is.
      if (attribution && !group.cue && ownMention(text, unit, attribution))
        discourse.note(attribution.speaker, unit.paragraph, attribution.mention, attribution.cue);
      const span = contentSpan(tokens, unit, group.pieces, group.cue);
      const quote = makeQuote(text, span, group.pieces, unit, attribution);
      if (!attribution && wordCount(quote.text) < MIN_UNATTRIBUTED_WORDS) continue;
      out.push(quote);
      if (attribution) last = heldOver(attribution, unit.paragraph);
    }
    const quotedCues = new Set(groups.map((g) => g.cue));
    for (const [cue, a] of attributions)
      discourse.note(a.speaker, unit.paragraph, a.mention, a.cue, quotedCues.has(cue));
    const signed = pieces.length === 0 && cues.length === 0 ? signOff(text, tokens, unit.start) : null;
    if (signed) signQuotes(out, unit.paragraph, discourse.resolve(signed, unit.paragraph), signed);
    // A sentence of reported speech with no quote ("Lau said in a statement.") hands its speaker on.
    const lastCue = cues[cues.length - 1];
    const said = lastCue ? attributions.get(lastCue) : undefined;
    // "Read the latest updates below:" hands on no one; "Listen to Ortiz describe the scene:" hands on Ortiz.
    const reported = said && (said.speaker.named || !tellsReaderWhereToLook(tokens)) ? said : undefined;
    if (reported && pieces.length === 0) last = heldOver(reported, unit.paragraph, true);
    // "Governor Lee released the following statement:" with no cue verb: the clause's subject introduces the
    // quote that opens the next paragraph.
    const intro = !reported && pieces.length === 0 ? colonSource(text, tokens, tokens.length) : null;
    if (intro) {
      const speaker = discourse.resolve(intro, unit.paragraph);
      last = { speaker, mention: intro, cue: ':', rule: 'colon', paragraph: unit.paragraph, reported: true };
      discourse.note(speaker, unit.paragraph, intro);
    } else if (!reported && pieces.length === 0 && isPunctAt(tokens, tokens.length - 1, ':')) {
      const transcript: Mention | null = last
        ? (documentIntro(tokens) ?? leadIn(tokens, last.mention))
        : null;
      // "Transcript as follows:", "Then, the punch line:" hand the last speaker on to the words they introduce;
      // "Giant screens over the arena glittered with the words:" introduces no one's speech.
      last =
        last && transcript
          ? {
              ...last,
              mention: transcript,
              rule: 'document-intro',
              paragraph: unit.paragraph,
              reported: true,
            }
          : null;
    }
  }
  return withTurns(withoutNested(out), transcriptTurns(text, article.paragraphs, { discourse, people }));
}

/** The quotes and a transcript's turns (which may hold quotes of their own), in reading order. */
const withTurns = (quotes: ExtractedQuote[], turns: ExtractedQuote[]): ExtractedQuote[] =>
  turns.length === 0 ? quotes : [...quotes, ...turns].sort((a, b) => a.start - b.start);

const MAX_LEAD_IN = 4;

/** "Then, the punch line:", "His answer:": a lead-in of a few words naming no one, ending in a colon. */
function isLeadIn(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word');
  const plain = words.every(
    (t, i) =>
      (i === 0 || !/^\p{Lu}/u.test(t.text)) &&
      !CUE_VERB_WORDS.has(lower(t)) &&
      !AUX.has(lower(t)) &&
      !SOURCE_NOUNS.has(lower(t)), // "From the report:" names the source
  );
  const colon = isPunctAt(tokens, tokens.length - 1, ':');
  return colon && words.length > 0 && words.length <= MAX_LEAD_IN && plain;
}

/** A lead-in line hands the last speaker on (the speaker stays, so does the mention). */
const leadIn = (tokens: Token[], speaker: Mention): Mention | null => (isLeadIn(tokens) ? speaker : null);

const AUX = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would']);

const TRANSCRIPT_NOUNS = new Set(['transcript', 'text', 'remarks', 'excerpt', 'excerpts', 'speech']);
const MAX_DOCUMENT_INTRO = 8;

/** "Transcript as follows:", "Full text of the remarks:": a short line introducing the text of what was said. */
function documentIntro(tokens: Token[]): Mention | null {
  const words = tokens.filter((t) => t.kind === 'word');
  const noun = words.find((t) => TRANSCRIPT_NOUNS.has(lower(t)));
  if (!noun || words.length > MAX_DOCUMENT_INTRO || words.slice(1).some((t) => /^\p{Lu}/u.test(t.text)))
    return null;
  return {
    start: noun.start,
    end: noun.end,
    text: noun.text,
    kind: 'nominal',
    name: null,
    role: null,
    head: lower(noun),
    plural: false,
  };
}

/** A quote given to the mention its own rule found, with no cue verb. */
function givenTo(
  mention: Mention | null,
  rule: CueRuleId,
  unit: Unit,
  discourse: Discourse,
): Attribution | null {
  return mention ? { speaker: discourse.resolve(mention, unit.paragraph), mention, cue: null, rule } : null;
}

/** The name signing a quote on its own line, a dash before it (see trailingSignOff). */
const signedOff = (text: string, tokens: Token[], pieces: Piece[]): Mention | null =>
  trailingSignOff(text, tokens, (pieces[pieces.length - 1] as Piece).token);

/** The named person a quote set off by dashes right after their name is given to (see dashedAfterName). */
function dashedAside(text: string, tokens: Token[], pieces: Piece[]): Mention | null {
  const q = (pieces[0] as Piece).token;
  const from = pieces.length === 1 ? dashedAfterName(tokens, q) : -1;
  const mention = from >= 0 ? describeMention(text, tokens.slice(from, q - 1), null) : null;
  return mention?.kind === 'named' ? mention : null;
}

/** Gives the unattributed quotes of the paragraph before a sign-off line ("- Bernie Sanders.") its name. */
function signQuotes(out: ExtractedQuote[], paragraph: number, speaker: Speaker, mention: Mention): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const q = out[i] as ExtractedQuote;
    if (q.paragraph < paragraph - 1) break;
    if (q.speaker !== null || q.paragraph === paragraph) continue;
    out[i] = {
      ...q,
      speaker: speaker.name,
      named: speaker.named,
      mention: mention.text,
      mentionStart: mention.start,
      mentionEnd: mention.end,
      role: speaker.role,
      cue: null,
      rule: 'sign-off',
      speakerRule: speaker.resolution ?? null,
    };
  }
}

/**
 * The same words are emitted once: a quote whose span lies inside another's (a prefix of it, or the same span
 * read twice) is dropped.
 */
function withoutNested(quotes: ExtractedQuote[]): ExtractedQuote[] {
  const kept = quotes;
  return kept.filter(
    (q, i) =>
      !kept.some(
        (o, j) =>
          j !== i &&
          o.start <= q.start &&
          q.end <= o.end &&
          (o.end - o.start > q.end - q.start || (o.start === q.start && o.end === q.end && j < i)),
      ),
  );
}

interface Group {
  cue: Cue | null;
  pieces: Piece[];
}

/** Direct quotes stand alone; partial quotes tied to the same cue form one reported clause. */
function groupPieces(tokens: Token[], pieces: Piece[], cues: Cue[]): Group[] {
  const groups: Group[] = [];
  for (const piece of pieces) {
    // A quote with its own speaker right before it (a name and a dash, a name's claim) takes no cue.
    const own = dashedAfterName(tokens, piece.token) >= 0 || claimOwnerPhrase(tokens, piece.token) !== null;
    const cue = own ? null : cueFor(tokens, piece.token, cues);
    const prev = groups[groups.length - 1];
    const partial = cue !== null && cue.to <= piece.token && !onlyPunct(tokens, clauseEnd(cue), piece.token);
    if (prev && partial && prev.cue === cue) prev.pieces.push(piece);
    else groups.push({ cue, pieces: [piece] });
  }
  return groups;
}

/** Rules of quotes without a cue verb that find their speaker's own mention, not the last speaker's. */
const OWN_MENTION_RULES: ReadonlySet<string> = new Set(['verb-by-shape', 'transcript-label', 'colon']);

/**
 * Whether a quote without a cue verb was given to its speaker's own mention, which then is who the sentence is
 * about: a colon's source only when it opens its clause ("After meeting Ms Rice, Mrs Beckett made her first
 * comment: “…”"), not when someone else named in the clause is its subject ("John Reyes held up the note Tom Hart
 * left: “…”": the next "he told jurors" is Reyes).
 */
function ownMention(text: string, unit: Unit, attribution: Attribution): boolean {
  if (!OWN_MENTION_RULES.has(attribution.rule)) return false;
  if (attribution.rule !== 'colon') return true;
  const before = text.slice(unit.start, attribution.mention.start);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1).trim();
  return !/\s\p{Lu}/u.test(clause);
}

const MAX_BETWEEN_QUOTES = 7;

/** "“The way I see it,” she elaborated, “no one …”": the cue by shape between two quotes serves the second too. */
function shapedBetween(text: string, tokens: Token[], quoteToken: number): Mention | null {
  if (!isPunctAt(tokens, quoteToken - 1, ',')) return null;
  let before = quoteToken - 2;
  while (before >= 0 && tokens[before]?.kind !== 'quote' && quoteToken - before <= MAX_BETWEEN_QUOTES)
    before--;
  return tokens[before]?.kind === 'quote' ? cueByShape(text, tokens, before) : null;
}

/** Words that may open a sentence that only continues the last speaker's quote ("But “…”"). */
const CONTINUERS = new Set([
  'but',
  'and',
  'still',
  'yet',
  'also',
  'so',
  'then',
  'again',
  'adding',
  'saying',
  'instead',
  'now',
  'indeed',
  'however',
  'otherwise',
]);

/**
 * "“It was an example of the mayor” and her staff “quietly deciding to act.”": in a sentence with no cue, a
 * later quote goes on with the speaker of the sentence's first quote.
 */
function sameSentence(earlier: Attribution | null, text: string, group: Group): Attribution | null {
  const first = group.pieces[0] as Piece;
  const words = wordCount(text.slice(first.quote.start, first.quote.end));
  // A short fragment ("the “Eurosceptic” party") is a scare quote or a name, not the speaker going on.
  if (!earlier || words < MIN_SAME_SENTENCE_WORDS) return null;
  return goesOn(earlier, 'same-sentence');
}

const MIN_SAME_SENTENCE_WORDS = 6;

/** Words that open a fronted clause before a quote: "Unless the rain stops, “…”", "In the end, “…”". */
const FRONTING = new Set([
  ...SUBORDINATORS,
  'unless',
  'if',
  'although',
  'though',
  'once',
  'in',
  'on',
  'for',
  'with',
  'without',
  'despite',
  'by',
  'at',
]);
const MAX_FRONTED = 14;
const PERSONAL = new Set(['he', 'she', 'they', 'i', 'we', 'him', 'her', 'them']);

/**
 * A quote after a fronted clause that ends in a comma and names nobody speaks on for the last speaker, as a
 * quote opening the sentence does: the clause says when or on what condition, not who.
 */
function afterFrontedClause(tokens: Token[], quoteToken: number): boolean {
  const clause = tokens.slice(0, quoteToken);
  if (clause.length < 3 || clause.length > MAX_FRONTED || !isPunctAt(tokens, quoteToken - 1, ','))
    return false;
  if (!FRONTING.has(lower(clause[0]))) return false;
  return clause.every(
    (t, i) =>
      t.kind === 'punct' ||
      (t.kind === 'word' &&
        !PERSONAL.has(lower(t)) &&
        !CUE_VERB_WORDS.has(lower(t)) &&
        (i === 0 || !/^\p{Lu}/u.test(t.text))),
  );
}

function inherit(
  text: string,
  tokens: Token[],
  pieces: Piece[],
  last: HeldAttribution | null,
  unit: Unit,
  discourse: Discourse,
): Attribution | null {
  const first = pieces[0] as Piece;
  const lastPiece = pieces[pieces.length - 1] as Piece;
  const label = transcriptLabel(text, tokens, first.token);
  if (label)
    return {
      speaker: discourse.resolve(label, unit.paragraph),
      mention: label,
      cue: ':',
      rule: 'transcript-label',
    };
  const colon = colonSource(text, tokens, first.token);
  if (colon)
    return { speaker: discourse.resolve(colon, unit.paragraph), mention: colon, cue: ':', rule: 'colon' };
  const shaped = cueByShape(text, tokens, lastPiece.token) ?? shapedBetween(text, tokens, first.token);
  if (shaped)
    return {
      speaker: discourse.resolve(shaped, unit.paragraph),
      mention: shaped,
      cue: null,
      rule: 'verb-by-shape',
    };
  const opensSentence =
    tokens.slice(0, first.token).every((t) => t.kind === 'punct' || CONTINUERS.has(lower(t))) ||
    isLeadIn(tokens.slice(0, first.token)) ||
    (afterFrontedClause(tokens, first.token) &&
      wordCount(text.slice(first.quote.start, lastPiece.quote.end)) >= MIN_SAME_SENTENCE_WORDS);
  if (last && opensSentence && unit.paragraph - last.paragraph <= 1) {
    const rule = !last.reported
      ? 'continues-speaker'
      : last.rule === 'colon' || last.rule === 'document-intro'
        ? last.rule
        : 'reported-clause';
    return goesOn(last, rule);
  }
  const claim = givenTo(claimOwner(text, tokens, first.token), 'claim-owner', unit, discourse);
  if (claim) return claim;
  const words = wordCount(text.slice(first.quote.start, lastPiece.quote.end));
  // After a colon whose clause names nobody ("screens glittered with a proclamation: “…”"), no subject guess.
  const afterColon = isPunctAt(tokens, first.token - 1, ':');
  const subject =
    opensSentence || words < MIN_SUBJECT_QUOTE_WORDS ? null : sentenceSubject(text, tokens, first.token);
  if (!subject || dummyIt(tokens, subject)) return null;
  const speaker = discourse.resolve(subject, unit.paragraph);
  // After a colon whose clause names nobody ("Giant screens … glittered with a proclamation: “…”"), a lone
  // capitalised word the article never gives as a person's fuller name is not a speaker.
  const lone = speaker.resolution === 'name' && !/\s/.test(speaker.name ?? '');
  if (afterColon && lone) return null;
  return { speaker, mention: subject, cue: null, rule: 'sentence-subject' };
}

/** Words after "it" that make it the sentence's dummy subject or a thing: "It is clear that …", "It has a …". */
const DUMMY_IT_VERBS = new Set([
  'is',
  'was',
  'has',
  'had',
  'seems',
  'seemed',
  'appears',
  'appeared',
  'looks',
  'looked',
  'remains',
  'will',
  'would',
  'may',
  'might',
  'could',
  'can',
  'must',
  'should',
]);

/**
 * "It is clear that …", "It was announced that …", "It has a 13-inch screen, “…”": with no cue, "it" before a
 * copula, an auxiliary or "seems" is no organisation speaking. ("It found that …", "It branded the move “…”" keep
 * the organisation named before.)
 */
function dummyIt(tokens: readonly Token[], subject: Mention): boolean {
  if (!/^it$/i.test(subject.text)) return false;
  const next = tokens[firstAtOrAfter(tokens, (t) => t.start, subject.end)];
  return next !== undefined && DUMMY_IT_VERBS.has(lower(next));
}

function makeQuote(
  text: string,
  span: Span,
  pieces: Piece[],
  unit: Unit,
  attribution: Attribution | null,
): ExtractedQuote {
  return {
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    quoted: pieces.map((p) => ({ start: p.quote.start, end: p.quote.end })),
    paragraph: unit.paragraph,
    speaker: attribution?.speaker.name ?? null,
    named: attribution?.speaker.named ?? false,
    mention: attribution?.mention.text ?? null,
    mentionStart: attribution?.mention.start ?? null,
    mentionEnd: attribution?.mention.end ?? null,
    role: attribution?.speaker.role ?? null,
    cue: attribution?.cue ?? null,
    rule: attribution?.rule ?? null,
    speakerRule: attribution?.speaker.resolution ?? null,
    ...(pieces.some((p) => p.quote.respaced) ? { marks: 'respaced' as const } : {}),
  };
}
