/**
 * A local stand-in for Slack: the Web API (`/api/<method>`) and response URLs (`/respond/<id>`), recording every
 * call; and request signing exactly as Slack signs requests to an app. Nothing here touches the network.
 */
import { createServer, type Server } from 'node:http';
import { slackSignatureHeaders } from '../../src/bench/slackRequests';

export interface Call {
  method: string;
  body: Record<string, unknown>;
  authorization: string | undefined;
  /** The path called: `/api/chat.postMessage`, `/respond/<id>`. */
  path: string;
}

export interface FakeSlack {
  url: string;
  apiUrl: string;
  calls: Call[];
  responseUrl: (id: string) => string;
  setParentText: (text: string) => void;
  setWebSocketUrl: (url: string) => void;
  /** The next call of a method gets this HTTP status (429 comes with Retry-After: 1). */
  failNext: (method: string, status: number) => void;
  /** Messages conversations.history returns. */
  setHistory: (messages: { ts: string; text: string }[]) => void;
  waitFor: (method: string, count?: number, timeoutMs?: number) => Promise<Call[]>;
  stop: () => Promise<void>;
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return raw ? JSON.parse(raw) : {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
  }
  return out;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: Call[] = [];
  const arrivals = new Set<() => boolean>();
  let parentText = '';
  let wsUrl = '';
  let history: { ts: string; text: string }[] = [];
  const failures = new Map<string, number>();
  const reply = (method: string): Record<string, unknown> => {
    if (method === 'auth.test')
      return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'newsdesk' };
    if (method === 'conversations.replies')
      return { ok: true, messages: [{ ts: '1700000000.000100', text: parentText }] };
    if (method === 'chat.postMessage') return { ok: true, ts: '1700000000.999999', channel: 'C1' };
    if (method === 'apps.connections.open') return { ok: true, url: wsUrl };
    if (method === 'conversations.history') return { ok: true, messages: history };
    return { ok: true };
  };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const path = req.url ?? '';
      const method = path.startsWith('/api/') ? (path.slice(5).split('?')[0] ?? '') : 'respond';
      calls.push({
        method,
        body: parseBody(raw, req.headers['content-type']),
        authorization: req.headers.authorization,
        path,
      });
      for (const check of [...arrivals]) check();
      const failure = failures.get(method);
      if (failure) {
        failures.delete(method);
        res.writeHead(failure, { 'content-type': 'application/json', 'retry-after': '1' });
        res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(method === 'respond' ? { ok: true } : reply(method)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const url = `http://127.0.0.1:${port}/`;
  /** Resolves as soon as the calls include `count` of `method` (checked on every call the fake receives). */
  const waitFor = (method: string, count = 1, timeoutMs = 8000) =>
    new Promise<Call[]>((resolve, reject) => {
      const check = () => {
        const found = calls.filter((c) => c.method === method);
        if (found.length < count) return false;
        clearTimeout(timer);
        arrivals.delete(check);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        arrivals.delete(check);
        const saw = calls.map((c) => c.method).join(', ');
        reject(new Error(`no ${count} ${method} call(s) within ${timeoutMs} ms; saw ${saw}`));
      }, timeoutMs);
      if (!check()) arrivals.add(check);
    });
  return {
    url,
    apiUrl: `${url}api/`,
    calls,
    responseUrl: (id) => `${url}respond/${id}`,
    setParentText: (text) => {
      parentText = text;
    },
    setWebSocketUrl: (u) => {
      wsUrl = u;
    },
    failNext: (method, status) => {
      failures.set(method, status);
    },
    setHistory: (messages) => {
      history = messages;
    },
    waitFor,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Slack's v0 request signature: HMAC-SHA256 of `v0:<timestamp>:<body>` with the signing secret. */
export const signedHeaders = slackSignatureHeaders;

export async function post(url: string, body: string, headers: Record<string, string>) {
  const started = Date.now();
  const res = await fetch(url, { method: 'POST', body, headers });
  return { status: res.status, text: await res.text(), ms: Date.now() - started };
}

export const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
