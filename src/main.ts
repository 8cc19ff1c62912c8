/** Entry point: `newsdesk …` and `npm start` (= `newsdesk serve`). Parses nothing itself; hands off to the CLI. */
import { runCli } from './cli/run';

export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  process.on('SIGTERM', () => process.exit(0));
  const code = await runCli(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    env: process.env,
    cwd: process.cwd(),
  });
  process.exitCode = code;
}

if (require.main === module) void main();
