/**
 * Slack's side of a slash command, for the benchmark: a signed request exactly as Slack sends it (v0 signature:
 * HMAC-SHA256 of `v0:<timestamp>:<body>` with the signing secret), and a stand-in Web API on loopback that
 * answers every call with `{ok: true}`, so the app's answers go nowhere near the network.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export function slackSignatureHeaders(
  secret: string,
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
) {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}

export function slashCommandBody(command: string, text: string, user: string, responseUrl: string): string {
  return new URLSearchParams({
    team_id: 'T1',
    channel_id: 'C1',
    user_id: user,
    user_name: user,
    command,
    text,
    response_url: responseUrl,
    trigger_id: 'bench',
  }).toString();
}

/**
 * A Web API and response URL on loopback that accept everything; `answeredAt` notes when the first post to a URL
 * with `?n=<key>` arrived (performance.now()), so the load run can time each command's answer.
 */
export async function startAcceptingSlack(): Promise<{
  url: string;
  server: Server;
  answeredAt: Map<string, number>;
}> {
  const answeredAt = new Map<string, number>();
  const server = createServer((req, res) => {
    const key = /[?&]n=([^&]+)/.exec(req.url ?? '')?.[1];
    if (key !== undefined && !answeredAt.has(key)) answeredAt.set(key, performance.now());
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server, answeredAt };
}
