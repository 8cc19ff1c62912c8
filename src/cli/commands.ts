import { isAbsolute, relative } from 'node:path';
/** The command-line commands available in this version: search, index, serve. */
import { createSearch } from '../answers/search';
import { createConsoleHandler, runConsole } from '../console/console';
import { CONSOLE, MSG } from '../messages';
import { UsageError } from './args';
import { type Command, openIndex, print } from './context';
import { describeQueryProblem, renderIndexText, renderSearchText } from './renderText';

export const searchCommand: Command = async (ctx) => {
  const opened = await openIndex(ctx);
  const result = createSearch({ index: opened.index })(ctx.args.text, ctx.args.limit);
  if (!result.ok) throw new UsageError(describeQueryProblem(result, 'search'));
  print(ctx, result.answer, () => renderSearchText(result.answer));
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
  const { articles, passages } = opened.index.size;
  const handle = createConsoleHandler({ search: createSearch({ index: opened.index }) });
  await runConsole(
    { input: ctx.io.stdin, write: (t) => ctx.io.stdout.write(t), isTTY: ctx.io.stdinIsTTY },
    CONSOLE.banner(articles, passages, displayPath(ctx.io.cwd, ctx.config.corpusDir)),
    handle,
  );
  return 0;
};

export const COMMANDS: Readonly<Record<string, Command>> = {
  search: searchCommand,
  index: indexCommand,
  serve: serveCommand,
};
