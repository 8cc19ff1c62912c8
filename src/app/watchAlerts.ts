/**
 * Watch alerts for a running app: the channels' watches (the shared state's store), posted through the same
 * post ledger as every post for everyone (PostgreSQL's with DATABASE_URL, else the data folder's), so an alert
 * is posted once however many instances apply the article.
 */
import type { Config } from '../config';
import { PostLedger } from '../delivery/ledger';
import type { Logger } from '../logger';
import { watchAlertMessage } from '../render/slack/renderWatch';
import { POST_LEDGER_FILE } from '../slack/createApp';
import { tokenPoster } from '../slack/digestPoster';
import { WatchAlerts } from '../watch/alerts';
import type { SharedState } from './state';

export function watchAlerts(config: Config, logger: Logger, shared: SharedState): WatchAlerts {
  return new WatchAlerts({
    store: shared.watches,
    ledger: shared.postLedger ?? PostLedger.in(config.dataDir, POST_LEDGER_FILE),
    poster: tokenPoster(config.slackBotToken ?? '', config.slackApiUrl, logger),
    logger,
    render: watchAlertMessage,
  });
}
