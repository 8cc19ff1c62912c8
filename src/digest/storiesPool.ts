/**
 * Grouping a digest's articles into stories off the event loop: one worker thread (started with the first
 * digest, gone when idle), each task with a deadline past which its worker is recycled and the digest stopped
 * (DigestDeadlineError). Where the worker file is not there (the TypeScript sources run directly, as in unit
 * tests), grouping runs on this thread.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { groupStories, type StoryGroups, type StoryInput } from './stories';

/** Groups the articles into stories; rejects past `deadlineMs`. */
export type GroupStories = (inputs: StoryInput[], deadlineMs: number) => Promise<StoryGroups>;

/** Grouping past its deadline: its worker was stopped. */
export class StoriesDeadlineError extends Error {
  constructor(readonly deadlineMs: number) {
    super(`grouping the digest's stories took longer than ${Math.round(deadlineMs / 1000)} s; stopped`);
  }
}

const WORKER_FILE = join(__dirname, 'storiesWorker.js');
const IDLE_MS = 10_000;

let pool: Piscina | null = null;

/** On this thread: what unit tests run (the worker file is only in `dist/`). */
export const groupInline: GroupStories = async (inputs) => groupStories(inputs);

/** In the worker thread when the built worker is there, else on this thread. */
export const groupOffThread: GroupStories = async (inputs, deadlineMs) => {
  if (!existsSync(WORKER_FILE)) return groupInline(inputs, deadlineMs);
  pool ??= new Piscina({ filename: WORKER_FILE, minThreads: 0, maxThreads: 1, idleTimeout: IDLE_MS });
  const signal = AbortSignal.timeout(deadlineMs);
  try {
    return (await pool.run(inputs, { signal })) as StoryGroups;
  } catch (err) {
    if (signal.aborted) throw new StoriesDeadlineError(deadlineMs);
    throw err;
  }
};

/** Stops the worker (the app's stop). */
export async function closeStoriesPool(): Promise<void> {
  const stopping = pool;
  pool = null;
  await stopping?.destroy();
}
