/**
 * Posting watch alerts. After the archive has applied new articles (a refresh, or changes followed from
 * PostgreSQL), the articles this process had not seen before are checked against every channel's watches; each
 * match is posted through the post ledger (`deliverOnce`), keyed by channel, topic and article, so it is posted
 * once however many instances apply the same article, and never again for a changed version of it. The archive
 * as this process first loaded it is never alerted (an instance that restarts does not alert its archive again),
 * nor is an article first indexed before the watch was made. An alert that could not be posted (Slack or the
 * ledger failing) is tried again at the next check.
 */
import type { ArchiveReader, ArticleVersion } from '../answers/archive';
import type { Article } from '../corpus/types';
import {
  type ChannelPoster,
  type DeliveryOutcome,
  deliverOnce,
  type OutgoingMessage,
} from '../delivery/deliver';
import type { Ledger } from '../delivery/ledger';
import type { Logger } from '../logger';
import { WATCH } from '../messages';
import { type WatchHit, watchHits } from './match';
import type { WatchStore } from './store';
import { alertKey, type Watch } from './watches';

/** The archive as alerts read it: the ids it holds, and some of its articles. */
export interface AlertArchive extends Pick<ArchiveReader, 'article'> {
  versions(): Promise<Map<string, ArticleVersion>>;
}

/** An archive as applied: what it holds, and when each article was first indexed (ISO times). */
export interface AppliedArchive {
  archive: AlertArchive;
  indexedAt?: ReadonlyMap<string, string> | undefined;
}

export interface WatchAlertsOptions {
  store: WatchStore;
  ledger: Ledger;
  poster: ChannelPoster;
  logger: Logger;
  render: (watch: Watch, hit: WatchHit) => OutgoingMessage;
  now?: () => Date;
  /** Delivery's own options (tests: no waiting between attempts). */
  deliver?: { attempts?: number; backoff?: (attempt: number, err: unknown) => Promise<void> };
}

/**
 * Outcomes after which an alert may still be owed: Slack or the ledger failed, or a claim (another instance's, or
 * this one's failed post) is not yet known to be posted. Tried again at the next check, never posted twice.
 */
const UNSETTLED = new Set(['failed', 'ledger-unavailable', 'in-progress']);

export class WatchAlerts {
  /** The ids of the archive as last checked; null until the first check (the baseline). */
  private seen: Set<string> | null = null;
  private last: AppliedArchive | null = null;
  private running: Promise<void> | null = null;
  private again = false;

  constructor(private readonly options: WatchAlertsOptions) {}

  /**
   * Checks what the archive applied since the last check (the first check only notes what it holds). One check
   * at a time: a call during one runs another after it, on the archive as last given.
   */
  check(applied?: AppliedArchive): Promise<void> {
    if (applied) this.last = applied;
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.checkOnce()
      .catch((err: Error) => this.options.logger.warn(WATCH.checkFailed(err.message)))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          void this.check();
        }
      });
    return this.running;
  }

  /** Resolves once no check is running (the one under way, and any asked for during it, done). */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private async checkOnce(): Promise<void> {
    const applied = this.last;
    if (!applied) return;
    if (!this.seen) {
      this.seen = new Set((await applied.archive.versions()).keys());
      return;
    }
    // Without watches nothing is diffed: the articles applied meanwhile stay unseen, and a watch made later
    // passes over them by its time. Read first: when the watches cannot be read, the next check tries again.
    const watches = await this.options.store.all();
    if (watches.length === 0) return;
    const ids = [...(await applied.archive.versions()).keys()];
    const seen = this.seen;
    const fresh = ids.filter((id) => !seen.has(id));
    if (fresh.length === 0) return;
    const reads = new Map<string, Promise<Article | undefined>>();
    const read = (id: string) => {
      const article = reads.get(id) ?? applied.archive.article(id);
      reads.set(id, article);
      return article;
    };
    // An article is seen once every alert for it is posted or settled elsewhere: one that could not be posted
    // (Slack or the ledger failing) or a check that failed half-way is tried again at the next check; the
    // ledger's key keeps what was posted from being posted twice.
    const retry = new Set<string>();
    for (const watch of watches) await this.alert(watch, fresh, applied, read, retry);
    this.seen = new Set(ids.filter((id) => !retry.has(id)));
  }

  private async alert(
    watch: Watch,
    fresh: readonly string[],
    applied: AppliedArchive,
    read: (id: string) => Promise<Article | undefined>,
    retry: Set<string>,
  ): Promise<void> {
    const now = (this.options.now?.() ?? new Date()).toISOString();
    const after = fresh.filter((id) => (applied.indexedAt?.get(id) ?? now) > watch.createdAt);
    for (const hit of await watchHits(applied.archive, watch.topic, after, read)) {
      const key = alertKey(watch, hit.articleId);
      const outcome = await deliverOnce({
        ledger: this.options.ledger,
        poster: this.options.poster,
        logger: this.options.logger,
        channel: watch.channel,
        key,
        message: this.options.render(watch, hit),
        ...(this.options.now && { now: this.options.now }),
        ...this.options.deliver,
      });
      this.log(watch, hit, outcome);
      if (!outcome.delivered && UNSETTLED.has(outcome.reason)) retry.add(hit.articleId);
    }
  }

  private log(watch: Watch, hit: WatchHit, outcome: DeliveryOutcome): void {
    if (outcome.delivered) this.options.logger.info(WATCH.alerted(watch.channel, watch.topic, hit.articleId));
    else
      this.options.logger.info(WATCH.notAlerted(watch.channel, watch.topic, hit.articleId, outcome.reason));
  }
}
