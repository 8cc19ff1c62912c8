/** Plain-text rendering of the `dates` report. */
import type { DatesReport } from '../../answers/reports';
import { MSG } from '../../messages';
import { readableValue } from '../readableDate';
import { leftOutHint, type PagedTimeline, timelinePage } from '../timelinePages';
import { citationLine } from './renderText';

/** "week of 14 Aug 2025" is the longest date a timeline shows; the events' text lines up after it. */
const EVENT_DATE_WIDTH = 19;
/** Where the lines under an event start: under its text, past the date column. */
const UNDER_EVENT = ' '.repeat(EVENT_DATE_WIDTH + 2);

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
export function renderTimelineText(answer: PagedTimeline): string {
  if (answer.events.length === 0) {
    const lines = [MSG.noEvents(answer.topic), ...leftOutLines(answer)];
    if (answer.undated.length)
      lines.push('', MSG.undatedHeading, ...answer.undated.map((u) => `  ${u.text}`));
    return lines.join('\n');
  }
  const paged = timelinePage(answer, answer.page ?? 0);
  const lines = [
    paged.page === 0
      ? MSG.timelineHeadingTop(paged.events.length, paged.total, answer.topic)
      : MSG.timelineHeadingPage(paged.page + 1, paged.pages, answer.topic),
    '',
  ];
  for (const e of paged.events) {
    lines.push(`${readableValue(e.date).padEnd(EVENT_DATE_WIDTH)}  ${e.text}`);
    if (e.planned) lines.push(`${UNDER_EVENT}${MSG.plannedEvent}`);
    for (const c of e.citations) {
      const ahead = c.planned && !e.planned ? ` · ${MSG.citedAhead}` : '';
      lines.push(`${UNDER_EVENT}${citationLine(c)}${ahead}`);
    }
  }
  const left = paged.total - (paged.page + 1) * answer.pageSize;
  if (left > 0) lines.push('', MSG.timelineMore(left, paged.page + 2));
  if (paged.page === 0) lines.push(...leftOutLines(answer));
  if (answer.undated.length && paged.page === 0) {
    lines.push('', MSG.undatedHeading);
    for (const u of answer.undated)
      lines.push(`  ${u.text}`, `${UNDER_EVENT}${citationLine(u.citations[0] as never)}`);
  }
  return lines.join('\n');
}

/** The hint under a timeline's left-out days, after a blank line (see leftOutHint); none when there is none. */
function leftOutLines(answer: PagedTimeline): string[] {
  const hint = leftOutHint(answer);
  return hint ? ['', MSG.timelineLeftOut(hint.count, hint.stretch, hint.from, hint.to, hint.query)] : [];
}
