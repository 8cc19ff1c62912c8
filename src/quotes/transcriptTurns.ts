/**
 * A transcript prints each turn as a speaker label in capitals and the words unquoted: "TAPPER: Do you think …?",
 * "SEN. TED CRUZ (R-TEXAS): We will …", one turn to a paragraph or one to a line. Such a turn is a quote of the
 * labelled person: one the article names, and only one of that surname ("FALLIN" is Gov. Mary Fallin; "CLINTON"
 * in an article naming Bill and Hillary Clinton is no one), a full name opening with a first name of the name lists
 * ("KATE BOLDUAN", "MODERATOR LINDA WELLS"), or the surname of such a label met before. Never a rubric ("UPDATE:",
 * "LANE CLOSURES:"), initials, or a dateline ("WASHINGTON (AP):"). A turn that names its own speaker ("TRUMP: Trump
 * has called …") or shouts a headline is a summary, not speech. And an article has a transcript only when its turns
 * have two speakers or more, one of them named in its text, and at least half of them speak in the first or second
 * person (a guide's "CLINTON: She opposes …" does not). Words between turns that no label opens (a paragraph after a
 * turn) go to no one: a long answer goes on there as often as the writer's aside, and the words must never be given
 * to the wrong person. A label followed by quotation marks ("KELLER: “…”") is the quoted form, read with the other
 * quotes (`transcript-label`).
 */
import type { Paragraph } from '../corpus/types';
import { foldName, surnameKey } from '../text/terms';
import { WIRE_CREDITS } from './cues';
import type { Discourse, Speaker } from './discourse';
import type { ExtractedQuote } from './extractQuotes';
import type { Mention } from './mentions';
import { FEMALE_FIRST_NAMES, type Gender, genderOfName, isTitleWord, MALE_FIRST_NAMES } from './nameKinds';
import type { People } from './people';

/** The turns an article needs for any to count: one labelled line alone is a headline's style ("FIX IS IN: …"). */
export const MIN_TURNS = 2;

/** A label's word in capitals: "TAPPER", "O’ROURKE", "JEAN-PIERRE", "SEN.", "McCAIN", "DeSANTIS". */
const LABEL_WORD = String.raw`\p{Lu}\p{Ll}{0,2}[\p{Lu}.'’-]*`;

/**
 * At a line's start: a label of up to four such words on one line (ending in a capital or a title's dot), an
 * aside in parentheses ("(R-TEXAS)", "(voice-over)", a wire's credit), a colon, then the words; not a quotation
 * mark (see above).
 */
const TURN = new RegExp(
  String.raw`(?<label>(?:${LABEL_WORD}[ \t]+){0,3}${LABEL_WORD}\p{Lu}\.?)(?:[ \t]*\((?<aside>[^()\n]{1,60})\))?:[ \t]+(?=[^\s"“”‘’'])`,
  'uy',
);

/** A turn whose words open in capitals shouts a headline ("TRUMP: PELOSI IS A DISASTER, says …"). */
const SHOUTED = /^(?:[\p{Lu}\d'’-]{2,}[\s,]+){2}[\p{Lu}\d'’-]{2,}\b/u;
/**
 * Words of someone speaking ("I", "we", "you", "my", …): at least this share of a transcript's turns have them; a
 * guide's summaries under its candidates' names ("CLINTON: She opposes …") have none.
 */
const SPOKEN = /\b(?:I|I['’](?:m|ve|ll|d)|[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our|[Mm]y|[Mm]e)\b/;
export const MIN_SPOKEN_SHARE = 0.5;

/** A first name of the name lists: the common words that are also first names ("Lane", "Summer") are not. */
const listedFirstName = (word: string) => MALE_FIRST_NAMES.has(word) || FEMALE_FIRST_NAMES.has(word);

interface Label {
  mention: Mention;
  /** The name's words in the case names are written in, titles and words before a first name left out. */
  words: string[];
  /** The gender the titles before the name give ("MR.", "SEN."), if any. */
  gender: Gender | null;
}

/** "SEN. TED CRUZ" → "Sen. Ted Cruz": a label's word as a name is written. */
const nameCase = (word: string): string =>
  word
    .toLowerCase()
    .replace(/(^|['’-])(\p{L})/gu, (_, before: string, c: string) => before + c.toUpperCase());

/** The label as a mention, and the name in it: "SEN. TED CRUZ" names "Ted Cruz", "HOST JAKE TAPPER" Jake Tapper. */
function labelOf(start: number, label: string): Label {
  const all = label.split(/\s+/);
  let first = 0;
  while (first < all.length - 1 && isTitleWord(all[first] as string)) first++;
  const titles = all.slice(0, first).join(' ');
  const named = all.findIndex((w, i) => i >= first && i < all.length - 1 && listedFirstName(w.toLowerCase()));
  const words = all.slice(named > first ? named : first).map(nameCase);
  const mention: Mention = {
    start,
    end: start + label.length,
    text: label,
    kind: 'named',
    name: words.join(' '),
    role: null,
    head: null,
    plural: false,
  };
  return { mention, words, gender: titles ? genderOfName('', titles) : null };
}

/** What reading the turns needs: the article's people, and the full names its labels gave, by surname. */
interface TurnContext {
  discourse: Discourse;
  people: People;
  labelled: Map<string, Speaker>;
}

/**
 * The one person the article names in full with this name (by surname for a one-word label, the gender of a title
 * deciding between two): null when none is, or several are. A name read only from a label in capitals is none.
 */
function namedInArticle(label: Label, people: People): string | null {
  const surname = surnameKey(label.words.join(' '));
  const first = label.words.length > 1 ? foldName(label.words[0] as string) : null;
  const same = people.all().filter((p) => {
    const words = p.name.split(/\s+/);
    return (
      words.length > 1 &&
      /\p{Ll}/u.test(p.name) &&
      surnameKey(p.name) === surname &&
      (first === null || foldName(words[0] as string) === first) &&
      (label.gender === null || p.gender === null || p.gender === label.gender)
    );
  });
  return same.length === 1 ? (same[0] as { name: string }).name : null;
}

/** The speaker a label names (see above), with how it was found; null for anything else. */
function labelSpeaker(label: Label, paragraph: number, context: TurnContext): Speaker | null {
  const surname = surnameKey(label.words.join(' '));
  if (label.words.length === 1) {
    const earlier = context.labelled.get(surname);
    if (earlier) return earlier;
  }
  const full = namedInArticle(label, context.people);
  const asWritten = label.words.length > 1 && listedFirstName((label.words[0] as string).toLowerCase());
  if (full === null && !asWritten) return null;
  const name = full ?? label.words.join(' ');
  const resolved = context.discourse.resolve({ ...label.mention, name }, paragraph);
  const speaker: Speaker = {
    ...resolved,
    name,
    resolution: full === null ? 'as-written' : full === label.mention.name ? 'name' : 'name-variant',
  };
  if (label.words.length > 1) context.labelled.set(surname, speaker);
  return speaker;
}

interface Turn {
  label: Label;
  paragraph: number;
  /** The words: from after the label to the next labelled line or the paragraph's end. */
  start: number;
  end: number;
  speaker: Speaker;
}

/** Where each line of a paragraph starts. */
function lineStarts(text: string, p: Paragraph): number[] {
  const starts = [p.start];
  for (let at = text.indexOf('\n', p.start); at >= 0 && at < p.end; at = text.indexOf('\n', at + 1))
    starts.push(at + 1);
  return starts;
}

interface LabelledLine {
  label: string;
  aside: string | undefined;
  /** Where the label starts (the line's start), and where its words start and end. */
  at: number;
  start: number;
  end: number;
}

/** The labelled lines of a paragraph, each one's words up to the next labelled line or the paragraph's end. */
function labelledLines(text: string, p: Paragraph): LabelledLine[] {
  const found: Omit<LabelledLine, 'end'>[] = [];
  for (const at of lineStarts(text, p)) {
    TURN.lastIndex = at;
    const m = TURN.exec(text);
    const label = m?.groups?.label;
    if (m && label && at + m[0].length < p.end)
      found.push({ label, aside: m.groups?.aside, at, start: at + m[0].length });
  }
  return found.map((f, i) => {
    const until = found[i + 1]?.at ?? p.end;
    return { ...f, end: f.start + text.slice(f.start, until).trimEnd().length };
  });
}

/** Whether a turn's words are speech, not a summary or a headline about its speaker (see above). */
function speaks(words: string, label: Label): boolean {
  const surname = label.words.at(-1) as string;
  const own = new RegExp(
    String.raw`(?<![\p{L}'’-])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}'’-])`,
    'iu',
  );
  return !SHOUTED.test(words) && !own.test(words);
}

/** An article's turns, each labelled line a turn when its label names a speaker and its words are speech. */
function turnsOf(text: string, paragraphs: readonly Paragraph[], context: TurnContext): Turn[] {
  const turns: Turn[] = [];
  for (const p of paragraphs) {
    for (const line of labelledLines(text, p)) {
      if (line.aside !== undefined && WIRE_CREDITS.has(line.aside.trim())) continue;
      const label = labelOf(line.at, line.label);
      const speaker = labelSpeaker(label, p.n, context);
      if (speaker && speaks(text.slice(line.start, line.end), label))
        turns.push({ label, paragraph: p.n, start: line.start, end: line.end, speaker });
    }
  }
  return turns;
}

/** Whether the turns make a transcript: two speakers or more, one named in the text, and people speaking. */
function isTranscript(text: string, turns: readonly Turn[]): boolean {
  const speakers = new Set(turns.map((t) => surnameKey(t.speaker.name ?? '')));
  return (
    turns.length >= MIN_TURNS &&
    speakers.size >= 2 &&
    turns.some((t) => t.speaker.resolution !== 'as-written') &&
    turns.filter((t) => SPOKEN.test(text.slice(t.start, t.end))).length >= turns.length * MIN_SPOKEN_SHARE
  );
}

function turnQuote(text: string, turn: Turn): ExtractedQuote {
  const { speaker, label, paragraph, start, end } = turn;
  return {
    start,
    end,
    text: text.slice(start, end),
    quoted: [],
    paragraph,
    speaker: speaker.name,
    named: speaker.named,
    mention: label.mention.text,
    mentionStart: label.mention.start,
    mentionEnd: label.mention.end,
    role: speaker.role,
    cue: ':',
    rule: 'transcript-turn',
    speakerRule: speaker.resolution ?? null,
  };
}

/** Every turn of a transcript in the article, as quotes in reading order; none in an article without one. */
export function transcriptTurns(
  text: string,
  paragraphs: readonly Paragraph[],
  readers: { discourse: Discourse; people: People },
): ExtractedQuote[] {
  const turns = turnsOf(text, paragraphs, { ...readers, labelled: new Map() });
  return isTranscript(text, turns) ? turns.map((t) => turnQuote(text, t)) : [];
}
