/**
 * The acknowledgement time while workers re-index, for the PostgreSQL-fed setup: the real app (HTTP mode on
 * loopback, DATABASE_URL set, its Web API a stand-in) answering from an instance loaded from PostgreSQL while
 * `changed` corpus files are edited, re-indexed by `newsdesk worker` processes, and applied to the instance's
 * engine from the change feed. Signed `/whosaid` commands are sent one after another from the edit until the
 * instance holds the workers' last change; each figure is the time from sending one to the app's HTTP 200.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import type { PostgresSource } from '../app/postgres';
import { startSlackApp } from '../app/serve';
import type { Logger } from '../logger';
import type { OpenedIndex } from '../search/sync/openCorpusIndex';
import {
  type AckFigures,
  acknowledgeWhile,
  benchAppConfig,
  editArticles,
  PAUSE_MS,
  sendCommand,
} from './ackDuringReindex';
import { startAcceptingSlack } from './slackRequests';

export interface ReindexByWorkers {
  instance: PostgresSource;
  opened: OpenedIndex;
  corpusDir: string;
  dataDir: string;
  url: string;
  changed: number;
  /** Runs the workers until the queue is empty. */
  work: () => Promise<void>;
  logger: Logger;
}

async function lastChange(url: string): Promise<bigint> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT coalesce(max(seq), 0)::text AS seq FROM articles');
    return BigInt((rows[0] as { seq: string }).seq);
  } finally {
    await client.end();
  }
}

export async function measureAckWhileWorkersReindex(run: ReindexByWorkers): Promise<AckFigures> {
  const slack = await startAcceptingSlack();
  const config = benchAppConfig(slack.url, run.dataDir, { DATABASE_URL: run.url });
  const { instance, opened } = run;
  const source = {
    load: async () => opened,
    refresh: () => instance.refresh(opened),
    followChanges: instance.followChanges,
  };
  const running = await startSlackApp({ config, logger: run.logger, source });
  await running.loaded;
  const url = `http://127.0.0.1:${running.port}/slack/events`;
  await sendCommand(url, `${slack.url}respond`, -1); // warm-up: the first request compiles the request path
  const changed = await editArticles(run.corpusDir, run.changed);
  const applied = run
    .work()
    .then(() => lastChange(run.url))
    .then(async (last) => {
      while (instance.applied() < last) await sleep(PAUSE_MS);
    });
  try {
    return await acknowledgeWhile(url, `${slack.url}respond`, applied, changed);
  } finally {
    await running.stop();
    slack.server.close();
  }
}
