/**
 * The command-line commands: one per command in the command list, plus the tools that read files (quotes,
 * dates) and build the index. `serve` is not here: the composition root runs the Slack app or the console.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CheckQuotesAnswer } from '../answers/checkQuotes';
import type { QuotesReport } from '../answers/reports';
import { commandList } from '../commands';
import { checkquotesCommand } from '../commands/checkquotes';
import { digestCommand as digestDescriptor } from '../commands/digest';
import { listPath } from '../corpus/listCorpusFiles';
import { loadArticle } from '../corpus/loadArticles';
import type { Article } from '../corpus/types';
import { extractDates, referenceDay } from '../dates/extractDates';
import type { Digest } from '../digest/compose';
import { dayIn } from '../digest/schedule';
import { MSG } from '../messages';
import { extractQuotes } from '../quotes/extractQuotes';
import { digestMessage } from '../render/slack/renderAnswers';
import { renderDatesText } from '../render/text/renderDates';
import { renderDigestText } from '../render/text/renderDigest';
import { renderQuotesText } from '../render/text/renderQuotes';
import { renderIndexText } from '../render/text/renderText';
import { contentHash } from '../sources/folderSource';
import { renderSourcesText } from '../sources/messages';
import { answerCommand, cliAnswer } from './answerCommand';
import { UsageError } from './args';
import type { Command, CommandContext } from './context';
import { print } from './context';
import { feedbackCli } from './feedback';

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

/** `digest [--since D] [--until D] [--post]`: the digest of a window; --post sends it to DIGEST_CHANNEL once per day. */
export const digestCli: Command = async (ctx) => {
  const { config } = ctx;
  const poster = ctx.args.post ? ctx.digestPoster() : null;
  if (ctx.args.post && (!poster || !config.digestChannel)) throw new UsageError(MSG.digestNeedsSlack);
  const digest = (await cliAnswer(ctx, digestDescriptor)) as Digest;
  if (!poster || !config.digestChannel) {
    print(ctx, digest, () => renderDigestText(digest));
    return 0;
  }
  const day = ctx.args.until ?? dayIn(config.digestTz, new Date());
  const { services } = await ctx.open();
  const outcome = await services.publishDigest(poster, day, digest, digestMessage);
  const said = outcome.posted
    ? MSG.digestPosted(config.digestChannel, day)
    : MSG.digestNotPosted(day, outcome.reason, outcome.detail);
  print(ctx, { ...digest, post: outcome }, () => `${renderDigestText(digest)}\n\n${said}`);
  if (ctx.args.json) ctx.io.stderr.write(`${said}\n`);
  return 0;
};

/** `checkquotes <file|->`: the quotations of a draft read from a file, or from standard input with "-". */
export const checkQuotesCli: Command = async (ctx) => {
  const source = ctx.args.words[0];
  if (!source) throw new UsageError(MSG.checkNeedsDraft);
  const draft = await readDraft(ctx, source);
  if (draft.trim() === '') throw new UsageError(MSG.checkNeedsDraft);
  const answer = await cliAnswer({ ...ctx, args: { ...ctx.args, text: draft } }, checkquotesCommand);
  print(ctx, answer, () => checkquotesCommand.renderText(answer as CheckQuotesAnswer));
  return 0;
};

async function readDraft(ctx: CommandContext, source: string): Promise<string> {
  try {
    if (source !== '-') return await readFile(resolve(ctx.io.cwd, source), 'utf8');
    const chunks: Buffer[] = [];
    for await (const chunk of ctx.io.stdin) chunks.push(Buffer.from(chunk as Buffer));
    return Buffer.concat(chunks).toString('utf8');
  } catch (err) {
    throw new UsageError(MSG.cannotReadDraft(source, (err as Error).message));
  }
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
  const report = {
    articles: articles.map((a) => {
      const published = override ?? a.published;
      return { articleId: a.id, published, expressions: extractDates(a, referenceDay(published)) };
    }),
  };
  print(ctx, report, () => renderDatesText(report));
  return 0;
};

export const indexCommand: Command = async (ctx) => {
  const { stats, skipped } = await ctx.open();
  print(ctx, { ...stats, skipped }, () => renderIndexText(stats, skipped));
  return 0;
};

/** `sources`: each source, its kind, its last poll and what it changed, its last error. */
export const sourcesCommand: Command = async (ctx) => {
  const statuses = (await ctx.sources?.()) ?? [];
  print(ctx, { sources: statuses }, () => renderSourcesText(statuses));
  return 0;
};

export const CLI_COMMANDS: Readonly<Record<string, Command>> = {
  ...Object.fromEntries(commandList().map((c) => [c.name, answerCommand(c)])),
  checkquotes: checkQuotesCli,
  digest: digestCli,
  quotes: quotesCommand,
  dates: datesCommand,
  index: indexCommand,
  sources: sourcesCommand,
  feedback: feedbackCli,
};
