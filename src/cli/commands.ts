import { isAbsolute, relative, resolve } from 'node:path';
/** The command-line commands available in this version: search, index, serve. */
import { createAnswers } from '../answers/answers';
import type { QuotesReport } from '../answers/quotesReport';
import { createConsoleHandler, runConsole } from '../console/console';
import { listPath } from '../corpus/listCorpusFiles';
import { loadArticle } from '../corpus/loadArticles';
import { CONSOLE, MSG } from '../messages';
import { extractQuotes } from '../quotes/extractQuotes';
import { contentHash } from '../search/snapshot';
import { UsageError } from './args';
import { type Command, openIndex, print } from './context';
import { renderQuotesText, renderWhoSaidText } from './renderQuotes';
import { describeQueryProblem, renderIndexText, renderSearchText } from './renderText';

export const searchCommand: Command = async (ctx) => {
  const opened = await openIndex(ctx);
  const result = createAnswers(opened.archive).search(ctx.args.text, ctx.args.limit);
  if (!result.ok) throw new UsageError(describeQueryProblem(result, 'search'));
  print(ctx, result.answer, () => renderSearchText(result.answer));
  return 0;
};

export const whosaidCommand: Command = async (ctx) => {
  const opened = await openIndex(ctx);
  const result = createAnswers(opened.archive).whosaid(ctx.args.text);
  if (!result.ok) throw new UsageError(describeQueryProblem(result, 'whosaid'));
  print(ctx, result.answer, () => renderWhoSaidText(result.answer));
  return 0;
};

export const quotesCommand: Command = async (ctx) => {
  const path = ctx.args.words[0];
  if (!path) throw new UsageError(MSG.needsPath);
  const listing = await listPath(resolve(ctx.io.cwd, path));
  const report: QuotesReport = { articles: [] };
  for (const file of listing.files) {
    const outcome = await loadArticle(file, { logger: ctx.logger, hash: contentHash });
    if (!outcome.ok) listing.skipped.push(outcome.skipped);
    else report.articles.push({ articleId: file.id, quotes: extractQuotes(outcome.loaded.article) });
  }
  for (const s of listing.skipped) ctx.logger.warn(`skipped ${s.file}: ${s.reason}`);
  print(ctx, report, () => renderQuotesText(report));
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

export const serveCommand: Command = async (ctx) => {
  if (ctx.config.slackBotToken) {
    ctx.io.stderr.write(`${MSG.slackNotYet}\n`);
    return 1;
  }
  const opened = await openIndex(ctx);
  const { articles, passages } = opened.archive.size;
  const handle = createConsoleHandler(createAnswers(opened.archive));
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
  quotes: quotesCommand,
  index: indexCommand,
  serve: serveCommand,
};
