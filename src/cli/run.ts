/**
 * The command line: `newsdesk <command> …`. Returns the exit code: 0 when the command ran (a "not found" answer
 * included), 1 on bad usage with a one-line reason on stderr, 2 when the corpus cannot be read at all.
 */
import { ConfigError, loadConfig, secretsOf } from '../config';
import { CorpusUnreadableError } from '../corpus/listCorpusFiles';
import { createLogger } from '../logger';
import { MSG } from '../messages';
import { MissingCredentialError } from '../slack/runSlack';
import { parseCliArgs, UsageError } from './args';
import { COMMANDS } from './commands';
import type { CliIO } from './context';

export const EXIT = { ok: 0, usage: 1, corpus: 2 } as const;

function commandFor(name: string | null) {
  if (name === null) throw new UsageError(MSG.noCommand);
  const command = COMMANDS[name];
  if (command) return command;
  throw new UsageError(MSG.unknownCommand(name));
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const fail = (code: number, message: string) => {
    io.stderr.write(`newsdesk: ${message}\n`);
    return code;
  };
  try {
    const args = parseCliArgs(argv);
    if (args.help || args.command === 'help') {
      io.stdout.write(`${MSG.usage}\n`);
      return EXIT.ok;
    }
    const command = commandFor(args.command);
    const config = loadConfig({
      env: io.env,
      cwd: io.cwd,
      overrides: { corpusDir: args.corpus, dataDir: args.data },
    });
    const logger = createLogger({
      level: config.logLevel,
      write: (line) => io.stderr.write(line),
      secrets: secretsOf(config),
    });
    return await command({ args, config, logger, io });
  } catch (err) {
    if (err instanceof UsageError) return fail(EXIT.usage, err.message);
    if (err instanceof ConfigError) return fail(EXIT.usage, MSG.configProblem(err.message));
    if (err instanceof CorpusUnreadableError) return fail(EXIT.corpus, MSG.corpusUnreadable(err.message));
    if (err instanceof MissingCredentialError) return fail(EXIT.usage, err.message);
    return fail(EXIT.usage, `unexpected error: ${(err as Error).stack ?? String(err)}`);
  }
}
