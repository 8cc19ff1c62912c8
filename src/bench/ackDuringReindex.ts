/**
 * How long Slack waits for an acknowledgement while the running app re-indexes changed articles: the real app on
 * loopback (HTTP mode, its Web API pointed at a stand-in), `changed` corpus files edited, a refresh started, and
 * signed `/whosaid` commands sent one after another until it ends. Each figure is the time from sending a command
 * to the app's HTTP 200.
 */
import { appendFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startSlackApp } from '../app/serve';
import { loadConfig } from '../config';
import type { SyncOptions } from '../indexing/sync';
import type { Logger } from '../logger';
import { type OpenedIndex, refreshCorpusIndex } from '../search/sync/openCorpusIndex';
import { percentile } from './latency';
import { slackSignatureHeaders, slashCommandBody, startAcceptingSlack } from './slackRequests';

const SECRET = 'bench-signing-secret';
export const PAUSE_MS = 10;

export interface AckFigures {
  changed: number;
  reindexSeconds: number;
  commands: number;
  ackP50ms: number;
  ackP99ms: number;
}

interface Dirs {
  corpusDir: string;
  dataDir: string;
  /** How the re-index extracts (the worker pool, as the app does). */
  index?: SyncOptions['index'];
}

/** Edits the first `count` articles of the corpus (a sentence added), so each must be re-indexed. */
export async function editArticles(corpusDir: string, count: number): Promise<number> {
  const files = (await readdir(corpusDir)).filter((f) => f.endsWith('.md')).slice(0, count);
  for (const file of files) {
    await appendFile(path.join(corpusDir, file), '\nThe desk corrected this article on re-reading it.\n');
  }
  return files.length;
}

export async function sendCommand(url: string, responseUrl: string, n: number): Promise<number> {
  const body = slashCommandBody('/whosaid', 'the system is rigged', `U${n}`, responseUrl);
  const headers = {
    ...slackSignatureHeaders(SECRET, body),
    'content-type': 'application/x-www-form-urlencoded',
  };
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', body, headers });
  await response.text();
  if (response.status !== 200) throw new Error(`bench: the app answered ${response.status}`);
  return performance.now() - started;
}

/** The bench app's settings: HTTP mode on a loopback port, its Web API the stand-in at `slackUrl`. */
export function benchAppConfig(slackUrl: string, dataDir: string, env: Record<string, string> = {}) {
  const slack = { SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slackUrl };
  return loadConfig({
    env: { ...slack, PORT: '0', HOST: '127.0.0.1', REINDEX_MINUTES: '0', ...env },
    cwd: dataDir,
  });
}

/**
 * Sends signed commands one after another until `work` (just begun) settles, then gives the acknowledgement
 * figures; `work`'s failure is the measurement's.
 */
export async function acknowledgeWhile(
  url: string,
  responseUrl: string,
  work: Promise<unknown>,
  changed: number,
): Promise<AckFigures> {
  const started = performance.now();
  let done = false;
  const settled = work.finally(() => {
    done = true;
  });
  settled.catch(() => undefined);
  const acks: number[] = [];
  while (!done) {
    acks.push(await sendCommand(url, responseUrl, acks.length));
    await sleep(PAUSE_MS);
  }
  await settled;
  const reindexSeconds = (performance.now() - started) / 1000;
  acks.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    changed,
    reindexSeconds: round(reindexSeconds),
    commands: acks.length,
    ackP50ms: round(percentile(acks, 50)),
    ackP99ms: round(percentile(acks, 99)),
  };
}

export async function measureAckDuringReindex(
  opened: OpenedIndex,
  dirs: Dirs,
  changedCount: number,
  logger: Logger,
): Promise<AckFigures> {
  const slack = await startAcceptingSlack();
  const config = benchAppConfig(slack.url, dirs.dataDir);
  const running = await startSlackApp({
    config,
    logger,
    source: {
      load: async () => opened,
      refresh: (current) => refreshCorpusIndex(current, { ...dirs, logger }),
    },
  });
  // The sync the app starts once loaded must be over before the edits: a refresh asked for while it runs joins it,
  // and it may have scanned the folder before the edits (at 10,000 articles it sometimes had: 0.1 s, 4 commands).
  await running.synced;
  const url = `http://127.0.0.1:${running.port}/slack/events`;
  await sendCommand(url, `${slack.url}respond`, -1); // warm-up: the first request compiles the request path
  await sleep(200);
  const changed = await editArticles(dirs.corpusDir, changedCount);
  try {
    return await acknowledgeWhile(url, `${slack.url}respond`, running.refresh(), changed);
  } finally {
    await running.stop();
    slack.server.close();
  }
}
