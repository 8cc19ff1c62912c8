import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HTTPReceiver } from '@slack/bolt';
import { slackSignatureHeaders } from '../../src/bench/slackRequests';
import { BODY_LIMIT_BYTES, createFrontDoor } from '../../src/slack/frontDoor';
import { createHttpServer, listen } from '../../src/slack/httpServer';

const SECRET = 'front-door-secret';
const BUSY = 'Busy, try again in a minute.';

async function withServer(inFlight: () => number, run: (url: string, seen: Buffer[]) => Promise<void>) {
  const seen: Buffer[] = [];
  const receiver = {
    requestListener: (req: IncomingMessage & { rawBody?: Buffer }, res: ServerResponse) => {
      seen.push(req.rawBody ?? Buffer.alloc(0));
      res.writeHead(200);
      res.end();
    },
  } as unknown as HTTPReceiver;
  const frontDoor = createFrontDoor({ signingSecret: SECRET, inFlight, maxInFlight: 2, busyText: BUSY });
  const server = createHttpServer({ receiver, ready: () => true, frontDoor });
  const port = await listen(server, 0, '127.0.0.1');
  try {
    await run(`http://127.0.0.1:${port}/slack/events`, seen);
  } finally {
    await new Promise((r) => server.close(r));
  }
}

const send = (
  url: string,
  body: string,
  type = 'application/json',
  headers = slackSignatureHeaders(SECRET, body),
) => fetch(url, { method: 'POST', body, headers: { ...headers, 'content-type': type } });

const EVENT = JSON.stringify({ type: 'event_callback', event_id: 'Ev1', event: { type: 'app_mention' } });
const COMMAND = new URLSearchParams({ command: '/whosaid', text: 'the ferry', user_id: 'U1' }).toString();

describe('the front door', () => {
  it('passes a signed request to Bolt with its body, and answers an exact replay once', async () => {
    await withServer(
      () => 0,
      async (url, seen) => {
        const headers = slackSignatureHeaders(SECRET, EVENT);
        expect((await send(url, EVENT, 'application/json', headers)).status).toBe(200);
        const replay = await send(url, EVENT, 'application/json', headers);
        expect(replay.status).toBe(200);
        expect(await replay.text()).toBe('');
        expect(seen.map((b) => b.toString())).toEqual([EVENT]);
      },
    );
  });

  it.each([
    ['JSON null', 'null'],
    ['a JSON list', '[1, 2]'],
    ['a JSON string', '"event"'],
    ['broken JSON', '{"type": '],
  ])('refuses %s with 400 and never hands it on', async (_what, body) => {
    await withServer(
      () => 0,
      async (url, seen) => {
        expect((await send(url, body)).status).toBe(400);
        expect(seen).toEqual([]);
      },
    );
  });

  it('refuses a bad signature (401) and a body over the limit (413)', async () => {
    await withServer(
      () => 0,
      async (url, seen) => {
        const forged = slackSignatureHeaders('not-the-secret', EVENT);
        expect((await send(url, EVENT, 'application/json', forged)).status).toBe(401);
        const huge = JSON.stringify({ type: 'event_callback', pad: 'x'.repeat(BODY_LIMIT_BYTES) });
        expect((await send(url, huge)).status).toBe(413);
        expect(seen).toEqual([]);
      },
    );
  });

  it('past the bound on work in flight: a command is told "busy" at once, an event gets 503 to come back later', async () => {
    await withServer(
      () => 2,
      async (url, seen) => {
        const command = await send(url, COMMAND, 'application/x-www-form-urlencoded');
        expect(command.status).toBe(200);
        expect(await command.json()).toEqual({ response_type: 'ephemeral', text: BUSY });
        const event = await send(url, EVENT);
        expect(event.status).toBe(503);
        expect(event.headers.get('retry-after')).toBe('60');
        expect(seen).toEqual([]);
      },
    );
  });

  it("answers Slack's unsigned TLS check with a bare 200", async () => {
    await withServer(
      () => 0,
      async (url, seen) => {
        const res = await send(
          url,
          'ssl_check=1&token=x',
          'application/x-www-form-urlencoded',
          slackSignatureHeaders('other', ''),
        );
        expect(res.status).toBe(200);
        expect(seen).toEqual([]);
      },
    );
  });
});
