/**
 * `POST /ingest`: a CMS webhook. The raw body (up to a limit) is checked against its HMAC signature and
 * timestamp before anything is parsed; a good request is applied to its push source and answered once the
 * archive has synced it, so the article is searchable when the CMS gets its 202. A bad or stale signature gets
 * 401 and changes nothing.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../../logger';
import type { RemoteSource } from '../remoteSource';
import { parsePush } from './payload';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verify } from './signature';

export const INGEST_PATH = '/ingest';
export const MAX_INGEST_BYTES = 2 * 1024 * 1024;

export interface IngestDeps {
  secret: string | null;
  /** The push sources by name. */
  sources: readonly RemoteSource[];
  /** Syncs the archive with the sources; resolves when what was applied is searchable. */
  sync: () => Promise<void>;
  logger: Logger;
  now?: () => number;
  maxBytes?: number;
}

function reply(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > max) return resolve(null);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        resolve(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const header = (req: IncomingMessage, name: string) => {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
};

export async function handleIngest(
  req: IncomingMessage,
  res: ServerResponse,
  deps: IngestDeps,
): Promise<void> {
  if (!deps.secret || deps.sources.length === 0)
    return reply(res, 404, { ok: false, error: 'no push source (set INGEST_SECRET and add a push source)' });
  const body = await readBody(req, deps.maxBytes ?? MAX_INGEST_BYTES).catch(() => null);
  if (body === null) return reply(res, 413, { ok: false, error: 'body too large or unreadable' });
  const signature = header(req, SIGNATURE_HEADER);
  const timestamp = header(req, TIMESTAMP_HEADER);
  const verdict = verify(deps.secret, { signature, timestamp }, body, (deps.now ?? Date.now)());
  if (!verdict.ok) {
    deps.logger.warn(`ingest refused: ${verdict.reason}`);
    return reply(res, 401, { ok: false, error: verdict.reason });
  }
  const push = parsePush(body.toString('utf8'));
  if (!push.ok) return reply(res, 400, { ok: false, error: push.reason });
  const source = push.source ? deps.sources.find((s) => s.name === push.source) : deps.sources[0];
  if (!source) return reply(res, 404, { ok: false, error: `no push source named "${push.source}"` });
  const counts =
    push.action === 'delete'
      ? source.apply({ items: [], removed: [push.id] })
      : source.apply({ items: [push.item], removed: [] });
  await deps.sync();
  return reply(res, 202, { ok: true, source: source.name, ...counts });
}
