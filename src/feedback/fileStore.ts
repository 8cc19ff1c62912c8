/**
 * The feedback store as one JSON-lines file in the data folder: every click is appended, and reading keeps the
 * last line per person and answer. Small and dependable for one running app; PostgreSQL will replace it.
 */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FeedbackReason, FeedbackStore, FeedbackVote } from './store';

export const FEEDBACK_FILE = 'feedback.jsonl';

const keyOf = (v: Pick<FeedbackVote, 'answerId' | 'user'>) => `${v.user}\u0000${v.answerId}`;

export class FileFeedbackStore implements FeedbackStore {
  readonly path: string;
  /** Appends one at a time, in click order. */
  private writing: Promise<void> = Promise.resolve();

  constructor(dataDir: string) {
    this.path = join(dataDir, FEEDBACK_FILE);
  }

  async record(vote: FeedbackVote): Promise<void> {
    const line = `${JSON.stringify(vote)}\n`;
    this.writing = this.writing.then(async () => {
      await mkdir(dirname(this.path), { recursive: true });
      await appendFile(this.path, line, 'utf8');
    });
    await this.writing;
  }

  async giveReason(answerId: string, user: string, reason: FeedbackReason, at: string): Promise<boolean> {
    await this.writing;
    const current = (await this.latest()).get(keyOf({ answerId, user }));
    if (!current) return false;
    await this.record({ ...current, reason, at });
    return true;
  }

  async votes(since?: string): Promise<FeedbackVote[]> {
    await this.writing;
    const all = [...(await this.latest()).values()];
    return since ? all.filter((v) => v.at.slice(0, 10) >= since) : all;
  }

  /** The last line per person and answer; a line that does not parse is skipped. */
  private async latest(): Promise<Map<string, FeedbackVote>> {
    let text = '';
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
      throw err;
    }
    const out = new Map<string, FeedbackVote>();
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const vote = JSON.parse(line) as FeedbackVote;
        out.delete(keyOf(vote));
        out.set(keyOf(vote), vote);
      } catch {
        // A torn last line (a crash mid-append) is left out, not fatal.
      }
    }
    return out;
  }
}
