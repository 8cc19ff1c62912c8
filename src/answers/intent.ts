/**
 * What a plain-English question asks for: who said something, when things happened, who someone is, a fact
 * (how much, how many, what, where, which), or, when none of these fits, a search.
 */

export type Intent =
  | { kind: 'whosaid'; quote: string }
  | { kind: 'timeline'; topic: string }
  | { kind: 'profile'; name: string }
  | { kind: 'factoid'; question: string; wants: 'amount' | 'number' | 'place' | 'thing' }
  /** "When did …?": the date a sentence prints for it, or else a timeline of the topic. */
  | { kind: 'when'; question: string; topic: string }
  | { kind: 'search'; query: string };

const QUOTED = /["“”'‘’«»]([^"“”«»]{2,})["“”'‘’«»]/;
const WHO_SAID =
  /^\s*(?:(?:who|(?:which|what)\s+\w+(?:\s+\w+)?)\s+(?:said|says|told|wrote|tweeted|claimed|added|is\s+quoted\s+(?:as\s+)?saying|was\s+quoted\s+(?:as\s+)?saying|first\s+said)|whose\s+(?:words|quote)\s+(?:is|are|was))\b[\s:,]*(.*)$/i;
const PROFILE = /^\s*(?:who\s+is|who's|who\s+was|tell\s+me\s+about)\s+(.+?)[\s?.!]*$/i;
const TIMELINE_WORDS = /\b(?:timeline|chronology|history\s+of|what\s+happened|sequence\s+of\s+events)\b/i;
const WHEN = /^\s*when\s+(?:did|was|were|will|is|are|has|have|do|does)\b/i;
const FACTOID = /^\s*(?:how\s+(much|many|long|old|big|large)|what|which|where|whom|why)\b/i;

/** Strips the question's own words from a timeline topic: "What is the tariff timeline?" → "tariff". */
function topicOf(question: string): string {
  return question
    .replace(/[?!.]+\s*$/, '')
    .replace(/^\s*what\s+happened\s*(?:with|to|in|on|at|over)?\s*/i, '')
    .replace(/^\s*(?:what|show\s+me|give\s+me|tell\s+me)\s+(?:is|are|was)?\s*/i, '')
    .replace(/^\s*when\s+(?:did|was|were|will|is|are|has|have|do|does)\s+/i, '')
    .replace(/\b(?:the|a|an)\s+(?=timeline|chronology|history)/gi, '')
    .replace(
      /\b(?:timeline|chronology|history|sequence\s+of\s+events|what\s+happened)\b(?:\s+(?:of|for|on|in|with))?/gi,
      '',
    )
    .replace(/^\s*(?:the|of|for|on|with)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 5 && words.every((w) => /^[\p{Lu}][\p{L}.'’-]*$/u.test(w));
}

export function routeQuestion(question: string): Intent {
  const text = question.trim();
  const whoSaid = WHO_SAID.exec(text);
  if (whoSaid) {
    const rest = (whoSaid[1] ?? '').replace(/[?]+\s*$/, '').trim();
    const quoted = QUOTED.exec(rest)?.[1] ?? rest;
    return { kind: 'whosaid', quote: quoted.trim() };
  }
  const profile = PROFILE.exec(text);
  if (profile?.[1] && looksLikeName(profile[1])) return { kind: 'profile', name: profile[1] };
  if (WHEN.test(text) && !TIMELINE_WORDS.test(text))
    return { kind: 'when', question: text, topic: topicOf(text) || text };
  if (TIMELINE_WORDS.test(text)) return { kind: 'timeline', topic: topicOf(text) || text };
  const factoid = FACTOID.exec(text);
  if (factoid) {
    const how = (factoid[1] ?? '').toLowerCase();
    const wants = how === 'much' ? 'amount' : how ? 'number' : /^\s*where\b/i.test(text) ? 'place' : 'thing';
    return { kind: 'factoid', question: text, wants };
  }
  const quoted = QUOTED.exec(text);
  if (quoted?.[1] && /\bsa(?:y|id|ys)\b/i.test(text)) return { kind: 'whosaid', quote: quoted[1] };
  return { kind: 'search', query: text };
}
