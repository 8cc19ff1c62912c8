/**
 * The HTTP server: in HTTP mode `GET /healthz` (200 when the archive can answer, 503 before or when it cannot;
 * `?verbose` says why as JSON), and `POST /slack/events` handed to Bolt after a timestamp check in both
 * directions (Bolt 5 only refuses old ones) and the front door (`frontDoor.ts`). In Socket Mode, when the app
 * has routes of its own (a CMS webhook), the same server without the Slack path: `/healthz` and those routes.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { HTTPReceiver } from '@slack/bolt';
import { HEALTH } from '../messages';
import { EVENTS_PATH } from './createApp';
import type { Verdict } from './frontDoor';

/** Slack's window: a request signed more than five minutes away from now, either way, is refused. */
export const MAX_CLOCK_SKEW_S = 5 * 60;

export interface HttpServerDeps {
  /** Bolt's receiver in HTTP mode; null in Socket Mode, where Slack's requests never come over HTTP. */
  receiver: HTTPReceiver | null;
  ready: () => boolean;
  /** Why the app cannot answer now (for `/healthz?verbose`), or null when it can. */
  notReady?: () => string | null;
  /** Checks a request before Bolt sees it (see frontDoor.ts); without it, Bolt checks alone. */
  frontDoor?: (req: IncomingMessage) => Promise<Verdict>;
  now?: () => number;
  /** Other routes the app serves on this port, by "METHOD /path" (the webhook `POST /ingest`). */
  routes?: Readonly<Record<string, (req: IncomingMessage, res: ServerResponse) => unknown>>;
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(body);
}

function freshTimestamp(req: IncomingMessage, now: number): boolean {
  const ts = Number(req.headers['x-slack-request-timestamp']);
  return Number.isFinite(ts) && Math.abs(now / 1000 - ts) <= MAX_CLOCK_SKEW_S;
}

function health(deps: HttpServerDeps, res: ServerResponse, verbose: boolean): void {
  const why = deps.ready() ? (deps.notReady?.() ?? null) : (deps.notReady?.() ?? HEALTH.loading);
  if (!verbose) {
    send(res, why === null ? 200 : 503, why === null ? 'ok' : 'not ready');
    return;
  }
  res.writeHead(why === null ? 200 : 503, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ ok: why === null, ...(why !== null && { reason: why }) }));
}

async function throughFrontDoor(
  deps: HttpServerDeps & { receiver: HTTPReceiver },
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (!deps.frontDoor) return void deps.receiver.requestListener(req, res);
  const verdict = await deps.frontDoor(req);
  if (verdict.pass) {
    if (verdict.release) res.once('close', verdict.release);
    (req as IncomingMessage & { rawBody?: Buffer }).rawBody = verdict.body;
    return void deps.receiver.requestListener(req, res);
  }
  if (verdict.json === undefined) {
    res.writeHead(verdict.status, { 'content-type': 'text/plain; charset=utf-8', ...verdict.headers });
    return void res.end(verdict.text);
  }
  res.writeHead(verdict.status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(verdict.json));
}

export function createHttpServer(deps: HttpServerDeps): Server {
  const now = deps.now ?? Date.now;
  return createServer((req, res) => {
    const [path, query] = (req.url ?? '').split('?');
    if (req.method === 'GET' && path === '/healthz')
      return health(deps, res, /(^|&)verbose/.test(query ?? ''));
    const route = deps.routes?.[`${req.method} ${path}`];
    if (route) return void route(req, res);
    const { receiver } = deps;
    if (!receiver || path !== EVENTS_PATH || req.method !== 'POST') return send(res, 404, 'not found');
    if (!freshTimestamp(req, now())) return send(res, 401, 'stale or missing timestamp');
    throughFrontDoor({ ...deps, receiver }, req, res).catch(() => {
      if (!res.headersSent) send(res, 400, 'bad request');
    });
  });
}

export function listen(server: Server, port: number, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
