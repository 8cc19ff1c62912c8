/**
 * The composition root: reads the command line and the config, builds the logger, the archive and the services
 * over it once, and hands them to the adapter that runs — a command-line command, the console or the Slack app.
 * The only module (with main.ts) that imports the adapters. Returns the exit code: 0 when the command ran (a
 * "not found" answer included), 1 on bad usage with a one-line reason on stderr, 2 when the corpus cannot be read.
 */
import { parseCliArgs, UsageError } from '../cli/args';
import { CLI_COMMANDS } from '../cli/commands';
import type { CliIO, CommandContext, OpenedArchive } from '../cli/context';
import { cliUsage } from '../cli/usage';
import { commandList } from '../commands';
import { type Config, ConfigError, loadConfig, secretsOf } from '../config';
import { CorpusUnreadableError } from '../corpus/listCorpusFiles';
import { createLogger, type Logger } from '../logger';
import { MSG } from '../messages';
import { tokenPoster } from '../slack/digestPoster';
import { MissingCredentialError } from '../slack/runSlack';
import { corpusArchive } from './archive';
import { serveConsole, startSlackApp } from './serve';
import { servicesOver } from './services';
import { openRegistry } from './sources';
import { type SharedState, sharedState } from './state';
import { runWorker } from './worker';

export const EXIT = { ok: 0, usage: 1, corpus: 2 } as const;

/** Commands that poll every source once before opening the archive (the others read what was last fetched). */
const POLLING_COMMANDS = new Set(['index', 'serve']);

/** Opens the archive the first time it is asked for; the same one after. */
function archiveOnce(
  config: Config,
  logger: Logger,
  command: string,
): {
  open: () => Promise<OpenedArchive>;
  close: () => Promise<void>;
  shared: () => SharedState;
} {
  let opening: Promise<OpenedArchive> | null = null;
  let source: ReturnType<typeof corpusArchive> | null = null;
  let state: SharedState | null = null;
  const shared = () => {
    state ??= sharedState(config, logger);
    return state;
  };
  const now = () => new Date();
  const openAfterPolling = async () => {
    const registry = openRegistry(config, logger);
    if (POLLING_COMMANDS.has(command)) await registry.pollAll();
    source ??= corpusArchive(config, logger, registry);
    return source.loadCurrent();
  };
  const open = () => {
    opening ??= openAfterPolling().then((opened) => ({
      services: servicesOver(opened, { config, logger, ledger: shared().digestLedger, now }),
      stats: opened.stats,
      skipped: opened.skipped,
    }));
    return opening;
  };
  const close = async () => {
    await source?.close?.();
    await state?.close();
  };
  return { open, close, shared };
}

/** Runs the Slack app until the process is stopped; SIGTERM lets work in flight finish first. */
async function serveSlack(config: Config, logger: Logger, io: CliIO): Promise<number> {
  const running = await startSlackApp({ config, logger });
  io.onShutdown?.(async () => {
    logger.info('stopping: no new requests; finishing the ones in flight');
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

async function runCommand(name: string, ctx: CommandContext): Promise<number> {
  const { config, logger, io } = ctx;
  if (name === 'serve') {
    if (config.slackBotToken) return serveSlack(config, logger, io);
    const write = (t: string) => void io.stdout.write(t);
    await serveConsole({ config, open: ctx.open, io: { ...io, write, isTTY: io.stdinIsTTY } });
    return EXIT.ok;
  }
  if (name === 'worker') return runWorker(config, logger, io, ctx.args.words[0] === 'once');
  const command = CLI_COMMANDS[name];
  if (!command) throw new UsageError(MSG.unknownCommand(name));
  return command(ctx);
}

function exitFor(err: unknown, fail: (code: number, message: string) => number): number {
  if (err instanceof UsageError) return fail(EXIT.usage, err.message);
  if (err instanceof ConfigError) return fail(EXIT.usage, MSG.configProblem(err.message));
  if (err instanceof CorpusUnreadableError) return fail(EXIT.corpus, MSG.corpusUnreadable(err.message));
  if (err instanceof MissingCredentialError) return fail(EXIT.usage, err.message);
  return fail(EXIT.usage, `unexpected error: ${(err as Error).stack ?? String(err)}`);
}

export async function runNewsdesk(argv: string[], io: CliIO): Promise<number> {
  const fail = (code: number, message: string) => {
    io.stderr.write(`newsdesk: ${message}\n`);
    return code;
  };
  try {
    const args = parseCliArgs(argv);
    if (args.help || args.command === 'help') {
      io.stdout.write(`${cliUsage(commandList())}\n`);
      return EXIT.ok;
    }
    if (args.command === null) throw new UsageError(MSG.noCommand);
    if (!['serve', 'worker'].includes(args.command) && !CLI_COMMANDS[args.command])
      throw new UsageError(MSG.unknownCommand(args.command));
    const overrides = { corpusDir: args.corpus, dataDir: args.data };
    const config = loadConfig({ env: io.env, cwd: io.cwd, overrides });
    const write = (line: string) => void io.stderr.write(line);
    const logger = createLogger({ level: config.logLevel, write, secrets: secretsOf(config) });
    const digestPoster = () =>
      config.slackBotToken ? tokenPoster(config.slackBotToken, config.slackApiUrl, logger) : null;
    const archive = archiveOnce(config, logger, args.command);
    const sources = async () => {
      const registry = openRegistry(config, logger);
      await registry.scan();
      return registry.statuses();
    };
    try {
      return await runCommand(args.command, {
        args,
        config,
        logger,
        io,
        open: archive.open,
        digestPoster,
        sources,
        feedback: () => archive.shared().feedback,
      });
    } finally {
      await archive.close();
    }
  } catch (err) {
    return exitFor(err, fail);
  }
}
