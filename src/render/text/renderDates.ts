/** Plain-text rendering of the `dates` report. */
import type { DatesReport } from '../../answers/reports';
import { firstPage, type TimelineAnswer } from '../../answers/timeline';
import { MSG } from '../../messages';
import { readableValue } from '../readableDate';
import { citationLine } from './renderText';

/** "week of 14 Aug 2025" is the longest date a timeline shows; the events' text lines up after it. */
const EVENT_DATE_WIDTH = 19;

export function renderDatesText(report: DatesReport): string {
  return report.articles
    .map((a) => {
      const head = `${a.articleId} (${a.published ? MSG.referenceDate(a.published) : MSG.noReferenceDate}):`;
      if (a.expressions.length === 0) return `${head}\n  ${MSG.noDates}`;
      return [head, ...a.expressions.map((e) => `  ${e.text} → ${e.value} (${e.type})`)].join('\n');
    })
    .join('\n\n');
}

/** A dated list, oldest first: the date at its precision, the verbatim sentence, its sources. */
export function renderTimelineText(answer: TimelineAnswer): string {
  if (answer.events.length === 0) {
    const lines = [MSG.noEvents(answer.topic)];
    if (answer.undated.length)
      lines.push('', MSG.undatedHeading, ...answer.undated.map((u) => `  ${u.text}`));
    return lines.join('\n');
  }
  const page = firstPage(answer);
  const lines = [MSG.timelineHeading(page.length, answer.topic), ''];
  for (const e of page) {
    lines.push(`${readableValue(e.date).padEnd(EVENT_DATE_WIDTH)}  ${e.text}`);
    for (const c of e.citations) lines.push(`${' '.repeat(EVENT_DATE_WIDTH + 2)}${citationLine(c)}`);
  }
  if (answer.undated.length) {
    lines.push('', MSG.undatedHeading);
    for (const u of answer.undated)
      lines.push(
        `  ${u.text}`,
        `${' '.repeat(EVENT_DATE_WIDTH + 2)}${citationLine(u.citations[0] as never)}`,
      );
  }
  return lines.join('\n');
}
