/** `newsdesk feedback [--since D] [--json]`: the votes on answers (one per person and answer), counted. */
import { readFilterDate } from '../commands/filterDates';
import { todayUtc } from '../commands/filters';
import { FileFeedbackStore } from '../feedback/fileStore';
import { countVotes, type FeedbackCounts, type FeedbackVote } from '../feedback/store';
import { MSG } from '../messages';
import { UsageError } from './args';
import { type Command, print } from './context';

export interface FeedbackReport {
  since: string | null;
  counts: FeedbackCounts;
  votes: FeedbackVote[];
}

export function renderFeedbackText(report: FeedbackReport): string {
  const { counts } = report;
  const lines = [MSG.feedbackTotals(counts.up, counts.down, report.since)];
  for (const [kind, c] of Object.entries(counts.byKind).sort())
    lines.push(MSG.feedbackKind(kind, c.up, c.down));
  const downs = report.votes.filter((v) => v.vote === 'down');
  if (downs.length) lines.push('', MSG.feedbackDownHead);
  for (const v of downs) lines.push(MSG.feedbackDownLine(v.at.slice(0, 10), v.kind, v.reason, v.question));
  return lines.join('\n');
}

export const feedbackCli: Command = async (ctx) => {
  const typed = ctx.args.since;
  const since = typed === undefined ? null : (readFilterDate(typed, todayUtc())?.start ?? null);
  if (typed !== undefined && since === null) throw new UsageError(MSG.badFilterDate('--since', typed));
  const store = ctx.feedback?.() ?? new FileFeedbackStore(ctx.config.dataDir);
  const votes = await store.votes(since ?? undefined);
  votes.sort((a, b) => a.at.localeCompare(b.at));
  const report: FeedbackReport = { since, counts: countVotes(votes), votes };
  print(ctx, report, () => renderFeedbackText(report));
  return 0;
};
