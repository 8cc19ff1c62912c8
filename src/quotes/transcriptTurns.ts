/**
 * A transcript prints each turn as a speaker label in capitals and the words unquoted: "TAPPER: Do you think …?",
 * "SEN. TED CRUZ (R-TEXAS): We will …", one turn to a paragraph or one to a line. Such a turn is a quote of the
 * labelled person: the one person of that surname that the article's prose and the labels before name, whom the
 * label's title fits ("FALLIN" is Gov. Mary Fallin; "CLINTON" beside Bill and Hillary Clinton is no one, "MRS.
 * CLINTON" is Hillary, "SEN. JOHNSON" is not Secretary Jeh Johnson), or a full name opening with a first name of the
 * gender lists that speaks twice ("MODERATOR LINDA WELLS"). Never a rubric ("UPDATE:", "LANE CLOSURES:"), initials,
 * a one-word place or a dateline ("WASHINGTON (AP):"). A turn that names its own speaker, shouts a headline or opens
 * with a verb and no subject ("Says …") is a summary, not speech; a one-word label that a person of the article has
 * as first name ("JAMES:" beside James Carter) is no one. An article has a transcript only when it says it records
 * people speaking and stages no one (see RECORD_OF_SPEECH, STAGED), and its turns have two speakers or more, one of
 * them named in its prose, and at least half of them speak (see SPOKEN). A turn
 * ends at the next line that opens like a label in any case or with a bracket; words after it that no label opens
 * go to no one: a long answer goes on there as often as the writer's aside, and words must never be given to the
 * wrong person. A label followed by quotation marks ("KELLER: “…”") is the quoted form, read with the other quotes
 * (`transcript-label`).
 */
import type { Paragraph } from '../corpus/types';
import { escapeRegex } from '../text/escapeRegex';
import { foldName, surnameKey } from '../text/terms';
import type { Discourse, Speaker } from './discourse';
import type { ExtractedQuote } from './extractQuotes';
import { WIRE_CREDITS } from './lexicon';
import type { Mention } from './mentions';
import { type Gender, genderOfName, isListedFirstName, isTitleWord, nameKind } from './nameKinds';
import { type People, type Person, titleHead } from './people';

/** The turns an article needs for any to count: one labelled line alone is a headline's style ("FIX IS IN: …"). */
export const MIN_TURNS = 2;

/** A label's word in capitals: "TAPPER", "O’ROURKE", "JEAN-PIERRE", "SEN.", "McCAIN", "DeSANTIS". */
const LABEL_WORD = String.raw`\p{Lu}\p{Ll}{0,2}[\p{Lu}.'’-]*`;

/**
 * At a line's start: a label of up to six such words on one line (ending in a capital or a title's dot), an aside
 * in parentheses ("(R-TEXAS)", "(voice-over)", a wire's credit) or a role after a comma ("JOHN KING, CNN HOST"), a
 * colon, then the words; not a quotation mark (see above).
 */
const TURN = new RegExp(
  String.raw`(?<label>(?:${LABEL_WORD}[ \t]+){0,5}${LABEL_WORD}\p{Lu}\.?)(?:[ \t]*\((?<aside>[^()\n]{1,60})\))?(?:,[ \t]+[^:\n"“”]{1,40}?)?:[ \t]+(?=[^\s"“”‘’'])`,
  'uy',
);
/**
 * A line a turn never runs into, in a paragraph of several lines: one that opens like a label in any case
 * ("Reporter:", "Q:", "Donald Trump, Republican candidate:") or with a bracket ("(CROSSTALK)"). Cutting a turn
 * short loses words; running on gives them to the wrong person.
 */
const LINE_BREAK =
  /(?:[([]|(?:[\p{L}\p{N}][\p{L}\p{N}.'’-]*[ \t]+){0,5}[\p{L}\p{N}][\p{L}\p{N}.'’-]*(?:[ \t]*\([^()\n]{1,60}\))?(?:,[ \t]+[^:\n]{1,40}?)?:(?:[ \t]|$))/uy;

/** A turn whose words open in capitals shouts a headline ("TRUMP: PELOSI IS A DISASTER, says …"). */
const SHOUTED = /^(?:[\p{Lu}\d'’-]{2,}[\s,]+){2}[\p{Lu}\d'’-]{2,}\b/u;
/**
 * Someone speaking: "I", "we", "my", "our", "me", "us" or a question, outside the quotation marks (a round-up's
 * narration quotes people too). At least this share of a transcript's turns speak; the summaries of a guide under
 * its candidates' names ("CLINTON: She opposes …", "WARREN: Would cancel your …") do not.
 */
const SPOKEN = /\b(?:I|I['’](?:m|ve|ll|d)|[Ww]e|[Uu]s|[Oo]ur|[Mm]y|[Mm]e)\b|\?/;
const QUOTED = /“[^”]*”|"[^"\n]*"/g;
export const MIN_SPOKEN_SHARE = 0.5;
/**
 * A turn that opens with a verb and no subject sums its speaker up ("TRUMP: Says Biden …", "SANDERS: Supports …");
 * an auxiliary opens questions ("Will you sign it?") and is left out.
 */
const SUMMARY_OPENING =
  /^(?:says|said|wants|wanted|supports|supported|opposes|opposed|calls|called|claims|claimed|plans|proposes|proposed|backs|backed|favors|voted|vows|vowed|promises|promised|wins|won|takes|took|leads|led|loses|lost|trails|holds|gets|grabs|flips|carries)\b/i;
/**
 * What an article says before its first turn (its title and introduction) when what follows is a record of people
 * speaking: "transcript", "excerpt", "edited for length", an interview, debate, hearing, briefing, trial or call,
 * "sat down with", "spoke with", "appeared on", a broadcaster. Player grades, restaurant and fashion round-ups and
 * election-night blogs print the same labels without it.
 */
const RECORD_OF_SPEECH =
  /\b(?:transcripts?|excerpts?|edited for (?:length|clarity)|interview(?:s|ed)?|debate[sd]?|hearings?|testimony|testified|briefings?|(?:news|press) conference|town hall|courtroom|trial|sentencing|sat down with|spoke (?:to|with)|appeared on|Q&A|podcast|(?:earnings|conference) call|(?:on|with|to) (?:CNN|Fox(?: News)?|MSNBC|NPR|ABC|CBS|NBC|PBS|BBC|C-SPAN)(?:['’]s)?)\b/i;
/** A broadcast transcript's stage directions, anywhere in the article: a record of speech too. */
const STAGE_DIRECTIONS = /\((?:BEGIN VIDEO CLIP|CROSSTALK|LAUGHTER|APPLAUSE)\b/;
/**
 * An introduction to words no one said as printed: a play, film or sketch and its characters ("Frank Langella plays
 * Nixon"), an imagined exchange ("I can picture how it goes").
 */
const STAGED =
  /\b(?:plays|played|playing|portrays?|portrayed|play|musical|film|movie|novel|sketch|script|screenplay|characters?|imagine[sd]?|picture how|fictional)\b/i;

/** Titles that tell only a person's sex: no office to compare with the one the article gives them. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);

interface Label {
  mention: Mention;
  /** The name's words in the case names are written in, titles and words before a first name left out. */
  words: string[];
  /** The titles before the name ("SEN.", "MRS."), and the gender they give, if any. */
  titles: string[];
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
  const titles = all.slice(0, first);
  const named = all.findIndex(
    (w, i) => i >= first && i < all.length - 1 && isListedFirstName(w.toLowerCase()),
  );
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
  return { mention, words, titles, gender: titles.length > 0 ? genderOfName('', titles.join(' ')) : null };
}

/** What reading the turns needs: the article's people, and the full names its labels gave, by surname. */
interface TurnContext {
  discourse: Discourse;
  people: People;
  labelled: Map<string, Map<string, Speaker>>;
}

/** Whether a label's office, if it gives one, is one the article gives the person ("SEN. JOHNSON" is no secretary). */
function sameOffice(label: Label, person: Person): boolean {
  const offices = label.titles.filter((t) => !HONORIFICS.has(t.toLowerCase().replace(/\.$/, '')));
  // The titles the prose gives: the reading of the people took the labels' own ("SEN.") as titles too.
  const given = person.titles.filter((t) => /\p{Ll}/u.test(t));
  if (offices.length === 0 || given.length === 0) return true;
  const heads = new Set(given.map(titleHead));
  return offices.some((t) => heads.has(titleHead(t)));
}

/**
 * The people the article names in full with this name (by surname for a one-word label) whom the label's titles
 * fit: the gender of "MRS.", the office of "SEN.". A name read only from a label in capitals is none of them.
 */
function namedInArticle(label: Label, people: People): string[] {
  const surname = surnameKey(label.words.join(' '));
  const first = label.words.length > 1 ? foldName(label.words[0] as string) : null;
  return people
    .all()
    .filter((p) => {
      const words = p.name.split(/\s+/);
      return (
        words.length > 1 &&
        /\p{Ll}/u.test(p.name) &&
        surnameKey(p.name) === surname &&
        (first === null || foldName(words[0] as string) === first) &&
        (label.gender === null || p.gender === null || p.gender === label.gender) &&
        sameOffice(label, p)
      );
    })
    .map((p) => p.name);
}

/** A one-word label that a person of the article has as first name ("JAMES:" for James Carter): whose is unsure. */
const firstNameInArticle = (label: Label, people: People): boolean =>
  people
    .all()
    .some(
      (p) =>
        /\s/.test(p.name) &&
        foldName(p.name.split(/\s+/)[0] as string) === foldName(label.words[0] as string),
    );

/**
 * The speaker a label names (see above), with how it was found; null for anything else, and for a surname that
 * the article's people and the labels before give to more than one person.
 */
function labelSpeaker(label: Label, paragraph: number, context: TurnContext): Speaker | null {
  const surname = surnameKey(label.words.join(' '));
  const single = label.words.length === 1;
  if (single && (nameKind(label.words[0] as string) === 'place' || firstNameInArticle(label, context.people)))
    return null;
  // The full names labels gave this surname before, but for those whose first name is of the other sex ("MRS.").
  const other = label.gender === 'male' ? 'female' : 'male';
  const labelled = [...(context.labelled.get(surname)?.values() ?? [])].filter(
    (s) => label.gender === null || genderOfName(s.name ?? '', null) !== other,
  );
  const named = namedInArticle(label, context.people);
  const names = new Set([...named, ...(single ? labelled.map((s) => s.name as string) : [])]);
  if (names.size > 1) return null;
  const [only] = names;
  if (single)
    return only === undefined
      ? null
      : (labelled.find((s) => s.name === only) ?? speakerOf(label, only, paragraph, context, 'named'));
  const asWritten = isListedFirstName((label.words[0] as string).toLowerCase());
  if (only === undefined && !asWritten) return null;
  const speaker = speakerOf(
    label,
    only ?? label.words.join(' '),
    paragraph,
    context,
    only === undefined ? 'as-written' : 'named',
  );
  const same = context.labelled.get(surname) ?? new Map<string, Speaker>();
  context.labelled.set(surname, same.set(speaker.name as string, speaker));
  return speaker;
}

/** The speaker of that name, with its role in the article; `named` when the article's text names them. */
function speakerOf(
  label: Label,
  name: string,
  paragraph: number,
  context: TurnContext,
  found: 'named' | 'as-written',
): Speaker {
  const resolved = context.discourse.resolve({ ...label.mention, name }, paragraph);
  const resolution =
    found === 'as-written' ? 'as-written' : name === label.mention.name ? 'name' : 'name-variant';
  return { ...resolved, name, resolution };
}

interface Turn {
  label: Label;
  paragraph: number;
  /** The words: from after the label to the next line that breaks (see LINE_BREAK) or the paragraph's end. */
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

/**
 * The labelled lines of a paragraph, each one's words up to the next line that is labelled or breaks (see above).
 * Nearly every paragraph has none, and is then read no further.
 */
function labelledLines(text: string, p: Paragraph): LabelledLine[] {
  const starts = lineStarts(text, p);
  const found: Omit<LabelledLine, 'end'>[] = [];
  for (const at of starts) {
    TURN.lastIndex = at;
    const m = TURN.exec(text);
    const label = m?.groups?.label;
    if (m && label && at + m[0].length < p.end)
      found.push({ label, aside: m.groups?.aside, at, start: at + m[0].length });
  }
  if (found.length === 0) return [];
  const breaks = starts.filter((at) => {
    TURN.lastIndex = at;
    LINE_BREAK.lastIndex = at;
    return TURN.test(text) || LINE_BREAK.test(text);
  });
  return found.map((f) => {
    const until = breaks.find((b) => b > f.at) ?? p.end;
    return { ...f, end: f.start + text.slice(f.start, until).trimEnd().length };
  });
}

/** Whether a turn's words are speech, not a summary or a headline about its speaker (see above). */
function speaks(words: string, label: Label): boolean {
  const surname = label.words.at(-1) as string;
  const own = new RegExp(String.raw`(?<![\p{L}'’-])${escapeRegex(surname)}(?![\p{L}'’-])`, 'iu');
  return !SHOUTED.test(words) && !SUMMARY_OPENING.test(words) && !own.test(words);
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

/** Someone speaks in a turn (see SPOKEN). */
const spoken = (text: string, t: Turn) => SPOKEN.test(text.slice(t.start, t.end).replace(QUOTED, ' '));

/**
 * The turns of a transcript, or none: the article must say it records speech and stage no one (RECORD_OF_SPEECH,
 * STAGE_DIRECTIONS, STAGED); a speaker known only from a label's words needs two turns (a rubric is printed once);
 * then two speakers or more, one named in the text, and at least MIN_SPOKEN_SHARE speaking.
 */
function transcriptOf(text: string, turns: readonly Turn[]): Turn[] {
  // Nearly every article: nothing to weigh, and its whole text need not be searched for stage directions.
  if (turns.length < MIN_TURNS) return [];
  const intro = text.slice(0, turns[0]?.label.mention.start ?? 0);
  if (!RECORD_OF_SPEECH.test(intro) && !STAGE_DIRECTIONS.test(text)) return [];
  if (STAGED.test(intro)) return [];
  const count = new Map<string, number>();
  for (const t of turns) count.set(t.speaker.name ?? '', (count.get(t.speaker.name ?? '') ?? 0) + 1);
  const kept = turns.filter(
    (t) => t.speaker.resolution !== 'as-written' || (count.get(t.speaker.name ?? '') ?? 0) >= 2,
  );
  const speakers = new Set(kept.map((t) => t.speaker.name));
  const transcript =
    kept.length >= MIN_TURNS &&
    speakers.size >= 2 &&
    kept.some((t) => t.speaker.resolution !== 'as-written') &&
    kept.filter((t) => spoken(text, t)).length >= kept.length * MIN_SPOKEN_SHARE;
  return transcript ? kept : [];
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
  return transcriptOf(text, turns).map((t) => turnQuote(text, t));
}
