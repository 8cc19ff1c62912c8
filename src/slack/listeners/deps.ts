/** What every Slack listener is given: no listener reaches for a module-level app, archive or client. */
import type { AnyCommand } from '../../commands';
import type { Services } from '../../commands/services';
import type { Config } from '../../config';
import type { ChannelPoster } from '../../delivery/deliver';
import type { Ledger } from '../../delivery/ledger';
import type { FeedbackStore } from '../../feedback/store';
import type { Logger } from '../../logger';
import { SLACK } from '../../messages';
import type { ChannelSettingsStore } from '../../settings/channelSettings';
import type { SourceStatus } from '../../sources/remoteSource';
import type { WatchStore } from '../../watch/store';
import type { EventIds, InFlight, RateLimits } from '../guards';

export interface ListenerDeps {
  config: Pick<Config, 'digestChannel' | 'digestCron' | 'digestTz'> & Partial<Pick<Config, 'adminUsers'>>;
  logger: Logger;
  /** The commands offered; those with a slash command get a listener. */
  commands: readonly AnyCommand[];
  /** The answers once the archive is loaded, null before. */
  services: () => Services | null;
  /** What to answer while there are no services (still loading, or rebuilding); SLACK.notReady by default. */
  notReadyText?: () => string;
  deduper: EventIds;
  rateLimiter: RateLimits;
  inFlight: InFlight;
  /** Posts for everyone go through the ledger, once per key, across processes. */
  delivery: { ledger: Ledger; poster: ChannelPoster };
  /** Where 👍/👎 on answers are kept; without one, answers carry no feedback buttons. */
  feedback?: FeedbackStore;
  /** Each configured source's last poll, for App Home; without it App Home lists no sources. */
  sources?: () => readonly SourceStatus[];
  /** The channels' watches (`/watch`); without a store, `/watch` and `/unwatch` are not listened for. */
  watches?: WatchStore;
  /** The channels' settings (`/digest daily on|off`); without a store, `/digest daily` is read as a window. */
  channelSettings?: ChannelSettingsStore;
}

/** The answer while the archive cannot answer: still loading, or being rebuilt. */
export const notReadyText = (deps: Pick<ListenerDeps, 'notReadyText'>): string =>
  deps.notReadyText?.() ?? SLACK.notReady;

/**
 * Whether this is an event's first delivery (Slack retries one it thinks was not received; an event without an
 * id counts as first). The check may ask a shared store (DATABASE_URL): call it inside the tracked work.
 */
export const firstDelivery = async (
  deps: Pick<ListenerDeps, 'deduper'>,
  body: { event_id?: unknown },
): Promise<boolean> => typeof body.event_id !== 'string' || deps.deduper.firstTime(body.event_id);
