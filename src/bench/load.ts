/**
 * Load on the running app: signed `/whosaid` commands sent at a fixed rate for a bounded time to the app's HTTP
 * port on loopback, each timed from sending to the app's answer. Past its bound on work in flight the app
 * answers "busy" at once (SLACK.busy); every other command must be acknowledged (an empty 200) within Slack's
 * 3 s. Used by `npm run load` (the load curve) and by the reliability suite.
 */
import { Agent, request } from 'node:http';
import { SLACK } from '../messages';
import { percentile } from './latency';
import { slackSignatureHeaders, slashCommandBody } from './slackRequests';

export const SLACK_ACK_MS = 3000;

export interface LoadRun {
  /** The app's `/slack/events` URL. */
  url: string;
  secret: string;
  /** Where the app posts its answers (a stand-in for Slack's response URL). */
  responseUrl: string;
  /** Commands a second. */
  rate: number;
  seconds: number;
  command?: string;
  /** The command's words; one of these per command, in turn. */
  texts?: readonly string[];
}

export interface Sent {
  ms: number;
  /** How late the sender itself sent it (ms): the sender shares the machine with the app. */
  lateMs?: number;
  outcome: 'acked' | 'busy' | 'error';
  detail?: string;
}

export interface LoadFigures {
  rate: number;
  seconds: number;
  sent: number;
  acked: number;
  busy: number;
  errors: number;
  /** Acknowledgement times of the commands acknowledged (ms). */
  ackP50ms: number;
  ackP99ms: number;
  ackMaxMs: number;
  /** How long a "busy" answer took (ms): it must come at once. */
  busyP99ms: number;
  busyShare: number;
  /** How late the sender sent its commands (p99, ms): when high, the sender, not the app, set the pace. */
  senderLateP99ms: number;
  /** Commands neither acknowledged nor answered busy within 3 s. */
  late: number;
}

/** Kept-alive connections (node:http costs the sender less than fetch, which matters on a loaded machine). */
const agent = new Agent({ keepAlive: true, maxSockets: 512 });

function postForm(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const DEFAULT_TEXTS = ['the system is rigged', 'could happen', 'we will not back down', 'the border'];

async function sendOne(run: LoadRun, n: number, due: number): Promise<Sent> {
  const texts = run.texts ?? DEFAULT_TEXTS;
  const text = texts[n % texts.length] as string;
  const body = slashCommandBody(run.command ?? '/whosaid', text, `U${n % 997}`, run.responseUrl);
  const headers = {
    ...slackSignatureHeaders(run.secret, body),
    'content-type': 'application/x-www-form-urlencoded',
  };
  const started = performance.now();
  const lateMs = Math.max(0, started - due);
  try {
    const response = await postForm(run.url, body, headers);
    const answer = response.text;
    const ms = performance.now() - started;
    if (response.status !== 200) return { ms, lateMs, outcome: 'error', detail: `HTTP ${response.status}` };
    return { ms, lateMs, outcome: answer.includes(SLACK.busy) ? 'busy' : 'acked' };
  } catch (err) {
    return { ms: performance.now() - started, lateMs, outcome: 'error', detail: (err as Error).message };
  }
}

/** Sends `rate` commands a second for `seconds` seconds, on schedule whatever the answers; waits for every one. */
export async function sendAtRate(run: LoadRun): Promise<Sent[]> {
  const total = Math.round(run.rate * run.seconds);
  const interval = 1000 / run.rate;
  const started = performance.now();
  const pending: Promise<Sent>[] = [];
  for (let n = 0; n < total; n++) {
    const due = started + n * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(sendOne(run, n, due));
  }
  return Promise.all(pending);
}

const round = (ms: number) => Math.round(ms * 10) / 10;

export function loadFigures(run: Pick<LoadRun, 'rate' | 'seconds'>, sent: readonly Sent[]): LoadFigures {
  const acks = sent
    .filter((s) => s.outcome === 'acked')
    .map((s) => s.ms)
    .sort((a, b) => a - b);
  const busy = sent
    .filter((s) => s.outcome === 'busy')
    .map((s) => s.ms)
    .sort((a, b) => a - b);
  const errors = sent.filter((s) => s.outcome === 'error').length;
  return {
    rate: run.rate,
    seconds: run.seconds,
    sent: sent.length,
    acked: acks.length,
    busy: busy.length,
    errors,
    ackP50ms: round(percentile(acks, 50)),
    ackP99ms: round(percentile(acks, 99)),
    ackMaxMs: round(acks[acks.length - 1] ?? 0),
    busyP99ms: round(percentile(busy, 99)),
    senderLateP99ms: round(
      percentile(
        sent.map((s) => s.lateMs ?? 0).sort((a, b) => a - b),
        99,
      ),
    ),
    busyShare: sent.length === 0 ? 0 : Math.round((busy.length / sent.length) * 1000) / 1000,
    late: sent.filter((s) => s.outcome === 'error' || s.ms > SLACK_ACK_MS).length,
  };
}
