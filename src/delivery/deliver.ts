/**
 * Posting exactly once. Every message newsdesk posts in a channel for everyone (the digest, "Post to channel",
 * mention replies) goes through `deliverOnce` with a key naming what it is (a channel and a day, an answer, an
 * event): the key is claimed in the ledger before the post, the message carries the key (Slack message metadata),
 * and the ledger is marked after. Whoever finds a claim without a "posted" first looks in the channel for a
 * message carrying the key: there, it is recorded and not posted again; not there and the claim is older than
 * its lease (the claimer died), the post is made. A post whose response was lost is looked for before it is
 * tried again, so a lost response never makes a second message.
 */
import type { Logger } from '../logger';
import type { Ledger, LedgerEntry } from './ledger';

export interface OutgoingMessage {
  text: string;
  blocks: unknown[];
  /** Posts as a reply in this thread. */
  threadTs?: string;
}

/** What delivery needs from Slack. `post` must not retry by itself: retries are decided here. */
export interface ChannelPoster {
  /** Posts the message carrying `key`; its Slack timestamp. */
  post(channel: string, message: OutgoingMessage, key: string): Promise<string | null>;
  /** The timestamp of a message carrying `key` posted since `sinceIso` (in the thread, for a reply), or null. */
  findByKey(channel: string, key: string, sinceIso: string, threadTs?: string): Promise<string | null>;
}

export type DeliveryOutcome =
  | { delivered: true; ts: string | null }
  | {
      delivered: false;
      reason: 'already-posted' | 'recovered' | 'in-progress' | 'ledger-unavailable' | 'failed';
      detail?: string;
    };

export interface DeliverOptions {
  ledger: Ledger;
  poster: ChannelPoster;
  logger: Logger;
  channel: string;
  key: string;
  message: OutgoingMessage;
  /** Recorded with the claim (a digest's days). */
  extra?: Pick<LedgerEntry, 'since' | 'until'>;
  now?: () => Date;
  /** A claim younger than this may be another process posting now: left alone (milliseconds). */
  claimLeaseMs?: number;
  /** Attempts at the post itself, each after checking that the last one did not land. */
  attempts?: number;
  /** Waits between attempts (Retry-After when the error carries one). */
  backoff?: (attempt: number, err: unknown) => Promise<void>;
}

export const CLAIM_LEASE_MS = 60_000;
const DEFAULT_ATTEMPTS = 3;

const defaultBackoff = (attempt: number, err: unknown) => {
  const retryAfter = (err as { retryAfter?: number }).retryAfter;
  const ms = typeof retryAfter === 'number' ? retryAfter * 1000 : 500 * 2 ** attempt;
  return new Promise<void>((resolve) => setTimeout(resolve, Math.min(ms, 30_000)));
};

export async function deliverOnce(o: DeliverOptions): Promise<DeliveryOutcome> {
  try {
    const ready = await claimFor(o);
    if (ready !== true) return ready;
    return await postAndRecord(o);
  } catch (err) {
    o.logger.error(`not posting ${o.key} to ${o.channel}: ${(err as Error).message}`);
    return { delivered: false, reason: 'ledger-unavailable', detail: (err as Error).message };
  }
}

/** Claims the key, or says why not: true when this process may post now. */
async function claimFor(o: DeliverOptions): Promise<true | DeliveryOutcome> {
  let claim = await o.ledger.claim(o.key, o.extra);
  if (claim.ok) return true;
  const entry: LedgerEntry = claim.entry;
  if (entry.state === 'posted')
    return { delivered: false, reason: 'already-posted', ...(entry.postedAt && { detail: entry.postedAt }) };
  const found = await o.poster.findByKey(o.channel, o.key, entry.claimedAt, o.message.threadTs);
  if (found) {
    await o.ledger.markPosted(o.key, found);
    o.logger.info(`${o.key} was posted before (${found}); recorded it, not posting again`);
    return { delivered: false, reason: 'recovered' };
  }
  const age = (o.now?.() ?? new Date()).getTime() - Date.parse(entry.claimedAt);
  if (age < (o.claimLeaseMs ?? CLAIM_LEASE_MS)) return { delivered: false, reason: 'in-progress' };
  claim = await o.ledger.claim(o.key, o.extra, entry.claimedAt);
  return claim.ok ? true : { delivered: false, reason: 'in-progress' };
}

async function postAndRecord(o: DeliverOptions): Promise<DeliveryOutcome> {
  const attempts = o.attempts ?? DEFAULT_ATTEMPTS;
  const since = new Date((o.now?.() ?? new Date()).getTime() - 60_000).toISOString();
  let last: unknown = null;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) {
      await (o.backoff ?? defaultBackoff)(attempt, last);
      const landed = await o.poster.findByKey(o.channel, o.key, since, o.message.threadTs).catch(() => null);
      if (landed) {
        await o.ledger.markPosted(o.key, landed);
        return { delivered: true, ts: landed };
      }
    }
    try {
      const ts = await o.poster.post(o.channel, o.message, o.key);
      await o.ledger.markPosted(o.key, ts);
      return { delivered: true, ts };
    } catch (err) {
      last = err;
      o.logger.warn(
        `posting ${o.key} to ${o.channel} failed (attempt ${attempt + 1}): ${(err as Error).message}`,
      );
    }
  }
  // The claim stays: the next attempt looks in the channel before posting.
  return { delivered: false, reason: 'failed', detail: (last as Error | null)?.message ?? 'unknown' };
}
