/**
 * The answer lane: the lookups behind answers (tens of milliseconds of the one event loop each over a large
 * archive) run one at a time, each in a turn of the event loop of its own (`setImmediate`), so that between two of
 * them Node reads and acknowledges every request that has come in. Run inline after each acknowledgement, a
 * burst of answers kept the loop busy back to back, and connections waited unaccepted for seconds: Node accepts
 * one new connection per turn of the loop (measured: 200 fresh connections to a loop that answers inline in
 * 20 ms each are accepted over 4 s). So before each answer the lane also gives the loop further turns while
 * connections keep arriving (`arrived`, from the HTTP server), for at most as long as a lookup takes.
 *
 * It keeps a moving average of how long an answer keeps the lane, so the front door can shed on how long a new
 * command would wait for its answer (`waitMs`) rather than on a count of commands.
 */
import type { CommandAnswers, Services } from '../commands/services';

/** The moving average's weight for each new answer's time. */
const AVERAGE_WEIGHT = 0.2;
/** What an answer is assumed to take before any has been timed (a burst at start-up is not admitted whole). */
export const FIRST_GUESS_MS = 50;
/** An answer not done after this long stops holding the lane (it goes on, and its asker still gets it). */
export const STALL_MS = 10_000;

interface Job {
  run: () => unknown;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

export class AnswerLane {
  constructor(private readonly stallMs = STALL_MS) {}

  private readonly queue: Job[] = [];
  /** A turn is scheduled or an answer under way: the lane is working through its queue. */
  private running = false;
  /** An answer is being looked up (taken from the queue). */
  private answering = false;
  /** How long an answer keeps the lane (its turns of the loop given away before it included), on average. */
  private averageMs = FIRST_GUESS_MS;
  /** How long the lookup itself takes, on average: the most the lane gives away before an answer. */
  private lookupMs = FIRST_GUESS_MS;
  private arrivals = 0;

  /** Runs `work` once the answers queued before it are done; resolves or rejects with it. */
  run<T>(work: () => T | Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ run: work, resolve: resolve as (value: unknown) => void, reject });
      this.pump();
    });
  }

  /** A connection has come in: the next answer waits a turn of the loop, so that the loop takes it first. */
  arrived(): void {
    this.arrivals++;
  }

  /** Answers waiting or under way. */
  get length(): number {
    return this.queue.length + (this.answering ? 1 : 0);
  }

  /** How long an answer keeps the lane, on average lately (ms). */
  get answerMs(): number {
    return this.averageMs;
  }

  /** How long an answer asked for now would wait, with `ahead` more expected before it (ms). */
  waitMs(ahead = 0): number {
    return (this.length + ahead) * this.averageMs;
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    this.running = true;
    const started = performance.now();
    this.turn(started, this.arrivals);
  }

  /**
   * The next answer runs in a turn of the loop of its own, after turns in which connections came in, for at most
   * as long as a lookup takes: the loop keeps taking connections at least half the time, and the lane answering.
   */
  private turn(started: number, seen: number): void {
    setImmediate(() => {
      const giving = performance.now() - started < Math.max(1, this.lookupMs);
      if (this.arrivals !== seen && giving) return this.turn(started, this.arrivals);
      void this.next(started);
    });
  }

  private async next(started: number): Promise<void> {
    const job = this.queue.shift() as Job;
    this.answering = true;
    const lookup = performance.now();
    const work = Promise.resolve().then(job.run);
    // An answer waiting on something that never comes (a database that does not answer) holds the lane only so long.
    let timer: NodeJS.Timeout | undefined;
    const stalled = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), this.stallMs);
    });
    const settled = work.then(
      (value) => () => job.resolve(value),
      (err: unknown) => () => job.reject(err),
    );
    const settle = await Promise.race([settled, stalled]);
    clearTimeout(timer);
    const done = performance.now();
    // A stalled answer (waiting on something that did not come) says nothing of what answers cost the lane:
    // counted, its 10 s would make the front door shed nearly everything for the next dozen answers.
    if (settle) {
      this.lookupMs += AVERAGE_WEIGHT * (done - lookup - this.lookupMs);
      this.averageMs += AVERAGE_WEIGHT * (done - started - this.averageMs);
    }
    this.answering = false;
    this.running = false;
    if (settle) settle();
    else void settled.then((late) => late());
    this.pump();
  }
}

/** Each answer of `answers` run through the lane. */
export function lanedAnswers(answers: CommandAnswers, lane: AnswerLane): CommandAnswers {
  return {
    search: (query, limit) => lane.run(() => answers.search(query, limit)),
    whosaid: (quote) => lane.run(() => answers.whosaid(quote)),
    timeline: (topic) => lane.run(() => answers.timeline(topic)),
    ask: (question) => lane.run(() => answers.ask(question)),
    profile: (name) => lane.run(() => answers.profile(name)),
    checkquotes: (draft) => lane.run(() => answers.checkquotes(draft)),
  };
}

/**
 * The services as the listeners see them: every answer through the lane (the digest already runs in worker
 * threads, and the rest is small). One wrapper per services object, made on first use.
 */
export function lanedServices(services: () => Services | null, lane: AnswerLane): () => Services | null {
  const wrapped = new WeakMap<Services, Services>();
  return () => {
    const inner = services();
    if (inner === null) return null;
    let outer = wrapped.get(inner);
    if (!outer) {
      outer = {
        ...inner,
        answers: lanedAnswers(inner.answers, lane),
        answersFor: (filter) => lanedAnswers(inner.answersFor(filter), lane),
      };
      wrapped.set(inner, outer);
    }
    return outer;
  };
}
