/**
 * Sentences that are never events of a timeline, even when they carry a date: page furniture the cleaning kept
 * ("Page last updated at …"), correction notes, reader comments, photo credits, a page's publication stamps (wire
 * datelines, dated bylines, transcript air times: see STAMP_FORMS), a live blog's pointers to what it linked (see
 * linkPointers.ts) and bare timestamps that state nothing. Each rule is data: an id, the reason, a pattern for the
 * sentence, and examples (what it removes and, in `keeps`, what it must not).
 */
import { MONTHS } from '../dates/lexicon';
import { boundedMemo } from './boundedMemo';
import { HERE_BEFORE_POINTER, HERE_IS_POINTER, POINTER_TO_HERE } from './linkPointers';
import { stampSentence } from './stamps';

/** A month's name, whole or abbreviated, as the date rules know them. */
const MONTH = `(?:${Object.keys(MONTHS).join('|')})`;

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
    pattern: new RegExp(
      [
        String.raw`\b(?:this|the)\s+(?:article|story|report|headline|caption)\s+was\s+(?:amended|corrected|changed|updated)\b`,
        String.raw`\bcorrections?\s+and\s+clarifications\b`,
        // A corrections column: "In a report headed …, yesterday, we said - quite incorrectly - that …".
        String.raw`\bin\s+(?:a|an|our)\s+(?:report|article|story|leader|editorial|obituary|feature|column|caption|piece)\b[^.]{0,200}?\bwe\s+(?:said|stated|wrote|described|referred|called|gave|reported|misspelled|misnamed|wrongly|incorrectly|mistakenly)\b`,
        String.raw`\bwe\s+(?:wrongly|incorrectly|mistakenly)\s+(?:said|stated|wrote|described|referred|called|gave|reported|named)\b`,
        String.raw`\bwe\s+apologi[sz]e\s+for\s+(?:the|this|our|any)\s+(?:error|mistake)\b`,
      ].join('|'),
      'i',
    ),
    examples: [
      'This article was amended on 4 June 2014 to correct the spelling of a name.',
      'The headline was changed on 2 May because it misstated the fine.',
      'In a report headed Bank inquiry widens, page 23, yesterday, we said - quite incorrectly - that the bank had been fined.',
      "An article about the strike on 3 March wrongly gave the union's name; we incorrectly said it was Unite.",
      'We apologise for the error in our report of 12 May.',
    ],
    keeps: [
      'The bank amended its accounts on 4 June after auditors found the error.',
      'In a report on Tuesday, the regulator said the bank had misled its customers.',
      '"We said on Monday that we would review the decision," the minister told MPs.',
    ],
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
    reason:
      'a reader letter or a column citing the article it answers, as "(Report, 9 June)" or "(Headline of it, June 9)": the date is that article\'s, not an event',
    pattern: new RegExp(
      // A section's name, or a headline of three words or more (looked ahead for two spaces, then taken whole).
      String.raw`\((?:(?:report|reports|letters?|editorial|leaders?|comment|obituary|obituaries|analysis|review|interview|opinion|features?|g2|sport|business|column)|(?=[^(),]*?[^\s(),]\s+[^\s(),][^(),]*?\s[^\s(),])[^(),]{5,160})` +
        String.raw`(?:,\s*(?:page|p)\s*\d+(?:\s*\([^()]*\))?)?,\s*` +
        String.raw`(?:\d{1,2}\s+${MONTH}|${MONTH}\.?\s+\d{1,2})(?:,?\s+\d{4})?(?:,\s*(?:page|p)\s*\d+)?\)`,
      'i',
    ),
    examples: [
      'Many readers will share your doubts about the new runway (Report, 9 June).',
      'Your columnist defends the utility (Why we should thank the utility, January 29) on the grounds that bills fell.',
      'If the council found no supporters of the bypass (Report, 24 January), it cannot have asked many people.',
      'Your correspondent is wrong about the tariff (Letters, 3 March 2018).',
    ],
    keeps: [
      'The runway opened on 9 June (the airport said it was on time).',
      'The summit (Geneva, 9 June) ended without an agreement.',
      'The vote (held on 9 June, a Tuesday) passed by a wide margin.',
    ],
  },
  {
    id: 'photo-credit',
    reason: 'a caption credit, not a sentence of the article',
    pattern: /\b(?:photograph|photo|picture):\s*\S/i,
    examples: ['The minister arrives at court on Friday. Photograph: Jane Doe/Wire Agency'],
    keeps: ['She was photographed leaving court on Friday.'],
  },
  {
    id: 'press-digest',
    reason:
      'a newspaper\'s round-up of other papers or of its own site ("The Sun, P21", "Also on … today"): the day is the round-up\'s, not an event\'s',
    // In its case: "also on Amazon.com today" and "topped P1 and P2" are sentences, "the P5+1" a name.
    pattern: new RegExp(
      [
        // A site's promotion of its other pages: "Also on MediaGuardian.co.uk today".
        String.raw`\bAlso\s+on\s+[\w-]+(?:\.[\w-]+)*\.(?:co\.uk|com|org|net)\b`,
        // A press review's page references: an outlet's name, then "P" and a page number, twice.
        String.raw`[A-Z][\w']*,?\s+P\d{1,3}\b(?!\+)[^.]{0,80}?[A-Z][\w']*,?\s+P\d{1,3}\b(?!\+)`,
        String.raw`^\W*Top\s+stor(?:y|ies)\s+on\b`,
      ].join('|'),
    ),
    examples: [
      'The Sun, P21, Daily Mirror, P23 Also on MediaGuardian.co.uk today Broadcaster names new chief executive',
      'Daily Telegraph P12 Also on example.co.uk today Presenter to host new radio quiz',
      'Top stories on MediaGuardian today',
    ],
    keeps: [
      'The story also ran on the Sun\'s website today, under the headline "Gotcha".',
      'The P45 arrived on Friday, a week after the factory closed.',
      'The book is also on Amazon.com today.',
      'Iran will meet the P5+1 in Istanbul on Saturday, its first meeting with the P5+1 since January.',
      'Vettel topped P1 and P2 on Friday before rain washed out qualifying.',
    ],
  },
  {
    id: 'live-blog-signoff',
    reason:
      'a live blog closing or pointing at its own report ("That\'s it for the live blog today"), not an event',
    pattern:
      /\bthat['’]?s\s+(?:it|all)\s+(?:for|from)\s+(?:the|our|this|today['’]?s|tonight['’]?s)?\s*(?:live\s*blog|blog|(?:live\s+)?coverage|today|tonight)\b|\b(?:read|see)\s+(?:today['’]?s|our|the\s+full)\s+report\s+(?:from\s+\w+\s+)?here\b|\b(?:I|we)['’]ll\s+(?:have\s+more|be\s+back)\b.{0,30}\b(?:live\s*blog|blog|live\s+coverage)\b/i,
    examples: [
      "I'll have more on the live blog on Friday morning.",
      "We'll be back with live coverage when the court resumes on Monday.",
      "That's it for the live blog today.",
      "That's it for the live coverage for today.",
      "That's it from our live blog tonight - we'll be back when the court resumes.",
      "You can read today's report from court here.",
    ],
    keeps: [
      '"That\'s all for now," the coach said after Saturday\'s defeat.',
      'The judge said that is all for now, and adjourned the hearing until Monday.',
      'Read the full judgment, the defence told the court on Tuesday.',
      '"We\'ll be back on Monday," the coach said.',
    ],
  },
  {
    id: 'link-pointer',
    reason:
      'a live blog pointing at material elsewhere ("You can read the full ruling here"), its link removed: it says where to look, not what happened',
    pattern: new RegExp(
      `(?:${POINTER_TO_HERE})(?=\\s*(?:[:.;)]|and\\b|$))|${HERE_BEFORE_POINTER}|${HERE_IS_POINTER}`,
      'u',
    ),
    examples: [
      'You can read the full ruling here.',
      'In the meantime, you can read a report of the day’s developments in court here.',
      'Our correspondent is in court in Pretoria; you can follow his tweets here.',
      'The written heads of argument can be read in full here.',
      'The full text of the judgment is published here: The judge said the evidence was circumstantial.',
      "You can read Tuesday's live blog here and a report on Monday's hearing here.",
      '(You can read the key findings of the psychiatric report here.)',
      "Plus here you can see video highlights of Friday's hearing: The defence closed its case.",
      'Here’s my report on what we saw in the high court today.',
    ],
    keeps: [
      'It is here, on Friday 13 April, that I arranged to meet him for his first interview.',
      '"You can see the damage here," the mayor said on Tuesday.',
      'On a clear day you can see the coast from here, the guide said on Sunday.',
      'Readers can find the full list in Monday’s paper.',
      'The minister is here on Tuesday to open the bridge.',
      'Here is the court where the athlete stood trial in 2014.',
      'Here is a summary of the closing arguments by the state and the defence on Friday.',
      'Here, the report says, the fire started on Monday.',
    ],
  },
  {
    id: 'list-heading',
    reason:
      'a line of a few words ending in a colon introduces what follows ("What\'s happening today:"); it states nothing',
    pattern: /^\W*(?:[^\s:]+\s+){0,6}[^\s:]+\s*:\W*$/,
    examples: ["What's happening today:", 'Here is what we know so far:', 'Key dates:'],
    keeps: [
      'The court heard on Tuesday that the driver had not slept for two days: he was jailed for six years.',
      'Police said on Monday that three men had been arrested.',
    ],
  },
  {
    id: 'wire-dateline',
    reason:
      "a wire story's dateline and time stamp standing alone state no event, only when the story was filed",
    pattern: stampSentence('wire-dateline'),
    examples: [
      'CAIRO | Tue Sep 13, 2011 1:47 pm IST',
      'Sun Apr 26, 2009 10:12 pm BST',
      'WASHINGTON | Thu June 4, 2009 7:41 pm EDT',
    ],
    keeps: ["CAIRO (Reuters) - Turkey's prime minister said on Tuesday he feared a civil war."],
  },
  {
    id: 'byline-date',
    reason: "a byline with the story's date standing alone states no event, only when the story ran",
    pattern: stampSentence('byline-date'),
    examples: [
      'By the Wire Staff | September 15, 2010',
      'By Dana Lowe, Special to the Ledger | March 29, 2010',
      'March 29, 2010 |',
    ],
    keeps: [
      'By September 15, 2010 the embassy had warned Americans twice.',
      'March 29, 2010 was the day the embassy closed.',
    ],
  },
  {
    id: 'broadcast-stamp',
    reason: "a broadcast transcript's air time standing alone states no event, only when the programme aired",
    pattern: stampSentence('broadcast-stamp'),
    examples: ['Aired January 31, 2011 - 18:00 ET', 'Aired February 4, 2011 - 16:00:00 ET'],
    keeps: [
      'Aired January 31, 2011, the interview drew four million viewers.',
      'The interview aired January 31, 2011 - 18:00 ET, hours before the curfew.',
    ],
  },
  {
    id: 'bare-timestamp',
    reason: 'a clock time or date standing alone states no event',
    pattern: new RegExp(
      [
        String.raw`^\W*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?(?:\d{1,2}\s+\w+\s+\d{4},?\s*)?(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?))\s*(?:a\.?m\.?|p\.?m\.?|GMT|BST|UTC|EST|EDT|CET)?\W*$`,
        // A web page's time line as the splitter cuts it (see STAMP_FORMS).
        stampSentence('bare-timestamp').source,
      ].join('|'),
      'i',
    ),
    examples: ['12:25 p.m.', '9.41am', 'Tuesday 14 May 2013 10.05 BST', 'Friday 8 July 2005 15.00 CEST'],
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
