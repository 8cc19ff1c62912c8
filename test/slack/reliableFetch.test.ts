import { createMemoryLogger } from '../../src/logger';
import { reliableFetch } from '../../src/slack/reliableFetch';
import { type FakeSlack, startFakeSlack } from '../support/fakeSlack';

let fake: FakeSlack;
beforeEach(async () => {
  fake = await startFakeSlack();
});
afterEach(() => fake.stop());

const waits: Array<[number, number | null]> = [];
const recordWait = async (attempt: number, retryAfter: number | null) =>
  void waits.push([attempt, retryAfter]);
const answer = (type: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ response_type: type, text: 'Mara Voss said it.' }),
});

function fetchFor(timeoutMs = 5000) {
  const logger = createMemoryLogger();
  return { logger, f: reliableFetch({ apiUrl: fake.apiUrl, logger, timeoutMs, wait: recordWait }) };
}

beforeEach(() => waits.splice(0));

describe('reliableFetch', () => {
  it('delivers an answer after a 429, waiting as Retry-After says, and logs the failed attempt', async () => {
    fake.failNext('respond', 429);
    const { f, logger } = fetchFor();
    const res = await f(fake.responseUrl('r1'), answer('ephemeral'));
    expect(res.status).toBe(200);
    expect(fake.calls.filter((c) => c.method === 'respond')).toHaveLength(2);
    expect(waits).toEqual([[2, 1]]);
    expect(logger.lines.join('\n')).toMatch(/not delivered \(attempt 1 of 5\): HTTP 429/);
  });

  it('gives up on a peer that never answers after the timeout, and tries again', async () => {
    fake.hangNext('respond');
    const { f } = fetchFor(300);
    const res = await f(fake.responseUrl('r2'), answer('ephemeral'));
    expect(res.status).toBe(200);
    expect(fake.calls.filter((c) => c.method === 'respond')).toHaveLength(2);
  });

  it('does not try a post for everyone again after a timeout: it may have landed', async () => {
    fake.hangNext('respond');
    const { f } = fetchFor(300);
    await expect(f(fake.responseUrl('r3'), answer('in_channel'))).rejects.toThrow();
    expect(fake.calls.filter((c) => c.method === 'respond')).toHaveLength(1);
  });

  it('returns the last failure after its five attempts, each logged', async () => {
    const { f, logger } = fetchFor();
    fake.failNext('respond', 503, 5);
    const res = await f(fake.responseUrl('r4'), answer('ephemeral'));
    expect(res.status).toBe(503);
    expect(fake.calls.filter((c) => c.method === 'respond')).toHaveLength(5);
    expect(logger.lines.filter((l) => l.includes('HTTP 503'))).toHaveLength(5);
  });

  it('leaves Web API calls to the client: one attempt, with a timeout', async () => {
    fake.failNext('chat.postMessage', 500);
    const { f } = fetchFor();
    const res = await f(`${fake.apiUrl}chat.postMessage`, { method: 'POST', body: 'channel=C1' });
    expect(res.status).toBe(500);
    expect(fake.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });
});
