/** What every command-line command gets: its arguments, the config, the logger, the streams, the archive. */
import type { IndexSummary, Services } from '../commands/services';
import type { Config } from '../config';
import type { SkippedFile } from '../corpus/types';
import type { DigestPoster } from '../digest/publish';
import type { FeedbackStore } from '../feedback/store';
import type { Logger } from '../logger';
import type { SourceStatus } from '../sources/remoteSource';
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

/** The archive as the composition root opened it (once), with the answers over it. */
export interface OpenedArchive {
  services: Services;
  stats: IndexSummary;
  skipped: SkippedFile[];
}

export interface CommandContext {
  args: CliArgs;
  config: Config;
  logger: Logger;
  io: CliIO;
  /** Opens the archive on first use; later calls get the same one. */
  open: () => Promise<OpenedArchive>;
  /** Posts to DIGEST_CHANNEL without running the app; null without SLACK_BOT_TOKEN. */
  digestPoster: () => DigestPoster | null;
  /** Each source of SOURCES_FILE and how its last poll went. */
  sources?: () => Promise<SourceStatus[]>;
  /** Where feedback votes are kept (PostgreSQL with DATABASE_URL); the data folder's file when absent. */
  feedback?: () => FeedbackStore;
}

export type Command = (ctx: CommandContext) => Promise<number>;

/** Prints exactly one JSON document (with --json) or the text for a person. */
export function print(ctx: CommandContext, json: unknown, text: () => string): void {
  ctx.io.stdout.write(ctx.args.json ? `${JSON.stringify(json, null, 2)}\n` : `${text()}\n`);
}
