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
  /** Each command's response URL carries `?n=<tag>-<n>`, so the time to its answer can be told (`answerTimes`). */
  tag?: string;
}

export interface Sent {
  ms: number;
  /** When it was sent (performance.now()), and its response URL's `n` when the run has a tag. */
  at?: number;
  key?: string;
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
  /** When answers were timed (`answerTimes`): how many acknowledged commands were answered, and how soon after sending (ms). */
  answered?: number;
  answerP50ms?: number;
  answerP99ms?: number;
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
  const key = run.tag === undefined ? undefined : `${run.tag}-${n}`;
  const responseUrl = key === undefined ? run.responseUrl : `${run.responseUrl}?n=${key}`;
  const body = slashCommandBody(run.command ?? '/whosaid', text, `U${n % 997}`, responseUrl);
  const headers = {
    ...slackSignatureHeaders(run.secret, body),
    'content-type': 'application/x-www-form-urlencoded',
  };
  const started = performance.now();
  const sent = { at: started, lateMs: Math.max(0, started - due), ...(key !== undefined && { key }) };
  try {
    const response = await postForm(run.url, body, headers);
    const answer = response.text;
    const ms = performance.now() - started;
    if (response.status !== 200) return { ms, ...sent, outcome: 'error', detail: `HTTP ${response.status}` };
    return { ms, ...sent, outcome: answer.includes(SLACK.busy) ? 'busy' : 'acked' };
  } catch (err) {
    return { ms: performance.now() - started, ...sent, outcome: 'error', detail: (err as Error).message };
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

/** From sending each acknowledged command to its answer reaching the response URL (ms), for those answered. */
function answerTimes(sent: readonly Sent[], answeredAt: ReadonlyMap<string, number>): number[] {
  const times: number[] = [];
  for (const s of sent) {
    const at = s.key === undefined ? undefined : answeredAt.get(s.key);
    if (s.outcome === 'acked' && at !== undefined && s.at !== undefined) times.push(at - s.at);
  }
  return times.sort((a, b) => a - b);
}

/** The figures of a run; with `answeredAt` (response URL `n` → performance.now() of its answer), answer times too. */
export function loadFigures(
  run: Pick<LoadRun, 'rate' | 'seconds'>,
  sent: readonly Sent[],
  answeredAt?: ReadonlyMap<string, number>,
): LoadFigures {
  const answers = answeredAt ? answerTimes(sent, answeredAt) : null;
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
    ...(answers && {
      answered: answers.length,
      answerP50ms: round(percentile(answers, 50)),
      answerP99ms: round(percentile(answers, 99)),
    }),
  };
}
