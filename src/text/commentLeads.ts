/**
 * Leads that do not report their article's own day: the writer's voice ("I am about as big a fan of …"), a question
 * ("Could Japan's new prime minister be …?"), or what happened a while before ("Recently …"). An article about a
 * topic counts for the day it was published (the day's coverage), and its lead stands for that day when no report
 * names the day; of several such leads, one these rules find is the weakest statement of the day. Each rule is
 * data: an id, the reason, a pattern for the sentence with its quotations taken out, and examples (what it finds
 * and, in `keeps`, what it must not).
 */

export interface CommentLeadRule {
  id: string;
  reason: string;
  pattern: RegExp;
  examples: string[];
  keeps: string[];
}

export const COMMENT_LEAD_RULES: readonly CommentLeadRule[] = [
  {
    id: 'writer-voice',
    reason: "the writer speaking for themselves: comment or a review, not the day's news",
    // A bare "I" after a capitalised word is a numeral ("World War I", "King Charles I").
    pattern: /(?:^|[\s(])(?:(?<!\p{Lu}\p{L}*\s)I|I['’](?:m|ve|d|ll)|[Mm]y|[Mm]e)(?=[\s,.;:!?)]|$)/u,
    examples: [
      'I am about as big a fan of David Bowie as you will find on the planet.',
      'In December 2002, I sent the writer to Los Angeles for the first interview.',
      'Like many of my generation, the album still moves me.',
    ],
    keeps: [
      'The singer told the court: “I did not touch her.”',
      'Pope John Paul II visited the city for the first time.',
      'The museum marks the centenary of the end of World War I with a new gallery.',
      'Britain’s Prince William married Kate Middleton at Westminster Abbey.',
    ],
  },
  {
    id: 'question',
    reason: 'a question the piece goes on to discuss, not something that happened',
    pattern: /\?\W*$/,
    examples: [
      "Could Japan's new prime minister, Shinzo Abe, be his country's De Gaulle or Nixon?",
      "Remember that fallow period of David Bowie's, after Aladdin Sane?",
    ],
    keeps: ['“Why now?” the minister asked reporters outside the court.'],
  },
  {
    id: 'earlier-news',
    reason: 'what happened some time before the day, told as background: not the day’s report',
    pattern: /^\W*Recently\b/,
    examples: ['Recently a frustrated opposition leader wrote to the president that there would be no vote.'],
    keeps: [
      'Ten senators have written to the Pentagon asking why it withheld approval for the recent release.',
      'The council voted to close the library, reversing a decision made recently.',
    ],
  },
];

/** Quotations, taken out before the rules read a sentence: a quoted "I" is the speaker's. */
const QUOTED = /“[^”]*”|"[^"]*"/g;

/** The id of the first rule that finds the sentence a lead of no news of its day, or null. */
export function commentLeadRuleOf(sentence: string): string | null {
  const own = sentence.replace(QUOTED, (q) => ' '.repeat(q.length));
  return COMMENT_LEAD_RULES.find((rule) => rule.pattern.test(own))?.id ?? null;
}
