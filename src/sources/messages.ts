/** What `newsdesk sources` prints for a person: one block per source. */
import type { SourceStatus } from './remoteSource';

export const SOURCES_MSG = {
  none: 'No sources.',
  head: (n: number) => `${n} ${n === 1 ? 'source' : 'sources'}:`,
  line: (s: SourceStatus) =>
    `  ${s.name} (${s.kind}): ${s.articles} ${s.articles === 1 ? 'article' : 'articles'}${s.held ? `, ${s.held} held until their embargo lifts` : ''}`,
  polled: (s: SourceStatus) =>
    `    last poll ${s.lastPoll ?? 'never'}; last success ${s.lastSuccess ?? 'never'}; last poll: ${s.new} new, ${s.updated} updated, ${s.removed} removed`,
  error: (message: string) => `    last error: ${message}`,
} as const;

export function renderSourcesText(statuses: readonly SourceStatus[]): string {
  if (statuses.length === 0) return SOURCES_MSG.none;
  const lines = [SOURCES_MSG.head(statuses.length)];
  for (const s of statuses) {
    lines.push(SOURCES_MSG.line(s), SOURCES_MSG.polled(s));
    if (s.error) lines.push(SOURCES_MSG.error(s.error));
  }
  return lines.join('\n');
}
