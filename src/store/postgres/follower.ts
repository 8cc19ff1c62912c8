/**
 * Keeps an instance's in-memory engine current from PostgreSQL: applies every change after the last one it
 * applied (an article put or removed) to the engine, in sequence order. It hears of new changes by LISTEN (a
 * notification on each commit), and also looks every `pollMs` in case a notification was lost (a dropped
 * connection), so an article indexed anywhere is answerable here within moments. One pull at a time.
 */
import { Client } from 'pg';
import type { ArchiveWriter } from '../../answers/archive';
import type { Logger } from '../../logger';
import { CHANGES_CHANNEL, type PostgresArchive } from './archive';

export interface FollowerOptions {
  archive: PostgresArchive;
  /** The engine the changes are applied to. */
  target: ArchiveWriter;
  /** When each article was first indexed (YYYY-MM-DD), kept current with the engine. */
  firstIndexed: Map<string, string>;
  /** The same as ISO times (what watch alerts compare with a watch's time). */
  indexedAt?: Map<string, string>;
  /** Called after a pull that applied changes (watch alerts look at the new articles). */
  onApplied?: () => void;
  logger: Logger;
  /** The database URL, for the listening connection. */
  url: string;
  /** Looks for changes this often even without a notification (milliseconds). */
  pollMs?: number;
  /** Gives the event loop back between articles. */
  pause?: () => Promise<void>;
}

export const DEFAULT_POLL_MS = 5_000;
const RECONNECT_MS = 2_000;
const BATCH = 200;

export class ChangeFollower {
  private lastSeq = 0n;
  private pulling: Promise<number> | null = null;
  private again = false;
  private listener: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  /** Callers of `still` under way: no change is applied meanwhile. */
  private holds = 0;
  /** Settles when the last hold ends. */
  private released: Promise<void> = Promise.resolve();
  private release: () => void = () => {};
  private target: ArchiveWriter;

  constructor(private readonly options: FollowerOptions) {
    this.target = options.target;
  }

  /**
   * Applies every change from the start to a new (empty) engine, which from then on is the one kept current:
   * for rebuilding an engine that has piled up replaced articles. Resolves once it has caught up.
   */
  async restart(target: ArchiveWriter): Promise<void> {
    // Not while the engine is held still (a save): the pull would be put off and the empty engine swapped in.
    while (this.holds > 0) await this.released;
    await this.pulling?.catch(() => undefined);
    this.target = target;
    this.lastSeq = 0n;
    await this.pull();
  }

  get applied(): bigint {
    return this.lastSeq;
  }

  /**
   * Follows on from `seq` into `target`, an engine that holds every change up to it (restored from a snapshot);
   * before the first pull.
   */
  resume(target: ArchiveWriter, seq: bigint): void {
    this.target = target;
    this.lastSeq = seq;
  }

  /**
   * Runs `fn` while no change is applied (a pull under way finishes first; those asked for meanwhile wait), with
   * the last change applied: for exporting the engine exactly as of that change.
   */
  async still<T>(fn: (applied: bigint) => Promise<T>): Promise<T> {
    if (this.holds++ === 0) this.released = new Promise((resolve) => (this.release = resolve));
    try {
      await this.pulling?.catch(() => undefined);
      return await fn(this.lastSeq);
    } finally {
      this.holds--;
      if (this.holds === 0) this.release();
      if (this.holds === 0 && this.again && !this.stopped) {
        this.again = false;
        void this.pull().catch((err: Error) => this.options.logger.warn(`could not follow: ${err.message}`));
      }
    }
  }

  /** Applies every change not yet applied; the number applied. Joins a pull under way (and pulls once more). */
  pull(): Promise<number> {
    if (this.pulling || this.holds > 0) {
      this.again = true;
      return this.pulling ?? Promise.resolve(0);
    }
    this.pulling = this.pullAll().finally(() => {
      this.pulling = null;
      if (this.again && !this.stopped && this.holds === 0) {
        this.again = false;
        void this.pull().catch((err: Error) => this.options.logger.warn(`could not follow: ${err.message}`));
      }
    });
    return this.pulling;
  }

  private async pullAll(): Promise<number> {
    let applied = 0;
    for (;;) {
      const changes = await this.options.archive.changesSince(this.lastSeq, BATCH);
      for (const change of changes) {
        if (change.removed) {
          await this.target.remove(change.id);
          this.options.firstIndexed.delete(change.id);
          this.options.indexedAt?.delete(change.id);
        } else {
          await this.target.put(change.indexed, change.version);
          const at = change.firstIndexedAt.toISOString();
          this.options.firstIndexed.set(change.id, at.slice(0, 10));
          this.options.indexedAt?.set(change.id, at);
        }
        this.lastSeq = change.seq;
        applied++;
        await this.options.pause?.();
      }
      if (changes.length < BATCH) {
        if (applied > 0) this.options.onApplied?.();
        return applied;
      }
    }
  }

  /** Starts listening for changes and looking every pollMs. */
  async start(): Promise<void> {
    this.stopped = false;
    const every = this.options.pollMs ?? DEFAULT_POLL_MS;
    this.timer = setInterval(() => void this.pull().catch(() => undefined), every);
    this.timer.unref();
    await this.listen();
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.options.url, application_name: 'newsdesk-listen' });
    const retry = (err: Error) => {
      if (this.listener !== client || this.stopped) return;
      this.listener = null;
      this.options.logger.warn(`lost the change notifications (${err.message}); reconnecting`);
      client.end().catch(() => undefined);
      setTimeout(() => void this.listen().catch(() => undefined), RECONNECT_MS).unref();
    };
    client.on('error', retry);
    client.on('end', () => retry(new Error('connection closed')));
    client.on('notification', () => void this.pull().catch(() => undefined));
    this.listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
      await this.pull();
    } catch (err) {
      retry(err as Error);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
    await this.pulling?.catch(() => undefined);
  }
}
