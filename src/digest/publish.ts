/**
 * Posting a day's digest exactly once per channel. The ledger is claimed before the post and marked after it.
 *
 * If the process stopped between the two (a claim with no "posted"), the next attempt first looks in the channel
 * for a digest message carrying that day's marker, posted since the claim: found, the entry is marked posted and
 * nothing is posted again; not found, the digest is posted now. So a crash never leads to a duplicate, and never
 * to a silently missing digest.
 */
import type { Logger } from '../logger';
import type { Digest } from './compose';
import { type DigestLedger, ledgerKey } from './ledger';

export interface DigestMessage {
  text: string;
  blocks: unknown[];
}

/** What publishing needs from Slack: post a message, and look for one already posted. */
export interface DigestPoster {
  post(channel: string, message: DigestMessage): Promise<string | null>;
  findPosted(channel: string, marker: string, sinceIso: string): Promise<string | null>;
}

export type PublishOutcome =
  | { posted: true; reason: 'posted'; ts: string | null }
  | {
      posted: false;
      reason: 'already-posted' | 'recovered' | 'ledger-unwritable' | 'nothing-new';
      at?: string;
    };

export interface PublishOptions {
  ledger: DigestLedger;
  poster: DigestPoster;
  logger: Logger;
  channel: string;
  /** The day the digest is for (YYYY-MM-DD in DIGEST_TZ). */
  day: string;
  digest: Digest;
  render: (digest: Digest, marker: string) => DigestMessage;
  /** With no stories: post a one-line note ("note") or nothing ("silent"). */
  whenEmpty: 'note' | 'silent';
  now: () => Date;
}

/** The words every digest message carries, so a digest already posted can be recognised. */
export const digestMarker = (day: string) => `newsdesk digest · ${day}`;

export async function publishDigest(o: PublishOptions): Promise<PublishOutcome> {
  const key = ledgerKey(o.channel, o.day);
  const entry = await o.ledger.get(key);
  if (entry?.state === 'posted')
    return { posted: false, reason: 'already-posted', ...(entry.postedAt && { at: entry.postedAt }) };
  if (entry?.state === 'claimed') {
    const ts = await o.poster.findPosted(o.channel, digestMarker(o.day), entry.claimedAt);
    if (ts) {
      await o.ledger.markPosted(key, ts, o.now());
      o.logger.info(`digest for ${o.day} was posted before a restart; recorded it, not posting again`);
      return { posted: false, reason: 'recovered' };
    }
  } else if (!(await o.ledger.claim(key, { since: o.digest.since, until: o.digest.until }, o.now()))) {
    return { posted: false, reason: 'ledger-unwritable' };
  }
  if (o.digest.stories.length === 0 && o.whenEmpty === 'silent') {
    await o.ledger.markPosted(key, null, o.now());
    return { posted: false, reason: 'nothing-new' };
  }
  const ts = await o.poster.post(o.channel, o.render(o.digest, digestMarker(o.day)));
  await o.ledger.markPosted(key, ts, o.now());
  return { posted: true, reason: 'posted', ts };
}
