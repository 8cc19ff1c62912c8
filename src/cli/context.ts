/** What every command gets: its arguments, the config, the logger, the process's streams. */
import type { Config } from '../config';
import type { Logger } from '../logger';
import { type OpenedIndex, openCorpusIndex, refreshCorpusIndex } from '../search/sync/openCorpusIndex';
import type { CliArgs } from './args';

export interface Output {
  write(text: string): unknown;
}

export interface CliIO {
  stdout: Output;
  stderr: Output;
  stdin: NodeJS.ReadableStream;
  stdinIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Registers work to do when the process is asked to stop (SIGTERM): finish what is in flight. */
  onShutdown?: (handler: () => Promise<void>) => void;
}

export interface CommandContext {
  args: CliArgs;
  config: Config;
  logger: Logger;
  io: CliIO;
}

export type Command = (ctx: CommandContext) => Promise<number>;

const indexOptions = (ctx: CommandContext) => ({
  corpusDir: ctx.config.corpusDir,
  dataDir: ctx.config.dataDir,
  logger: ctx.logger,
});

export function openIndex(ctx: CommandContext): Promise<OpenedIndex> {
  return openCorpusIndex(indexOptions(ctx));
}

/** Applies the corpus folder's changes to an index a running app has open. */
export function refreshIndex(ctx: CommandContext, opened: OpenedIndex): Promise<OpenedIndex> {
  return refreshCorpusIndex(opened, indexOptions(ctx));
}

/** Prints exactly one JSON document (with --json) or the text for a person. */
export function print(ctx: CommandContext, json: unknown, text: () => string): void {
  ctx.io.stdout.write(ctx.args.json ? `${JSON.stringify(json, null, 2)}\n` : `${text()}\n`);
}
