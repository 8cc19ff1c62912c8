/**
 * A page's publication stamps, written once for the two places that read them: the sentence splitter cuts a stamp
 * a scraper ran into the text around it off as a sentence of its own (src/corpus/sentences.ts), and the event
 * furniture rules keep that sentence from being an event (src/text/eventFurniture.ts). Each form is the stamp
 * alone, unanchored; `before` is what must follow it for the splitter to cut there (a byline's day is a stamp
 * only when the byline follows it).
 */
import { MONTH_NAMES } from '../dates/lexicon';

export interface StampForm {
  /** The furniture rule that keeps such a stamp from being an event. */
  rule: 'wire-dateline' | 'byline-date' | 'broadcast-stamp' | 'bare-timestamp';
  /** The stamp itself (a regular expression's source, for the `u` flag). */
  stamp: string;
  /** A lookahead the splitter adds after the stamp, besides the lead's first word (or the paragraph's end). */
  before?: string;
  /** Text a scraper ran together and the stamp in it: the splitter cuts `stamp` out, the rule judges it furniture. */
  example: { text: string; stamp: string };
}

/** A wire stamp's month: abbreviated, or June and July written out as some wires print them. */
const MONTH_SHORT = 'Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sep|Sept|Oct|Nov|Dec';
/** The time zones a wire stamp gives, whole ("7:15 PM ROME (Reuters)" has none: ROME is the dateline). */
const WIRE_ZONE = String.raw`(?:GMT|UTC|BST|IST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT)\b`;
/** The time zones a transcript's air time gives: the stamp takes its zone whole or none ("18:00 ET by" is prose). */
const AIR_ZONE = String.raw`(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|BST|UTC)\b`;

export const STAMP_FORMS: readonly StampForm[] = [
  {
    // "CAIRO | Tue Sep 13, 2011 1:47 pm IST", "Sun Apr 26, 2009 10:12 pm BST": a wire story's dateline and time.
    rule: 'wire-dateline',
    stamp: String.raw`(?:(?:[A-Z][A-Z.'-]*\s+){0,3}[A-Z][A-Z.'-]*\s*\|\s*)?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?:${MONTH_SHORT})\s+\d{1,2},\s+\d{4}\s+\d{1,2}:\d{2}\s*[ap]m\s+${WIRE_ZONE}`,
    example: {
      text: 'PM fears civil war CAIRO | Tue Sep 13, 2011 1:47 pm IST CAIRO (Reuters) - The prime minister spoke.',
      stamp: 'CAIRO | Tue Sep 13, 2011 1:47 pm IST',
    },
  },
  {
    // "Thu, Oct 20 19:15 PM EDT": a wire story's time without the year, before its dateline.
    rule: 'wire-dateline',
    stamp: String.raw`(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s+(?:${MONTH_SHORT})\s+\d{1,2}\s+\d{1,2}:\d{2}\s*[AP]M\s+${WIRE_ZONE}`,
    example: {
      text: 'Thu, Oct 20 19:15 PM EDT TRIPOLI (Reuters) - NATO is to decide on Wednesday whether to end its mission.',
      stamp: 'Thu, Oct 20 19:15 PM EDT',
    },
  },
  {
    // "Friday 8 July 2005 15.00 BST": a web page's time line.
    rule: 'bare-timestamp',
    stamp: String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+\d{1,2}\s+(?:${MONTH_NAMES})\s+\d{4}\s+\d{1,2}[.:]\d{2}\s*(?:BST|GMT|CET|CEST|EST|EDT|UTC)`,
    example: {
      text: 'The summit must face the causes Friday 8 July 2005 15.00 BST I have rarely seen the house so full.',
      stamp: 'Friday 8 July 2005 15.00 BST',
    },
  },
  {
    // "By the CNN Wire Staff | September 15, 2010": a byline with the story's day.
    rule: 'byline-date',
    stamp: String.raw`By\s+[^|.!?\n]{2,60}?\s*\|\s*(?:${MONTH_NAMES})\s+\d{1,2},\s+\d{4}`,
    example: {
      text: 'Crowds filled the square. By the Wire Staff | September 15, 2010 The embassy warned of a threat.',
      stamp: 'By the Wire Staff | September 15, 2010',
    },
  },
  {
    // "January 27, 2011 | By Tarek Osman, Special to CNN": the day before the byline; only the day is the stamp.
    rule: 'byline-date',
    stamp: String.raw`(?:${MONTH_NAMES})\s+\d{1,2},\s+\d{4}\s+\|`,
    example: {
      text: 'Police fire tear gas March 29, 2010 | By Dana Lowe, Ledger Crowds filled the square on Monday.',
      stamp: 'March 29, 2010 |',
    },
    before: String.raw`(?=\s+(?:By|From)\s+(?:the\s+)?\p{Lu})`,
  },
  {
    // "Aired February 7, 2011 - 18:00 ET": a broadcast transcript's air time.
    rule: 'broadcast-stamp',
    stamp: String.raw`Aired\s+(?:${MONTH_NAMES})\s+\d{1,2},\s+\d{4}\s+-\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+${AIR_ZONE}|(?!\s+${AIR_ZONE}))`,
    example: {
      text: 'Storm Hits the Coast Aired March 5, 2012 - 18:00 ET THIS IS A RUSH TRANSCRIPT.',
      stamp: 'Aired March 5, 2012 - 18:00 ET',
    },
  },
];

/** A sentence that is one of the `rule`'s stamps and nothing else (punctuation around it aside). */
export function stampSentence(rule: StampForm['rule']): RegExp {
  const forms = STAMP_FORMS.filter((f) => f.rule === rule).map((f) => f.stamp);
  return new RegExp(String.raw`^\W*(?:${forms.join('|')})\W*$`, 'u');
}
