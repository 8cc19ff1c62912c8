/**
 * Feedback votes shared by every instance: one row per answer and person (the last click counts), holding the
 * vote as the file store keeps it (the question, the answer's kind, the articles cited, the index version).
 */
import type { FeedbackReason, FeedbackStore, FeedbackVote } from '../../feedback/store';
import { type Db, run, statement } from './pool';

const RECORD = statement(
  'feedback_record',
  `INSERT INTO feedback_votes (answer_id, user_id, vote) VALUES ($1, $2, $3)
   ON CONFLICT (answer_id, user_id) DO UPDATE SET vote = EXCLUDED.vote, voted_at = clock_timestamp()`,
);
const REASON = statement(
  'feedback_reason',
  `UPDATE feedback_votes SET vote = vote || jsonb_build_object('reason', $3::text, 'at', $4::text),
     voted_at = clock_timestamp()
   WHERE answer_id = $1 AND user_id = $2 RETURNING answer_id`,
);
const VOTES = statement(
  'feedback_votes',
  `SELECT vote FROM feedback_votes WHERE $1::text IS NULL OR left(vote->>'at', 10) >= $1::text
   ORDER BY voted_at, answer_id, user_id`,
);

export class PostgresFeedbackStore implements FeedbackStore {
  constructor(private readonly db: Db) {}

  async record(vote: FeedbackVote): Promise<void> {
    await run(this.db, RECORD, [vote.answerId, vote.user, JSON.stringify(vote)]);
  }

  async giveReason(answerId: string, user: string, reason: FeedbackReason, at: string): Promise<boolean> {
    return (await run(this.db, REASON, [answerId, user, reason, at])).length === 1;
  }

  async votes(since?: string): Promise<FeedbackVote[]> {
    return (await run<{ vote: FeedbackVote }>(this.db, VOTES, [since ?? null])).map((r) => r.vote);
  }
}
