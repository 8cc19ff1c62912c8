/** Plain-text renderings of answers, for the command line and the local console. */
import type { Citation } from '../../answers/citation';
import { MAX_QUERY_CHARS, type QueryProblem } from '../../answers/query';
import type { SearchAnswer, SearchHit } from '../../answers/search';
import type { IndexSummary } from '../../commands/services';
import type { SkippedFile } from '../../corpus/types';
import { MSG, SLACK } from '../../messages';
import { readableDay } from '../readableDate';

/** "Rolling Stone · Thu 14 Aug 2025 · paragraph 25 · Title · updated …", leaving out what is unknown. */
export function citationLine(citation: Citation): string {
  const parts = [
    citation.outlet ?? citation.articleId,
    readableDay(citation.published),
    SLACK.paragraph(citation.paragraph),
  ];
  if (citation.title) parts.push(citation.title);
  if (citation.updated && citation.updated !== citation.published)
    parts.push(SLACK.updated(readableDay(citation.updated)));
  return parts.join(' · ');
}

function numbered(n: number, citation: Citation): string {
  const lines = [`[${n}] ${citation.passage}`, `    ${citationLine(citation)}`];
  if (citation.url) lines.push(`    ${citation.url}`);
  return lines.join('\n');
}

export function renderHits(hits: SearchHit[]): string {
  return hits.map((hit, i) => numbered(i + 1, hit.citation)).join('\n\n');
}

export function renderSearchText(answer: SearchAnswer): string {
  if (answer.hits.length === 0) return MSG.noHits(answer.query);
  return [MSG.hitsHeading(answer.hits.length, answer.query), '', renderHits(answer.hits)].join('\n');
}

export function renderIndexText(stats: IndexSummary, skipped: SkippedFile[]): string {
  const lines = [
    MSG.indexSummary(stats.articles, stats.passages, stats.seconds),
    MSG.indexReuse(stats.snapshot, stats.reused, stats.indexed, stats.removed),
  ];
  if (skipped.length > 0) {
    lines.push(MSG.skippedHeading(skipped.length));
    for (const s of skipped) lines.push(`  ${s.file}: ${s.reason}`);
  }
  return lines.join('\n');
}

/** Why a query was not looked up; `command` as the person typed it, `example` what they could type after it. */
export function describeQueryProblem(problem: QueryProblem, command: string, example: string): string {
  if (problem.problem === 'refused') return problem.message;
  return problem.problem === 'empty'
    ? MSG.emptyQuery(command, example)
    : MSG.queryTooLong(problem.length, MAX_QUERY_CHARS);
}
