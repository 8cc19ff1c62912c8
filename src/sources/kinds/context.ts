/** What every poller gets: its source's settings, the fetcher, the logger and the clock. */
import type { Logger } from '../../logger';
import type { SourceConfig } from '../config';
import { decodeText } from '../decode';
import type { Fetcher, FetchOutcome, Validators } from '../fetch/fetcher';

export interface PollerContext {
  config: SourceConfig;
  fetcher: Fetcher;
  logger: Logger;
  now: () => Date;
}

export type Fetched = Extract<FetchOutcome, { ok: true }>;

/** Fetches a URL for this source (its own host may be private when it is internal); throws with the reason. */
export async function fetchFor(
  ctx: PollerContext,
  url: string,
  options: { validators?: Validators | null; accept?: string } = {},
): Promise<Fetched> {
  const internalHost = ctx.config.internal && ctx.config.url ? new URL(ctx.config.url).hostname : null;
  const outcome = await ctx.fetcher.get({ url, internalHost, ...options });
  if (!outcome.ok) throw new Error(`${outcome.url}: ${outcome.reason}`);
  return outcome;
}

export const textOf = (fetched: Fetched) => decodeText(fetched.body, fetched.contentType);
