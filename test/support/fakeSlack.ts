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
  /** The next call (or `times` calls) of a method gets this HTTP status (429 comes with Retry-After: 1). */
  failNext: (method: string, status: number, times?: number) => void;
  /** Messages conversations.history returns besides those posted through chat.postMessage. */
  setHistory: (messages: { ts: string; text: string }[]) => void;
  /** The next call of a method is never answered (its connection is held until the fake stops). */
  hangNext: (method: string) => void;
  /** The next call of a method is carried out (a post lands) but the connection is dropped before the response. */
  loseNext: (method: string) => void;
  /** Every message posted through chat.postMessage, as the channel now holds it. */
  posted: PostedMessage[];
  waitFor: (method: string, count?: number, timeoutMs?: number) => Promise<Call[]>;
  stop: () => Promise<void>;
}

export interface PostedMessage {
  channel: string;
  ts: string;
  text: string;
  thread_ts?: string;
  metadata?: unknown;
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
  const failures = new Map<string, { status: number; times: number }>();
  const losses = new Set<string>();
  const hangs = new Set<string>();
  const held: Array<() => void> = [];
  const posted: PostedMessage[] = [];
  const postMessage = (body: Record<string, unknown>) => {
    const ts = `1700000001.${String(posted.length + 1).padStart(6, '0')}`;
    const channel = String(body.channel ?? '');
    posted.push({
      channel,
      ts,
      text: String(body.text ?? ''),
      ...(typeof body.thread_ts === 'string' && { thread_ts: body.thread_ts }),
      ...(body.metadata !== undefined && { metadata: body.metadata }),
    });
    return { ok: true, ts, channel };
  };
  const inChannel = (body: Record<string, unknown>) => posted.filter((m) => m.channel === body.channel);
  const reply = (method: string, body: Record<string, unknown>): Record<string, unknown> => {
    if (method === 'auth.test')
      return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'newsdesk' };
    if (method === 'conversations.replies') {
      const replies = inChannel(body).filter((m) => m.thread_ts === body.ts);
      return { ok: true, messages: [{ ts: '1700000000.000100', text: parentText }, ...replies] };
    }
    if (method === 'chat.postMessage') return postMessage(body);
    if (method === 'apps.connections.open') return { ok: true, url: wsUrl };
    if (method === 'conversations.history')
      return { ok: true, messages: [...history, ...inChannel(body).filter((m) => !m.thread_ts)] };
    return { ok: true };
  };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const path = req.url ?? '';
      const method = path.startsWith('/api/') ? (path.slice(5).split('?')[0] ?? '') : 'respond';
      const body = parseBody(raw, req.headers['content-type']);
      calls.push({ method, body, authorization: req.headers.authorization, path });
      for (const check of [...arrivals]) check();
      if (hangs.delete(method)) {
        held.push(() => req.socket.destroy());
        return;
      }
      if (losses.delete(method)) {
        reply(method, body);
        req.socket.destroy();
        return;
      }
      const failure = failures.get(method);
      if (failure) {
        if (--failure.times <= 0) failures.delete(method);
        res.writeHead(failure.status, { 'content-type': 'application/json', 'retry-after': '1' });
        res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(method === 'respond' ? { ok: true } : reply(method, body)));
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
    failNext: (method, status, times = 1) => {
      failures.set(method, { status, times });
    },
    setHistory: (messages) => {
      history = messages;
    },
    loseNext: (method) => void losses.add(method),
    hangNext: (method) => void hangs.add(method),
    posted,
    waitFor,
    stop: () => {
      for (const release of held.splice(0)) release();
      return new Promise((resolve) => server.close(() => resolve()));
    },
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
