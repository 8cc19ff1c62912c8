/** A small web site on 127.0.0.1 for source tests: routes by path, every request recorded. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SiteRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  at: number;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface Site {
  /** http://127.0.0.1:<port> */
  origin: string;
  port: number;
  requests: SiteRequest[];
  routes: Map<string, Handler>;
  /** The requests for one path. */
  hits(path: string): SiteRequest[];
  close(): Promise<void>;
}

const sites: Server[] = [];

export async function startSite(routes: Record<string, Handler> = {}): Promise<Site> {
  const table = new Map(Object.entries(routes));
  const requests: SiteRequest[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers, at: Date.now() });
    const handler = table.get(path) ?? table.get(path.split('?')[0] ?? '');
    if (handler) handler(req, res);
    else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  sites.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    routes: table,
    hits: (path) => requests.filter((r) => r.path === path),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serves a body with a content type, and an ETag: a request carrying it gets 304. */
export function serve(body: string | Buffer, type: string, etag?: string): Handler {
  return (req, res) => {
    if (etag && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': type, ...(etag && { etag }) });
    res.end(body);
  };
}

afterAll(async () => {
  for (const server of sites.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});
