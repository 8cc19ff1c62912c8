/**
 * The fetch the Slack app uses for its Web API calls and its `response_url` posts: every request has a timeout,
 * so a peer that never answers cannot hold a socket forever; and a `response_url` post that fails (429 with
 * Retry-After, a 5xx, no connection, no answer in time) is tried again with backoff, within the half hour Slack
 * keeps a response URL alive. A post for everyone (`in_channel`) is tried again only when it surely did not land
 * (a status that says so, or no connection), never after a timeout, so it cannot appear twice. The Web API
 * client retries its own calls.
 */
import type { Logger } from '../logger';

export interface ReliableFetchOptions {
  /** Requests under this prefix are Web API calls: a timeout only. */
  apiUrl: string;
  logger: Logger;
  timeoutMs?: number;
  /** Attempts at a response_url post. */
  attempts?: number;
  /** Waits (milliseconds) before attempt `n` (1-based), given Retry-After in seconds when the peer sent one. */
  wait?: (attempt: number, retryAfterS: number | null) => Promise<void>;
}

/** Slack keeps a response_url for thirty minutes; stay well inside it. */
const MAX_WAIT_MS = 10 * 60 * 1000;
const DEFAULT_ATTEMPTS = 5;
export const FETCH_TIMEOUT_MS = 10_000;

const defaultWait = (attempt: number, retryAfterS: number | null) => {
  const ms = retryAfterS !== null ? retryAfterS * 1000 : 1000 * 2 ** (attempt - 1);
  return new Promise<void>((resolve) => setTimeout(resolve, Math.min(ms, MAX_WAIT_MS)));
};

const retryable = (status: number) => status === 429 || status >= 500;

function retryAfterOf(response: Response): number | null {
  const value = Number(response.headers.get('retry-after'));
  return Number.isFinite(value) && value >= 0 ? value : null;
}

const forEveryone = (init: RequestInit | undefined) =>
  typeof init?.body === 'string' && /"response_type"\s*:\s*"in_channel"/.test(init.body);

export function reliableFetch(options: ReliableFetchOptions): typeof fetch {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const once = (input: Parameters<typeof fetch>[0], init?: RequestInit) =>
    fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.startsWith(options.apiUrl)) return once(input, init);
    const attempts = options.attempts ?? DEFAULT_ATTEMPTS;
    const wait = options.wait ?? defaultWait;
    let last: Response | Error = new Error('no attempt made');
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) await wait(attempt, last instanceof Response ? retryAfterOf(last) : null);
      try {
        last = await once(input, init);
        if (!retryable(last.status)) return last;
      } catch (err) {
        last = err as Error;
        const surelyNotSent = (err as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED';
        if (forEveryone(init) && !surelyNotSent) break;
      }
      options.logger.warn(
        `answer to a response URL not delivered (attempt ${attempt} of ${attempts}): ${describe(last)}`,
      );
    }
    if (last instanceof Response) return last;
    throw last;
  };
}

const describe = (r: Response | Error) => (r instanceof Response ? `HTTP ${r.status}` : r.message);
