/**
 * The webhook signature: HMAC-SHA256 with INGEST_SECRET over `<timestamp>.<raw body>`, sent as
 * `X-Newsdesk-Signature: sha256=<hex>` with `X-Newsdesk-Timestamp: <unix seconds>`. A timestamp more than five
 * minutes from now (either way) is refused, so a captured request cannot be replayed later.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-newsdesk-signature';
export const TIMESTAMP_HEADER = 'x-newsdesk-timestamp';
export const MAX_SKEW_S = 5 * 60;

export function sign(secret: string, timestamp: string, body: Buffer | string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex')}`;
}

export type Verdict = { ok: true } | { ok: false; reason: string };

export function verify(
  secret: string,
  headers: { signature: string | undefined; timestamp: string | undefined },
  body: Buffer,
  nowMs: number,
): Verdict {
  const { signature, timestamp } = headers;
  if (!signature || !timestamp) return { ok: false, reason: 'missing signature or timestamp' };
  const ts = Number(timestamp);
  if (!/^\d+$/.test(timestamp) || Math.abs(nowMs / 1000 - ts) > MAX_SKEW_S)
    return { ok: false, reason: 'stale or bad timestamp (more than five minutes away)' };
  const expected = Buffer.from(sign(secret, timestamp, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, reason: 'bad signature' };
  return { ok: true };
}
