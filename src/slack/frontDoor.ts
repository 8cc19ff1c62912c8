/**
 * What every request to POST /slack/events passes before Bolt sees it: a body within the limit, Slack's signature
 * (checked here so that what follows only ever runs for Slack), each signed request answered once (a replay of
 * the same signature and timestamp gets an empty 200), a body that is a JSON object, and room to work: when its
 * answer would wait too long in the answer lane (answerLane.ts: the answers queued times how long one takes), or
 * past the bound on work in flight, a slash command is answered "busy" at once and anything else gets 503 with
 * Retry-After (Slack delivers an event again later). Both count the requests admitted and not yet acknowledged (a
 * burst read in one turn of the event loop would otherwise all pass before any is counted), and a request read
 * while the event loop is running late is shed too. An admitted request is acknowledged at once: its answer is
 * looked up in the lane, between reads.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { parse as parseQuery } from 'node:querystring';

export const BODY_LIMIT_BYTES = 256 * 1024;
/** How long a signed request is remembered: Slack's own window for a timestamp. */
export const REPLAY_WINDOW_MS = 5 * 60 * 1000;
const MAX_REMEMBERED = 200_000;

export type Verdict =
  /** `release` once the request is answered (its acknowledgement sent): it no longer counts as admitted. */
  | { pass: true; body: Buffer; release?: () => void }
  | { pass: false; status: number; text: string; json?: unknown; headers?: Record<string, string> };

export interface FrontDoorOptions {
  signingSecret: string;
  /** Work under way now (answers being looked up and sent). */
  inFlight: () => number;
  /** Past this much work in flight, new requests are shed. */
  maxInFlight: number;
  /**
   * How long an answer asked for now would wait to be looked up, with `ahead` more requests admitted before it
   * (the answer lane's prediction, ms); past `maxAnswerWaitMs`, new requests are shed.
   */
  answerWaitMs?: (ahead: number) => number;
  maxAnswerWaitMs?: number;
  /** The "busy" answer a shed slash command gets. */
  busyText: string;
  /** How late the event loop is running now (ms); past `maxLagMs`, new requests are shed. */
  lagMs?: () => number;
  maxLagMs?: number;
  now?: () => number;
}

export function readBody(req: IncomingMessage, limit = BODY_LIMIT_BYTES): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(null);
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function signed(secret: string, req: IncomingMessage, body: Buffer): boolean {
  const signature = req.headers['x-slack-signature'];
  const timestamp = req.headers['x-slack-request-timestamp'];
  if (typeof signature !== 'string' || typeof timestamp !== 'string') return false;
  const expected = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(body).digest('hex')}`;
  const a = Buffer.from(signature);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Slack's unsigned check that the URL answers over TLS: a 200 with nothing else. */
const isSslCheck = (body: Buffer) => body.length < 64 && parseQuery(body.toString('utf8')).ssl_check === '1';

const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The payload as Bolt will read it, or null when it is not an object. */
function payloadOf(req: IncomingMessage, body: Buffer): Record<string, unknown> | null {
  const text = body.toString('utf8');
  try {
    if ((req.headers['content-type'] ?? '').includes('application/json')) {
      const parsed: unknown = JSON.parse(text);
      return isObject(parsed) ? (parsed as Record<string, unknown>) : null;
    }
    const form = parseQuery(text);
    if (typeof form.payload !== 'string') return form as Record<string, unknown>;
    const parsed: unknown = JSON.parse(form.payload);
    return isObject(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Past this lag of the event loop, with at least SHED_LAG_IN_FLIGHT answers under way (the lag is then of our own
 * making: a stall under light load, a digest or an article being indexed, sheds nothing), new requests are shed.
 */
export const MAX_LAG_MS = 500;
export const SHED_LAG_IN_FLIGHT = 8;
/**
 * Past this predicted wait for the answer lane, new requests are shed: an admitted command is acknowledged at once
 * whatever the wait (the lane runs answers between reads), and answered within about this long after.
 */
export const MAX_ANSWER_WAIT_MS = 2000;

export function createFrontDoor(options: FrontDoorOptions) {
  const now = options.now ?? Date.now;
  let admitted = 0;
  const admit = (body: Buffer): Verdict => {
    admitted++;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      admitted--;
    };
    return { pass: true, body, release };
  };
  const room = () => {
    const working = options.inFlight() + admitted;
    if (working >= options.maxInFlight) return false;
    if ((options.answerWaitMs?.(admitted) ?? 0) > (options.maxAnswerWaitMs ?? MAX_ANSWER_WAIT_MS))
      return false;
    return working < SHED_LAG_IN_FLIGHT || (options.lagMs?.() ?? 0) <= (options.maxLagMs ?? MAX_LAG_MS);
  };
  const seen = new Map<string, number>();
  const remember = (key: string): boolean => {
    const t = now();
    for (const [k, at] of seen) {
      if (t - at < REPLAY_WINDOW_MS && seen.size < MAX_REMEMBERED) break;
      seen.delete(k);
    }
    if (seen.has(key)) return false;
    seen.set(key, t);
    return true;
  };
  return async (req: IncomingMessage): Promise<Verdict> => {
    const body = await readBody(req);
    if (body === null) return { pass: false, status: 413, text: 'body too large' };
    if (isSslCheck(body)) return { pass: false, status: 200, text: '' };
    if (!signed(options.signingSecret, req, body)) return { pass: false, status: 401, text: 'bad signature' };
    const payload = payloadOf(req, body);
    if (payload === null) return { pass: false, status: 400, text: 'the body must be an object' };
    const key = `${req.headers['x-slack-request-timestamp']}|${req.headers['x-slack-signature']}`;
    if (!remember(key)) return { pass: false, status: 200, text: '' };
    if (room()) return admit(body);
    if (typeof payload.command === 'string')
      return {
        pass: false,
        status: 200,
        text: '',
        json: { response_type: 'ephemeral', text: options.busyText },
      };
    return { pass: false, status: 503, text: 'busy', headers: { 'retry-after': '60' } };
  };
}
