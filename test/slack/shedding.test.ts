/**
 * Load shedding at the front door: a burst read in one turn of the event loop is admitted only up to the bound
 * (requests admitted but not yet acknowledged count), a request whose answer would wait too long in the answer
 * lane, and one read while the event loop runs late, are answered "busy" at once.
 */
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { slackSignatureHeaders } from '../../src/bench/slackRequests';
import { createFrontDoor, MAX_LAG_MS, SHED_LAG_IN_FLIGHT } from '../../src/slack/frontDoor';
import { watchLoopLag } from '../../src/slack/loopLag';

const SECRET = 'shedding-secret';
const BUSY = 'Busy, try again in a minute.';

function command(n: number): IncomingMessage {
  const body = new URLSearchParams({ command: '/whosaid', text: `the ferry ${n}`, user_id: 'U1' }).toString();
  const request = Readable.from([Buffer.from(body)]) as unknown as IncomingMessage;
  request.headers = {
    ...slackSignatureHeaders(SECRET, body),
    'content-type': 'application/x-www-form-urlencoded',
  };
  return request;
}

describe('shedding load', () => {
  it('admits a burst only up to the bound, counting those not yet acknowledged, and admits again once they are', async () => {
    const door = createFrontDoor({
      signingSecret: SECRET,
      inFlight: () => 0,
      maxInFlight: 3,
      busyText: BUSY,
    });
    const verdicts = await Promise.all(Array.from({ length: 10 }, (_, n) => door(command(n))));
    const passed = verdicts.filter((v) => v.pass);
    expect(passed).toHaveLength(3);
    for (const v of verdicts.filter((x) => !x.pass))
      expect(v).toMatchObject({ status: 200, json: { response_type: 'ephemeral', text: BUSY } });
    for (const v of passed) if (v.pass) v.release?.();
    expect((await door(command(11))).pass).toBe(true);
  });

  it("sheds on the answer lane's predicted wait, counting requests admitted and not yet acknowledged", async () => {
    let queued = 0;
    const door = createFrontDoor({
      signingSecret: SECRET,
      inFlight: () => 0,
      maxInFlight: 1000,
      busyText: BUSY,
      answerWaitMs: (ahead) => (queued + ahead) * 100,
      maxAnswerWaitMs: 1000,
    });
    const verdicts = await Promise.all(Array.from({ length: 20 }, (_, n) => door(command(n))));
    const passed = verdicts.filter((v) => v.pass);
    expect(passed).toHaveLength(11); // admitted while 0–10 ahead would wait at most 1,000 ms
    for (const v of passed) if (v.pass) v.release?.();
    queued = 11; // acknowledged, their answers now in the lane
    expect(await door(command(21))).toMatchObject({ pass: false, json: { text: BUSY } });
    queued = 2;
    expect((await door(command(22))).pass).toBe(true);
  });

  it('answers busy at once while the event loop runs late with answers under way, and admits again when it keeps up', async () => {
    let lag = MAX_LAG_MS + 1;
    let working = 0;
    const door = createFrontDoor({
      signingSecret: SECRET,
      inFlight: () => working,
      maxInFlight: 10,
      busyText: BUSY,
      lagMs: () => lag,
    });
    // A stall under light load (a digest, an article being indexed) sheds nothing.
    expect((await door(command(1))).pass).toBe(true);
    working = SHED_LAG_IN_FLIGHT;
    expect(await door(command(2))).toMatchObject({ pass: false, json: { text: BUSY } });
    lag = 0;
    expect((await door(command(3))).pass).toBe(true);
  });

  it('measures how late the event loop runs', async () => {
    const watch = watchLoopLag(10);
    try {
      await new Promise((resolve) => setTimeout(resolve, 30));
      const until = performance.now() + 400;
      while (performance.now() < until); // the loop held for 400 ms
      expect(watch.now()).toBeGreaterThan(300);
      expect(watch.now()).toBeLessThan(MAX_LAG_MS * 10);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(watch.now()).toBeLessThan(400); // caught up (a loaded machine may still run a little late)
    } finally {
      watch.stop();
    }
  });
});
