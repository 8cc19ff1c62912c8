/** Entry point: `newsdesk …` and `npm start` (= `newsdesk serve`). Parses nothing itself; hands off to the root. */
import { runNewsdesk } from './app/root';
import { redact } from './logger';

/** How long a stopping app may take to finish its work before it exits anyway. */
const SHUTDOWN_GRACE_MS = 9000;

export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const onStop: (() => Promise<void>)[] = [];
  const stop = async () => {
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
    await Promise.allSettled(onStop.map((handler) => handler()));
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
  process.on('unhandledRejection', (reason) => {
    process.stderr.write(
      `newsdesk error: unhandled rejection: ${redact(String((reason as Error)?.stack ?? reason), [])}\n`,
    );
  });
  const code = await runNewsdesk(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    env: process.env,
    cwd: process.cwd(),
    onShutdown: (handler) => onStop.push(handler),
  });
  process.exitCode = code;
}

if (require.main === module) void main();
