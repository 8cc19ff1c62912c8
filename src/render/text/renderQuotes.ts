/** Plain-text renderings of who-said answers and of extracted quotes, for the command line and the console. */
import type { QuotesReport } from '../../answers/reports';
import type { WhoSaidAnswer } from '../../answers/whosaid';
import { MSG } from '../../messages';
import { citationLine, renderHits } from './renderText';

function conflictLine(answer: WhoSaidAnswer): string {
  const parts = answer.attributions
    .filter((a) => a.speaker !== null)
    .map((a) => MSG.conflictPart(a.citation.outlet ?? a.citation.articleId, a.speaker as string));
  return MSG.conflict(parts);
}

export function renderWhoSaidText(answer: WhoSaidAnswer): string {
  if (!answer.found) {
    const lines = [MSG.notFoundQuote(answer.query)];
    if (answer.attributions.length)
      lines.push(MSG.whoSaidUnattributed, ...answer.attributions.map((a) => `  ${a.quote}`));
    if (answer.suggestions.length) lines.push('', MSG.closestPassages, '', renderHits(answer.suggestions));
    return lines.join('\n');
  }
  const lines = [
    ...matchLines(answer),
    MSG.whoSaid(answer.speaker ?? '', answer.role),
    `  ${answer.attributions[0]?.quote ?? ''}`,
    '',
  ];
  answer.attributions.forEach((a, i) => {
    lines.push(`[${i + 1}] ${a.citation.passage}`, `    ${citationLine(a.citation)}`);
    if (a.speaker !== null)
      lines.push(
        `    ${a.speaker}${a.mention && a.mention !== a.speaker ? ` ${MSG.asMention(a.mention)}` : ''}`,
      );
  });
  if (answer.conflict) lines.push('', conflictLine(answer));
  if (answer.alsoUnnamed.length) lines.push('', MSG.alsoUnnamed(answer.alsoUnnamed));
  return lines.join('\n');
}

/** The archive's words differ (said first, before any speaker) or are only close. */
function matchLines(answer: WhoSaidAnswer): string[] {
  if (answer.match?.kind === 'differs') return [MSG.wordsDiffer(answer.match.differences)];
  if (answer.match?.kind === 'close') return [MSG.wordsClose(answer.match.differences)];
  return [];
}

export function renderQuotesText(report: QuotesReport): string {
  return report.articles
    .map((a) => {
      if (a.quotes.length === 0) return MSG.noQuotes(a.articleId);
      const lines = a.quotes.map(
        (q) => `  ${q.text}\n    — ${q.speaker ?? '(no speaker)'}${q.cue ? ` (${q.cue})` : ''}`,
      );
      return [`${a.articleId}:`, ...lines].join('\n');
    })
    .join('\n\n');
}
