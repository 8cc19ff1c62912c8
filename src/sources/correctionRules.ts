/**
 * Correction notes: a paragraph in which the newsroom says what it changed. Such a paragraph stays in the text
 * (it is what was printed) and is also kept on the article as a correction, shown with answers that cite it.
 * Each rule is data: an id, the reason, the pattern for the paragraph's start, and example paragraphs that must
 * and must not match (a test runs them).
 */
export interface CorrectionRule {
  id: string;
  reason: string;
  pattern: RegExp;
  examples: string[];
  counterExamples: string[];
}

export const CORRECTION_RULES: readonly CorrectionRule[] = [
  {
    id: 'correction-label',
    reason: 'a paragraph labelled as a correction, clarification or editor’s note about a change',
    pattern: /^(?:\*{1,2}|_)?(?:correction|clarification|corrections)s?\s*(?:\(\w[^)]{0,40}\))?\s*[:.—–-]/i,
    examples: [
      'Correction: The bridge closes on Friday, not Thursday as first reported.',
      'CLARIFICATION — The vote was 7-2, with one abstention.',
      'Correction (Dec. 2): A photo caption misidentified the harbour master.',
    ],
    counterExamples: [
      'Corrections officers at the county jail voted to strike on Monday.',
      'The correction in share prices came after a long rally, analysts said.',
    ],
  },
  {
    id: 'earlier-version',
    reason: 'the stock phrase newsrooms use to say an earlier version of the article was wrong',
    pattern: /^(?:\*{1,2}|_)?(?:an|the) (?:earlier|previous) version of this (?:article|story|report)\b/i,
    examples: [
      'An earlier version of this article misstated the number of councillors who voted against the plan.',
      'The previous version of this story gave the wrong year for the harbour’s opening.',
    ],
    counterExamples: ['An earlier version of the bill had included a tax on ferries, the senator said.'],
  },
  {
    id: 'editors-note-updated',
    reason: 'an editor’s note saying the article was updated or corrected',
    pattern: /^(?:\*{1,2}|_)?editor[’']?s note\s*[:.—–-].{0,200}\b(?:updated|corrected|amended|changed)\b/i,
    examples: ["Editor's note: This article was updated to include the mayor's response."],
    counterExamples: ["Editor's note: This is the third part of a series on the town's water supply."],
  },
];

/** The rule a paragraph matches as a correction note, or null. */
export function correctionRuleFor(paragraph: string): CorrectionRule | null {
  const text = paragraph.trim();
  return CORRECTION_RULES.find((rule) => rule.pattern.test(text)) ?? null;
}
