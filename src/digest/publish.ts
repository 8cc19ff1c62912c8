/**
 * Posting a day's digest exactly once per channel, through the delivery ledger (`delivery/deliver.ts`): claimed
 * before the post, the message carrying its key, marked after; a claim left by a process that stopped is resolved
 * by looking in the channel first. So a crash, a lost response, a second process or a second instance never
 * leads to a duplicate, and a ledger that cannot be trusted stops posting rather than post again.
 */
import { type ChannelPoster, deliverOnce, type OutgoingMessage } from '../delivery/deliver';
import type { Logger } from '../logger';
import type { Digest } from './compose';
import { type DigestLedger, ledgerKey } from './ledger';

export type DigestMessage = OutgoingMessage;
export type DigestPoster = ChannelPoster;

export type PublishOutcome =
  | { posted: true; reason: 'posted'; ts: string | null }
  | {
      posted: false;
      reason:
        | 'already-posted'
        | 'recovered'
        | 'in-progress'
        | 'ledger-unavailable'
        | 'failed'
        | 'nothing-new';
      detail?: string;
    };

export interface PublishOptions {
  ledger: DigestLedger;
  poster: ChannelPoster;
  logger: Logger;
  channel: string;
  /** The day the digest is for (YYYY-MM-DD in DIGEST_TZ). */
  day: string;
  digest: Digest;
  render: (digest: Digest, marker: string) => DigestMessage;
  /** With no stories: post a one-line note ("note") or nothing ("silent"). */
  whenEmpty: 'note' | 'silent';
  now: () => Date;
  /** Waits between attempts at a post that failed (tests make it immediate). */
  backoff?: (attempt: number, err: unknown) => Promise<void>;
}

/** The words every digest message carries, so a reader sees which day it is. */
export const digestMarker = (day: string) => `newsdesk digest · ${day}`;

/** Records a silent day (nothing new, nothing posted) once, so the next digest's window starts after it. */
async function recordSilentDay(o: PublishOptions, key: string): Promise<PublishOutcome> {
  try {
    const claim = await o.ledger.posts.claim(key, { since: o.digest.since, until: o.digest.until });
    if (!claim.ok) return { posted: false, reason: 'already-posted' };
    await o.ledger.posts.markPosted(key, null);
    return { posted: false, reason: 'nothing-new' };
  } catch (err) {
    o.logger.error(`not recording the digest for ${o.day}: ${(err as Error).message}`);
    return { posted: false, reason: 'ledger-unavailable', detail: (err as Error).message };
  }
}

export async function publishDigest(o: PublishOptions): Promise<PublishOutcome> {
  const key = ledgerKey(o.channel, o.day);
  if (o.digest.stories.length === 0 && o.whenEmpty === 'silent') return recordSilentDay(o, key);
  const outcome = await deliverOnce({
    ledger: o.ledger.posts,
    poster: o.poster,
    logger: o.logger,
    channel: o.channel,
    key,
    message: o.render(o.digest, digestMarker(o.day)),
    extra: { since: o.digest.since, until: o.digest.until },
    now: o.now,
    ...(o.backoff && { backoff: o.backoff }),
  });
  if (outcome.delivered) return { posted: true, reason: 'posted', ts: outcome.ts };
  return { posted: false, reason: outcome.reason, ...(outcome.detail && { detail: outcome.detail }) };
}
