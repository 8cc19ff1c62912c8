/** The built command, run as a user runs it: `newsdesk …` and `npm start` (node dist/main.js serve). */
import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_CORPUS } from '../support/cli';
import { tempDir } from '../support/tmp';

const ROOT = join(__dirname, '../..');
const BIN = join(ROOT, 'bin/newsdesk.js');
const MAIN = join(ROOT, 'dist/main.js');

function run(
  args: string[],
  stdin?: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: tempDir(), env: { PATH: process.env.PATH ?? '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error('dist/ is missing: run "npm run build" first (npm test does)');
});

describe('the built command', () => {
  it('newsdesk search "timeshare fraud" --json prints the Rolling Stone paragraph first, verbatim', async () => {
    const data = tempDir();
    const result = await run([
      BIN,
      'search',
      'timeshare fraud',
      '--corpus',
      SEED_CORPUS,
      '--data',
      data,
      '--json',
    ]);
    expect(result.code).toBe(0);
    const [first] = JSON.parse(result.stdout).hits;
    expect(first.citation.paragraph).toBe(25);
    const raw = readFileSync(join(SEED_CORPUS, 'rollingstone-attack-plans-mexico.txt'), 'utf8');
    expect(raw).toContain(first.citation.passage);
    expect(first.citation.passage).toContain('timeshare fraud orchestrated by the CJNG');
  });

  it('serve with piped input answers each line and exits 0 at end of input', async () => {
    const data = tempDir();
    const input = 'search timeshare fraud\n/whosaid could happen\nhelp\n';
    const result = await run([MAIN, 'serve', '--corpus', SEED_CORPUS, '--data', data], input);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('local console');
    expect(result.stdout).toContain('newsdesk> search timeshare fraud');
    expect(result.stdout).toContain(
      'sanctioned four individuals and 13 companies in Mexico for timeshare fraud',
    );
    expect(result.stdout).toContain('Rolling Stone · Thu 14 Aug 2025 · paragraph 25');
    expect(result.stdout).toContain('newsdesk> /whosaid could happen\nDonald Trump, President, said:');
  });

  it('execFile with no arguments exits 1 with a one-line reason', async () => {
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(process.execPath, [BIN], (err, _stdout, stderr) =>
        resolve({ code: err ? (err.code as number) : 0, stderr }),
      );
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
