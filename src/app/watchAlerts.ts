/**
 * Watch alerts for a running app: the channels' watches (the shared state's store), posted through the same
 * post ledger as every post for everyone (PostgreSQL's with DATABASE_URL, else the data folder's), so an alert
 * is posted once however many instances apply the article.
 */
import type { ChannelPoster } from '../delivery/deliver';
import type { Logger } from '../logger';
import { watchAlertMessage } from '../render/slack/renderWatch';
import { WatchAlerts } from '../watch/alerts';
import type { SharedState } from './state';

export function watchAlerts(logger: Logger, shared: SharedState, poster: ChannelPoster): WatchAlerts {
  return new WatchAlerts({
    store: shared.watches,
    ledger: shared.postLedger,
    poster,
    logger,
    render: watchAlertMessage,
  });
}
