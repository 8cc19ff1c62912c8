/** Which days a digest covers: the days since the last one posted (at most a week), up to the day it is for. */
import type { DigestLedger } from './ledger';
import { addDaysIso } from './schedule';

export const MAX_WINDOW_DAYS = 7;
/** The most articles a digest someone asks for may read: composing reads every article in the window. */
export const MAX_DIGEST_ARTICLES = 1000;

export async function digestWindow(
  ledger: DigestLedger,
  channel: string | null,
  day: string,
  requested: { since?: string | undefined; until?: string | undefined } = {},
): Promise<{ since: string; until: string }> {
  const until = requested.until ?? day;
  if (requested.since) return { since: requested.since, until };
  const last = channel ? await ledger.lastPostedUntil(channel) : null;
  const earliest = addDaysIso(until, -MAX_WINDOW_DAYS);
  const since = last ? addDaysIso(last, 1) : addDaysIso(until, -1);
  return { since: since < earliest ? earliest : since > until ? until : since, until };
}
