/** Socket Mode against a local WebSocket server: apps.connections.open gives a ws://127.0.0.1 URL. */
import { type WebSocket, WebSocketServer } from 'ws';
import { startSlackApp } from '../../src/app/serve';
import { loadConfig } from '../../src/config';
import { createMemoryLogger } from '../../src/logger';
import { sign } from '../../src/sources/push/signature';

import { SEED_CORPUS } from '../support/cli';
import { startFakeSlack } from '../support/fakeSlack';
import { tempDir, writeFiles } from '../support/tmp';

it('connects over Socket Mode, acknowledges an event envelope and answers the mention in its thread', async () => {
  const fake = await startFakeSlack();
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  fake.setWebSocketUrl(`ws://127.0.0.1:${(wss.address() as { port: number }).port}/`);
  const acks: string[] = [];
  wss.on('connection', (socket: WebSocket) => {
    socket.on('message', (data) => acks.push(String(data)));
    socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }));
  });
  const env = {
    SLACK_BOT_TOKEN: 'xoxb-socket-test',
    SLACK_APP_TOKEN: 'xapp-1-socket-test',
    SLACK_API_URL: fake.apiUrl,
    CORPUS_DIR: SEED_CORPUS,
    DATA_DIR: tempDir(),
  };
  const logger = createMemoryLogger('info');
  const running = await startSlackApp({ config: loadConfig({ env, cwd: tempDir() }), logger });
  try {
    await running.loaded;
    expect(running.port).toBeNull();
    expect(fake.calls.find((c) => c.method === 'apps.connections.open')?.authorization).toBe(
      'Bearer xapp-1-socket-test',
    );
    const payload = {
      type: 'event_callback',
      team_id: 'T1',
      api_app_id: 'A1',
      event_id: 'EvSocket',
      event_time: 1700000000,
      event: {
        type: 'app_mention',
        user: 'U1',
        channel: 'C1',
        text: '<@UBOT> who said could happen',
        ts: '1700000003.000100',
      },
    };
    for (const socket of wss.clients) {
      socket.send(
        JSON.stringify({
          envelope_id: 'env-1',
          type: 'events_api',
          accepts_response_payload: false,
          payload,
        }),
      );
    }
    const [reply] = await fake.waitFor('chat.postMessage');
    expect(reply?.body).toMatchObject({ channel: 'C1', thread_ts: '1700000003.000100' });
    expect(JSON.stringify(reply?.body.blocks)).toContain('*Donald Trump*');
    expect(acks.some((a) => JSON.parse(a).envelope_id === 'env-1')).toBe(true);
  } finally {
    await running.stop();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
    await fake.stop();
  }
});

it('listens for a CMS webhook in Socket Mode when a push source is configured: /ingest and /healthz only', async () => {
  const fake = await startFakeSlack();
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  fake.setWebSocketUrl(`ws://127.0.0.1:${(wss.address() as { port: number }).port}/`);
  wss.on('connection', (socket: WebSocket) =>
    socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } })),
  );
  const dir = tempDir();
  writeFiles(dir, { 'sources.yml': 'sources:\n  - { name: cms, kind: push }\n' });
  const env = {
    SLACK_BOT_TOKEN: 'xoxb-socket-test',
    SLACK_APP_TOKEN: 'xapp-1-socket-test',
    SLACK_API_URL: fake.apiUrl,
    SOURCES_FILE: `${dir}/sources.yml`,
    INGEST_SECRET: 'socket-ingest-secret-7',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: tempDir(),
  };
  const running = await startSlackApp({
    config: loadConfig({ env, cwd: dir }),
    logger: createMemoryLogger(),
  });
  try {
    await running.loaded;
    const base = `http://127.0.0.1:${running.port}`;
    const body = JSON.stringify({
      id: 'cms-77',
      title: 'Harbour crane returns to service',
      url: 'https://ledger.example/crane',
      published: '2026-12-01T08:00:00Z',
      html: '<p>The harbour crane lifted its first container in three months on Monday, the port authority said.</p>',
    });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const res = await fetch(`${base}/ingest`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-newsdesk-timestamp': timestamp,
        'x-newsdesk-signature': sign('socket-ingest-secret-7', timestamp, body),
      },
      body,
    });
    expect(res.status).toBe(202);
    const hits = await running.live.current()?.answers.search('harbour crane container', 3);
    expect(hits?.ok && hits.answer.hits[0]?.citation.title).toBe('Harbour crane returns to service');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(404);
  } finally {
    await running.stop();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
    await fake.stop();
  }
});
