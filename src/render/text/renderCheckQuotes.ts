/** Plain-text rendering of a draft's quote check, for the command line and the console. */
import type { CheckedQuote, CheckQuotesAnswer } from '../../answers/checkQuotes';
import { MSG } from '../../messages';
import { citationLine } from './renderText';

function verdictLine(q: CheckedQuote): string {
  const head = MSG.checkVerdict[q.verdict] ?? q.verdict;
  return q.differences.length ? `${head} ${q.differences.map((w) => `'${w}'`).join(', ')}` : head;
}

function renderOne(q: CheckedQuote, i: number): string {
  const lines = [`[${i + 1}] “${q.text}”`, `    ${verdictLine(q)}`];
  if (q.verdict !== 'not-found') {
    lines.push(`    ${MSG.checkSpeaker(q.draftSpeaker, q.speaker, q.speakerMatches)}`);
    if (q.firstPrinted) lines.push(`    ${MSG.checkFirst} ${citationLine(q.firstPrinted)}`);
  }
  return lines.join('\n');
}

export function renderCheckQuotesText(answer: CheckQuotesAnswer): string {
  if (answer.quotes.length === 0) return MSG.checkNone;
  return answer.quotes.map(renderOne).join('\n\n');
}
