import type { HTTPReceiver } from '@slack/bolt';
import { createHttpServer, listen } from '../../src/slack/httpServer';

it('/healthz answers 503 until the archive is loaded or while it cannot answer (verbose: why), else 200; other paths 404', async () => {
  let ready = false;
  const receiver = { requestListener: () => undefined } as unknown as HTTPReceiver;
  let problem: string | null = null;
  const server = createHttpServer({ receiver, ready: () => ready, notReady: () => problem });
  const port = await listen(server, 0, '127.0.0.1');
  try {
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(503);
    ready = true;
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/elsewhere`)).status).toBe(404);
    problem = 'the snapshot failed its checksum';
    const verbose = await fetch(`http://127.0.0.1:${port}/healthz?verbose`);
    expect(verbose.status).toBe(503);
    expect(await verbose.json()).toEqual({ ok: false, reason: problem });
    problem = null;
    expect(await (await fetch(`http://127.0.0.1:${port}/healthz?verbose`)).json()).toEqual({ ok: true });
    const noTimestamp = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body: 'x' });
    expect(noTimestamp.status).toBe(401);
  } finally {
    await new Promise((r) => server.close(r));
  }
});
