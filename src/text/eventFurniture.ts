/**
 * Sentences that are never events of a timeline, even when they carry a date: page furniture the cleaning kept
 * ("Page last updated at …"), correction notes, reader comments, photo credits, and bare timestamps that state
 * nothing. Each rule is data: an id, the reason, a pattern for the sentence, and examples (what it removes and,
 * in `keeps`, what it must not).
 */
import { boundedMemo } from './boundedMemo';

export interface EventFurnitureRule {
  id: string;
  reason: string;
  pattern: RegExp;
  examples: string[];
  keeps: string[];
}

export const EVENT_FURNITURE_RULES: readonly EventFurnitureRule[] = [
  {
    id: 'page-updated',
    reason: 'a web page stamp, not something that happened',
    pattern:
      /\b(?:page|story|article)\s+(?:last\s+)?(?:updated|modified|published)\b|^\W*(?:last\s+)?updated:?\s/i,
    examples: ['Page last updated at 14:02 GMT, Tuesday, 3 March 2009', 'Updated: 9 May 2012 at 10:41'],
    keeps: ['The council updated its flood maps on Tuesday after the river burst its banks.'],
  },
  {
    id: 'correction-note',
    reason: 'a note about the article itself, not about the topic',
    pattern:
      /\b(?:this|the)\s+(?:article|story|report|headline|caption)\s+was\s+(?:amended|corrected|changed|updated)\b|\bcorrections?\s+and\s+clarifications\b/i,
    examples: [
      'This article was amended on 4 June 2014 to correct the spelling of a name.',
      'The headline was changed on 2 May because it misstated the fine.',
    ],
    keeps: ['The bank amended its accounts on 4 June after auditors found the error.'],
  },
  {
    id: 'reader-comment',
    reason: 'a reader comment or the comment box, not the newsroom reporting',
    pattern:
      /\b(?:report\s+abuse|recommend(?:ed)?\s+\(\d+\)|comments?\s+(?:are\s+)?(?:now\s+)?closed|posted\s+by\s+\S+\s+(?:on|at)\b|reply\s+to\s+this\s+comment)/i,
    examples: [
      'Posted by harbourwatcher on 12 March 2011 at 9:14 pm',
      'Comments are now closed on this article.',
    ],
    keeps: ['The inquiry posted by the regulator on Monday ran to 400 pages.'],
  },
  {
    id: 'letter-reference',
    reason: "a reader letter citing the article it answers: the date is that article's, not an event",
    pattern:
      /\([^()]{2,120},\s*\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\)\s*[.!?]?\s*$/,
    examples: ['Many readers will share your doubts about the new runway (Report, 9 June).'],
    keeps: ['The runway opened on 9 June (the airport said it was on time).'],
  },
  {
    id: 'photo-credit',
    reason: 'a caption credit, not a sentence of the article',
    pattern: /\b(?:photograph|photo|picture):\s*\S/i,
    examples: ['The minister arrives at court on Friday. Photograph: Jane Doe/Wire Agency'],
    keeps: ['She was photographed leaving court on Friday.'],
  },
  {
    id: 'bare-timestamp',
    reason: 'a clock time or date standing alone states no event',
    pattern:
      /^\W*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?(?:\d{1,2}\s+\w+\s+\d{4},?\s*)?(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?))\s*(?:a\.?m\.?|p\.?m\.?|GMT|BST|UTC|EST|EDT|CET)?\W*$/i,
    examples: ['12:25 p.m.', '9.41am', 'Tuesday 14 May 2013 10.05 BST'],
    keeps: ['At 12:25 p.m. the jury returned its verdict.'],
  },
];

export const MAX_JUDGED_SENTENCES = 50_000;

/**
 * The rule that makes a sentence furniture, or null when the sentence may be an event. Remembered by sentence: a
 * timeline asks about every sentence near the topic in up to 240 articles, twice, and the next timeline about many
 * of the same; forgotten all at once when full, so it stays bounded.
 */
export const furnitureRuleOf: (sentence: string) => string | null = boundedMemo(
  (sentence) => EVENT_FURNITURE_RULES.find((r) => r.pattern.test(sentence))?.id ?? null,
  MAX_JUDGED_SENTENCES,
);
