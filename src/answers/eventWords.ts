/**
 * The words a newsroom uses for the same event, so that "When did Ken Lay pass away?" finds "Kenneth Lay died of a
 * heart attack on July 5". Each rule is data: an id, the reason, the words (as written; compared by their stems),
 * the phrases read as its first word, and example pairs of a question and a sentence that states it, which a test
 * runs. Only "when" answers use them, to decide whether a sentence states the event asked about.
 */
import { queryTerms, termSet } from '../text/terms';

export interface EventWordRule {
  id: string;
  reason: string;
  /** Words naming the event; the first is what a phrase below is read as. */
  words: string[];
  /** Phrases that name it too ("passed away", "stood down"), read as the first word. */
  phrases?: RegExp;
  examples: { question: string; sentence: string }[];
}

export const EVENT_WORD_RULES: readonly EventWordRule[] = [
  {
    id: 'death',
    reason: 'A death is reported as died, death, dead or passed away.',
    words: ['die', 'death', 'dead'],
    phrases: /\bpass(?:es|ed|ing)?\s+away\b/gi,
    examples: [
      { question: 'When did Ken Lay pass away?', sentence: 'Kenneth Lay died of a heart attack on July 5.' },
      {
        question: 'When did Steve Jobs die?',
        sentence: 'The death of Steve Jobs on Wednesday shocked fans.',
      },
    ],
  },
  {
    id: 'marriage',
    reason: 'A marriage is reported as married, wed, a wedding or tying the knot.',
    words: ['marry', 'married', 'wed', 'wedding'],
    phrases: /\bt(?:ie|ies|ied|ying)\s+the\s+knot\b/gi,
    examples: [
      {
        question: 'When did Prince William tie the knot?',
        sentence: 'Prince William will marry Kate Middleton on Friday 29 April.',
      },
    ],
  },
  {
    id: 'resignation',
    reason: 'Leaving a post is reported as resigned, quit, stepped down or stood down.',
    words: ['resign', 'resignation', 'quit'],
    phrases: /\b(?:step(?:s|ped|ping)?|stand(?:s|ing)?|stood)\s+down\b/gi,
    examples: [
      {
        question: 'When did Armstrong step down as chairman of Livestrong?',
        sentence: 'Armstrong stood down as chairman of his Livestrong charity on Wednesday.',
      },
      { question: 'When did Jeffrey Skilling resign?', sentence: 'Skilling quit in August 2001.' },
    ],
  },
  {
    id: 'dismissal',
    reason: 'Being removed from a post is reported as fired, sacked or ousted.',
    words: ['fire', 'fired', 'sack', 'sacked', 'oust', 'ousted'],
    examples: [
      { question: 'When was Steve Jobs fired from Apple?', sentence: 'Jobs was ousted from Apple in 1985.' },
    ],
  },
  {
    id: 'acquittal',
    reason: 'An acquittal is reported as acquitted or an acquittal.',
    words: ['acquit', 'acquitted', 'acquittal'],
    examples: [
      {
        question: 'When was Strauss-Kahn acquitted?',
        sentence: 'Television news reported the acquittal of Strauss-Kahn on Friday afternoon.',
      },
    ],
  },
  {
    id: 'detention',
    reason: 'An arrest is reported as arrested or detained.',
    words: ['arrest', 'arrested', 'detain', 'detained'],
    examples: [{ question: 'When was Assange arrested?', sentence: 'Police detained Assange on Tuesday.' }],
  },
  {
    id: 'release',
    reason: 'Leaving custody is reported as released or freed.',
    words: ['release', 'released', 'freed'],
    examples: [
      { question: 'When was Pistorius released?', sentence: 'Pistorius was freed on parole on 19 October.' },
    ],
  },
  {
    id: 'birth',
    reason: 'A birth is reported as born or a birth.',
    words: ['born', 'birth'],
    examples: [
      {
        question: 'When was Prince George born?',
        sentence: 'The birth of George on 22 July delighted the crowds.',
      },
    ],
  },
  {
    id: 'disqualification',
    reason: 'Being kept from a race is reported as disqualified, barred or banned.',
    words: ['disqualify', 'disqualified', 'barred', 'banned'],
    examples: [
      {
        question: 'When was Ahmadinejad barred from the election?',
        sentence: 'Ahmadinejad was disqualified from the election on Thursday.',
      },
    ],
  },
];

/** Each rule's stems, and for each stem every stem that names the same event (itself included). */
const SAME_EVENT = new Map<string, Set<string>>();
for (const rule of EVENT_WORD_RULES) {
  const stems = rule.words.flatMap((w) => queryTerms(w));
  for (const stem of stems) {
    const known = SAME_EVENT.get(stem) ?? new Set<string>([stem]);
    for (const other of stems) known.add(other);
    SAME_EVENT.set(stem, known);
  }
}

/** The text with each rule's phrases read as its first word ("stood down" as "resign"). */
export function withEventPhrases(text: string): string {
  let out = text;
  for (const rule of EVENT_WORD_RULES) {
    if (rule.phrases) out = out.replace(rule.phrases, rule.words[0] as string);
  }
  return out;
}

/** The stems of a text as event words read them (its phrases read first). */
export const eventTermsOf = (text: string): Set<string> => termSet(withEventPhrases(text));

/** Whether the stems hold the event word `stem` or a word of the same event. */
export function holdsEvent(terms: ReadonlySet<string>, stem: string): boolean {
  const same = SAME_EVENT.get(stem);
  if (!same) return terms.has(stem);
  for (const s of same) if (terms.has(s)) return true;
  return false;
}
