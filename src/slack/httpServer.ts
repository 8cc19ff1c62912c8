/**
 * The HTTP server in HTTP mode: `GET /healthz` (200 once the archive is loaded, 503 before), and
 * `POST /slack/events` handed to Bolt after a timestamp check in both directions (Bolt 5 only refuses old ones).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { HTTPReceiver } from '@slack/bolt';
import { EVENTS_PATH } from './createApp';

/** Slack's window: a request signed more than five minutes away from now, either way, is refused. */
export const MAX_CLOCK_SKEW_S = 5 * 60;

export interface HttpServerDeps {
  receiver: HTTPReceiver;
  ready: () => boolean;
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

export function createHttpServer(deps: HttpServerDeps): Server {
  const now = deps.now ?? Date.now;
  return createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method === 'GET' && path === '/healthz')
      return send(res, deps.ready() ? 200 : 503, deps.ready() ? 'ok' : 'loading');
    const route = deps.routes?.[`${req.method} ${path}`];
    if (route) return void route(req, res);
    if (path !== EVENTS_PATH || req.method !== 'POST') return send(res, 404, 'not found');
    if (!freshTimestamp(req, now())) return send(res, 401, 'stale or missing timestamp');
    return deps.receiver.requestListener(req, res);
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
