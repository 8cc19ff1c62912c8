/**
 * The state every instance must share, chosen once: with DATABASE_URL, PostgreSQL (the digest and post ledgers
 * as rows, Slack event ids, per-person rate limits, feedback votes, watches, channel settings), on a small pool of its own that
 * waits for the migrations; without, the data folder's files and this process's memory, as on one machine.
 */
import type { Config } from '../config';
import { type Ledger, POST_LEDGER_FILE, PostLedger } from '../delivery/ledger';
import { DigestLedger } from '../digest/ledger';
import { FileFeedbackStore } from '../feedback/fileStore';
import type { FeedbackStore } from '../feedback/store';
import type { Logger } from '../logger';
import type { ChannelSettingsStore } from '../settings/channelSettings';
import { FileChannelSettings } from '../settings/fileStore';
import { EventDeduper, type EventIds, RateLimiter, type RateLimits } from '../slack/guards';
import { PostgresChannelSettings } from '../store/postgres/channelSettings';
import { PostgresEventIds } from '../store/postgres/eventIds';
import { PostgresFeedbackStore } from '../store/postgres/feedback';
import { PostgresLedger } from '../store/postgres/ledger';
import { migrate } from '../store/postgres/migrations';
import { afterReady, createPool } from '../store/postgres/pool';
import { PostgresRateLimits } from '../store/postgres/rateLimits';
import { PostgresWatchStore } from '../store/postgres/watches';
import { FileWatchStore } from '../watch/fileStore';
import type { WatchStore } from '../watch/store';

export interface SharedState {
  digestLedger: DigestLedger;
  /** The ledger of posts for everyone besides the digest (answers shared, mention replies, watch alerts). */
  postLedger: Ledger;
  feedback: FeedbackStore;
  rateLimiter: RateLimits;
  /** Slack event ids already answered, so an event Slack delivers again (to any instance) is answered once. */
  eventIds: EventIds;
  /** The channels' watches (`/watch`). */
  watches: WatchStore;
  /** The channels' settings (`/digest daily on|off`). */
  channelSettings: ChannelSettingsStore;
  close: () => Promise<void>;
}

/** Connections the shared state needs at most per process (the archive has its own pool). */
const STATE_POOL_MAX = 4;

export function sharedState(config: Config, logger: Logger, now: () => Date = () => new Date()): SharedState {
  if (!config.databaseUrl) {
    return {
      digestLedger: new DigestLedger(config.dataDir, logger, now),
      postLedger: PostLedger.in(config.dataDir, POST_LEDGER_FILE),
      feedback: new FileFeedbackStore(config.dataDir),
      rateLimiter: new RateLimiter(),
      eventIds: new EventDeduper(),
      watches: new FileWatchStore(config.dataDir),
      channelSettings: new FileChannelSettings(config.dataDir),
      close: async () => undefined,
    };
  }
  const pool = createPool(config.databaseUrl, { max: STATE_POOL_MAX, applicationName: 'newsdesk-state' });
  const ready = migrate(pool);
  ready.catch((err: Error) => logger.error(`shared state: ${err.message}`));
  const db = afterReady(pool, ready);
  return {
    digestLedger: new DigestLedger(config.dataDir, logger, now, new PostgresLedger(db, 'digest', now)),
    postLedger: new PostgresLedger(db, 'post', now),
    feedback: new PostgresFeedbackStore(db),
    rateLimiter: new PostgresRateLimits(db),
    eventIds: new PostgresEventIds(db, logger),
    watches: new PostgresWatchStore(db),
    channelSettings: new PostgresChannelSettings(db),
    close: () => pool.end(),
  };
}
