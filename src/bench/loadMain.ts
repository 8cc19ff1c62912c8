/**
 * `npm run load`: the load curve. Starts the built app as a process on loopback over a corpus of `--articles`
 * benchmark articles (written from `--source` as `npm run bench` does, indexed once and reused), then sends
 * signed `/whosaid` commands at each of `--rates` (200,500 by default) for `--seconds` (5) seconds and reports,
 * per rate, how many were acknowledged and how fast (p50, p99, max), how many were answered "busy" and how
 * fast, and how many were neither within 3 s (which must be none). `--json` prints the figures as JSON.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startAppProcess } from './appProcess';
import { readSources, writeBenchCorpus } from './benchCorpus';
import { type LoadFigures, loadFigures, type Sent, SLACK_ACK_MS, sendAtRate } from './load';
import { startAcceptingSlack } from './slackRequests';

const SECRET = 'load-signing-secret';
const DEFAULT_SOURCE = path.join('..', 'shared', 'datasets', 'polnear-train', 'articles');

async function corpusOf(articles: number, source: string): Promise<{ corpusDir: string; dataDir: string }> {
  const root = path.join(os.tmpdir(), `newsdesk-load-${articles}`);
  const corpusDir = path.join(root, 'corpus');
  if (!existsSync(corpusDir)) await writeBenchCorpus(await readSources(source), corpusDir, articles);
  return { corpusDir, dataDir: path.join(root, 'data') };
}

/** Waits until the app acknowledges a lone command quickly again (what it had in flight is done). */
async function settle(url: string, responseUrl: string): Promise<void> {
  for (let tries = 0; tries < 120; tries++) {
    const [probe] = await sendAtRate({ url, secret: SECRET, responseUrl, rate: 1, seconds: 1 });
    if (probe && probe.outcome === 'acked' && probe.ms < 100) return;
  }
}

/** Waits until every acknowledged command has been answered, or no answer has come for 10 s. */
async function answersIn(answeredAt: ReadonlyMap<string, number>, sent: readonly Sent[]): Promise<void> {
  const keys = sent.filter((s) => s.outcome === 'acked' && s.key !== undefined).map((s) => s.key as string);
  let last = -1;
  let quietSince = performance.now();
  for (;;) {
    const answered = keys.filter((k) => answeredAt.has(k)).length;
    if (answered === keys.length) return;
    if (answered !== last) [last, quietSince] = [answered, performance.now()];
    if (performance.now() - quietSince > 10_000) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function line(f: LoadFigures): string {
  return (
    `${String(f.rate).padStart(4)}/s × ${f.seconds} s: ${f.sent} sent, ${f.acked} acknowledged ` +
    `(p50 ${f.ackP50ms} ms, p99 ${f.ackP99ms} ms, max ${f.ackMaxMs} ms), ${f.busy} busy ` +
    `(${(f.busyShare * 100).toFixed(1)} %, p99 ${f.busyP99ms} ms), ${f.late} over ${SLACK_ACK_MS / 1000} s or failed; ` +
    (f.answered === undefined
      ? ''
      : `${f.answered} answered (p50 ${f.answerP50ms} ms, p99 ${f.answerP99ms} ms after sending); `) +
    `sender late p99 ${f.senderLateP99ms} ms`
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rates: { type: 'string', default: '200,500' },
      seconds: { type: 'string', default: '5' },
      articles: { type: 'string', default: '1000' },
      source: { type: 'string', default: DEFAULT_SOURCE },
      json: { type: 'boolean', default: false },
    },
  });
  const rates = values.rates.split(',').map(Number);
  const seconds = Number(values.seconds);
  const { corpusDir, dataDir } = await corpusOf(Number(values.articles), values.source);
  const slack = await startAcceptingSlack();
  const env = {
    SLACK_BOT_TOKEN: 'xoxb-load',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.url,
    CORPUS_DIR: corpusDir,
    DATA_DIR: dataDir,
    REINDEX_MINUTES: '0',
    LOG_LEVEL: 'info',
  };
  process.stderr.write(`load: starting the app over ${values.articles} articles…\n`);
  const app = await startAppProcess({ env });
  const responseUrl = `${slack.url}respond`;
  const figures: LoadFigures[] = [];
  try {
    await app.waitForLog(/archive loaded/, 30 * 60_000);
    await sendAtRate({ url: app.url, secret: SECRET, responseUrl, rate: 10, seconds: 2 }); // warm-up
    for (const rate of rates) {
      await settle(app.url, responseUrl);
      const sent = await sendAtRate({
        url: app.url,
        secret: SECRET,
        responseUrl,
        rate,
        seconds,
        tag: `r${rate}`,
      });
      await answersIn(slack.answeredAt, sent);
      figures.push(loadFigures({ rate, seconds }, sent, slack.answeredAt));
      process.stderr.write(`load: ${line(figures[figures.length - 1] as LoadFigures)}\n`);
    }
  } finally {
    await app.stop();
    slack.server.close();
  }
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}, Node ${process.version}`;
  const report = { machine, articles: Number(values.articles), figures };
  process.stdout.write(
    values.json ? `${JSON.stringify(report, null, 2)}\n` : `${machine}\n${figures.map(line).join('\n')}\n`,
  );
  if (figures.some((f) => f.late > 0)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
