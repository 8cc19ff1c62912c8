/**
 * Feedback on answers: one vote per person and answer (the last click counts), kept with what is needed to learn
 * from it — the question, the answer's kind, the articles it cited and the index version it was answered from.
 * A port, so that the file store here can give way to PostgreSQL without touching the adapters.
 */

export const FEEDBACK_REASONS = ['wrong-speaker', 'wrong-date', 'irrelevant', 'other'] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];
export type Vote = 'up' | 'down';

export const isFeedbackReason = (r: unknown): r is FeedbackReason =>
  (FEEDBACK_REASONS as readonly unknown[]).includes(r);

/** Which answer a vote is about: the same question answered the same way on the same index is the same answer. */
export interface AnsweredRef {
  answerId: string;
  /** The command that answered (`whosaid`, `ask`…). */
  command: string;
  /** What the person asked, filters included, as typed. */
  question: string;
  /** The answer's kind: the command, or for /ask the intent it chose (`ask:timeline`). */
  kind: string;
  articleIds: string[];
  indexVersion: string;
}

export interface FeedbackVote extends AnsweredRef {
  user: string;
  vote: Vote;
  reason: FeedbackReason | null;
  /** When it was cast (ISO). */
  at: string;
}

export interface FeedbackStore {
  /** Records a vote, replacing the same person's earlier vote on the same answer. */
  record(vote: FeedbackVote): Promise<void>;
  /** Adds a reason to a person's vote on an answer; false when there is no such vote. */
  giveReason(answerId: string, user: string, reason: FeedbackReason, at: string): Promise<boolean>;
  /** Every counted vote (one per person and answer), cast on or after `since` (YYYY-MM-DD) when given. */
  votes(since?: string): Promise<FeedbackVote[]>;
}

export interface FeedbackCounts {
  up: number;
  down: number;
  byKind: Record<string, { up: number; down: number }>;
  reasons: Record<string, number>;
}

export function countVotes(votes: readonly FeedbackVote[]): FeedbackCounts {
  const counts: FeedbackCounts = { up: 0, down: 0, byKind: {}, reasons: {} };
  for (const v of votes) {
    counts[v.vote]++;
    const kind = counts.byKind[v.kind] ?? { up: 0, down: 0 };
    kind[v.vote]++;
    counts.byKind[v.kind] = kind;
    if (v.vote === 'down' && v.reason) counts.reasons[v.reason] = (counts.reasons[v.reason] ?? 0) + 1;
  }
  return counts;
}
