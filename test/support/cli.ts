/** Runs the command line in-process with captured output. */
import { Readable } from 'node:stream';
import { runNewsdesk } from '../../src/app/root';

export const SEED_CORPUS = require('node:path').join(__dirname, '../../corpus');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(
  argv: string[],
  options: { env?: NodeJS.ProcessEnv; stdin?: string; cwd?: string } = {},
) {
  let stdout = '';
  let stderr = '';
  const code = await runNewsdesk(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    stdin: Readable.from([options.stdin ?? '']),
    stdinIsTTY: false,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  });
  return { code, stdout, stderr } satisfies CliRun;
}
