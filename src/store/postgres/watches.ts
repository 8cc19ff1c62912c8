/**
 * Watches shared by every instance: a row per channel and topic. A watch's time is the database's clock, the
 * clock the articles' first-indexed times are read from, so "indexed after the watch was made" compares like
 * with like whichever machine made the watch. The per-channel limit is checked in the insert itself (two adds
 * in the same instant may pass it by one: a limit on effort, not a security boundary).
 */
import type { AddOutcome, WatchStore } from '../../watch/store';
import type { Watch } from '../../watch/watches';
import { type Db, run, statement } from './pool';

const ADD = statement(
  'watch_add',
  `INSERT INTO watches (channel, topic_key, topic, created_by)
   SELECT $1, $2, $3, $4 WHERE (SELECT count(*) FROM watches WHERE channel = $1) < $5
   ON CONFLICT (channel, topic_key) DO NOTHING RETURNING topic_key`,
);
const HAS = statement('watch_has', 'SELECT 1 AS one FROM watches WHERE channel = $1 AND topic_key = $2');
const REMOVE = statement(
  'watch_remove',
  `DELETE FROM watches WHERE channel = $1 AND topic_key = $2
   RETURNING channel, topic_key, topic, created_by, created_at`,
);
const LIST = statement(
  'watch_list',
  `SELECT channel, topic_key, topic, created_by, created_at FROM watches WHERE channel = $1
   ORDER BY created_at, topic_key`,
);
const ALL = statement(
  'watch_all',
  `SELECT channel, topic_key, topic, created_by, created_at FROM watches ORDER BY channel, created_at, topic_key`,
);

interface WatchRow {
  channel: string;
  topic_key: string;
  topic: string;
  created_by: string;
  created_at: Date;
}

const watchOf = (r: WatchRow): Watch => ({
  channel: r.channel,
  topic: r.topic,
  key: r.topic_key,
  createdAt: r.created_at.toISOString(),
  createdBy: r.created_by,
});

export class PostgresWatchStore implements WatchStore {
  constructor(private readonly db: Db) {}

  async add(watch: Watch, max: number): Promise<AddOutcome> {
    const values = [watch.channel, watch.key, watch.topic, watch.createdBy, max];
    if ((await run(this.db, ADD, values)).length === 1) return 'added';
    return (await run(this.db, HAS, [watch.channel, watch.key])).length > 0 ? 'exists' : 'full';
  }

  async remove(channel: string, key: string): Promise<Watch | null> {
    const row = (await run<WatchRow>(this.db, REMOVE, [channel, key]))[0];
    return row ? watchOf(row) : null;
  }

  async list(channel: string): Promise<Watch[]> {
    return (await run<WatchRow>(this.db, LIST, [channel])).map(watchOf);
  }

  async all(): Promise<Watch[]> {
    return (await run<WatchRow>(this.db, ALL)).map(watchOf);
  }
}
