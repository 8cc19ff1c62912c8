/** Plain-text rendering of the `dates` report. */
import type { DatesReport } from '../answers/reports';
import { MSG } from '../messages';

export function renderDatesText(report: DatesReport): string {
  return report.articles
    .map((a) => {
      const head = `${a.articleId} (${a.published ? MSG.referenceDate(a.published) : MSG.noReferenceDate}):`;
      if (a.expressions.length === 0) return `${head}\n  ${MSG.noDates}`;
      return [head, ...a.expressions.map((e) => `  ${e.text} → ${e.value} (${e.type})`)].join('\n');
    })
    .join('\n\n');
}
