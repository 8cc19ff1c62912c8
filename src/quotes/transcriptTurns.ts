/**
 * A transcript prints each turn as a speaker label in capitals and the words unquoted: "TAPPER: Do you think …?",
 * "SEN. TED CRUZ (R-TEXAS): We will …". Such a paragraph is a quote of the labelled speaker when the label is a
 * person, one the article names ("TAPPER" for Jake Tapper) or a full name with a first name ("KATE BOLDUAN"), never
 * a rubric ("UPDATE:", "RELATED:", "WINNER:") or initials; and only in an article that prints at least two such
 * turns. An unlabelled paragraph between two turns is left alone: it may go on with the turn before (a long answer)
 * or be the writer's aside ("The ads are too tough huh?"), and the words must never be given to the wrong person.
 * A label followed by quotation marks ("KELLER: “…”") is the quoted form, read with the other quotes
 * (`transcript-label`).
 */
import type { Paragraph } from '../corpus/types';
import type { Discourse, Speaker } from './discourse';
import type { ExtractedQuote } from './extractQuotes';
import type { Mention } from './mentions';
import { isFirstName, isTitleWord } from './nameKinds';
import type { People } from './people';

/** A turn needs this many labelled paragraphs in its article: one alone is a headline style ("FIX IS IN: …"). */
export const MIN_TURNS = 2;

/**
 * A label in capitals (up to four words, dots, apostrophes and hyphens: "MR. O'ROURKE", "JEAN-PIERRE"), an aside in
 * parentheses ("(R-TEXAS)", "(voice-over)"), a colon, then the words; not a quotation mark (see above).
 */
const TURN =
  /(?<label>(?:[\p{Lu}][\p{Lu}.'’-]*\s+){0,3}[\p{Lu}][\p{Lu}.'’-]*\p{Lu}[.]?)(?:\s*\([^()\n]{1,60}\))?:\s+(?=[^\s"“”‘’'])/uy;

interface Turn {
  paragraph: Paragraph;
  label: Mention;
  /** Where the words start. */
  start: number;
  speaker: Speaker;
}

/** "SEN. TED CRUZ" → "Sen. Ted Cruz": a label's words as a name is written, to be looked up or shown. */
const nameCase = (label: string): string =>
  label
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, c: string) => before + c.toUpperCase());

/** The label as a mention: its words without the titles before the name ("SEN. TED CRUZ" names "Ted Cruz"). */
function labelMention(start: number, label: string): Mention {
  const words = label.split(/\s+/);
  let first = 0;
  while (first < words.length - 1 && isTitleWord(words[first] as string)) first++;
  return {
    start,
    end: start + label.length,
    text: label,
    kind: 'named',
    name: nameCase(words.slice(first).join(' ')),
    role: null,
    head: null,
    plural: false,
  };
}

/**
 * The speaker a label names: a person the article names ("FALLIN" is Gov. Mary Fallin), or else the label
 * itself when it is a full name opening with a first name, or the surname of such a label met before ("JAKE
 * TAPPER", then "TAPPER"); null for anything else.
 */
function labelSpeaker(label: Mention, paragraph: number, context: TurnContext): Speaker | null {
  const speaker = context.discourse.resolve(label, paragraph);
  if (context.people.resolve(label.name ?? '') !== null) return speaker;
  const words = (label.name ?? '').split(/\s+/);
  const surname = (words.at(-1) as string).toLowerCase();
  if (words.length === 1) return context.labelled.get(surname) ?? null;
  if (!isFirstName((words[0] as string).toLowerCase())) return null;
  const named: Speaker = { ...speaker, resolution: 'as-written' };
  context.labelled.set(surname, named);
  return named;
}

/** What reading the turns needs: the article's people, and the full names its labels gave, by surname. */
interface TurnContext {
  discourse: Discourse;
  people: People;
  labelled: Map<string, Speaker>;
}

function turnOf(text: string, p: Paragraph, context: TurnContext): Turn | null {
  // Sticky at the paragraph's start: no copy of each paragraph (nearly every one fails at its second letter).
  TURN.lastIndex = p.start;
  const m = TURN.exec(text);
  const label = m?.groups?.label;
  if (!m || !label || p.start + m[0].length >= p.end) return null;
  const mention = labelMention(p.start, label);
  const speaker = labelSpeaker(mention, p.n, context);
  return speaker ? { paragraph: p, label: mention, start: p.start + m[0].length, speaker } : null;
}

function turnQuote(text: string, turn: Turn): ExtractedQuote {
  const { speaker, label, paragraph, start } = turn;
  const end = start + text.slice(start, paragraph.end).trimEnd().length;
  return {
    start,
    end,
    text: text.slice(start, end),
    quoted: [],
    paragraph: paragraph.n,
    speaker: speaker.name,
    named: speaker.named,
    mention: label.text,
    mentionStart: label.start,
    mentionEnd: label.end,
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
  const context: TurnContext = { ...readers, labelled: new Map() };
  const turns = paragraphs.map((p) => turnOf(text, p, context));
  if (turns.filter((t) => t !== null).length < MIN_TURNS) return [];
  return turns.filter((t) => t !== null).map((t) => turnQuote(text, t));
}
