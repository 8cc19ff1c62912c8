import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { WebClient } from '@slack/web-api';
/** The command-line commands available in this version: search, index, serve. */
import { type Answers, createAnswers } from '../answers/answers';
import type { QueryProblem } from '../answers/query';
import type { DatesReport, QuotesReport } from '../answers/reports';
import { createConsoleHandler, runConsole } from '../console/console';
import { listPath } from '../corpus/listCorpusFiles';
import { loadArticle } from '../corpus/loadArticles';
import type { Article } from '../corpus/types';
import { extractDates, referenceDay } from '../dates/extractDates';
import { DigestLedger } from '../digest/ledger';
import { publishDigest } from '../digest/publish';
import { dayIn } from '../digest/schedule';
import { digestFor } from '../digest/service';
import { CONSOLE, MSG } from '../messages';
import { extractQuotes } from '../quotes/extractQuotes';
import { contentHash } from '../search/snapshot';
import { boltLogger } from '../slack/boltLogger';
import { API_RETRY, API_TIMEOUT_MS } from '../slack/createApp';
import { webClientPoster } from '../slack/digestPoster';
import { digestMessage } from '../slack/renderAnswers';
import { runSlack } from '../slack/runSlack';
import { UsageError } from './args';
import { type Command, type CommandContext, openIndex, print, refreshIndex } from './context';
import { renderAskText } from './renderAsk';
import { renderCheckQuotesText } from './renderCheckQuotes';
import { renderDatesText, renderTimelineText } from './renderDates';
import { renderDigestText } from './renderDigest';
import { renderQuotesText, renderWhoSaidText } from './renderQuotes';
import { describeQueryProblem, renderIndexText, renderSearchText } from './renderText';

type QueryResult<A> = { ok: true; answer: A } | QueryProblem;

/** A command that answers a query over the archive: JSON with --json, else the text rendering. */
function queryCommand<A>(
  name: string,
  answer: (answers: Answers, ctx: CommandContext) => QueryResult<A>,
  render: (a: A) => string,
): Command {
  return async (ctx) => {
    const opened = await openIndex(ctx);
    const result = answer(createAnswers(opened.archive), ctx);
    if (!result.ok) throw new UsageError(describeQueryProblem(result, name));
    print(ctx, result.answer, () => render(result.answer));
    return 0;
  };
}

export const searchCommand = queryCommand(
  'search',
  (a, ctx) => a.search(ctx.args.text, ctx.args.limit),
  renderSearchText,
);
export const whosaidCommand = queryCommand(
  'whosaid',
  (a, ctx) => a.whosaid(ctx.args.text),
  renderWhoSaidText,
);
export const timelineCommand = queryCommand(
  'timeline',
  (a, ctx) => a.timeline(ctx.args.text),
  renderTimelineText,
);
export const askCommand = queryCommand('ask', (a, ctx) => a.ask(ctx.args.text), renderAskText);

/** Reads the articles of a file or folder named on the command line, warning once per unusable file. */
async function articlesAt(ctx: CommandContext, command: string): Promise<Article[]> {
  const path = ctx.args.words[0];
  if (!path) throw new UsageError(MSG.needsPath(command));
  const listing = await listPath(resolve(ctx.io.cwd, path));
  const articles: Article[] = [];
  for (const file of listing.files) {
    const outcome = await loadArticle(file, { logger: ctx.logger, hash: contentHash });
    if (outcome.ok) articles.push(outcome.loaded.article);
    else listing.skipped.push(outcome.skipped);
  }
  for (const s of listing.skipped) ctx.logger.warn(`skipped ${s.file}: ${s.reason}`);
  return articles;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkDay(option: string, value: string | undefined): void {
  if (value !== undefined && !ISO_DAY.test(value)) throw new UsageError(MSG.badDayOption(option, value));
}

/** `digest [--since D] [--until D] [--post]`: the digest of a window; --post sends it to DIGEST_CHANNEL once per day. */
export const digestCommand: Command = async (ctx) => {
  checkDay('--since', ctx.args.since);
  checkDay('--until', ctx.args.until);
  const { config, logger } = ctx;
  if (ctx.args.post && (!config.slackBotToken || !config.digestChannel))
    throw new UsageError(MSG.digestNeedsSlack);
  const opened = await openIndex(ctx);
  const ledger = new DigestLedger(config.dataDir, logger);
  const now = () => new Date();
  const deps = { archive: opened.archive, firstIndexed: opened.firstIndexed, ledger, config, now };
  const day = ctx.args.until ?? dayIn(config.digestTz, now());
  const digest = await digestFor(deps, { since: ctx.args.since, until: ctx.args.until, day });
  if (!ctx.args.post) {
    print(ctx, digest, () => renderDigestText(digest));
    return 0;
  }
  const client = new WebClient(config.slackBotToken as string, {
    logger: boltLogger(logger),
    slackApiUrl: config.slackApiUrl,
    retryConfig: API_RETRY,
    timeout: API_TIMEOUT_MS,
  });
  const outcome = await publishDigest({
    ledger,
    poster: webClientPoster(client),
    logger,
    channel: config.digestChannel as string,
    day,
    digest,
    render: (d, marker) => digestMessage(d, marker),
    whenEmpty: config.digestEmpty,
    now,
  });
  const said = outcome.posted
    ? MSG.digestPosted(config.digestChannel as string, day)
    : MSG.digestNotPosted(day, outcome.reason, outcome.at);
  print(ctx, { ...digest, post: outcome }, () => `${renderDigestText(digest)}\n\n${said}`);
  if (ctx.args.json) ctx.io.stderr.write(`${said}\n`);
  return 0;
};

/** `checkquotes <file|->`: the draft from a file, or standard input with "-". */
export const checkQuotesCommand: Command = async (ctx) => {
  const source = ctx.args.words[0];
  if (!source) throw new UsageError(MSG.checkNeedsDraft);
  const draft =
    source === '-' ? await readAll(ctx.io.stdin) : await readFile(resolve(ctx.io.cwd, source), 'utf8');
  const opened = await openIndex(ctx);
  const answer = createAnswers(opened.archive).checkquotes(draft);
  print(ctx, answer, () => renderCheckQuotesText(answer));
  return 0;
};

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export const quotesCommand: Command = async (ctx) => {
  const articles = await articlesAt(ctx, 'quotes');
  const report: QuotesReport = {
    articles: articles.map((a) => ({ articleId: a.id, quotes: extractQuotes(a) })),
  };
  print(ctx, report, () => renderQuotesText(report));
  return 0;
};

export const datesCommand: Command = async (ctx) => {
  const override = ctx.args.published;
  if (override !== undefined && !referenceDay(override)) throw new UsageError(MSG.badPublished(override));
  const articles = await articlesAt(ctx, 'dates');
  const report: DatesReport = {
    articles: articles.map((a) => {
      const published = override ?? a.published;
      return { articleId: a.id, published, expressions: extractDates(a, referenceDay(published)) };
    }),
  };
  print(ctx, report, () => renderDatesText(report));
  return 0;
};

export const indexCommand: Command = async (ctx) => {
  const { stats, skipped } = await openIndex(ctx);
  print(ctx, { ...stats, skipped }, () => renderIndexText(stats, skipped));
  return 0;
};

/** A folder as a person would type it: relative to the working folder when inside it. */
function displayPath(cwd: string, dir: string): string {
  const rel = relative(cwd, dir);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? dir : rel;
}

/** Runs the Slack app until the process is stopped; SIGTERM lets work in flight finish first. */
async function serveSlack(ctx: CommandContext): Promise<number> {
  const running = await runSlack({
    config: ctx.config,
    logger: ctx.logger,
    loadIndex: () => openIndex(ctx),
    refreshIndex: (opened) => refreshIndex(ctx, opened),
  });
  ctx.io.onShutdown?.(async () => {
    ctx.logger.info('stopping: no new requests; finishing the ones in flight');
    await running.stop();
  });
  try {
    await running.loaded;
  } catch (err) {
    await running.stop();
    throw err;
  }
  return new Promise<number>(() => undefined);
}

export const serveCommand: Command = async (ctx) => {
  if (ctx.config.slackBotToken) return serveSlack(ctx);
  const opened = await openIndex(ctx);
  const { articles, passages } = opened.archive.size;
  const ledger = new DigestLedger(ctx.config.dataDir, ctx.logger);
  const digestDeps = {
    archive: opened.archive,
    firstIndexed: opened.firstIndexed,
    ledger,
    config: ctx.config,
    now: () => new Date(),
  };
  const handle = createConsoleHandler(createAnswers(opened.archive), (since) =>
    digestFor(digestDeps, { since }),
  );
  await runConsole(
    { input: ctx.io.stdin, write: (t) => ctx.io.stdout.write(t), isTTY: ctx.io.stdinIsTTY },
    CONSOLE.banner(articles, passages, displayPath(ctx.io.cwd, ctx.config.corpusDir)),
    handle,
  );
  return 0;
};

export const COMMANDS: Readonly<Record<string, Command>> = {
  search: searchCommand,
  whosaid: whosaidCommand,
  checkquotes: checkQuotesCommand,
  timeline: timelineCommand,
  ask: askCommand,
  digest: digestCommand,
  quotes: quotesCommand,
  dates: datesCommand,
  index: indexCommand,
  serve: serveCommand,
};
