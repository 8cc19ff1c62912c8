/**
 * The one way newsdesk reads the web, politely and within bounds: only http and https; never a private or
 * loopback address unless the source is marked internal (and then only its own host); robots.txt obeyed;
 * requests to one host paced; conditional requests (ETag, Last-Modified) so an unchanged feed costs a 304;
 * retries with backoff on 429 and 5xx, honouring Retry-After up to a limit; a timeout, a size cap and a bounded
 * number of redirects on every response. It never throws: a failure is an outcome with a reason.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import type { Logger } from '../../logger';
import { isPrivateAddress } from './addresses';
import { ALLOW_ALL, parseRobots, type RobotsRules, robotsAllow } from './robots';

export const USER_AGENT = 'newsdesk/0.1 (newsroom archive bot)';

export interface FetcherOptions {
  logger: Logger;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Retries after the first attempt, on 429 and 5xx and network errors. */
  retries?: number;
  backoffMs?: number;
  /** A Retry-After longer than this is not waited for: the fetch fails, to be tried at the next poll. */
  maxRetryWaitMs?: number;
  /** The least time between two requests to one host. */
  hostIntervalMs?: number;
  /** How long robots.txt is trusted before it is fetched again. */
  robotsTtlMs?: number;
}

export interface FetchRequest {
  url: string;
  /** The host (hostname) that may resolve to a private address: the source's own, when it is internal. */
  internalHost?: string | null;
  accept?: string;
  /**
   * Makes the request conditional: the validators of the last answer the caller used (null when it has none
   * yet), sent back so an unchanged resource answers 304, reported as `notModified` with an empty body. The
   * caller keeps them (and saves them across restarts); the fetcher caches no bodies.
   */
  validators?: Validators | null;
}

/** What makes a request conditional: the last answer's ETag and Last-Modified. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type FetchOutcome =
  | {
      ok: true;
      url: string;
      status: number;
      body: Buffer;
      contentType: string | null;
      notModified: boolean;
      /** This answer's validators (the ones sent, on a 304), to send back next time; null when it has none. */
      validators: Validators | null;
      headers?: IncomingMessage['headers'];
    }
  | { ok: false; url: string; reason: string; status?: number };

type Attempt =
  | { kind: 'response'; res: IncomingMessage; body: Buffer | null; reason?: string }
  | { kind: 'error'; reason: string };

const DEFAULTS = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  retries: 3,
  backoffMs: 1000,
  maxRetryWaitMs: 120_000,
  hostIntervalMs: 1000,
  robotsTtlMs: 24 * 3_600_000,
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

export class Fetcher {
  private readonly o: typeof DEFAULTS & { logger: Logger };
  private readonly nextSlot = new Map<string, number>();
  private readonly robots = new Map<string, { rules: RobotsRules | null; until: number }>();

  constructor(options: FetcherOptions) {
    this.o = { ...DEFAULTS, ...stripUndefined(options), logger: options.logger };
  }

  async get(req: FetchRequest): Promise<FetchOutcome> {
    const url = parseHttpUrl(req.url);
    if (typeof url === 'string') return { ok: false, url: req.url, reason: url };
    const address = await this.resolve(url, req.internalHost ?? null);
    if ('reason' in address) return { ok: false, url: url.href, reason: address.reason };
    const robots = await this.robotsFor(url, req.internalHost ?? null);
    if (robots === null)
      return { ok: false, url: url.href, reason: 'robots.txt could not be read; not fetched' };
    if (!robotsAllow(robots, url.pathname + url.search))
      return { ok: false, url: url.href, reason: 'robots.txt disallows it' };
    return this.fetchFollowing(url, req, this.o.retries);
  }

  private async fetchFollowing(start: URL, req: FetchRequest, retries: number): Promise<FetchOutcome> {
    let url = start;
    for (let hop = 0; hop <= this.o.maxRedirects; hop++) {
      const outcome = await this.fetchRetrying(url, req, retries);
      if (outcome.kind === 'done') return outcome.outcome;
      const next = parseHttpUrl(outcome.location, url);
      if (typeof next === 'string') return { ok: false, url: url.href, reason: `redirect: ${next}` };
      url = next;
    }
    return { ok: false, url: url.href, reason: `more than ${this.o.maxRedirects} redirects` };
  }

  private async fetchRetrying(
    url: URL,
    req: FetchRequest,
    retries: number,
  ): Promise<{ kind: 'done'; outcome: FetchOutcome } | { kind: 'redirect'; location: string }> {
    for (let attempt = 0; ; attempt++) {
      const result = await this.once(url, req);
      if (result.kind === 'redirect' || result.kind === 'done') return result;
      const wait = result.retryAfterMs ?? this.o.backoffMs * 2 ** attempt;
      if (attempt >= retries || wait > this.o.maxRetryWaitMs) {
        const tail = wait > this.o.maxRetryWaitMs ? ` (asked to wait ${Math.round(wait / 1000)} s)` : '';
        return { kind: 'done', outcome: { ok: false, url: url.href, reason: `${result.reason}${tail}` } };
      }
      this.o.logger.debug(`${url.href}: ${result.reason}; retrying in ${wait} ms`);
      await sleep(wait);
    }
  }

  private async once(
    url: URL,
    req: FetchRequest,
  ): Promise<
    | { kind: 'done'; outcome: FetchOutcome }
    | { kind: 'redirect'; location: string }
    | { kind: 'retry'; reason: string; retryAfterMs: number | null }
  > {
    const address = await this.resolve(url, req.internalHost ?? null);
    if ('reason' in address)
      return { kind: 'done', outcome: { ok: false, url: url.href, reason: address.reason } };
    await this.pace(url.host);
    const sent = req.validators ?? null;
    const attempt = await this.send(url, address.ip, req, sent);
    if (attempt.kind === 'error') return { kind: 'retry', reason: attempt.reason, retryAfterMs: null };
    const { res, body } = attempt;
    const status = res.statusCode ?? 0;
    const fail = (reason: string): { kind: 'done'; outcome: FetchOutcome } => ({
      kind: 'done',
      outcome: { ok: false, url: url.href, reason, status },
    });
    if (status >= 300 && status < 400 && status !== 304) {
      const location = res.headers.location;
      return location ? { kind: 'redirect', location } : fail(`HTTP ${status} without a Location`);
    }
    if (status === 429 || status >= 500)
      return {
        kind: 'retry',
        reason: `HTTP ${status}`,
        retryAfterMs: retryAfterMs(res.headers['retry-after']),
      };
    if (status === 304 && sent)
      return {
        kind: 'done',
        outcome: {
          ok: true,
          url: url.href,
          status,
          body: Buffer.alloc(0),
          contentType: null,
          notModified: true,
          validators: sent,
        },
      };
    if (status < 200 || status >= 300) return fail(`HTTP ${status}`);
    if (body === null) return fail(attempt.reason ?? 'no body');
    const contentType = res.headers['content-type'] ?? null;
    return {
      kind: 'done',
      outcome: {
        ok: true,
        url: url.href,
        status,
        body,
        contentType,
        notModified: false,
        validators: validatorsOf(res),
        headers: res.headers,
      },
    };
  }

  private async resolve(url: URL, internalHost: string | null): Promise<{ ip: string } | { reason: string }> {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    let addresses: string[];
    try {
      addresses = isIP(host) ? [host] : (await dnsLookup(host, { all: true })).map((a) => a.address);
    } catch (err) {
      return { reason: `cannot resolve ${host} (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
    }
    const mayBePrivate = internalHost !== null && internalHost === url.hostname;
    const bad = addresses.find((a) => isPrivateAddress(a));
    if (bad && !mayBePrivate)
      return {
        reason: `refused: ${host} is a private or loopback address (${bad}); mark the source internal: true to allow its own host`,
      };
    const ip = addresses[0];
    return ip ? { ip } : { reason: `cannot resolve ${host}` };
  }

  /** Waits for this host's next free slot. */
  private async pace(host: string): Promise<void> {
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, slot + this.o.hostIntervalMs);
    if (slot > now) await sleep(slot - now);
  }

  private send(url: URL, ip: string, req: FetchRequest, cached: Validators | null): Promise<Attempt> {
    const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: req.accept ?? '*/*' };
    if (cached?.etag) headers['if-none-match'] = cached.etag;
    if (cached?.lastModified) headers['if-modified-since'] = cached.lastModified;
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<Attempt>((resolve) => {
      const r = request(url, {
        headers,
        lookup: (_host, _opts, cb) => cb(null, ip, isIP(ip)),
      });
      const timer = setTimeout(
        () => r.destroy(new Error(`no complete answer within ${this.o.timeoutMs} ms`)),
        this.o.timeoutMs,
      );
      const settle = (a: Attempt) => {
        clearTimeout(timer);
        resolve(a);
      };
      r.on('error', (err) => settle({ kind: 'error', reason: err.message }));
      r.on('response', (res) => this.readBody(res, r, settle));
      r.end();
    });
  }

  private readBody(
    res: IncomingMessage,
    r: { destroy(e?: Error): void },
    settle: (a: Attempt) => void,
  ): void {
    const status = res.statusCode ?? 0;
    if (status < 200 || status >= 300) {
      res.resume();
      res.on('end', () => settle({ kind: 'response', res, body: null }));
      res.on('error', () => settle({ kind: 'response', res, body: null }));
      return;
    }
    const max = this.o.maxBytes;
    const tooLarge = `larger than the ${(max / 1024 / 1024).toFixed(1)} MB limit; not read`;
    if (Number(res.headers['content-length'] ?? 0) > max) {
      settle({ kind: 'response', res, body: null, reason: tooLarge });
      r.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    res.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        settle({ kind: 'response', res, body: null, reason: tooLarge });
        r.destroy();
      } else chunks.push(chunk);
    });
    res.on('end', () => settle({ kind: 'response', res, body: Buffer.concat(chunks) }));
    res.on('error', (err) => settle({ kind: 'error', reason: err.message }));
  }

  /** The robots rules for the URL's origin; null when robots.txt could not be read (a 5xx or no answer). */
  private async robotsFor(url: URL, internalHost: string | null): Promise<RobotsRules | null> {
    const cached = this.robots.get(url.origin);
    if (cached && cached.until > Date.now()) return cached.rules;
    const robotsUrl = new URL('/robots.txt', url.origin);
    const outcome = await this.fetchFollowing(robotsUrl, { url: robotsUrl.href, internalHost }, 0);
    let rules: RobotsRules | null;
    if (outcome.ok) rules = parseRobots(outcome.body.toString('utf8'), USER_AGENT);
    else
      rules =
        outcome.status !== undefined && outcome.status >= 400 && outcome.status < 500 ? ALLOW_ALL : null;
    const ttl = rules === null ? Math.min(this.o.robotsTtlMs, 60_000) : this.o.robotsTtlMs;
    this.robots.set(url.origin, { rules, until: Date.now() + ttl });
    return rules;
  }
}

function parseHttpUrl(raw: string, base?: URL): URL | string {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return `not a URL: "${raw}"`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `only http and https are fetched, not ${url.protocol}`;
  return url;
}

function headerOf(res: IncomingMessage, name: string): string | null {
  const value = res.headers[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

function validatorsOf(res: IncomingMessage): Validators | null {
  const etag = headerOf(res, 'etag');
  const lastModified = headerOf(res, 'last-modified');
  return etag || lastModified ? { etag, lastModified } : null;
}

/** Validators read back from saved state (anything else is none). */
export function savedValidators(raw: unknown): Validators | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { etag, lastModified } = raw as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  return text(etag) || text(lastModified) ? { etag: text(etag), lastModified: text(lastModified) } : null;
}

/** Retry-After as seconds or an HTTP date, in milliseconds; null when absent or unreadable. */
export function retryAfterMs(raw: string | undefined, now = Date.now()): number | null {
  if (!raw) return null;
  if (/^\d+$/.test(raw.trim())) return Number(raw.trim()) * 1000;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
