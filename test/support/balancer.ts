/**
 * A small load balancer on loopback, for the tests of several instances: requests go round-robin to the
 * backends; a backend that refuses or drops the connection (a killed instance) is skipped and the request is
 * sent to the next one, as a balancer with passive health checks does. Nothing here touches the network.
 */
import { createServer, type OutgoingHttpHeaders, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Balancer {
  url: string;
  /** Requests each backend answered, by its port. */
  answered: Map<number, number>;
  stop: () => Promise<void>;
}

interface Forwarded {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function forward(port: number, method: string, path: string, headers: OutgoingHttpHeaders, body: Buffer) {
  return new Promise<Forwarded>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

export async function startBalancer(ports: number[]): Promise<Balancer> {
  let next = 0;
  const answered = new Map<number, number>(ports.map((p) => [p, 0]));
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const first = next++;
      for (let i = 0; i < ports.length; i++) {
        const port = ports[(first + i) % ports.length] as number;
        try {
          const out = await forward(
            port,
            req.method ?? 'GET',
            req.url ?? '/',
            req.headers,
            Buffer.concat(chunks),
          );
          answered.set(port, (answered.get(port) ?? 0) + 1);
          res.writeHead(out.status, out.headers);
          res.end(out.body);
          return;
        } catch {
          // That instance is down: the next one gets the request.
        }
      }
      res.writeHead(502);
      res.end('no backend answered');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    answered,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
